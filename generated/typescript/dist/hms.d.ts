// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * 100ms error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";
import type * as webPlatform from "./web_platform.js";

/**
 * Failures of the signalling WebSocket to the 100ms server (ErrorCodes.WebSocketConnectionErrors).
 *
 * Upstream: ErrorCodes.WebSocketConnectionErrors in 100mslive/web-sdks 0.15.2.
 */
export declare const WebsocketConnectionErrors: {
  /** The signalling WebSocket could not be opened. */
  readonly FAILED_TO_CONNECT: 1000;
  /** The signalling connection was lost. */
  readonly WEBSOCKET_CONNECTION_LOST: 1003;
  /** The signalling WebSocket closed while it was being opened. */
  readonly ABNORMAL_CLOSE: 1006;
};

/** A wire value of 100ms `websocket_connection_errors`. */
export type WebsocketConnectionErrors = (typeof WebsocketConnectionErrors)[keyof typeof WebsocketConnectionErrors];

/** The name of a WebsocketConnectionErrors code as the catalog keys it (the upstream name without its prefix). */
export type WebsocketConnectionErrorsCatalogName = keyof typeof WebsocketConnectionErrors;

/** What upstream writes before every WebsocketConnectionErrors catalog name. */
declare const websocketConnectionErrorsPrefix = "";

/** The name of a WebsocketConnectionErrors code exactly as upstream spells it. */
export type WebsocketConnectionErrorsName = `${typeof websocketConnectionErrorsPrefix}${WebsocketConnectionErrorsCatalogName}`;

/**
 * Failures of the HTTP calls the SDK makes before and around a session (init, token, feedback) (ErrorCodes.APIErrors).
 *
 * Upstream: ErrorCodes.APIErrors in 100mslive/web-sdks 0.15.2.
 */
export declare const ApiErrors: {
  /** An HTTP API of the 100ms service answered with an error. */
  readonly SERVER_ERRORS: 2000;
  /** The SDK has no init configuration to connect with. */
  readonly INIT_CONFIG_NOT_AVAILABLE: 2002;
  /** A 100ms HTTP endpoint could not be reached. */
  readonly ENDPOINT_UNREACHABLE: 2003;
  /** The auth token is not a well-formed JWT. */
  readonly INVALID_TOKEN_FORMAT: 2004;
};

/** A wire value of 100ms `api_errors`. */
export type ApiErrors = (typeof ApiErrors)[keyof typeof ApiErrors];

/** The name of a ApiErrors code as the catalog keys it (the upstream name without its prefix). */
export type ApiErrorsCatalogName = keyof typeof ApiErrors;

/** What upstream writes before every ApiErrors catalog name. */
declare const apiErrorsPrefix = "";

/** The name of a ApiErrors code exactly as upstream spells it. */
export type ApiErrorsName = `${typeof apiErrorsPrefix}${ApiErrorsCatalogName}`;

/**
 * Failures to capture, publish or play local and remote media tracks (ErrorCodes.TracksErrors), reported as HMSTrackException.
 *
 * Upstream: ErrorCodes.TracksErrors in 100mslive/web-sdks 0.15.2.
 */
export declare const TracksErrors: {
  /** Getting or changing a local track failed for a reason the SDK did not classify. */
  readonly GENERIC_TRACK: 3000;
  /** The user denied access to the camera, microphone or screen. */
  readonly CANT_ACCESS_CAPTURE_DEVICE: 3001;
  /** No capture device of the requested kind is available. */
  readonly DEVICE_NOT_AVAILABLE: 3002;
  /** The capture device is in use by another application. */
  readonly DEVICE_IN_USE: 3003;
  /** Access to a capture device was lost during the call. */
  readonly DEVICE_LOST_MIDWAY: 3004;
  /** Neither audio nor video was requested. */
  readonly NOTHING_TO_RETURN: 3005;
  /** Simulcast was enabled without video settings. */
  readonly INVALID_VIDEO_SETTINGS: 3006;
  /** The codec cannot be changed during a call. */
  readonly CODEC_CHANGE_NOT_PERMITTED: 3007;
  /** The browser blocked audio playback until the user interacts with the page. */
  readonly AUTOPLAY_ERROR: 3008;
  /** The device cannot satisfy the requested constraints. */
  readonly OVER_CONSTRAINED: 3009;
  /** No sound is coming from the microphone. */
  readonly NO_AUDIO_DETECTED: 3010;
  /** The operating system denied access to the capture device. */
  readonly SYSTEM_DENIED_PERMISSION: 3011;
  /** The user shared something other than the current tab. */
  readonly CURRENT_TAB_NOT_SHARED: 3012;
  /** Playing a remote participant's audio failed. */
  readonly AUDIO_PLAYBACK_ERROR: 3013;
  /** The selected device could no longer be found. */
  readonly SELECTED_DEVICE_MISSING: 3014;
  /** A local track is publishing no media. */
  readonly NO_DATA: 3015;
};

/** A wire value of 100ms `tracks_errors`. */
export type TracksErrors = (typeof TracksErrors)[keyof typeof TracksErrors];

/** The name of a TracksErrors code as the catalog keys it (the upstream name without its prefix). */
export type TracksErrorsCatalogName = keyof typeof TracksErrors;

/** What upstream writes before every TracksErrors catalog name. */
declare const tracksErrorsPrefix = "";

/** The name of a TracksErrors code exactly as upstream spells it. */
export type TracksErrorsName = `${typeof tracksErrorsPrefix}${TracksErrorsCatalogName}`;

/**
 * The upstream name of the WebsocketConnectionErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function websocketConnectionErrorsName(value: number): WebsocketConnectionErrorsName | undefined;

/** Whether `value` is a wire value of a known WebsocketConnectionErrors code. */
export declare function isWebsocketConnectionErrors(value: unknown): value is WebsocketConnectionErrors;

/** The wire value of the WebsocketConnectionErrors code with this upstream name, or `undefined` if there is none. */
export declare function websocketConnectionErrorsFromName(name: string): WebsocketConnectionErrors | undefined;

/** Everything the catalog says about the WebsocketConnectionErrors code with this wire value, or `undefined`. */
export declare function websocketConnectionErrorsInfo(value: number): CodeInfo<WebsocketConnectionErrors, never> | undefined;

/** Everything the catalog says about each WebsocketConnectionErrors code, by catalog name. */
export declare const websocketConnectionErrorsInfos: {
  readonly [K in WebsocketConnectionErrorsCatalogName]: CodeInfo<(typeof WebsocketConnectionErrors)[K], never>;
};

/**
 * The upstream name of the ApiErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function apiErrorsName(value: number): ApiErrorsName | undefined;

/** Whether `value` is a wire value of a known ApiErrors code. */
export declare function isApiErrors(value: unknown): value is ApiErrors;

/** The wire value of the ApiErrors code with this upstream name, or `undefined` if there is none. */
export declare function apiErrorsFromName(name: string): ApiErrors | undefined;

/** Everything the catalog says about the ApiErrors code with this wire value, or `undefined`. */
export declare function apiErrorsInfo(value: number): CodeInfo<ApiErrors, never> | undefined;

/** Everything the catalog says about each ApiErrors code, by catalog name. */
export declare const apiErrorsInfos: {
  readonly [K in ApiErrorsCatalogName]: CodeInfo<(typeof ApiErrors)[K], never>;
};

/**
 * The upstream name of the TracksErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function tracksErrorsName(value: number): TracksErrorsName | undefined;

/** Whether `value` is a wire value of a known TracksErrors code. */
export declare function isTracksErrors(value: unknown): value is TracksErrors;

/** The wire value of the TracksErrors code with this upstream name, or `undefined` if there is none. */
export declare function tracksErrorsFromName(name: string): TracksErrors | undefined;

/** Everything the catalog says about the TracksErrors code with this wire value, or `undefined`. */
export declare function tracksErrorsInfo(value: number): CodeInfo<TracksErrors, webPlatform.MediaCaptureError> | undefined;

/** Everything the catalog says about each TracksErrors code, by catalog name. */
export declare const tracksErrorsInfos: {
  readonly [K in TracksErrorsCatalogName]: CodeInfo<(typeof TracksErrors)[K], webPlatform.MediaCaptureError>;
};

export {};

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
 * Upstream: ErrorCodes.WebSocketConnectionErrors in 100mslive/web-sdks 0.15.2 (package npm:\@100mslive/hms-video-store\@0.15.2).
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
 * Upstream: ErrorCodes.APIErrors in 100mslive/web-sdks 0.15.2 (package npm:\@100mslive/hms-video-store\@0.15.2).
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
 * Upstream: ErrorCodes.TracksErrors in 100mslive/web-sdks 0.15.2 (package npm:\@100mslive/hms-video-store\@0.15.2).
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
 * Failures of the WebRTC peer connections that carry the media (ErrorCodes.WebrtcErrors).
 *
 * Upstream: ErrorCodes.WebrtcErrors in 100mslive/web-sdks 0.15.2 (package npm:\@100mslive/hms-video-store\@0.15.2).
 */
export declare const WebrtcErrors: {
  /** Creating an SDP offer failed. */
  readonly CREATE_OFFER_FAILED: 4001;
  /** Creating an SDP answer failed. */
  readonly CREATE_ANSWER_FAILED: 4002;
  /** Applying the local SDP description failed. */
  readonly SET_LOCAL_DESCRIPTION_FAILED: 4003;
  /** Applying the server's SDP description failed. */
  readonly SET_REMOTE_DESCRIPTION_FAILED: 4004;
  /** The media connection failed. */
  readonly ICE_FAILURE: 4005;
  /** The media connection was interrupted. */
  readonly ICE_DISCONNECTED: 4006;
  /** Reading WebRTC statistics failed. */
  readonly STATS_FAILED: 4007;
  /** The server's answer was dropped because a newer offer is in flight. */
  readonly PUBLISH_ANSWER_SUPERSEDED: 4008;
};

/** A wire value of 100ms `webrtc_errors`. */
export type WebrtcErrors = (typeof WebrtcErrors)[keyof typeof WebrtcErrors];

/** The name of a WebrtcErrors code as the catalog keys it (the upstream name without its prefix). */
export type WebrtcErrorsCatalogName = keyof typeof WebrtcErrors;

/** What upstream writes before every WebrtcErrors catalog name. */
declare const webrtcErrorsPrefix = "";

/** The name of a WebrtcErrors code exactly as upstream spells it. */
export type WebrtcErrorsName = `${typeof webrtcErrorsPrefix}${WebrtcErrorsCatalogName}`;

/**
 * Errors answering requests sent over the signalling connection, such as join (ErrorCodes.WebsocketMethodErrors).
 *
 * Upstream: ErrorCodes.WebsocketMethodErrors in 100mslive/web-sdks 0.15.2 (package npm:\@100mslive/hms-video-store\@0.15.2).
 */
export declare const WebsocketMethodErrors: {
  /** The 100ms server answered a signalling request with an error. */
  readonly SERVER_ERRORS: 5000;
  /** The client has already joined, or is joining, this room. */
  readonly ALREADY_JOINED: 5001;
  /** Join was called while a preview is in progress. */
  readonly CANNOT_JOIN_PREVIEW_IN_PROGRESS: 5002;
};

/** A wire value of 100ms `websocket_method_errors`. */
export type WebsocketMethodErrors = (typeof WebsocketMethodErrors)[keyof typeof WebsocketMethodErrors];

/** The name of a WebsocketMethodErrors code as the catalog keys it (the upstream name without its prefix). */
export type WebsocketMethodErrorsCatalogName = keyof typeof WebsocketMethodErrors;

/** What upstream writes before every WebsocketMethodErrors catalog name. */
declare const websocketMethodErrorsPrefix = "";

/** The name of a WebsocketMethodErrors code exactly as upstream spells it. */
export type WebsocketMethodErrorsName = `${typeof websocketMethodErrorsPrefix}${WebsocketMethodErrorsCatalogName}`;

/**
 * Errors in how the SDK is used or in the environment it runs in, and unclassified failures (ErrorCodes.GenericErrors).
 *
 * Upstream: ErrorCodes.GenericErrors in 100mslive/web-sdks 0.15.2 (package npm:\@100mslive/hms-video-store\@0.15.2).
 */
export declare const GenericErrors: {
  /** The call needs a joined room, and the client is not connected. */
  readonly NOT_CONNECTED: 6000;
  /** An unknown signalling error. */
  readonly SIGNALLING: 6001;
  /** An unexpected error inside the SDK. */
  readonly UNKNOWN: 6002;
  /** The SDK is not ready for this call yet. */
  readonly NOT_READY: 6003;
  /** A message could not be parsed as JSON. */
  readonly JSON_PARSING_FAILED: 6004;
  /** Metadata for a remote track is missing. */
  readonly TRACK_METADATA_MISSING: 6005;
  /** The WebRTC track for a remote track is missing. */
  readonly RTC_TRACK_MISSING: 6006;
  /** Metadata for a peer is missing. */
  readonly PEER_METADATA_MISSING: 6007;
  /** The requested role does not exist in the room's policy. */
  readonly INVALID_ROLE: 6008;
  /** Preview was called while another preview is in progress. */
  readonly PREVIEW_IN_PROGRESS: 6009;
  /** The browser exposes no media devices API. */
  readonly MISSING_MEDIADEVICES: 6010;
  /** The browser does not provide WebRTC. */
  readonly MISSING_RTCPEERCONNECTION: 6011;
  /** The browser denied access to localStorage. */
  readonly LOCAL_STORAGE_ACCESS_DENIED: 6012;
  /** An SDK call was given invalid arguments or called in an invalid state. */
  readonly VALIDATION_FAILED: 6013;
};

/** A wire value of 100ms `generic_errors`. */
export type GenericErrors = (typeof GenericErrors)[keyof typeof GenericErrors];

/** The name of a GenericErrors code as the catalog keys it (the upstream name without its prefix). */
export type GenericErrorsCatalogName = keyof typeof GenericErrors;

/** What upstream writes before every GenericErrors catalog name. */
declare const genericErrorsPrefix = "";

/** The name of a GenericErrors code exactly as upstream spells it. */
export type GenericErrorsName = `${typeof genericErrorsPrefix}${GenericErrorsCatalogName}`;

/**
 * Failures adding or running an audio or video plugin, such as a virtual background or noise suppression (ErrorFactory.MediaPluginErrors).
 *
 * Upstream: ErrorFactory.MediaPluginErrors in 100mslive/web-sdks 0.15.2 (package npm:\@100mslive/hms-video-store\@0.15.2).
 */
export declare const MediaPluginErrors: {
  /** The plugin does not support this browser or platform. */
  readonly PlatformNotSupported: 7001;
  /** The plugin failed to initialise. */
  readonly InitFailed: 7002;
  /** The plugin failed while processing media. */
  readonly ProcessingFailed: 7003;
  /** A plugin is already being added. */
  readonly AddAlreadyInProgress: 7004;
  /** The plugin does not support this device. */
  readonly DeviceNotSupported: 7005;
  /** The plugin is not enabled for this room. */
  readonly NotAllowedForRoom: 7006;
};

/** A wire value of 100ms `media_plugin_errors`. */
export type MediaPluginErrors = (typeof MediaPluginErrors)[keyof typeof MediaPluginErrors];

/** The name of a MediaPluginErrors code as the catalog keys it (the upstream name without its prefix). */
export type MediaPluginErrorsCatalogName = keyof typeof MediaPluginErrors;

/** What upstream writes before every MediaPluginErrors catalog name. */
declare const mediaPluginErrorsPrefix = "";

/** The name of a MediaPluginErrors code exactly as upstream spells it. */
export type MediaPluginErrorsName = `${typeof mediaPluginErrorsPrefix}${MediaPluginErrorsCatalogName}`;

/**
 * Errors from the playlist manager that plays audio or video files into the call (ErrorCodes.PlaylistErrors).
 *
 * Upstream: ErrorCodes.PlaylistErrors in 100mslive/web-sdks 0.15.2 (package npm:\@100mslive/hms-video-store\@0.15.2).
 */
export declare const PlaylistErrors: {
  /** There is no playlist entry to play. */
  readonly NO_ENTRY_TO_PLAY: 8001;
  /** No playlist entry is playing. */
  readonly NO_ENTRY_IS_PLAYING: 8002;
};

/** A wire value of 100ms `playlist_errors`. */
export type PlaylistErrors = (typeof PlaylistErrors)[keyof typeof PlaylistErrors];

/** The name of a PlaylistErrors code as the catalog keys it (the upstream name without its prefix). */
export type PlaylistErrorsCatalogName = keyof typeof PlaylistErrors;

/** What upstream writes before every PlaylistErrors catalog name. */
declare const playlistErrorsPrefix = "";

/** The name of a PlaylistErrors code exactly as upstream spells it. */
export type PlaylistErrorsName = `${typeof playlistErrorsPrefix}${PlaylistErrorsCatalogName}`;

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

/**
 * The upstream name of the WebrtcErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function webrtcErrorsName(value: number): WebrtcErrorsName | undefined;

/** Whether `value` is a wire value of a known WebrtcErrors code. */
export declare function isWebrtcErrors(value: unknown): value is WebrtcErrors;

/** The wire value of the WebrtcErrors code with this upstream name, or `undefined` if there is none. */
export declare function webrtcErrorsFromName(name: string): WebrtcErrors | undefined;

/** Everything the catalog says about the WebrtcErrors code with this wire value, or `undefined`. */
export declare function webrtcErrorsInfo(value: number): CodeInfo<WebrtcErrors, never> | undefined;

/** Everything the catalog says about each WebrtcErrors code, by catalog name. */
export declare const webrtcErrorsInfos: {
  readonly [K in WebrtcErrorsCatalogName]: CodeInfo<(typeof WebrtcErrors)[K], never>;
};

/**
 * The upstream name of the WebsocketMethodErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function websocketMethodErrorsName(value: number): WebsocketMethodErrorsName | undefined;

/** Whether `value` is a wire value of a known WebsocketMethodErrors code. */
export declare function isWebsocketMethodErrors(value: unknown): value is WebsocketMethodErrors;

/** The wire value of the WebsocketMethodErrors code with this upstream name, or `undefined` if there is none. */
export declare function websocketMethodErrorsFromName(name: string): WebsocketMethodErrors | undefined;

/** Everything the catalog says about the WebsocketMethodErrors code with this wire value, or `undefined`. */
export declare function websocketMethodErrorsInfo(value: number): CodeInfo<WebsocketMethodErrors, never> | undefined;

/** Everything the catalog says about each WebsocketMethodErrors code, by catalog name. */
export declare const websocketMethodErrorsInfos: {
  readonly [K in WebsocketMethodErrorsCatalogName]: CodeInfo<(typeof WebsocketMethodErrors)[K], never>;
};

/**
 * The upstream name of the GenericErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function genericErrorsName(value: number): GenericErrorsName | undefined;

/** Whether `value` is a wire value of a known GenericErrors code. */
export declare function isGenericErrors(value: unknown): value is GenericErrors;

/** The wire value of the GenericErrors code with this upstream name, or `undefined` if there is none. */
export declare function genericErrorsFromName(name: string): GenericErrors | undefined;

/** Everything the catalog says about the GenericErrors code with this wire value, or `undefined`. */
export declare function genericErrorsInfo(value: number): CodeInfo<GenericErrors, never> | undefined;

/** Everything the catalog says about each GenericErrors code, by catalog name. */
export declare const genericErrorsInfos: {
  readonly [K in GenericErrorsCatalogName]: CodeInfo<(typeof GenericErrors)[K], never>;
};

/**
 * The upstream name of the MediaPluginErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function mediaPluginErrorsName(value: number): MediaPluginErrorsName | undefined;

/** Whether `value` is a wire value of a known MediaPluginErrors code. */
export declare function isMediaPluginErrors(value: unknown): value is MediaPluginErrors;

/** The wire value of the MediaPluginErrors code with this upstream name, or `undefined` if there is none. */
export declare function mediaPluginErrorsFromName(name: string): MediaPluginErrors | undefined;

/** Everything the catalog says about the MediaPluginErrors code with this wire value, or `undefined`. */
export declare function mediaPluginErrorsInfo(value: number): CodeInfo<MediaPluginErrors, never> | undefined;

/** Everything the catalog says about each MediaPluginErrors code, by catalog name. */
export declare const mediaPluginErrorsInfos: {
  readonly [K in MediaPluginErrorsCatalogName]: CodeInfo<(typeof MediaPluginErrors)[K], never>;
};

/**
 * The upstream name of the PlaylistErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function playlistErrorsName(value: number): PlaylistErrorsName | undefined;

/** Whether `value` is a wire value of a known PlaylistErrors code. */
export declare function isPlaylistErrors(value: unknown): value is PlaylistErrors;

/** The wire value of the PlaylistErrors code with this upstream name, or `undefined` if there is none. */
export declare function playlistErrorsFromName(name: string): PlaylistErrors | undefined;

/** Everything the catalog says about the PlaylistErrors code with this wire value, or `undefined`. */
export declare function playlistErrorsInfo(value: number): CodeInfo<PlaylistErrors, never> | undefined;

/** Everything the catalog says about each PlaylistErrors code, by catalog name. */
export declare const playlistErrorsInfos: {
  readonly [K in PlaylistErrorsCatalogName]: CodeInfo<(typeof PlaylistErrors)[K], never>;
};

export {};

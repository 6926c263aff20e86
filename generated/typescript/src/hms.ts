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
export const WebsocketConnectionErrors = {
  /** The signalling WebSocket could not be opened. */
  FAILED_TO_CONNECT: 1000,
  /** The signalling connection was lost. */
  WEBSOCKET_CONNECTION_LOST: 1003,
  /** The signalling WebSocket closed while it was being opened. */
  ABNORMAL_CLOSE: 1006,
} as const;

/** A wire value of 100ms `websocket_connection_errors`. */
export type WebsocketConnectionErrors = (typeof WebsocketConnectionErrors)[keyof typeof WebsocketConnectionErrors];

/** The name of a WebsocketConnectionErrors code as the catalog keys it (the upstream name without its prefix). */
export type WebsocketConnectionErrorsCatalogName = keyof typeof WebsocketConnectionErrors;

/** What upstream writes before every WebsocketConnectionErrors catalog name. */
const websocketConnectionErrorsPrefix = "";

/** The name of a WebsocketConnectionErrors code exactly as upstream spells it. */
export type WebsocketConnectionErrorsName = `${typeof websocketConnectionErrorsPrefix}${WebsocketConnectionErrorsCatalogName}`;

/**
 * Failures of the HTTP calls the SDK makes before and around a session (init, token, feedback) (ErrorCodes.APIErrors).
 *
 * Upstream: ErrorCodes.APIErrors in 100mslive/web-sdks 0.15.2 (package npm:\@100mslive/hms-video-store\@0.15.2).
 */
export const ApiErrors = {
  /** An HTTP API of the 100ms service answered with an error. */
  SERVER_ERRORS: 2000,
  /** The SDK has no init configuration to connect with. */
  INIT_CONFIG_NOT_AVAILABLE: 2002,
  /** A 100ms HTTP endpoint could not be reached. */
  ENDPOINT_UNREACHABLE: 2003,
  /** The auth token is not a well-formed JWT. */
  INVALID_TOKEN_FORMAT: 2004,
} as const;

/** A wire value of 100ms `api_errors`. */
export type ApiErrors = (typeof ApiErrors)[keyof typeof ApiErrors];

/** The name of a ApiErrors code as the catalog keys it (the upstream name without its prefix). */
export type ApiErrorsCatalogName = keyof typeof ApiErrors;

/** What upstream writes before every ApiErrors catalog name. */
const apiErrorsPrefix = "";

/** The name of a ApiErrors code exactly as upstream spells it. */
export type ApiErrorsName = `${typeof apiErrorsPrefix}${ApiErrorsCatalogName}`;

/**
 * Failures to capture, publish or play local and remote media tracks (ErrorCodes.TracksErrors), reported as HMSTrackException.
 *
 * Upstream: ErrorCodes.TracksErrors in 100mslive/web-sdks 0.15.2 (package npm:\@100mslive/hms-video-store\@0.15.2).
 */
export const TracksErrors = {
  /** Getting or changing a local track failed for a reason the SDK did not classify. */
  GENERIC_TRACK: 3000,
  /** The user denied access to the camera, microphone or screen. */
  CANT_ACCESS_CAPTURE_DEVICE: 3001,
  /** No capture device of the requested kind is available. */
  DEVICE_NOT_AVAILABLE: 3002,
  /** The capture device is in use by another application. */
  DEVICE_IN_USE: 3003,
  /** Access to a capture device was lost during the call. */
  DEVICE_LOST_MIDWAY: 3004,
  /** Neither audio nor video was requested. */
  NOTHING_TO_RETURN: 3005,
  /** Simulcast was enabled without video settings. */
  INVALID_VIDEO_SETTINGS: 3006,
  /** The codec cannot be changed during a call. */
  CODEC_CHANGE_NOT_PERMITTED: 3007,
  /** The browser blocked audio playback until the user interacts with the page. */
  AUTOPLAY_ERROR: 3008,
  /** The device cannot satisfy the requested constraints. */
  OVER_CONSTRAINED: 3009,
  /** No sound is coming from the microphone. */
  NO_AUDIO_DETECTED: 3010,
  /** The operating system denied access to the capture device. */
  SYSTEM_DENIED_PERMISSION: 3011,
  /** The user shared something other than the current tab. */
  CURRENT_TAB_NOT_SHARED: 3012,
  /** Playing a remote participant's audio failed. */
  AUDIO_PLAYBACK_ERROR: 3013,
  /** The selected device could no longer be found. */
  SELECTED_DEVICE_MISSING: 3014,
  /** A local track is publishing no media. */
  NO_DATA: 3015,
} as const;

/** A wire value of 100ms `tracks_errors`. */
export type TracksErrors = (typeof TracksErrors)[keyof typeof TracksErrors];

/** The name of a TracksErrors code as the catalog keys it (the upstream name without its prefix). */
export type TracksErrorsCatalogName = keyof typeof TracksErrors;

/** What upstream writes before every TracksErrors catalog name. */
const tracksErrorsPrefix = "";

/** The name of a TracksErrors code exactly as upstream spells it. */
export type TracksErrorsName = `${typeof tracksErrorsPrefix}${TracksErrorsCatalogName}`;

/**
 * Failures of the WebRTC peer connections that carry the media (ErrorCodes.WebrtcErrors).
 *
 * Upstream: ErrorCodes.WebrtcErrors in 100mslive/web-sdks 0.15.2 (package npm:\@100mslive/hms-video-store\@0.15.2).
 */
export const WebrtcErrors = {
  /** Creating an SDP offer failed. */
  CREATE_OFFER_FAILED: 4001,
  /** Creating an SDP answer failed. */
  CREATE_ANSWER_FAILED: 4002,
  /** Applying the local SDP description failed. */
  SET_LOCAL_DESCRIPTION_FAILED: 4003,
  /** Applying the server's SDP description failed. */
  SET_REMOTE_DESCRIPTION_FAILED: 4004,
  /** The media connection failed. */
  ICE_FAILURE: 4005,
  /** The media connection was interrupted. */
  ICE_DISCONNECTED: 4006,
  /** Reading WebRTC statistics failed. */
  STATS_FAILED: 4007,
  /** The server's answer was dropped because a newer offer is in flight. */
  PUBLISH_ANSWER_SUPERSEDED: 4008,
} as const;

/** A wire value of 100ms `webrtc_errors`. */
export type WebrtcErrors = (typeof WebrtcErrors)[keyof typeof WebrtcErrors];

/** The name of a WebrtcErrors code as the catalog keys it (the upstream name without its prefix). */
export type WebrtcErrorsCatalogName = keyof typeof WebrtcErrors;

/** What upstream writes before every WebrtcErrors catalog name. */
const webrtcErrorsPrefix = "";

/** The name of a WebrtcErrors code exactly as upstream spells it. */
export type WebrtcErrorsName = `${typeof webrtcErrorsPrefix}${WebrtcErrorsCatalogName}`;

/**
 * Errors answering requests sent over the signalling connection, such as join (ErrorCodes.WebsocketMethodErrors).
 *
 * Upstream: ErrorCodes.WebsocketMethodErrors in 100mslive/web-sdks 0.15.2 (package npm:\@100mslive/hms-video-store\@0.15.2).
 */
export const WebsocketMethodErrors = {
  /** The 100ms server answered a signalling request with an error. */
  SERVER_ERRORS: 5000,
  /** The client has already joined, or is joining, this room. */
  ALREADY_JOINED: 5001,
  /** Join was called while a preview is in progress. */
  CANNOT_JOIN_PREVIEW_IN_PROGRESS: 5002,
} as const;

/** A wire value of 100ms `websocket_method_errors`. */
export type WebsocketMethodErrors = (typeof WebsocketMethodErrors)[keyof typeof WebsocketMethodErrors];

/** The name of a WebsocketMethodErrors code as the catalog keys it (the upstream name without its prefix). */
export type WebsocketMethodErrorsCatalogName = keyof typeof WebsocketMethodErrors;

/** What upstream writes before every WebsocketMethodErrors catalog name. */
const websocketMethodErrorsPrefix = "";

/** The name of a WebsocketMethodErrors code exactly as upstream spells it. */
export type WebsocketMethodErrorsName = `${typeof websocketMethodErrorsPrefix}${WebsocketMethodErrorsCatalogName}`;

/**
 * Errors in how the SDK is used or in the environment it runs in, and unclassified failures (ErrorCodes.GenericErrors).
 *
 * Upstream: ErrorCodes.GenericErrors in 100mslive/web-sdks 0.15.2 (package npm:\@100mslive/hms-video-store\@0.15.2).
 */
export const GenericErrors = {
  /** The call needs a joined room, and the client is not connected. */
  NOT_CONNECTED: 6000,
  /** An unknown signalling error. */
  SIGNALLING: 6001,
  /** An unexpected error inside the SDK. */
  UNKNOWN: 6002,
  /** The SDK is not ready for this call yet. */
  NOT_READY: 6003,
  /** A message could not be parsed as JSON. */
  JSON_PARSING_FAILED: 6004,
  /** Metadata for a remote track is missing. */
  TRACK_METADATA_MISSING: 6005,
  /** The WebRTC track for a remote track is missing. */
  RTC_TRACK_MISSING: 6006,
  /** Metadata for a peer is missing. */
  PEER_METADATA_MISSING: 6007,
  /** The requested role does not exist in the room's policy. */
  INVALID_ROLE: 6008,
  /** Preview was called while another preview is in progress. */
  PREVIEW_IN_PROGRESS: 6009,
  /** The browser exposes no media devices API. */
  MISSING_MEDIADEVICES: 6010,
  /** The browser does not provide WebRTC. */
  MISSING_RTCPEERCONNECTION: 6011,
  /** The browser denied access to localStorage. */
  LOCAL_STORAGE_ACCESS_DENIED: 6012,
  /** An SDK call was given invalid arguments or called in an invalid state. */
  VALIDATION_FAILED: 6013,
} as const;

/** A wire value of 100ms `generic_errors`. */
export type GenericErrors = (typeof GenericErrors)[keyof typeof GenericErrors];

/** The name of a GenericErrors code as the catalog keys it (the upstream name without its prefix). */
export type GenericErrorsCatalogName = keyof typeof GenericErrors;

/** What upstream writes before every GenericErrors catalog name. */
const genericErrorsPrefix = "";

/** The name of a GenericErrors code exactly as upstream spells it. */
export type GenericErrorsName = `${typeof genericErrorsPrefix}${GenericErrorsCatalogName}`;

/**
 * Failures adding or running an audio or video plugin, such as a virtual background or noise suppression (ErrorFactory.MediaPluginErrors).
 *
 * Upstream: ErrorFactory.MediaPluginErrors in 100mslive/web-sdks 0.15.2 (package npm:\@100mslive/hms-video-store\@0.15.2).
 */
export const MediaPluginErrors = {
  /** The plugin does not support this browser or platform. */
  PlatformNotSupported: 7001,
  /** The plugin failed to initialise. */
  InitFailed: 7002,
  /** The plugin failed while processing media. */
  ProcessingFailed: 7003,
  /** A plugin is already being added. */
  AddAlreadyInProgress: 7004,
  /** The plugin does not support this device. */
  DeviceNotSupported: 7005,
  /** The plugin is not enabled for this room. */
  NotAllowedForRoom: 7006,
} as const;

/** A wire value of 100ms `media_plugin_errors`. */
export type MediaPluginErrors = (typeof MediaPluginErrors)[keyof typeof MediaPluginErrors];

/** The name of a MediaPluginErrors code as the catalog keys it (the upstream name without its prefix). */
export type MediaPluginErrorsCatalogName = keyof typeof MediaPluginErrors;

/** What upstream writes before every MediaPluginErrors catalog name. */
const mediaPluginErrorsPrefix = "";

/** The name of a MediaPluginErrors code exactly as upstream spells it. */
export type MediaPluginErrorsName = `${typeof mediaPluginErrorsPrefix}${MediaPluginErrorsCatalogName}`;

/**
 * Errors from the playlist manager that plays audio or video files into the call (ErrorCodes.PlaylistErrors).
 *
 * Upstream: ErrorCodes.PlaylistErrors in 100mslive/web-sdks 0.15.2 (package npm:\@100mslive/hms-video-store\@0.15.2).
 */
export const PlaylistErrors = {
  /** There is no playlist entry to play. */
  NO_ENTRY_TO_PLAY: 8001,
  /** No playlist entry is playing. */
  NO_ENTRY_IS_PLAYING: 8002,
} as const;

/** A wire value of 100ms `playlist_errors`. */
export type PlaylistErrors = (typeof PlaylistErrors)[keyof typeof PlaylistErrors];

/** The name of a PlaylistErrors code as the catalog keys it (the upstream name without its prefix). */
export type PlaylistErrorsCatalogName = keyof typeof PlaylistErrors;

/** What upstream writes before every PlaylistErrors catalog name. */
const playlistErrorsPrefix = "";

/** The name of a PlaylistErrors code exactly as upstream spells it. */
export type PlaylistErrorsName = `${typeof playlistErrorsPrefix}${PlaylistErrorsCatalogName}`;

let websocketConnectionErrorsCatalogNames: Map<number, WebsocketConnectionErrorsCatalogName> | undefined;

/** The catalog name of the WebsocketConnectionErrors code with this wire value. */
function websocketConnectionErrorsCatalogName(value: number): WebsocketConnectionErrorsCatalogName | undefined {
  websocketConnectionErrorsCatalogNames ??= new Map(Object.entries(WebsocketConnectionErrors).map(([key, value]) => [value, key as WebsocketConnectionErrorsCatalogName]));
  return websocketConnectionErrorsCatalogNames.get(value);
}

/**
 * The upstream name of the WebsocketConnectionErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function websocketConnectionErrorsName(value: number): WebsocketConnectionErrorsName | undefined {
  const key = websocketConnectionErrorsCatalogName(value);
  return key === undefined ? undefined : (`${websocketConnectionErrorsPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known WebsocketConnectionErrors code. */
export function isWebsocketConnectionErrors(value: unknown): value is WebsocketConnectionErrors {
  return typeof value === "number" && websocketConnectionErrorsCatalogName(value) !== undefined;
}

/** The wire value of the WebsocketConnectionErrors code with this upstream name, or `undefined` if there is none. */
export function websocketConnectionErrorsFromName(name: string): WebsocketConnectionErrors | undefined {
  if (!name.startsWith(websocketConnectionErrorsPrefix)) return undefined;
  const key = name.slice(websocketConnectionErrorsPrefix.length);
  return Object.hasOwn(WebsocketConnectionErrors, key) ? WebsocketConnectionErrors[key as WebsocketConnectionErrorsCatalogName] : undefined;
}

/** Everything the catalog says about the WebsocketConnectionErrors code with this wire value, or `undefined`. */
export function websocketConnectionErrorsInfo(value: number): CodeInfo<WebsocketConnectionErrors, never> | undefined {
  const key = websocketConnectionErrorsCatalogName(value);
  return key === undefined ? undefined : websocketConnectionErrorsInfos[key];
}

/** Everything the catalog says about each WebsocketConnectionErrors code, by catalog name. */
export const websocketConnectionErrorsInfos: {
  readonly [K in WebsocketConnectionErrorsCatalogName]: CodeInfo<(typeof WebsocketConnectionErrors)[K], never>;
} = {
  FAILED_TO_CONNECT: {
    provider: "hms",
    codeSet: "websocket_connection_errors",
    value: 1000,
    name: "FAILED_TO_CONNECT",
    catalogName: "FAILED_TO_CONNECT",
    summary: "The signalling WebSocket could not be opened.",
    cause: 'The browser reported an error on the WebSocket to the 100ms signalling server before it opened ("Error opening websocket connection").',
    when: ["join or preview while the network is down or unstable", "a firewall, proxy or antivirus blocks WebSocket connections to the 100ms servers"],
    userMessage: "We could not connect to the call. Check your internet connection; we are trying again.",
    userMessageKey: "hms.websocket_connection_errors.FAILED_TO_CONNECT",
    remediation: ["Do not rejoin from the app while isTerminal is false; the SDK retries the connection by itself.", "If the error arrives with isTerminal true, offer the user a rejoin.", "If it happens on one network only, allow WebSocket (wss) traffic to the 100ms servers through the firewall or proxy."],
    causes: ["no network connectivity", "a firewall, proxy or antivirus that blocks WebSockets"],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "Not terminal while the SDK retries the connection (room state Reconnecting); terminal once the retries have failed for 60 s, when the SDK sets isTerminal to true and leaves the room.",
    terminal: false,
    terminalBasis: "provider",
  },
  WEBSOCKET_CONNECTION_LOST: {
    provider: "hms",
    codeSet: "websocket_connection_errors",
    value: 1003,
    name: "WEBSOCKET_CONNECTION_LOST",
    catalogName: "WEBSOCKET_CONNECTION_LOST",
    summary: "The signalling connection was lost.",
    cause: "The signalling WebSocket is not connected (it closed, or pings went unanswered) while the SDK needed it; pending requests are rejected with this code.",
    when: ["the network drops or changes during a call (Wi-Fi to mobile data, laptop sleep)", "a request such as join or a metadata update is sent while the signalling connection is down"],
    userMessage: "The connection to the call was interrupted. Check your internet connection and try again.",
    userMessageKey: "hms.websocket_connection_errors.WEBSOCKET_CONNECTION_LOST",
    remediation: ["Show that the call is reconnecting (onReconnecting, room state Reconnecting) and wait; the SDK reconnects by itself.", "If the error arrives with isTerminal true, offer the user a rejoin.", "Retry an app request that failed with this code once the room is connected again."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/RetryScheduler.ts"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1000, maxDelayMs: 1000, jitter: "none", maxAttempts: 60 },
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "Not terminal while the SDK reconnects the signalling channel (room state Reconnecting); terminal once the reconnection has failed for 60 s, when the SDK sets isTerminal to true and leaves the room.",
    terminal: false,
    terminalBasis: "provider",
  },
  ABNORMAL_CLOSE: {
    provider: "hms",
    codeSet: "websocket_connection_errors",
    value: 1006,
    name: "ABNORMAL_CLOSE",
    catalogName: "ABNORMAL_CLOSE",
    summary: "The signalling WebSocket closed while it was being opened.",
    cause: "The WebSocket to the signalling server closed with a code other than 1000 before the connection was established.",
    when: ["the server or a proxy drops the WebSocket during the opening handshake", "an unstable network at join time"],
    userMessage: "We could not connect to the call. Check your internet connection; we are trying again.",
    userMessageKey: "hms.websocket_connection_errors.ABNORMAL_CLOSE",
    remediation: ["Do not rejoin from the app while isTerminal is false; the SDK retries the connection by itself.", "If the error arrives with isTerminal true, offer the user a rejoin.", "If it recurs on one network, check for a proxy that terminates WebSockets early."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "Not terminal while the SDK retries the connection (room state Reconnecting); terminal once the retries have failed for 60 s, when the SDK sets isTerminal to true and leaves the room.",
    terminal: false,
    terminalBasis: "provider",
  },
};

let apiErrorsCatalogNames: Map<number, ApiErrorsCatalogName> | undefined;

/** The catalog name of the ApiErrors code with this wire value. */
function apiErrorsCatalogName(value: number): ApiErrorsCatalogName | undefined {
  apiErrorsCatalogNames ??= new Map(Object.entries(ApiErrors).map(([key, value]) => [value, key as ApiErrorsCatalogName]));
  return apiErrorsCatalogNames.get(value);
}

/**
 * The upstream name of the ApiErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function apiErrorsName(value: number): ApiErrorsName | undefined {
  const key = apiErrorsCatalogName(value);
  return key === undefined ? undefined : (`${apiErrorsPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known ApiErrors code. */
export function isApiErrors(value: unknown): value is ApiErrors {
  return typeof value === "number" && apiErrorsCatalogName(value) !== undefined;
}

/** The wire value of the ApiErrors code with this upstream name, or `undefined` if there is none. */
export function apiErrorsFromName(name: string): ApiErrors | undefined {
  if (!name.startsWith(apiErrorsPrefix)) return undefined;
  const key = name.slice(apiErrorsPrefix.length);
  return Object.hasOwn(ApiErrors, key) ? ApiErrors[key as ApiErrorsCatalogName] : undefined;
}

/** Everything the catalog says about the ApiErrors code with this wire value, or `undefined`. */
export function apiErrorsInfo(value: number): CodeInfo<ApiErrors, never> | undefined {
  const key = apiErrorsCatalogName(value);
  return key === undefined ? undefined : apiErrorsInfos[key];
}

/** Everything the catalog says about each ApiErrors code, by catalog name. */
export const apiErrorsInfos: {
  readonly [K in ApiErrorsCatalogName]: CodeInfo<(typeof ApiErrors)[K], never>;
} = {
  SERVER_ERRORS: {
    provider: "hms",
    codeSet: "api_errors",
    value: 2000,
    name: "SERVER_ERRORS",
    catalogName: "SERVER_ERRORS",
    summary: "An HTTP API of the 100ms service answered with an error.",
    cause: "Declared for errors returned by the 100ms HTTP endpoints (the init endpoint, token and feedback APIs); in 0.15.2 the SDK reports such errors with the server's own code in place of 2000, under the exception name ServerErrors.",
    when: ["the init endpoint refuses the token or the room (an HTTP error status)", "the token or feedback API of the 100ms service fails"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "hms.api_errors.SERVER_ERRORS",
    remediation: ["Read HMSException.code and description; in 0.15.2 they carry the server's status or error code, not 2000.", "Retry with backoff for 5xx and 429; for 401 or 403 fetch a new token; for other 4xx fix the request (room, role, token claims)."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/init/index.ts"],
    category: "unknown",
    retryPolicy: "depends",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "The SDK decides per call; errors from the init endpoint during join are created terminal (the factory's default), errors from fetching an auth token by room code are not.",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The code stands for a family of server answers; whether a retry helps depends on the HTTP status or server code carried in its place (a 5xx or 429 is transient, a 4xx is not).",
  },
  INIT_CONFIG_NOT_AVAILABLE: {
    provider: "hms",
    codeSet: "api_errors",
    value: 2002,
    name: "INIT_CONFIG_NOT_AVAILABLE",
    catalogName: "INIT_CONFIG_NOT_AVAILABLE",
    summary: "The SDK has no init configuration to connect with.",
    cause: 'The SDK tried to open the signalling connection before it had the configuration (signalling endpoint, ICE servers) that the init endpoint returns ("Init Config not found").',
    when: ["the init request failed or was skipped and the join went on to open the signalling connection"],
    userMessage: "Something went wrong on our side. Please try again in a moment.",
    userMessageKey: "hms.api_errors.INIT_CONFIG_NOT_AVAILABLE",
    remediation: ["Retry the join after a short delay; each join fetches the init configuration again.", "If it persists, check that the app can reach the init endpoint (a custom initEndpoint in the join config, or the default https://prod-init.100ms.live) and look at the earlier error for the init request."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/constants.ts"],
    category: "service_fault",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The configuration comes from a fresh init request, so a new join attempt after a short wait can succeed; repeated failures point at the init endpoint.",
  },
  ENDPOINT_UNREACHABLE: {
    provider: "hms",
    codeSet: "api_errors",
    value: 2003,
    name: "ENDPOINT_UNREACHABLE",
    catalogName: "ENDPOINT_UNREACHABLE",
    summary: "A 100ms HTTP endpoint could not be reached.",
    cause: "The request to the init, token or feedback endpoint failed at the network level, or the init endpoint answered 404.",
    when: ["the device is offline when the app joins", "a firewall or ad blocker blocks the 100ms domains", "a wrong custom init endpoint"],
    userMessage: "We could not reach the call service. Check your internet connection and try again.",
    userMessageKey: "hms.api_errors.ENDPOINT_UNREACHABLE",
    remediation: ["Check the network connection and retry the join with backoff.", "Allow the 100ms domains through firewalls, proxies and content blockers.", "If the app sets a custom init endpoint, check its URL."],
    causes: ["no network connectivity", "the 100ms domains are blocked", "a wrong endpoint URL (HTTP 404)"],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/init/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "Not terminal as created; when the browser reports that it is offline (navigator.onLine false) during connect, the SDK retries and sets isTerminal to true if it has not recovered within 60 s.",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The SDK retries by itself only while the browser is offline; otherwise the join fails at once and a later attempt, after the network is back, is the app's to make.",
  },
  INVALID_TOKEN_FORMAT: {
    provider: "hms",
    codeSet: "api_errors",
    value: 2004,
    name: "INVALID_TOKEN_FORMAT",
    catalogName: "INVALID_TOKEN_FORMAT",
    summary: "The auth token is not a well-formed JWT.",
    cause: "The token passed to join or preview is empty, or does not have the three dot-separated parts (header, payload, signature) of a JWT, or its payload cannot be decoded.",
    when: ["the app passes an empty, undefined or truncated token", "the app passes a room code or another string in place of the auth token"],
    userMessage: "We could not confirm your access to this call. Please try joining again.",
    userMessageKey: "hms.api_errors.INVALID_TOKEN_FORMAT",
    remediation: ["Fetch a fresh auth token (from the app's backend, or with getAuthTokenByRoomCode) and join again.", "Check that the app passes the token itself, complete, and not a room code or an error body."],
    causes: ["an empty or undefined token", "a token cut short or altered on its way to the client"],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/jwt.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"],
    category: "credentials",
    retryPolicy: "refresh_credentials",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 100, multiplierThousandths: 2000, maxDelayMs: 20000, jitter: "full", maxAttempts: 2 },
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The same string fails the same way every time; only a correct token, fetched again from the app's backend or the token API, can succeed.",
  },
};

let tracksErrorsCatalogNames: Map<number, TracksErrorsCatalogName> | undefined;

/** The catalog name of the TracksErrors code with this wire value. */
function tracksErrorsCatalogName(value: number): TracksErrorsCatalogName | undefined {
  tracksErrorsCatalogNames ??= new Map(Object.entries(TracksErrors).map(([key, value]) => [value, key as TracksErrorsCatalogName]));
  return tracksErrorsCatalogNames.get(value);
}

/**
 * The upstream name of the TracksErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function tracksErrorsName(value: number): TracksErrorsName | undefined {
  const key = tracksErrorsCatalogName(value);
  return key === undefined ? undefined : (`${tracksErrorsPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known TracksErrors code. */
export function isTracksErrors(value: unknown): value is TracksErrors {
  return typeof value === "number" && tracksErrorsCatalogName(value) !== undefined;
}

/** The wire value of the TracksErrors code with this upstream name, or `undefined` if there is none. */
export function tracksErrorsFromName(name: string): TracksErrors | undefined {
  if (!name.startsWith(tracksErrorsPrefix)) return undefined;
  const key = name.slice(tracksErrorsPrefix.length);
  return Object.hasOwn(TracksErrors, key) ? TracksErrors[key as TracksErrorsCatalogName] : undefined;
}

/** Everything the catalog says about the TracksErrors code with this wire value, or `undefined`. */
export function tracksErrorsInfo(value: number): CodeInfo<TracksErrors, webPlatform.MediaCaptureError> | undefined {
  const key = tracksErrorsCatalogName(value);
  return key === undefined ? undefined : tracksErrorsInfos[key];
}

/** Everything the catalog says about each TracksErrors code, by catalog name. */
export const tracksErrorsInfos: {
  readonly [K in TracksErrorsCatalogName]: CodeInfo<(typeof TracksErrors)[K], webPlatform.MediaCaptureError>;
} = {
  GENERIC_TRACK: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3000,
    name: "GENERIC_TRACK",
    catalogName: "GENERIC_TRACK",
    summary: "Getting or changing a local track failed for a reason the SDK did not classify.",
    cause: "A getUserMedia or getDisplayMedia failure that matched none of the specific browser errors, or another track operation failed (for example cropping a screen share, or a retry after all constraints were dropped).",
    when: ["an unusual browser or driver error while starting the camera, microphone or screen share", "cropping a screen-share capture to a region fails"],
    userMessage: "We could not start your camera, microphone or screen share. Please try again.",
    userMessageKey: "hms.tracks_errors.GENERIC_TRACK",
    remediation: ["Log HMSException.description and nativeError, which carry the browser's own error.", "Let the user retry the device, pick another one, or reload the page."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/LocalTrackManager.ts"],
    category: "unknown",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The cause is unknown, so the catalog does not retry blindly; letting the user try the device again, or another device, is the safe choice.",
  },
  CANT_ACCESS_CAPTURE_DEVICE: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3001,
    name: "CANT_ACCESS_CAPTURE_DEVICE",
    catalogName: "CANT_ACCESS_CAPTURE_DEVICE",
    summary: "The user denied access to the camera, microphone or screen.",
    cause: "The browser refused the capture request with NotAllowedError, usually because the user (or a site setting) blocked the permission.",
    when: ["the user clicks Block on the browser's permission prompt", "the site's camera or microphone permission was blocked earlier", "the user cancels the screen-share picker"],
    userMessage: "Access to your camera, microphone or screen was blocked. Allow it in your browser's settings, then try again.",
    userMessageKey: "hms.tracks_errors.CANT_ACCESS_CAPTURE_DEVICE",
    remediation: ["Tell the user which device was blocked (HMSTrackException.trackType) and how to allow it in the browser's site settings.", "Let the user join or stay in the call without that device."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts"],
    category: "permission",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The browser keeps refusing until the user grants the permission, so a retry only makes sense after they have changed it.",
    protocolEquivalent: "NotAllowedError",
  },
  DEVICE_NOT_AVAILABLE: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3002,
    name: "DEVICE_NOT_AVAILABLE",
    catalogName: "DEVICE_NOT_AVAILABLE",
    summary: "No capture device of the requested kind is available.",
    cause: 'The browser reported NotFoundError (or a "device not found" message) for the camera, microphone or screen requested.',
    when: ["the device has no camera or microphone, or it is disabled", "the selected device was unplugged"],
    userMessage: "We could not find your camera or microphone. Connect one, or choose another, and try again.",
    userMessageKey: "hms.tracks_errors.DEVICE_NOT_AVAILABLE",
    remediation: ["Ask the user to connect or enable a device, or to choose another one, then try again.", "Let the user continue without that device."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts"],
    category: "user_input",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "Nothing changes until the user connects or enables a device, or picks another one.",
    protocolEquivalent: "NotFoundError",
  },
  DEVICE_IN_USE: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3003,
    name: "DEVICE_IN_USE",
    catalogName: "DEVICE_IN_USE",
    summary: "The capture device is in use by another application.",
    cause: "The browser reported NotReadableError; the device exists and access was granted, but it could not be opened, typically because another application holds it.",
    when: ["another video-call app or browser tab is using the camera", "a driver or hardware fault keeps the device from starting"],
    userMessage: "Your camera or microphone is being used by another app. Close it and try again.",
    userMessageKey: "hms.tracks_errors.DEVICE_IN_USE",
    remediation: ["Ask the user to close other applications or tabs using the device, then try again.", "Offer another device if one is available."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts"],
    category: "capacity",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The device frees up only when the other application lets go of it, which the user has to do.",
    protocolEquivalent: "NotReadableError",
  },
  DEVICE_LOST_MIDWAY: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3004,
    name: "DEVICE_LOST_MIDWAY",
    catalogName: "DEVICE_LOST_MIDWAY",
    summary: "Access to a capture device was lost during the call.",
    cause: "Declared for a capture device that stops delivering media mid-call (unplugged, taken over or switched off); 0.15.2 has a factory for it but never raises it.",
    when: ["a USB camera or headset is unplugged during the call"],
    userMessage: "Your camera or microphone stopped working. Check it, or choose another, and try again.",
    userMessageKey: "hms.tracks_errors.DEVICE_LOST_MIDWAY",
    remediation: ["Ask the user to reconnect the device or select another one, then re-enable the track."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"],
    category: "user_input",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The device has to come back, or another be chosen, before capture can resume.",
  },
  NOTHING_TO_RETURN: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3005,
    name: "NOTHING_TO_RETURN",
    catalogName: "NOTHING_TO_RETURN",
    summary: "Neither audio nor video was requested.",
    cause: "Track settings asked for no audio and no video, or the browser refused the capture request with TypeError (which getUserMedia raises for an empty request).",
    when: ["building track settings with both audio and video set to null", "preview or join configured to publish nothing, while the SDK still asks for tracks"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "hms.tracks_errors.NOTHING_TO_RETURN",
    remediation: ["Request audio, video or both in the track settings, or skip getting local tracks when the role publishes nothing."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/media/settings/HMSTrackSettings.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The same settings produce the same empty request; the app has to ask for at least one kind of media.",
    protocolEquivalent: "TypeError",
  },
  INVALID_VIDEO_SETTINGS: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3006,
    name: "INVALID_VIDEO_SETTINGS",
    catalogName: "INVALID_VIDEO_SETTINGS",
    summary: "Simulcast was enabled without video settings.",
    cause: "The track settings builder was asked for simulcast while its video settings are null.",
    when: ["building HMSTrackSettings with simulcast on and no video"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "hms.tracks_errors.INVALID_VIDEO_SETTINGS",
    remediation: ["Provide video settings when enabling simulcast, or turn simulcast off for audio-only publishing."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/media/settings/HMSTrackSettings.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "A configuration error that repeats until the app's settings change.",
  },
  CODEC_CHANGE_NOT_PERMITTED: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3007,
    name: "CODEC_CHANGE_NOT_PERMITTED",
    catalogName: "CODEC_CHANGE_NOT_PERMITTED",
    summary: "The codec cannot be changed during a call.",
    cause: "Declared for an attempt to change a track's codec mid-call (\"Codec can't be changed mid call\"); 0.15.2 has a factory for it but never raises it.",
    when: ["changing video codec settings after joining"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "hms.tracks_errors.CODEC_CHANGE_NOT_PERMITTED",
    remediation: ["Choose the codec before joining; change it only by leaving and joining again."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The SDK does not allow the change during a call, so repeating it fails the same way.",
  },
  AUTOPLAY_ERROR: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3008,
    name: "AUTOPLAY_ERROR",
    catalogName: "AUTOPLAY_ERROR",
    summary: "The browser blocked audio playback until the user interacts with the page.",
    cause: "Playing a remote audio track failed with NotAllowedError because the browser's autoplay policy needs a user gesture first (\"Autoplay blocked because the user didn't interact with the document first\"); the exception is named AutoplayBlocked.",
    when: ["remote audio starts before the user has clicked or tapped on the page", "joining from a page opened without user interaction"],
    userMessage: "Tap or click anywhere to turn on the call's audio.",
    userMessageKey: "hms.tracks_errors.AUTOPLAY_ERROR",
    remediation: ["Show a button that asks the user to enable audio, and call unblockAudio() from its click handler.", "Have the user click a join button before joining, so that playback follows a user gesture."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/audio-sink-manager/AudioSinkManager.ts"],
    category: "user_input",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "Only a user gesture lifts the browser's autoplay block; retrying playback without one fails again.",
  },
  OVER_CONSTRAINED: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3009,
    name: "OVER_CONSTRAINED",
    catalogName: "OVER_CONSTRAINED",
    summary: "The device cannot satisfy the requested constraints.",
    cause: "The browser reported OverconstrainedError; the requested resolution, frame rate or device id cannot be met by the hardware.",
    when: ["requesting a resolution or frame rate the camera does not support", "requesting a deviceId that is no longer present"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "hms.tracks_errors.OVER_CONSTRAINED",
    remediation: ["Relax the constraints in the track settings (resolution, frame rate), or drop a stale deviceId.", "Read HMSException.description, which names the constraint the browser could not satisfy."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/LocalTrackManager.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The same constraints fail on the same hardware. The SDK itself retries once without constraints (src/sdk/LocalTrackManager.ts), so the app should not repeat the original request.",
    protocolEquivalent: "OverconstrainedError",
  },
  NO_AUDIO_DETECTED: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3010,
    name: "NO_AUDIO_DETECTED",
    catalogName: "NO_AUDIO_DETECTED",
    summary: "No sound is coming from the microphone.",
    cause: 'The SDK\'s audio presence check found no input on the local microphone track ("No audio input detected from microphone").',
    when: ["the microphone is muted in hardware or in the operating system", "the wrong input device is selected", "a faulty microphone"],
    userMessage: "We can't hear you. Check your microphone, or choose another one.",
    userMessageKey: "hms.tracks_errors.NO_AUDIO_DETECTED",
    remediation: ["Tell the user, and offer a microphone picker.", "Suggest checking the hardware mute switch and the operating system's input settings."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"],
    category: "user_input",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The microphone keeps producing silence until the user checks it or selects another input.",
  },
  SYSTEM_DENIED_PERMISSION: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3011,
    name: "SYSTEM_DENIED_PERMISSION",
    catalogName: "SYSTEM_DENIED_PERMISSION",
    summary: "The operating system denied access to the capture device.",
    cause: 'The browser was refused access by the operating system (Chrome\'s NotAllowedError "denied by system", or NotFoundError on Firefox, which the SDK maps here as well).',
    when: ["the browser lacks camera, microphone or screen-recording permission in macOS or Windows privacy settings", "a device management policy blocks the device"],
    userMessage: "Your computer's settings are blocking the camera, microphone or screen share. Allow your browser in the system settings, then try again.",
    userMessageKey: "hms.tracks_errors.SYSTEM_DENIED_PERMISSION",
    remediation: ["Tell the user to allow the browser in the operating system's privacy settings (camera, microphone or screen recording), then restart the browser if needed.", "Let the user continue without that device meanwhile."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts"],
    category: "permission",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The browser's own permission is not enough; the user must allow the browser in the operating system's settings (often followed by a browser restart).",
  },
  CURRENT_TAB_NOT_SHARED: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3012,
    name: "CURRENT_TAB_NOT_SHARED",
    catalogName: "CURRENT_TAB_NOT_SHARED",
    summary: "The user shared something other than the current tab.",
    cause: "Screen sharing was started with forceCurrentTab true, but the capture handle shows the user picked another tab, window or screen.",
    when: ["an app that needs the current tab shared, and the user chooses another surface in the picker"],
    userMessage: "Please share this tab to continue.",
    userMessageKey: "hms.tracks_errors.CURRENT_TAB_NOT_SHARED",
    remediation: ["Ask the user to start screen sharing again and choose the current tab."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/LocalTrackManager.ts"],
    category: "user_input",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "Only the user's choice in the browser picker can fix it.",
  },
  AUDIO_PLAYBACK_ERROR: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3013,
    name: "AUDIO_PLAYBACK_ERROR",
    catalogName: "AUDIO_PLAYBACK_ERROR",
    summary: "Playing a remote participant's audio failed.",
    cause: 'The audio element that plays a remote audio track raised an error (its MediaError code is in the description); the exception is named "Audio playback error".',
    when: ["the browser cannot decode the incoming audio", "the audio output device fails"],
    userMessage: "There was a problem playing the call's audio. If you can't hear others, try rejoining.",
    userMessageKey: "hms.tracks_errors.AUDIO_PLAYBACK_ERROR",
    remediation: ["Log the MediaError code from the description; for a decode error the SDK recreates the audio element by itself after about 500 ms.", "If audio stays silent, let the user pick another output device or rejoin."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/audio-sink-manager/AudioSinkManager.ts"],
    category: "unknown",
    retryPolicy: "automatic",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "For a decode error, the usual case, the SDK recreates the audio element by itself after about 500 ms; for other media errors it does not, so the catalog's advice is to wait first and offer a rejoin only if audio stays silent.",
  },
  SELECTED_DEVICE_MISSING: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3014,
    name: "SELECTED_DEVICE_MISSING",
    catalogName: "SELECTED_DEVICE_MISSING",
    summary: "The selected device could no longer be found.",
    cause: 'After a device change, the SDK could not find the audio input (or output) the user had selected, nor a replacement ("Could not detect selected ... device").',
    when: ["the selected headset or microphone is unplugged and no other device is available"],
    userMessage: "We could not find your selected audio device. Check it's connected, or choose another.",
    userMessageKey: "hms.tracks_errors.SELECTED_DEVICE_MISSING",
    remediation: ["Ask the user to reconnect the device or select another one."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/device-manager/DeviceManager.ts"],
    category: "user_input",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The call can continue once the user connects a device or picks another one; the SDK reports it in its device-change analytics.",
  },
  NO_DATA: {
    provider: "hms",
    codeSet: "tracks_errors",
    value: 3015,
    name: "NO_DATA",
    catalogName: "NO_DATA",
    summary: "A local track is publishing no media.",
    cause: 'A local track is muted by the system or has ended before publishing, so it sends no data; the SDK\'s description says another application may have taken the camera or microphone, or an incoming phone call. The exception is named "Track does not have any data".',
    when: ["on mobile browsers, a phone or WhatsApp call is in progress when the user joins", "another application takes priority over the camera or microphone"],
    userMessage: "Your camera or microphone is busy with another app or call. End it, then turn your camera or microphone off and on again.",
    userMessageKey: "hms.tracks_errors.NO_DATA",
    remediation: ["Tell the user another app or call holds the device, and let them toggle the track once it is free."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"],
    category: "capacity",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the track or device named in the exception (trackType) is affected." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The device is held elsewhere, as with DEVICE_IN_USE; the track carries data again only after the other use ends.",
  },
};

let webrtcErrorsCatalogNames: Map<number, WebrtcErrorsCatalogName> | undefined;

/** The catalog name of the WebrtcErrors code with this wire value. */
function webrtcErrorsCatalogName(value: number): WebrtcErrorsCatalogName | undefined {
  webrtcErrorsCatalogNames ??= new Map(Object.entries(WebrtcErrors).map(([key, value]) => [value, key as WebrtcErrorsCatalogName]));
  return webrtcErrorsCatalogNames.get(value);
}

/**
 * The upstream name of the WebrtcErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function webrtcErrorsName(value: number): WebrtcErrorsName | undefined {
  const key = webrtcErrorsCatalogName(value);
  return key === undefined ? undefined : (`${webrtcErrorsPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known WebrtcErrors code. */
export function isWebrtcErrors(value: unknown): value is WebrtcErrors {
  return typeof value === "number" && webrtcErrorsCatalogName(value) !== undefined;
}

/** The wire value of the WebrtcErrors code with this upstream name, or `undefined` if there is none. */
export function webrtcErrorsFromName(name: string): WebrtcErrors | undefined {
  if (!name.startsWith(webrtcErrorsPrefix)) return undefined;
  const key = name.slice(webrtcErrorsPrefix.length);
  return Object.hasOwn(WebrtcErrors, key) ? WebrtcErrors[key as WebrtcErrorsCatalogName] : undefined;
}

/** Everything the catalog says about the WebrtcErrors code with this wire value, or `undefined`. */
export function webrtcErrorsInfo(value: number): CodeInfo<WebrtcErrors, never> | undefined {
  const key = webrtcErrorsCatalogName(value);
  return key === undefined ? undefined : webrtcErrorsInfos[key];
}

/** Everything the catalog says about each WebrtcErrors code, by catalog name. */
export const webrtcErrorsInfos: {
  readonly [K in WebrtcErrorsCatalogName]: CodeInfo<(typeof WebrtcErrors)[K], never>;
} = {
  CREATE_OFFER_FAILED: {
    provider: "hms",
    codeSet: "webrtc_errors",
    value: 4001,
    name: "CREATE_OFFER_FAILED",
    catalogName: "CREATE_OFFER_FAILED",
    summary: "Creating an SDP offer failed.",
    cause: "The browser's RTCPeerConnection.createOffer rejected while the SDK negotiated the publish connection.",
    when: ["publishing or renegotiating after a track change", "a browser or extension that interferes with WebRTC"],
    userMessage: "We could not connect your audio and video. Check your network, or try another browser or device.",
    userMessageKey: "hms.webrtc_errors.CREATE_OFFER_FAILED",
    remediation: ["Retry the action that triggered the negotiation (publishing or unmuting a track) after a short delay.", "If it repeats, log the description and nativeError, and suggest another browser or disabling extensions that touch WebRTC."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts"],
    category: "media_negotiation",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The SDK does not end the session for it, and a later negotiation (for example after the next track change) can succeed; repeated failures point at the browser.",
  },
  CREATE_ANSWER_FAILED: {
    provider: "hms",
    codeSet: "webrtc_errors",
    value: 4002,
    name: "CREATE_ANSWER_FAILED",
    catalogName: "CREATE_ANSWER_FAILED",
    summary: "Creating an SDP answer failed.",
    cause: "The browser's RTCPeerConnection.createAnswer rejected while the SDK answered the server's offer for the subscribe connection.",
    when: ["subscribing to remote tracks, at join or when others publish"],
    userMessage: "We could not connect your audio and video. Check your network, or try another browser or device.",
    userMessageKey: "hms.webrtc_errors.CREATE_ANSWER_FAILED",
    remediation: ["Log the description and nativeError; if remote media stays missing, offer the user a rejoin.", "If it repeats, suggest another browser or disabling extensions that touch WebRTC."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts"],
    category: "media_negotiation",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The SDK does not end the session for it, and the server's next offer can succeed; repeated failures point at the browser.",
  },
  SET_LOCAL_DESCRIPTION_FAILED: {
    provider: "hms",
    codeSet: "webrtc_errors",
    value: 4003,
    name: "SET_LOCAL_DESCRIPTION_FAILED",
    catalogName: "SET_LOCAL_DESCRIPTION_FAILED",
    summary: "Applying the local SDP description failed.",
    cause: "The browser's RTCPeerConnection.setLocalDescription rejected the offer or answer the SDK created.",
    when: ["negotiating the publish or subscribe connection"],
    userMessage: "We could not connect your audio and video. Check your network, or try another browser or device.",
    userMessageKey: "hms.webrtc_errors.SET_LOCAL_DESCRIPTION_FAILED",
    remediation: ["Retry the action that triggered the negotiation after a short delay; if media stays missing, offer a rejoin.", "Log the description and nativeError for the 100ms support team."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts"],
    category: "media_negotiation",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The SDK does not end the session for it, and a new negotiation can succeed; repeated failures point at the browser.",
  },
  SET_REMOTE_DESCRIPTION_FAILED: {
    provider: "hms",
    codeSet: "webrtc_errors",
    value: 4004,
    name: "SET_REMOTE_DESCRIPTION_FAILED",
    catalogName: "SET_REMOTE_DESCRIPTION_FAILED",
    summary: "Applying the server's SDP description failed.",
    cause: "The browser's RTCPeerConnection.setRemoteDescription rejected the server's offer or answer, or, during join, the publish answer was discarded because a newer offer was in flight.",
    when: ["joining, while the publish connection is negotiated", "a codec or SDP feature the browser does not accept"],
    userMessage: "We could not connect your audio and video. Check your network, or try another browser or device.",
    userMessageKey: "hms.webrtc_errors.SET_REMOTE_DESCRIPTION_FAILED",
    remediation: ["Tell the user the call could not connect and offer a rejoin.", "If it repeats, log the description and nativeError and report it with the browser version to 100ms."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"],
    category: "media_negotiation",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The SDK marks it terminal and leaves the room; the app can only offer the user a new join.",
  },
  ICE_FAILURE: {
    provider: "hms",
    codeSet: "webrtc_errors",
    value: 4005,
    name: "ICE_FAILURE",
    catalogName: "ICE_FAILURE",
    summary: "The media connection failed.",
    cause: "A peer connection's state became failed (ICE could not find or keep a working path), or its DTLS transport stayed connecting or failed past the configured timeout.",
    when: ["firewalls or VPNs that block UDP and the TURN fallback", "a network change the connection could not survive"],
    userMessage: "We could not connect your audio and video. Check your network, or try another browser or device.",
    userMessageKey: "hms.webrtc_errors.ICE_FAILURE",
    remediation: ["Show that the call is reconnecting and wait; the SDK restarts ICE by itself.", "If the error arrives with isTerminal true, offer a rejoin; if it recurs on one network, allow UDP or TURN over TLS (port 443) to the 100ms servers."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/RetryScheduler.ts"],
    category: "media_negotiation",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "Not terminal while the SDK restarts ICE (room state Reconnecting); terminal when the restart has not recovered within 60 s, or at once when the DTLS transport is stuck past its timeout (the SDK creates that one with isTerminal true).",
    terminal: false,
    terminalBasis: "provider",
  },
  ICE_DISCONNECTED: {
    provider: "hms",
    codeSet: "webrtc_errors",
    value: 4006,
    name: "ICE_DISCONNECTED",
    catalogName: "ICE_DISCONNECTED",
    summary: "The media connection was interrupted.",
    cause: "A peer connection stayed disconnected (not failed) for longer than the SDK's grace period (ICE_DISCONNECTION_TIMEOUT, 5 s).",
    when: ["a brief network outage or a switch between networks"],
    userMessage: "The connection to the call was interrupted. Check your internet connection and try again.",
    userMessageKey: "hms.webrtc_errors.ICE_DISCONNECTED",
    remediation: ["Show that the call is reconnecting and wait; the SDK restarts ICE by itself.", "If the error arrives with isTerminal true, offer the user a rejoin."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/constants.ts"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "Not terminal while the SDK restarts ICE (room state Reconnecting); terminal when the restart has not recovered within 60 s.",
    terminal: false,
    terminalBasis: "provider",
  },
  STATS_FAILED: {
    provider: "hms",
    codeSet: "webrtc_errors",
    value: 4007,
    name: "STATS_FAILED",
    catalogName: "STATS_FAILED",
    summary: "Reading WebRTC statistics failed.",
    cause: "RTCPeerConnection.getStats, or processing its report, failed while the SDK collected connection statistics.",
    when: ["collecting stats while a peer connection is closing", "a browser that returns incomplete stats"],
    userMessage: "Call quality information is temporarily unavailable.",
    userMessageKey: "hms.webrtc_errors.STATS_FAILED",
    remediation: ["No action is needed for the call; log it if stats-based features (quality indicators) matter to the app."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/rtc-stats/HMSWebrtcStats.ts"],
    category: "unknown",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The call itself is unaffected and the SDK collects statistics again on its next interval; there is nothing for the app to retry.",
  },
  PUBLISH_ANSWER_SUPERSEDED: {
    provider: "hms",
    codeSet: "webrtc_errors",
    value: 4008,
    name: "PUBLISH_ANSWER_SUPERSEDED",
    catalogName: "PUBLISH_ANSWER_SUPERSEDED",
    summary: "The server's answer was dropped because a newer offer is in flight.",
    cause: "The answer to a publish offer arrived after the SDK had already staged a newer offer, so the SDK discarded it.",
    when: ["tracks published or changed in quick succession, so negotiations overlap"],
    userMessage: "We could not connect your audio and video. Check your network, or try another browser or device.",
    userMessageKey: "hms.webrtc_errors.PUBLISH_ANSWER_SUPERSEDED",
    remediation: ['Nothing to do; the newer negotiation carries the change. The factory\'s doc comment says "Non-terminal; the owner retries".'],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"],
    category: "media_negotiation",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
  },
};

let websocketMethodErrorsCatalogNames: Map<number, WebsocketMethodErrorsCatalogName> | undefined;

/** The catalog name of the WebsocketMethodErrors code with this wire value. */
function websocketMethodErrorsCatalogName(value: number): WebsocketMethodErrorsCatalogName | undefined {
  websocketMethodErrorsCatalogNames ??= new Map(Object.entries(WebsocketMethodErrors).map(([key, value]) => [value, key as WebsocketMethodErrorsCatalogName]));
  return websocketMethodErrorsCatalogNames.get(value);
}

/**
 * The upstream name of the WebsocketMethodErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function websocketMethodErrorsName(value: number): WebsocketMethodErrorsName | undefined {
  const key = websocketMethodErrorsCatalogName(value);
  return key === undefined ? undefined : (`${websocketMethodErrorsPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known WebsocketMethodErrors code. */
export function isWebsocketMethodErrors(value: unknown): value is WebsocketMethodErrors {
  return typeof value === "number" && websocketMethodErrorsCatalogName(value) !== undefined;
}

/** The wire value of the WebsocketMethodErrors code with this upstream name, or `undefined` if there is none. */
export function websocketMethodErrorsFromName(name: string): WebsocketMethodErrors | undefined {
  if (!name.startsWith(websocketMethodErrorsPrefix)) return undefined;
  const key = name.slice(websocketMethodErrorsPrefix.length);
  return Object.hasOwn(WebsocketMethodErrors, key) ? WebsocketMethodErrors[key as WebsocketMethodErrorsCatalogName] : undefined;
}

/** Everything the catalog says about the WebsocketMethodErrors code with this wire value, or `undefined`. */
export function websocketMethodErrorsInfo(value: number): CodeInfo<WebsocketMethodErrors, never> | undefined {
  const key = websocketMethodErrorsCatalogName(value);
  return key === undefined ? undefined : websocketMethodErrorsInfos[key];
}

/** Everything the catalog says about each WebsocketMethodErrors code, by catalog name. */
export const websocketMethodErrorsInfos: {
  readonly [K in WebsocketMethodErrorsCatalogName]: CodeInfo<(typeof WebsocketMethodErrors)[K], never>;
} = {
  SERVER_ERRORS: {
    provider: "hms",
    codeSet: "websocket_method_errors",
    value: 5000,
    name: "SERVER_ERRORS",
    catalogName: "SERVER_ERRORS",
    summary: "The 100ms server answered a signalling request with an error.",
    cause: "Declared for errors the server returns over the signalling connection (a JSON-RPC error, or an on-error message it pushes); in 0.15.2 the SDK reports them with the server's own code in place of 5000, under the exception name ServerErrors.",
    when: ["the server refuses a join (for example an invalid room, role or token claims)", "a request such as a role change, recording start or metadata update is rejected", "the server pushes an error during the session"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "hms.websocket_method_errors.SERVER_ERRORS",
    remediation: ["Read HMSException.code, action and description; in 0.15.2 they carry the server's code and message, not 5000.", "For a failed request other than join, fix the request (permissions of the role, parameters) or retry later for 5xx.", "If isTerminal is true, offer the user a rejoin."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"],
    category: "unknown",
    retryPolicy: "depends",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the request named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "Terminal when the failed request was join, offer, answer or trickle, or the server pushed the error (on-error); not terminal for other requests. During join the SDK retries 5xx and 429 answers (not terminal while it does) and makes 410 terminal.",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The code stands for a family of server answers; whether a retry helps depends on the server code carried in its place.",
  },
  ALREADY_JOINED: {
    provider: "hms",
    codeSet: "websocket_method_errors",
    value: 5001,
    name: "ALREADY_JOINED",
    catalogName: "ALREADY_JOINED",
    summary: "The client has already joined, or is joining, this room.",
    cause: 'join was called while the transport was neither disconnected nor reconnecting ("Cannot join a meeting in ... state").',
    when: ["join called twice, for example by a re-rendered component", "join called again before leave has finished"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "hms.websocket_method_errors.ALREADY_JOINED",
    remediation: ["Call join once per session; guard against repeated calls (React effects) and call leave before joining again."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the request named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The existing session is unaffected; calling join again is the app's mistake.",
  },
  CANNOT_JOIN_PREVIEW_IN_PROGRESS: {
    provider: "hms",
    codeSet: "websocket_method_errors",
    value: 5002,
    name: "CANNOT_JOIN_PREVIEW_IN_PROGRESS",
    catalogName: "CANNOT_JOIN_PREVIEW_IN_PROGRESS",
    summary: "Join was called while a preview is in progress.",
    cause: 'Declared for a join that starts before preview has finished ("Cannot join if preview is in progress"); 0.15.2 has a factory for it but reports this case as NOT_READY (6003).',
    when: ["calling join immediately after preview, without waiting for preview to finish"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "hms.websocket_method_errors.CANNOT_JOIN_PREVIEW_IN_PROGRESS",
    remediation: ["Wait for preview to complete (onPreview) before calling join."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the request named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The call order is the app's; waiting for preview to finish fixes it.",
  },
};

let genericErrorsCatalogNames: Map<number, GenericErrorsCatalogName> | undefined;

/** The catalog name of the GenericErrors code with this wire value. */
function genericErrorsCatalogName(value: number): GenericErrorsCatalogName | undefined {
  genericErrorsCatalogNames ??= new Map(Object.entries(GenericErrors).map(([key, value]) => [value, key as GenericErrorsCatalogName]));
  return genericErrorsCatalogNames.get(value);
}

/**
 * The upstream name of the GenericErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function genericErrorsName(value: number): GenericErrorsName | undefined {
  const key = genericErrorsCatalogName(value);
  return key === undefined ? undefined : (`${genericErrorsPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known GenericErrors code. */
export function isGenericErrors(value: unknown): value is GenericErrors {
  return typeof value === "number" && genericErrorsCatalogName(value) !== undefined;
}

/** The wire value of the GenericErrors code with this upstream name, or `undefined` if there is none. */
export function genericErrorsFromName(name: string): GenericErrors | undefined {
  if (!name.startsWith(genericErrorsPrefix)) return undefined;
  const key = name.slice(genericErrorsPrefix.length);
  return Object.hasOwn(GenericErrors, key) ? GenericErrors[key as GenericErrorsCatalogName] : undefined;
}

/** Everything the catalog says about the GenericErrors code with this wire value, or `undefined`. */
export function genericErrorsInfo(value: number): CodeInfo<GenericErrors, never> | undefined {
  const key = genericErrorsCatalogName(value);
  return key === undefined ? undefined : genericErrorsInfos[key];
}

/** Everything the catalog says about each GenericErrors code, by catalog name. */
export const genericErrorsInfos: {
  readonly [K in GenericErrorsCatalogName]: CodeInfo<(typeof GenericErrors)[K], never>;
} = {
  NOT_CONNECTED: {
    provider: "hms",
    codeSet: "generic_errors",
    value: 6000,
    name: "NOT_CONNECTED",
    catalogName: "NOT_CONNECTED",
    summary: "The call needs a joined room, and the client is not connected.",
    cause: "An SDK method that needs a joined session (changing roles, sending messages, recording or transcription requests, mid-call preview) was called before join completed or after leave.",
    when: ["calling a room action before join has succeeded or after leaving", "a UI control still active after the session ended"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "hms.generic_errors.NOT_CONNECTED",
    remediation: ["Call room actions only while the room is connected (selectIsConnectedToRoom), and disable the controls otherwise."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed." },
        { value: "false", means: "The session goes on; only the call named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The call fails the same way until the app has joined; the app must call it at the right time.",
  },
  SIGNALLING: {
    provider: "hms",
    codeSet: "generic_errors",
    value: 6001,
    name: "SIGNALLING",
    catalogName: "SIGNALLING",
    summary: "An unknown signalling error.",
    cause: 'Declared for an unclassified failure of a signalling action ("Unknown signalling error"); in 0.15.2 it is raised only when stopTranscription is called without its parameters.',
    when: ["stopping a transcription without passing the mode"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "hms.generic_errors.SIGNALLING",
    remediation: ["Pass the transcription parameters (the mode to stop) to stopTranscription.", "For any other occurrence, log the action and description and report them to 100ms."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed." },
        { value: "false", means: "The session goes on; only the call named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "In this release its one use is a missing argument, which repeats until the app passes it.",
  },
  UNKNOWN: {
    provider: "hms",
    codeSet: "generic_errors",
    value: 6002,
    name: "UNKNOWN",
    catalogName: "UNKNOWN",
    summary: "An unexpected error inside the SDK.",
    cause: 'An error that is not an HMSException reached a place where the SDK wraps it ("Unknown exception"), such as a failed renegotiation of the publish or subscribe connection or a failed server migration.',
    when: ["a renegotiation fails with a browser error", "moving to another media server (SFU migration) fails"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "hms.generic_errors.UNKNOWN",
    remediation: ["Log the action, description and nativeError, and report them to 100ms if they recur.", "If isTerminal is true or media is missing, offer the user a rejoin."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"],
    category: "unknown",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed." },
        { value: "false", means: "The session goes on; only the call named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "Terminal when it comes from a failed subscribe renegotiation, which moves the transport to Failed and makes the SDK leave the room; not terminal elsewhere (publish renegotiation, server migration).",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The cause is unknown; the catalog leaves the next step to the user (rejoin if the call ended or media is missing) rather than retrying blindly.",
  },
  NOT_READY: {
    provider: "hms",
    codeSet: "generic_errors",
    value: 6003,
    name: "NOT_READY",
    catalogName: "NOT_READY",
    summary: "The SDK is not ready for this call yet.",
    cause: 'join was called while a preview is still in progress ("Preview is in progress, can\'t join").',
    when: ["calling join right after preview without waiting for it to finish"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "hms.generic_errors.NOT_READY",
    remediation: ["Wait for preview to complete (onPreview, or the room state Preview) before calling join."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed." },
        { value: "false", means: "The session goes on; only the call named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The call order is the app's; waiting for preview to finish fixes it.",
  },
  JSON_PARSING_FAILED: {
    provider: "hms",
    codeSet: "generic_errors",
    value: 6004,
    name: "JSON_PARSING_FAILED",
    catalogName: "JSON_PARSING_FAILED",
    summary: "A message could not be parsed as JSON.",
    cause: 'Declared for a signalling message that is not valid JSON ("Failed to parse JSON message"); 0.15.2 has a factory for it but never raises it.',
    when: ["a corrupted or unexpected message from the server"],
    userMessage: "Something went wrong on our side. Please try again in a moment.",
    userMessageKey: "hms.generic_errors.JSON_PARSING_FAILED",
    remediation: ["Log the description (it includes the message) and report it to 100ms."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"],
    category: "service_fault",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed." },
        { value: "false", means: "The session goes on; only the call named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "A malformed message from the service is not something the app can repeat or fix; it only needs reporting.",
  },
  TRACK_METADATA_MISSING: {
    provider: "hms",
    codeSet: "generic_errors",
    value: 6005,
    name: "TRACK_METADATA_MISSING",
    catalogName: "TRACK_METADATA_MISSING",
    summary: "Metadata for a remote track is missing.",
    cause: "Declared for a remote track that arrives without the track metadata the server should have sent; 0.15.2 has a factory for it but never raises it.",
    when: ["a remote track added before its description reached the client"],
    userMessage: "Something went wrong on our side. Please try again in a moment.",
    userMessageKey: "hms.generic_errors.TRACK_METADATA_MISSING",
    remediation: ["Log and report it to 100ms; if a participant's media is missing, a rejoin refreshes the room state."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"],
    category: "service_fault",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed." },
        { value: "false", means: "The session goes on; only the call named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "An inconsistency between the server's messages and the media; the app cannot fix it by retrying.",
  },
  RTC_TRACK_MISSING: {
    provider: "hms",
    codeSet: "generic_errors",
    value: 6006,
    name: "RTC_TRACK_MISSING",
    catalogName: "RTC_TRACK_MISSING",
    summary: "The WebRTC track for a remote track is missing.",
    cause: "Declared for track metadata from the server with no matching media track on the peer connection; 0.15.2 has a factory for it but never raises it.",
    when: ["the server announces a track that the subscribe connection never received"],
    userMessage: "Something went wrong on our side. Please try again in a moment.",
    userMessageKey: "hms.generic_errors.RTC_TRACK_MISSING",
    remediation: ["Log and report it to 100ms; if a participant's media is missing, a rejoin refreshes the room state."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"],
    category: "service_fault",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed." },
        { value: "false", means: "The session goes on; only the call named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "An inconsistency between the server's messages and the media; the app cannot fix it by retrying.",
  },
  PEER_METADATA_MISSING: {
    provider: "hms",
    codeSet: "generic_errors",
    value: 6007,
    name: "PEER_METADATA_MISSING",
    catalogName: "PEER_METADATA_MISSING",
    summary: "Metadata for a peer is missing.",
    cause: "Declared for a message about a peer the client has no record of; 0.15.2 has a factory for it but never raises it.",
    when: ["a notification about a peer that arrives before the peer's join notification"],
    userMessage: "Something went wrong on our side. Please try again in a moment.",
    userMessageKey: "hms.generic_errors.PEER_METADATA_MISSING",
    remediation: ["Log and report it to 100ms; if the peer list looks wrong, a rejoin refreshes the room state."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"],
    category: "service_fault",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed." },
        { value: "false", means: "The session goes on; only the call named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "An inconsistency in the server's messages; the app cannot fix it by retrying.",
  },
  INVALID_ROLE: {
    provider: "hms",
    codeSet: "generic_errors",
    value: 6008,
    name: "INVALID_ROLE",
    catalogName: "INVALID_ROLE",
    summary: "The requested role does not exist in the room's policy.",
    cause: 'A role name given to preview (asRole) or found for the local peer is not one of the roles defined for the room ("Invalid role. Join with valid role").',
    when: ["previewing or joining as a role name with a typo, or one deleted from the room's template"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "hms.generic_errors.INVALID_ROLE",
    remediation: ["Use a role defined in the room's template (100ms dashboard), and issue tokens for existing roles."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/store/Store.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed." },
        { value: "false", means: "The session goes on; only the call named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The SDK marks it terminal; the same role name fails again until the app or the room template is fixed.",
  },
  PREVIEW_IN_PROGRESS: {
    provider: "hms",
    codeSet: "generic_errors",
    value: 6009,
    name: "PREVIEW_IN_PROGRESS",
    catalogName: "PREVIEW_IN_PROGRESS",
    summary: "Preview was called while another preview is in progress.",
    cause: 'preview was called again before the previous preview finished ("Preview already called").',
    when: ["preview triggered twice, for example by a re-rendered component"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "hms.generic_errors.PREVIEW_IN_PROGRESS",
    remediation: ["Call preview once and wait for it to finish; guard against repeated calls from UI effects."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed." },
        { value: "false", means: "The session goes on; only the call named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The first preview goes on; the second call is the app's mistake.",
  },
  MISSING_MEDIADEVICES: {
    provider: "hms",
    codeSet: "generic_errors",
    value: 6010,
    name: "MISSING_MEDIADEVICES",
    catalogName: "MISSING_MEDIADEVICES",
    summary: "The browser exposes no media devices API.",
    cause: 'navigator.mediaDevices is undefined, which browsers do on pages not served over HTTPS or localhost; the SDK says it "won\'t work on this website".',
    when: ["the app is served over plain HTTP from a host other than localhost", "an embedded web view without media device support"],
    userMessage: "Calls are not supported on this page. Please open it over a secure (https) connection or in another browser.",
    userMessageKey: "hms.generic_errors.MISSING_MEDIADEVICES",
    remediation: ["Serve the app over HTTPS (or localhost during development).", "In web views, enable camera and microphone support."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/validations.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed." },
        { value: "false", means: "The session goes on; only the call named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The SDK marks it terminal; nothing changes until the page is served from a secure origin.",
  },
  MISSING_RTCPEERCONNECTION: {
    provider: "hms",
    codeSet: "generic_errors",
    value: 6011,
    name: "MISSING_RTCPEERCONNECTION",
    catalogName: "MISSING_RTCPEERCONNECTION",
    summary: "The browser does not provide WebRTC.",
    cause: "RTCPeerConnection was not found, because the browser does not support WebRTC or an extension blocks it.",
    when: ["an old or unsupported browser", "a privacy extension or policy that disables WebRTC"],
    userMessage: "Your browser does not support calls, or an extension is blocking them. Try another browser, or turn off extensions that block WebRTC.",
    userMessageKey: "hms.generic_errors.MISSING_RTCPEERCONNECTION",
    remediation: ["Tell the user to use a supported browser or disable extensions that block WebRTC, then join again."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/validations.ts"],
    category: "client_error",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed." },
        { value: "false", means: "The session goes on; only the call named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The SDK marks it terminal; the user can fix it by switching browser or disabling the blocking extension, then joining again.",
  },
  LOCAL_STORAGE_ACCESS_DENIED: {
    provider: "hms",
    codeSet: "generic_errors",
    value: 6012,
    name: "LOCAL_STORAGE_ACCESS_DENIED",
    catalogName: "LOCAL_STORAGE_ACCESS_DENIED",
    summary: "The browser denied access to localStorage.",
    cause: "Reading window.localStorage threw, usually because the browser's privacy settings block site storage (for example in a third-party iframe); the SDK logs it and uses an in-memory polyfill.",
    when: ["the app runs in a third-party iframe with storage blocked", "the browser blocks cookies and site data"],
    userMessage: "Some of your settings can't be saved in this browser.",
    userMessageKey: "hms.generic_errors.LOCAL_STORAGE_ACCESS_DENIED",
    remediation: ["Nothing is required; if remembered settings matter, allow site storage for the app's origin or avoid third-party iframes."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/local-storage.ts"],
    category: "permission",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed." },
        { value: "false", means: "The session goes on; only the call named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The SDK carries on without persistent storage, so there is nothing to retry; only remembered settings are lost.",
  },
  VALIDATION_FAILED: {
    provider: "hms",
    codeSet: "generic_errors",
    value: 6013,
    name: "VALIDATION_FAILED",
    catalogName: "VALIDATION_FAILED",
    summary: "An SDK call was given invalid arguments or called in an invalid state.",
    cause: "The SDK rejected a call before sending it, because a peer or role does not exist, a required parameter is missing, or leave was called before join could complete.",
    when: ["acting on a peer that has left, or on a role that does not exist", "leaving while the join is still in progress"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "hms.generic_errors.VALIDATION_FAILED",
    remediation: ["Read the message, which names what failed validation, and fix the arguments or the timing of the call."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed." },
        { value: "false", means: "The session goes on; only the call named in HMSException.action failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The same arguments fail the same way; the app has to fix the call.",
  },
};

let mediaPluginErrorsCatalogNames: Map<number, MediaPluginErrorsCatalogName> | undefined;

/** The catalog name of the MediaPluginErrors code with this wire value. */
function mediaPluginErrorsCatalogName(value: number): MediaPluginErrorsCatalogName | undefined {
  mediaPluginErrorsCatalogNames ??= new Map(Object.entries(MediaPluginErrors).map(([key, value]) => [value, key as MediaPluginErrorsCatalogName]));
  return mediaPluginErrorsCatalogNames.get(value);
}

/**
 * The upstream name of the MediaPluginErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function mediaPluginErrorsName(value: number): MediaPluginErrorsName | undefined {
  const key = mediaPluginErrorsCatalogName(value);
  return key === undefined ? undefined : (`${mediaPluginErrorsPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known MediaPluginErrors code. */
export function isMediaPluginErrors(value: unknown): value is MediaPluginErrors {
  return typeof value === "number" && mediaPluginErrorsCatalogName(value) !== undefined;
}

/** The wire value of the MediaPluginErrors code with this upstream name, or `undefined` if there is none. */
export function mediaPluginErrorsFromName(name: string): MediaPluginErrors | undefined {
  if (!name.startsWith(mediaPluginErrorsPrefix)) return undefined;
  const key = name.slice(mediaPluginErrorsPrefix.length);
  return Object.hasOwn(MediaPluginErrors, key) ? MediaPluginErrors[key as MediaPluginErrorsCatalogName] : undefined;
}

/** Everything the catalog says about the MediaPluginErrors code with this wire value, or `undefined`. */
export function mediaPluginErrorsInfo(value: number): CodeInfo<MediaPluginErrors, never> | undefined {
  const key = mediaPluginErrorsCatalogName(value);
  return key === undefined ? undefined : mediaPluginErrorsInfos[key];
}

/** Everything the catalog says about each MediaPluginErrors code, by catalog name. */
export const mediaPluginErrorsInfos: {
  readonly [K in MediaPluginErrorsCatalogName]: CodeInfo<(typeof MediaPluginErrors)[K], never>;
} = {
  PlatformNotSupported: {
    provider: "hms",
    codeSet: "media_plugin_errors",
    value: 7001,
    name: "PlatformNotSupported",
    catalogName: "PlatformNotSupported",
    summary: "The plugin does not support this browser or platform.",
    cause: 'The plugin\'s own support check reported PLATFORM_NOT_SUPPORTED when it was added ("Check HMS Docs to see the list of supported platforms").',
    when: ["adding a virtual-background or noise-suppression plugin on a browser or OS it does not support"],
    userMessage: "This effect is not available in your browser.",
    userMessageKey: "hms.media_plugin_errors.PlatformNotSupported",
    remediation: ["Check the plugin's support (its checkSupport method) before offering the feature, and hide it where unsupported."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/HMSVideoPluginsManager.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the plugin named in HMSException.action's call failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The platform does not change between attempts; the app should check support before offering the feature.",
  },
  InitFailed: {
    provider: "hms",
    codeSet: "media_plugin_errors",
    value: 7002,
    name: "InitFailed",
    catalogName: "InitFailed",
    summary: "The plugin failed to initialise.",
    cause: 'The plugin\'s init step threw while it was being added ("Plugin init failed"), for example because its model or WebAssembly files could not be loaded.',
    when: ["the plugin's assets cannot be downloaded (network, content security policy)", "the device lacks the resources the plugin needs"],
    userMessage: "We could not turn on this effect. Please try again.",
    userMessageKey: "hms.media_plugin_errors.InitFailed",
    remediation: ["Retry adding the plugin after a short delay, a bounded number of times.", "Check that the plugin's assets are allowed by the page's content security policy and reachable."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/VideoPluginsAnalytics.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/AudioPluginsAnalytics.ts"],
    category: "unknown",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the plugin named in HMSException.action's call failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "Initialisation often fails on loading assets, which a later attempt can get past; repeated failures point at the environment.",
  },
  ProcessingFailed: {
    provider: "hms",
    codeSet: "media_plugin_errors",
    value: 7003,
    name: "ProcessingFailed",
    catalogName: "ProcessingFailed",
    summary: "The plugin failed while processing media.",
    cause: 'Processing frames or audio through the plugin threw ("Plugin processing failed"), or a plugin was added after the plugin manager was cleaned up.',
    when: ["a plugin error while the effect is running", "adding an audio plugin after its track was released"],
    userMessage: "This effect stopped working. Try turning it off and on again.",
    userMessageKey: "hms.media_plugin_errors.ProcessingFailed",
    remediation: ["Remove the plugin and let the user enable it again; log the description."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/VideoPluginsAnalytics.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts"],
    category: "unknown",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the plugin named in HMSException.action's call failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "A running plugin that failed is unlikely to recover by itself; the user can turn the effect off and on again.",
  },
  AddAlreadyInProgress: {
    provider: "hms",
    codeSet: "media_plugin_errors",
    value: 7004,
    name: "AddAlreadyInProgress",
    catalogName: "AddAlreadyInProgress",
    summary: "A plugin is already being added.",
    cause: 'addPlugin was called while an earlier add on the same track had not finished ("Plugin add already in progress").',
    when: ["the user toggles an effect several times quickly"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "hms.media_plugin_errors.AddAlreadyInProgress",
    remediation: ["Await addPlugin before calling it again, and disable the effect toggle while an add is in progress."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/HMSVideoPluginsManager.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the plugin named in HMSException.action's call failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The earlier add goes on; the app should wait for it rather than repeat the call.",
  },
  DeviceNotSupported: {
    provider: "hms",
    codeSet: "media_plugin_errors",
    value: 7005,
    name: "DeviceNotSupported",
    catalogName: "DeviceNotSupported",
    summary: "The plugin does not support this device.",
    cause: 'The plugin\'s own support check reported DEVICE_NOT_SUPPORTED when it was added ("Check HMS Docs to see the list of supported devices").',
    when: ["adding a plugin on a device without the required capabilities (for example a mobile device for some effects)"],
    userMessage: "This effect is not available on your device.",
    userMessageKey: "hms.media_plugin_errors.DeviceNotSupported",
    remediation: ["Check the plugin's support before offering the feature, and hide it on unsupported devices."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/HMSVideoPluginsManager.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the plugin named in HMSException.action's call failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The device does not change between attempts; the app should check support before offering the feature.",
  },
  NotAllowedForRoom: {
    provider: "hms",
    codeSet: "media_plugin_errors",
    value: 7006,
    name: "NotAllowedForRoom",
    catalogName: "NotAllowedForRoom",
    summary: "The plugin is not enabled for this room.",
    cause: "The room does not allow the plugin; in 0.15.2 this is the Krisp noise-cancellation plugin added in a room where noise cancellation is not enabled.",
    when: ["adding HMSKrispPlugin in a room whose template does not enable noise cancellation"],
    userMessage: "This effect is not available in this call.",
    userMessageKey: "hms.media_plugin_errors.NotAllowedForRoom",
    remediation: ["Enable noise cancellation for the room's template in the 100ms dashboard, or hide the option when the room does not allow it."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts"],
    category: "permission",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the plugin named in HMSException.action's call failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The room's settings decide it; retrying fails until an operator enables the feature.",
  },
};

let playlistErrorsCatalogNames: Map<number, PlaylistErrorsCatalogName> | undefined;

/** The catalog name of the PlaylistErrors code with this wire value. */
function playlistErrorsCatalogName(value: number): PlaylistErrorsCatalogName | undefined {
  playlistErrorsCatalogNames ??= new Map(Object.entries(PlaylistErrors).map(([key, value]) => [value, key as PlaylistErrorsCatalogName]));
  return playlistErrorsCatalogNames.get(value);
}

/**
 * The upstream name of the PlaylistErrors code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function playlistErrorsName(value: number): PlaylistErrorsName | undefined {
  const key = playlistErrorsCatalogName(value);
  return key === undefined ? undefined : (`${playlistErrorsPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known PlaylistErrors code. */
export function isPlaylistErrors(value: unknown): value is PlaylistErrors {
  return typeof value === "number" && playlistErrorsCatalogName(value) !== undefined;
}

/** The wire value of the PlaylistErrors code with this upstream name, or `undefined` if there is none. */
export function playlistErrorsFromName(name: string): PlaylistErrors | undefined {
  if (!name.startsWith(playlistErrorsPrefix)) return undefined;
  const key = name.slice(playlistErrorsPrefix.length);
  return Object.hasOwn(PlaylistErrors, key) ? PlaylistErrors[key as PlaylistErrorsCatalogName] : undefined;
}

/** Everything the catalog says about the PlaylistErrors code with this wire value, or `undefined`. */
export function playlistErrorsInfo(value: number): CodeInfo<PlaylistErrors, never> | undefined {
  const key = playlistErrorsCatalogName(value);
  return key === undefined ? undefined : playlistErrorsInfos[key];
}

/** Everything the catalog says about each PlaylistErrors code, by catalog name. */
export const playlistErrorsInfos: {
  readonly [K in PlaylistErrorsCatalogName]: CodeInfo<(typeof PlaylistErrors)[K], never>;
} = {
  NO_ENTRY_TO_PLAY: {
    provider: "hms",
    codeSet: "playlist_errors",
    value: 8001,
    name: "NO_ENTRY_TO_PLAY",
    catalogName: "NO_ENTRY_TO_PLAY",
    summary: "There is no playlist entry to play.",
    cause: "A playlist action needs an entry, but the playlist is empty, has reached its end, or nothing is playing (for example a seek with no current item).",
    when: ["playing next or previous past the ends of the playlist", "seeking when no item is playing"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "hms.playlist_errors.NO_ENTRY_TO_PLAY",
    remediation: ["Check the playlist's state (selectors for the current item and list) before calling next, previous or seek, and disable those controls when they do not apply."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/playlist-manager/PlaylistManager.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the playlist call failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The playlist's state makes the action impossible; repeating it fails the same way.",
  },
  NO_ENTRY_IS_PLAYING: {
    provider: "hms",
    codeSet: "playlist_errors",
    value: 8002,
    name: "NO_ENTRY_IS_PLAYING",
    catalogName: "NO_ENTRY_IS_PLAYING",
    summary: "No playlist entry is playing.",
    cause: 'Declared for a playlist action that needs a playing entry ("No entry is playing at this time"); 0.15.2 has a factory for it but never raises it.',
    when: ["acting on the current item while nothing is playing"],
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "hms.playlist_errors.NO_ENTRY_IS_PLAYING",
    remediation: ["Check that an item is playing before acting on the current item."],
    causes: [],
    references: ["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
      overrides: ["terminal"],
      values: [
        { value: "true", means: "The SDK has left the room (room state Failed); any recovery is a new join." },
        { value: "false", means: "The session goes on; only the playlist call failed." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The playlist's state makes the action impossible; repeating it fails the same way.",
  },
};

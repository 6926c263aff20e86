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
 * Upstream: ErrorCodes.APIErrors in 100mslive/web-sdks 0.15.2.
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
 * Upstream: ErrorCodes.TracksErrors in 100mslive/web-sdks 0.15.2.
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

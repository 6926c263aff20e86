// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Stream Video error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Code of an error the Stream SFU reports, in the \`code\` of its Error message (on the SFU \`error\` event or an RPC response).
 *
 * Upstream: ErrorCode in GetStream/stream-video-js 1.60.0 (package npm:\@stream-io/video-client\@1.60.0).
 */
export const SfuErrorCode = {
  /** The error carries no specific code. */
  UNSPECIFIED: 0,
  /** The track to publish was not found. */
  PUBLISH_TRACK_NOT_FOUND: 100,
  /** The published tracks do not match what the SFU expects. */
  PUBLISH_TRACKS_MISMATCH: 101,
  /** A publishing request arrived out of order. */
  PUBLISH_TRACK_OUT_OF_ORDER: 102,
  /** A video layer of a published track was not found. */
  PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND: 103,
  /** The livestream has ended. */
  LIVE_ENDED: 104,
  /** The SFU does not know this participant. */
  PARTICIPANT_NOT_FOUND: 200,
  /** The participant is being migrated away from this SFU. */
  PARTICIPANT_MIGRATING_OUT: 201,
  /** Migrating the participant to another SFU failed. */
  PARTICIPANT_MIGRATION_FAILED: 202,
  /** The participant is in the middle of a migration. */
  PARTICIPANT_MIGRATING: 203,
  /** Reconnecting the participant failed. */
  PARTICIPANT_RECONNECT_FAILED: 204,
  /** The participant's media transport failed. */
  PARTICIPANT_MEDIA_TRANSPORT_FAILURE: 205,
  /** The SFU lost the participant's signalling connection. */
  PARTICIPANT_SIGNAL_LOST: 206,
  /** The call was not found on the SFU. */
  CALL_NOT_FOUND: 300,
  /** The call has reached its participant limit. */
  CALL_PARTICIPANT_LIMIT_REACHED: 301,
  /** The request failed validation. */
  REQUEST_VALIDATION_FAILED: 400,
  /** The client is not authenticated with the SFU. */
  UNAUTHENTICATED: 401,
  /** The participant lacks the permission for this request. */
  PERMISSION_DENIED: 403,
  /** The client sent too many requests. */
  TOO_MANY_REQUESTS: 429,
  /** The SFU failed internally. */
  INTERNAL_SERVER_ERROR: 500,
  /** The SFU is shutting down. */
  SFU_SHUTTING_DOWN: 600,
  /** The SFU has no capacity left. */
  SFU_FULL: 700,
} as const;

/** A wire value of Stream Video `sfu_error_code`. */
export type SfuErrorCode = (typeof SfuErrorCode)[keyof typeof SfuErrorCode];

/** The name of a SfuErrorCode code as the catalog keys it (the upstream name without its prefix). */
export type SfuErrorCodeCatalogName = keyof typeof SfuErrorCode;

/** What upstream writes before every SfuErrorCode catalog name. */
const sfuErrorCodePrefix = "";

/** The name of a SfuErrorCode code exactly as upstream spells it. */
export type SfuErrorCodeName = `${typeof sfuErrorCodePrefix}${SfuErrorCodeCatalogName}`;

/**
 * What the Stream SFU tells the client to do after an error, in the reconnect_strategy of its \`error\` event.
 *
 * Upstream: WebsocketReconnectStrategy in GetStream/stream-video-js 1.60.0 (package npm:\@stream-io/video-client\@1.60.0).
 */
export const WebsocketReconnectStrategy = {
  /** No reconnect instruction. */
  UNSPECIFIED: 0,
  /** Disconnect for good. */
  DISCONNECT: 1,
  /** Reconnect fast, keeping the peer connections. */
  FAST: 2,
  /** Rejoin with new credentials and fresh peer connections. */
  REJOIN: 3,
  /** Migrate to another SFU. */
  MIGRATE: 4,
} as const;

/** A wire value of Stream Video `websocket_reconnect_strategy`. */
export type WebsocketReconnectStrategy = (typeof WebsocketReconnectStrategy)[keyof typeof WebsocketReconnectStrategy];

/** The name of a WebsocketReconnectStrategy code as the catalog keys it (the upstream name without its prefix). */
export type WebsocketReconnectStrategyCatalogName = keyof typeof WebsocketReconnectStrategy;

/** What upstream writes before every WebsocketReconnectStrategy catalog name. */
const websocketReconnectStrategyPrefix = "";

/** The name of a WebsocketReconnectStrategy code exactly as upstream spells it. */
export type WebsocketReconnectStrategyName = `${typeof websocketReconnectStrategyPrefix}${WebsocketReconnectStrategyCatalogName}`;

/**
 * Why the Stream SFU ended the call, in the reason of its \`callEnded\` event.
 *
 * Upstream: CallEndedReason in GetStream/stream-video-js 1.60.0 (package npm:\@stream-io/video-client\@1.60.0).
 */
export const CallEndedReason = {
  /** The call ended without a stated reason. */
  UNSPECIFIED: 0,
  /** The call was ended. */
  ENDED: 1,
  /** The livestream ended. */
  LIVE_ENDED: 2,
  /** The participant was removed from the call. */
  KICKED: 3,
  /** The call session ended. */
  SESSION_ENDED: 4,
} as const;

/** A wire value of Stream Video `call_ended_reason`. */
export type CallEndedReason = (typeof CallEndedReason)[keyof typeof CallEndedReason];

/** The name of a CallEndedReason code as the catalog keys it (the upstream name without its prefix). */
export type CallEndedReasonCatalogName = keyof typeof CallEndedReason;

/** What upstream writes before every CallEndedReason catalog name. */
const callEndedReasonPrefix = "";

/** The name of a CallEndedReason code exactly as upstream spells it. */
export type CallEndedReasonName = `${typeof callEndedReasonPrefix}${CallEndedReasonCatalogName}`;

/**
 * Why the Stream SFU asks the client to move away from it, in the reason of its \`goAway\` event.
 *
 * Upstream: GoAwayReason in GetStream/stream-video-js 1.60.0 (package npm:\@stream-io/video-client\@1.60.0).
 */
export const GoAwayReason = {
  /** The SFU asks the client to migrate without a stated reason. */
  UNSPECIFIED: 0,
  /** The SFU is shutting down. */
  SHUTTING_DOWN: 1,
  /** The SFU is rebalancing its load. */
  REBALANCE: 2,
} as const;

/** A wire value of Stream Video `go_away_reason`. */
export type GoAwayReason = (typeof GoAwayReason)[keyof typeof GoAwayReason];

/** The name of a GoAwayReason code as the catalog keys it (the upstream name without its prefix). */
export type GoAwayReasonCatalogName = keyof typeof GoAwayReason;

/** What upstream writes before every GoAwayReason catalog name. */
const goAwayReasonPrefix = "";

/** The name of a GoAwayReason code exactly as upstream spells it. */
export type GoAwayReasonName = `${typeof goAwayReasonPrefix}${GoAwayReasonCatalogName}`;

let sfuErrorCodeCatalogNames: Map<number, SfuErrorCodeCatalogName> | undefined;

/** The catalog name of the SfuErrorCode code with this wire value. */
function sfuErrorCodeCatalogName(value: number): SfuErrorCodeCatalogName | undefined {
  sfuErrorCodeCatalogNames ??= new Map(Object.entries(SfuErrorCode).map(([key, value]) => [value, key as SfuErrorCodeCatalogName]));
  return sfuErrorCodeCatalogNames.get(value);
}

/**
 * The upstream name of the SfuErrorCode code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function sfuErrorCodeName(value: number): SfuErrorCodeName | undefined {
  const key = sfuErrorCodeCatalogName(value);
  return key === undefined ? undefined : (`${sfuErrorCodePrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known SfuErrorCode code. */
export function isSfuErrorCode(value: unknown): value is SfuErrorCode {
  return typeof value === "number" && sfuErrorCodeCatalogName(value) !== undefined;
}

/** The wire value of the SfuErrorCode code with this upstream name, or `undefined` if there is none. */
export function sfuErrorCodeFromName(name: string): SfuErrorCode | undefined {
  if (!name.startsWith(sfuErrorCodePrefix)) return undefined;
  const key = name.slice(sfuErrorCodePrefix.length);
  return Object.hasOwn(SfuErrorCode, key) ? SfuErrorCode[key as SfuErrorCodeCatalogName] : undefined;
}

/** Everything the catalog says about the SfuErrorCode code with this wire value, or `undefined`. */
export function sfuErrorCodeInfo(value: number): CodeInfo<SfuErrorCode, CallEndedReason> | undefined {
  const key = sfuErrorCodeCatalogName(value);
  return key === undefined ? undefined : sfuErrorCodeInfos[key];
}

/** Everything the catalog says about each SfuErrorCode code, by catalog name. */
export const sfuErrorCodeInfos: {
  readonly [K in SfuErrorCodeCatalogName]: CodeInfo<(typeof SfuErrorCode)[K], CallEndedReason>;
} = {
  UNSPECIFIED: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 0,
    name: "UNSPECIFIED",
    catalogName: "UNSPECIFIED",
    summary: "The error carries no specific code.",
    cause: "The protobuf default; the SFU reported an error without classifying it.",
    when: ["an SFU error that fits no other code"],
    category: "unknown",
    retryPolicy: "depends",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "Without a code, the error's shouldRetry and the event's reconnect strategy are the only guide.",
  },
  PUBLISH_TRACK_NOT_FOUND: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 100,
    name: "PUBLISH_TRACK_NOT_FOUND",
    catalogName: "PUBLISH_TRACK_NOT_FOUND",
    summary: "The track to publish was not found.",
    cause: "The SFU does not know a track the client referred to in a publishing request.",
    when: ["the client's view of its published tracks is out of step with the SFU"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The request is refused, not the call; repeating the same request fails again until the client's track state is corrected.",
  },
  PUBLISH_TRACKS_MISMATCH: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 101,
    name: "PUBLISH_TRACKS_MISMATCH",
    catalogName: "PUBLISH_TRACKS_MISMATCH",
    summary: "The published tracks do not match what the SFU expects.",
    cause: "The tracks described in a publishing request disagree with the SFU's record of them.",
    when: ["the client's view of its published tracks is out of step with the SFU"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The request is refused, not the call; repeating the same request fails again until the client's track state is corrected.",
  },
  PUBLISH_TRACK_OUT_OF_ORDER: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 102,
    name: "PUBLISH_TRACK_OUT_OF_ORDER",
    catalogName: "PUBLISH_TRACK_OUT_OF_ORDER",
    summary: "A publishing request arrived out of order.",
    cause: "The SFU received a track publishing update in an order it cannot apply.",
    when: ["concurrent publishing updates race each other"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The request is refused, not the call; the client must resend its state in order rather than repeat the same request.",
  },
  PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 103,
    name: "PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
    catalogName: "PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
    summary: "A video layer of a published track was not found.",
    cause: "A publishing request referred to a simulcast or SVC layer the SFU does not know for that track.",
    when: ["the client's layer configuration is out of step with the SFU"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The request is refused, not the call; repeating it fails again until the layer configuration is corrected.",
  },
  LIVE_ENDED: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 104,
    name: "LIVE_ENDED",
    catalogName: "LIVE_ENDED",
    summary: "The livestream has ended.",
    cause: "The call's live broadcast was stopped; the SDK puts the call back in backstage and leaves unless the user may join backstage.",
    when: ["the host ends the livestream while viewers watch"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The broadcast was ended on purpose; viewers can only wait for it to go live again.",
    protocolEquivalent: 2,
  },
  PARTICIPANT_NOT_FOUND: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 200,
    name: "PARTICIPANT_NOT_FOUND",
    catalogName: "PARTICIPANT_NOT_FOUND",
    summary: "The SFU does not know this participant.",
    cause: "The SFU holds no session for the participant the request names.",
    when: ["the SFU already dropped the session after a long network outage"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The old session is gone, but a fresh join normally succeeds, so a rejoin after a delay is reasonable.",
  },
  PARTICIPANT_MIGRATING_OUT: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 201,
    name: "PARTICIPANT_MIGRATING_OUT",
    catalogName: "PARTICIPANT_MIGRATING_OUT",
    summary: "The participant is being migrated away from this SFU.",
    cause: "The SFU is moving the participant to another SFU and refuses work on the old session.",
    when: ["the SFU is drained or rebalanced"],
    category: "ended_by_service",
    retryPolicy: "automatic",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "Migration is driven by the SFU together with the MIGRATE reconnect strategy, which the SDK carries out by itself.",
  },
  PARTICIPANT_MIGRATION_FAILED: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 202,
    name: "PARTICIPANT_MIGRATION_FAILED",
    catalogName: "PARTICIPANT_MIGRATION_FAILED",
    summary: "Migrating the participant to another SFU failed.",
    cause: "The move of the participant's session to another SFU did not complete.",
    when: ["the target SFU cannot be reached during a migration"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "A failed move is usually transient, so a full rejoin after a delay is the remaining path.",
  },
  PARTICIPANT_MIGRATING: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 203,
    name: "PARTICIPANT_MIGRATING",
    catalogName: "PARTICIPANT_MIGRATING",
    summary: "The participant is in the middle of a migration.",
    cause: "The SFU refused a request because the participant's session is being migrated.",
    when: ["a request arrives while the session moves between SFUs"],
    category: "ended_by_service",
    retryPolicy: "automatic",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The migration completes on its own; the SDK reissues its state once connected to the new SFU.",
  },
  PARTICIPANT_RECONNECT_FAILED: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 204,
    name: "PARTICIPANT_RECONNECT_FAILED",
    catalogName: "PARTICIPANT_RECONNECT_FAILED",
    summary: "Reconnecting the participant failed.",
    cause: "The SFU could not restore the participant's session on a reconnect.",
    when: ["a fast reconnect arrives after the SFU gave up on the session"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The session cannot be resumed, but a full rejoin after a delay normally succeeds.",
  },
  PARTICIPANT_MEDIA_TRANSPORT_FAILURE: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 205,
    name: "PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
    catalogName: "PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
    summary: "The participant's media transport failed.",
    cause: "The WebRTC media connection between the participant and the SFU failed.",
    when: ["ICE or DTLS to the SFU fails, for example behind a restrictive firewall"],
    category: "media_negotiation",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "Media transport failures are usually network-path problems that a reconnect after a delay can fix, with the user told if they persist.",
  },
  PARTICIPANT_SIGNAL_LOST: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 206,
    name: "PARTICIPANT_SIGNAL_LOST",
    catalogName: "PARTICIPANT_SIGNAL_LOST",
    summary: "The SFU lost the participant's signalling connection.",
    cause: "The signalling WebSocket between the participant and the SFU dropped.",
    when: ["the network drops briefly or switches interface"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The SDK answers a negotiation error with this code with a FAST reconnect that keeps the peer connections.",
  },
  CALL_NOT_FOUND: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 300,
    name: "CALL_NOT_FOUND",
    catalogName: "CALL_NOT_FOUND",
    summary: "The call was not found on the SFU.",
    cause: "The SFU has no record of the call the client tried to join.",
    when: ["joining with stale call credentials after the call ended"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "catalog",
    rationale: "The SFU cannot serve a call it does not know; the app must join again through the coordinator to get current credentials.",
  },
  CALL_PARTICIPANT_LIMIT_REACHED: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 301,
    name: "CALL_PARTICIPANT_LIMIT_REACHED",
    catalogName: "CALL_PARTICIPANT_LIMIT_REACHED",
    summary: "The call has reached its participant limit.",
    cause: "The SFU refused the join because the call holds as many participants as allowed.",
    when: ["joining a full call"],
    category: "capacity",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The SDK treats it as a join error and retries the join on another SFU, up to maxJoinRetries (3 by default); only after those does the join fail.",
  },
  REQUEST_VALIDATION_FAILED: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 400,
    name: "REQUEST_VALIDATION_FAILED",
    catalogName: "REQUEST_VALIDATION_FAILED",
    summary: "The request failed validation.",
    cause: "The SFU rejected a malformed or invalid request.",
    when: ["a client bug or an SDK and SFU version mismatch"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The same request fails again; the code that builds it must be fixed.",
  },
  UNAUTHENTICATED: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 401,
    name: "UNAUTHENTICATED",
    catalogName: "UNAUTHENTICATED",
    summary: "The client is not authenticated with the SFU.",
    cause: "The SFU token was missing, invalid or expired.",
    when: ["connecting with an expired SFU token"],
    category: "credentials",
    retryPolicy: "refresh_credentials",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "A REJOIN fetches new credentials from the coordinator, which is what fixes a rejected token.",
  },
  PERMISSION_DENIED: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 403,
    name: "PERMISSION_DENIED",
    catalogName: "PERMISSION_DENIED",
    summary: "The participant lacks the permission for this request.",
    cause: "The participant's grants do not allow the operation, for example publishing a track type it may not send.",
    when: ["publishing without the needed capability"],
    category: "permission",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "Retrying with the same grants fails again; the call itself continues.",
  },
  TOO_MANY_REQUESTS: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 429,
    name: "TOO_MANY_REQUESTS",
    catalogName: "TOO_MANY_REQUESTS",
    summary: "The client sent too many requests.",
    cause: "The SFU rate-limited the client.",
    when: ["a burst of requests, for example rapid subscription changes"],
    category: "capacity",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "Throttling clears with time, so the request should be retried after a growing delay.",
  },
  INTERNAL_SERVER_ERROR: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 500,
    name: "INTERNAL_SERVER_ERROR",
    catalogName: "INTERNAL_SERVER_ERROR",
    summary: "The SFU failed internally.",
    cause: "An unexpected error on the SFU.",
    when: ["an SFU bug or overload"],
    category: "service_fault",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The client did not cause it, so a retry after a delay may succeed; alert if it recurs.",
  },
  SFU_SHUTTING_DOWN: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 600,
    name: "SFU_SHUTTING_DOWN",
    catalogName: "SFU_SHUTTING_DOWN",
    summary: "The SFU is shutting down.",
    cause: "The SFU instance is going away and refuses new joins.",
    when: ["an SFU is drained for deployment or scaling"],
    category: "ended_by_service",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The SDK treats it as a join error and retries the join on another SFU.",
  },
  SFU_FULL: {
    provider: "stream_video",
    codeSet: "sfu_error_code",
    value: 700,
    name: "SFU_FULL",
    catalogName: "SFU_FULL",
    summary: "The SFU has no capacity left.",
    cause: "The SFU instance is at capacity and refuses the join.",
    when: ["joining during a load peak on the assigned SFU"],
    category: "capacity",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The SDK treats it as a join error and, although the SFU suggests MIGRATE, rejoins on another SFU.",
  },
};

let websocketReconnectStrategyCatalogNames: Map<number, WebsocketReconnectStrategyCatalogName> | undefined;

/** The catalog name of the WebsocketReconnectStrategy code with this wire value. */
function websocketReconnectStrategyCatalogName(value: number): WebsocketReconnectStrategyCatalogName | undefined {
  websocketReconnectStrategyCatalogNames ??= new Map(Object.entries(WebsocketReconnectStrategy).map(([key, value]) => [value, key as WebsocketReconnectStrategyCatalogName]));
  return websocketReconnectStrategyCatalogNames.get(value);
}

/**
 * The upstream name of the WebsocketReconnectStrategy code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function websocketReconnectStrategyName(value: number): WebsocketReconnectStrategyName | undefined {
  const key = websocketReconnectStrategyCatalogName(value);
  return key === undefined ? undefined : (`${websocketReconnectStrategyPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known WebsocketReconnectStrategy code. */
export function isWebsocketReconnectStrategy(value: unknown): value is WebsocketReconnectStrategy {
  return typeof value === "number" && websocketReconnectStrategyCatalogName(value) !== undefined;
}

/** The wire value of the WebsocketReconnectStrategy code with this upstream name, or `undefined` if there is none. */
export function websocketReconnectStrategyFromName(name: string): WebsocketReconnectStrategy | undefined {
  if (!name.startsWith(websocketReconnectStrategyPrefix)) return undefined;
  const key = name.slice(websocketReconnectStrategyPrefix.length);
  return Object.hasOwn(WebsocketReconnectStrategy, key) ? WebsocketReconnectStrategy[key as WebsocketReconnectStrategyCatalogName] : undefined;
}

/** Everything the catalog says about the WebsocketReconnectStrategy code with this wire value, or `undefined`. */
export function websocketReconnectStrategyInfo(value: number): CodeInfo<WebsocketReconnectStrategy, never> | undefined {
  const key = websocketReconnectStrategyCatalogName(value);
  return key === undefined ? undefined : websocketReconnectStrategyInfos[key];
}

/** Everything the catalog says about each WebsocketReconnectStrategy code, by catalog name. */
export const websocketReconnectStrategyInfos: {
  readonly [K in WebsocketReconnectStrategyCatalogName]: CodeInfo<(typeof WebsocketReconnectStrategy)[K], never>;
} = {
  UNSPECIFIED: {
    provider: "stream_video",
    codeSet: "websocket_reconnect_strategy",
    value: 0,
    name: "UNSPECIFIED",
    catalogName: "UNSPECIFIED",
    summary: "No reconnect instruction.",
    cause: "The protobuf default; the SFU asks for nothing.",
    when: ["an SFU error that needs no reconnect"],
    category: "not_an_error",
    retryPolicy: "not_an_error",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
  DISCONNECT: {
    provider: "stream_video",
    codeSet: "websocket_reconnect_strategy",
    value: 1,
    name: "DISCONNECT",
    catalogName: "DISCONNECT",
    summary: "Disconnect for good.",
    cause: "The SFU reached its maximum reconnection attempts or hit another unrecoverable error; the SDK leaves the call.",
    when: ["reconnection attempts are exhausted", "an unrecoverable error on the SFU"],
    category: "ended_by_service",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The SFU has declared the session unrecoverable, so only the user should decide to join again.",
  },
  FAST: {
    provider: "stream_video",
    codeSet: "websocket_reconnect_strategy",
    value: 2,
    name: "FAST",
    catalogName: "FAST",
    summary: "Reconnect fast, keeping the peer connections.",
    cause: "The SFU asks the client to keep its publisher and subscriber peer connections and open a new WebSocket.",
    when: ["a brief signalling drop"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
  REJOIN: {
    provider: "stream_video",
    codeSet: "websocket_reconnect_strategy",
    value: 3,
    name: "REJOIN",
    catalogName: "REJOIN",
    summary: "Rejoin with new credentials and fresh peer connections.",
    cause: "The SFU asks the client to get new credentials from the coordinator, drop its peer connections, take a new session id and open a new WebSocket.",
    when: ["the session cannot be resumed"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
  MIGRATE: {
    provider: "stream_video",
    codeSet: "websocket_reconnect_strategy",
    value: 4,
    name: "MIGRATE",
    catalogName: "MIGRATE",
    summary: "Migrate to another SFU.",
    cause: "The SFU asks the client to move to a new SFU instance.",
    when: ["the SFU is drained or rebalanced"],
    category: "ended_by_service",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
};

let callEndedReasonCatalogNames: Map<number, CallEndedReasonCatalogName> | undefined;

/** The catalog name of the CallEndedReason code with this wire value. */
function callEndedReasonCatalogName(value: number): CallEndedReasonCatalogName | undefined {
  callEndedReasonCatalogNames ??= new Map(Object.entries(CallEndedReason).map(([key, value]) => [value, key as CallEndedReasonCatalogName]));
  return callEndedReasonCatalogNames.get(value);
}

/**
 * The upstream name of the CallEndedReason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function callEndedReasonName(value: number): CallEndedReasonName | undefined {
  const key = callEndedReasonCatalogName(value);
  return key === undefined ? undefined : (`${callEndedReasonPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known CallEndedReason code. */
export function isCallEndedReason(value: unknown): value is CallEndedReason {
  return typeof value === "number" && callEndedReasonCatalogName(value) !== undefined;
}

/** The wire value of the CallEndedReason code with this upstream name, or `undefined` if there is none. */
export function callEndedReasonFromName(name: string): CallEndedReason | undefined {
  if (!name.startsWith(callEndedReasonPrefix)) return undefined;
  const key = name.slice(callEndedReasonPrefix.length);
  return Object.hasOwn(CallEndedReason, key) ? CallEndedReason[key as CallEndedReasonCatalogName] : undefined;
}

/** Everything the catalog says about the CallEndedReason code with this wire value, or `undefined`. */
export function callEndedReasonInfo(value: number): CodeInfo<CallEndedReason, never> | undefined {
  const key = callEndedReasonCatalogName(value);
  return key === undefined ? undefined : callEndedReasonInfos[key];
}

/** Everything the catalog says about each CallEndedReason code, by catalog name. */
export const callEndedReasonInfos: {
  readonly [K in CallEndedReasonCatalogName]: CodeInfo<(typeof CallEndedReason)[K], never>;
} = {
  UNSPECIFIED: {
    provider: "stream_video",
    codeSet: "call_ended_reason",
    value: 0,
    name: "UNSPECIFIED",
    catalogName: "UNSPECIFIED",
    summary: "The call ended without a stated reason.",
    cause: "The protobuf default; the SFU ended the call without saying why.",
    when: ["a callEnded event without a reason"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The SDK leaves the call whatever the reason, and an ended call cannot be rejoined.",
  },
  ENDED: {
    provider: "stream_video",
    codeSet: "call_ended_reason",
    value: 1,
    name: "ENDED",
    catalogName: "ENDED",
    summary: "The call was ended.",
    cause: "The call was ended for everyone, for example by a host or the app's backend.",
    when: ["the host ends the call for all participants"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The call was ended on purpose, so rejoining makes no sense unless a new call is started.",
  },
  LIVE_ENDED: {
    provider: "stream_video",
    codeSet: "call_ended_reason",
    value: 2,
    name: "LIVE_ENDED",
    catalogName: "LIVE_ENDED",
    summary: "The livestream ended.",
    cause: "The call went back from live to backstage; viewers leave, users allowed to join backstage stay.",
    when: ["the host stops the broadcast"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The broadcast was ended on purpose; viewers can only wait for it to go live again.",
  },
  KICKED: {
    provider: "stream_video",
    codeSet: "call_ended_reason",
    value: 3,
    name: "KICKED",
    catalogName: "KICKED",
    summary: "The participant was removed from the call.",
    cause: "Someone with the right to do so removed this participant.",
    when: ["a host kicks the participant"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The removal was a deliberate decision by another party, so rejoining without their consent would undo it.",
  },
  SESSION_ENDED: {
    provider: "stream_video",
    codeSet: "call_ended_reason",
    value: 4,
    name: "SESSION_ENDED",
    catalogName: "SESSION_ENDED",
    summary: "The call session ended.",
    cause: "The SFU closed the current session of the call.",
    when: ["the call's session is closed on the server"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The SDK leaves the call and the session is over; only a new join through the coordinator can start another.",
  },
};

let goAwayReasonCatalogNames: Map<number, GoAwayReasonCatalogName> | undefined;

/** The catalog name of the GoAwayReason code with this wire value. */
function goAwayReasonCatalogName(value: number): GoAwayReasonCatalogName | undefined {
  goAwayReasonCatalogNames ??= new Map(Object.entries(GoAwayReason).map(([key, value]) => [value, key as GoAwayReasonCatalogName]));
  return goAwayReasonCatalogNames.get(value);
}

/**
 * The upstream name of the GoAwayReason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function goAwayReasonName(value: number): GoAwayReasonName | undefined {
  const key = goAwayReasonCatalogName(value);
  return key === undefined ? undefined : (`${goAwayReasonPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known GoAwayReason code. */
export function isGoAwayReason(value: unknown): value is GoAwayReason {
  return typeof value === "number" && goAwayReasonCatalogName(value) !== undefined;
}

/** The wire value of the GoAwayReason code with this upstream name, or `undefined` if there is none. */
export function goAwayReasonFromName(name: string): GoAwayReason | undefined {
  if (!name.startsWith(goAwayReasonPrefix)) return undefined;
  const key = name.slice(goAwayReasonPrefix.length);
  return Object.hasOwn(GoAwayReason, key) ? GoAwayReason[key as GoAwayReasonCatalogName] : undefined;
}

/** Everything the catalog says about the GoAwayReason code with this wire value, or `undefined`. */
export function goAwayReasonInfo(value: number): CodeInfo<GoAwayReason, never> | undefined {
  const key = goAwayReasonCatalogName(value);
  return key === undefined ? undefined : goAwayReasonInfos[key];
}

/** Everything the catalog says about each GoAwayReason code, by catalog name. */
export const goAwayReasonInfos: {
  readonly [K in GoAwayReasonCatalogName]: CodeInfo<(typeof GoAwayReason)[K], never>;
} = {
  UNSPECIFIED: {
    provider: "stream_video",
    codeSet: "go_away_reason",
    value: 0,
    name: "UNSPECIFIED",
    catalogName: "UNSPECIFIED",
    summary: "The SFU asks the client to migrate without a stated reason.",
    cause: "The protobuf default; the SDK migrates as for any goAway.",
    when: ["a goAway event without a reason"],
    category: "ended_by_service",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
  SHUTTING_DOWN: {
    provider: "stream_video",
    codeSet: "go_away_reason",
    value: 1,
    name: "SHUTTING_DOWN",
    catalogName: "SHUTTING_DOWN",
    summary: "The SFU is shutting down.",
    cause: "The SFU instance is going away; the SDK migrates to another SFU.",
    when: ["an SFU is drained for deployment or scaling"],
    category: "ended_by_service",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
  REBALANCE: {
    provider: "stream_video",
    codeSet: "go_away_reason",
    value: 2,
    name: "REBALANCE",
    catalogName: "REBALANCE",
    summary: "The SFU is rebalancing its load.",
    cause: "The SFU moves participants elsewhere to spread load; the SDK migrates to another SFU.",
    when: ["the SFU is busy and sheds participants"],
    category: "ended_by_service",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
};

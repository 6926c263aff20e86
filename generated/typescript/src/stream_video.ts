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
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "stream_video.sfu_error_code.UNSPECIFIED",
    remediation: ["Read the error's shouldRetry and the event's reconnectStrategy, and let the SDK act on them.", "Log the error message: without a code it is the only description.", "If the call ends (DISCONNECT), offer the user to join again."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/rpc/retryable.ts", "@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "unknown",
    retryPolicy: "depends",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "Terminal when the error event's reconnectStrategy is DISCONNECT; otherwise the call goes on.",
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
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "stream_video.sfu_error_code.PUBLISH_TRACK_NOT_FOUND",
    remediation: ["Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.", "Check the track ids the client publishes against what the client announced to the SFU, and fix the publishing code.", "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
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
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "stream_video.sfu_error_code.PUBLISH_TRACKS_MISMATCH",
    remediation: ["Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.", "Check the tracks in the publisher's offer against what the client announced to the SFU, and fix the publishing code.", "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
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
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "stream_video.sfu_error_code.PUBLISH_TRACK_OUT_OF_ORDER",
    remediation: ["Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.", "Check the order in which publish requests are sent (wait for each to complete) against what the client announced to the SFU, and fix the publishing code.", "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
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
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "stream_video.sfu_error_code.PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
    remediation: ["Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.", "Check the video layers (simulcast encodings) the client announces against what the client announced to the SFU, and fix the publishing code.", "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
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
    userMessage: "The livestream has ended.",
    userMessageKey: "stream_video.sfu_error_code.LIVE_ENDED",
    remediation: ["Let the SDK handle it: it moves the call to backstage and leaves unless the user may join backstage.", "Tell viewers the stream has ended; they can join again when it goes live."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/events/internal.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "terminal",
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
    userMessage: "The connection to the call was interrupted. Check your internet connection and try again.",
    userMessageKey: "stream_video.sfu_error_code.PARTICIPANT_NOT_FOUND",
    remediation: ["Follow the error event's reconnectStrategy; the SDK rejoins by itself when asked.", "If the call was left, join again after a delay, with a fresh session."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
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
    userMessage: "Moving you to a new server. This will only take a moment.",
    userMessageKey: "stream_video.sfu_error_code.PARTICIPANT_MIGRATING_OUT",
    remediation: ["Do nothing: the SDK is migrating the participant to another SFU.", "Show a brief reconnecting indicator."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "ended_by_service",
    retryPolicy: "automatic",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
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
    userMessage: "The connection to the call was interrupted. Check your internet connection and try again.",
    userMessageKey: "stream_video.sfu_error_code.PARTICIPANT_MIGRATION_FAILED",
    remediation: ["Follow the error event's reconnectStrategy; the SDK usually rejoins by itself.", "If the call was left, join again after a delay and tell the user."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
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
    userMessage: "Moving you to a new server. This will only take a moment.",
    userMessageKey: "stream_video.sfu_error_code.PARTICIPANT_MIGRATING",
    remediation: ["Do nothing: a migration is in progress and the SDK completes it.", "Retry the request that failed after the call is connected again, if it still matters."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "ended_by_service",
    retryPolicy: "automatic",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
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
    userMessage: "The connection to the call was interrupted. Check your internet connection and try again.",
    userMessageKey: "stream_video.sfu_error_code.PARTICIPANT_RECONNECT_FAILED",
    remediation: ["Follow the error event's reconnectStrategy: the SDK tries another strategy when asked.", "If the call was left, join again after a growing delay and tell the user the connection was lost."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "Terminal when the error event's reconnectStrategy is DISCONNECT; with REJOIN or MIGRATE the SDK tries again.",
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
    userMessage: "We could not connect your audio and video. Check your network, or try another browser or device.",
    userMessageKey: "stream_video.sfu_error_code.PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
    remediation: ["Let the SDK reconnect (it rejoins after a negotiation error).", "If it happens on some networks only, check that the network allows Stream's TURN and media ports."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/rtc/BasePeerConnection.ts", "@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "media_negotiation",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
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
    userMessage: "Your connection is unstable. Trying to reconnect...",
    userMessageKey: "stream_video.sfu_error_code.PARTICIPANT_SIGNAL_LOST",
    remediation: ["Do nothing: the SDK reconnects fast (FAST strategy), keeping the peer connections.", "Show a reconnecting indicator until the call is connected again."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/rtc/BasePeerConnection.ts", "@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
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
    userMessage: "This call could not be found.",
    userMessageKey: "stream_video.sfu_error_code.CALL_NOT_FOUND",
    remediation: ["Check the call type and id the app joins.", "Create the call through the coordinator before joining, or hand out a current call id."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "terminal",
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
    userMessage: "This call is full right now. Please try again in a little while.",
    userMessageKey: "stream_video.sfu_error_code.CALL_PARTICIPANT_LIMIT_REACHED",
    remediation: ["Let Call.join retry on another SFU (up to maxJoinRetries).", "If the join still fails, tell the user the call is full and let them try later.", "If calls often fill up, raise the call's participant limit."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "capacity",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
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
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
    userMessageKey: "stream_video.sfu_error_code.REQUEST_VALIDATION_FAILED",
    remediation: ["Log the error message, which says which field was refused.", "Fix the request the client builds; do not resend it unchanged.", "Upgrade @stream-io/video-client if the request comes from the SDK itself."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
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
    userMessage: "We could not confirm your access to this call. Please try joining again.",
    userMessageKey: "stream_video.sfu_error_code.UNAUTHENTICATED",
    remediation: ["Fetch a fresh user token through the app's token provider.", "Let the SDK rejoin (REJOIN gets new credentials from the coordinator), or join again.", "If fresh tokens are refused too, check the API key and secret the backend signs with."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "credentials",
    retryPolicy: "refresh_credentials",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 100, multiplierThousandths: 2000, maxDelayMs: 20000, jitter: "full", maxAttempts: 2 },
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
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
    userMessage: "You do not have permission to do that in this call.",
    userMessageKey: "stream_video.sfu_error_code.PERMISSION_DENIED",
    remediation: ["Check the user's role and the call type's permissions for the action (for example publishing audio or video).", "Grant the capability in the call's settings, or hide the action from users who lack it."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "permission",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
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
    userMessage: "This call is full right now. Please try again in a little while.",
    userMessageKey: "stream_video.sfu_error_code.TOO_MANY_REQUESTS",
    remediation: ["Slow down: repeat the request after a growing delay.", "Look for client code that sends the same request in a loop (for example on every render)."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/rpc/retryable.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "capacity",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
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
    userMessage: "Something went wrong on our side. Please try again in a moment.",
    userMessageKey: "stream_video.sfu_error_code.INTERNAL_SERVER_ERROR",
    remediation: ["Let the SDK act on shouldRetry and the reconnectStrategy.", "Otherwise repeat the request after a growing delay, a few times at most.", "If it persists, report it to Stream with the call id and time."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/rpc/retryable.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "service_fault",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "not_terminal",
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
    userMessage: "This call has ended.",
    userMessageKey: "stream_video.sfu_error_code.SFU_SHUTTING_DOWN",
    remediation: ["Do nothing: Call.join retries on another SFU.", "If the join still fails after its retries, join again later."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "ended_by_service",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
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
    userMessage: "This call is full right now. Please try again in a little while.",
    userMessageKey: "stream_video.sfu_error_code.SFU_FULL",
    remediation: ["Do nothing: Call.join retries on another SFU.", "If the join still fails after its retries, join again later."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "capacity",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: {
      name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
      overrides: ["retry", "terminal"],
      values: [
        { value: "shouldRetry = true", means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits." },
        { value: "shouldRetry = false", means: "The SDK does not repeat the RPC; the error is the final answer to that request." },
        { value: "reconnectStrategy = DISCONNECT", means: "The SDK leaves the call: terminal whatever the code says." },
        { value: "reconnectStrategy = FAST, REJOIN or MIGRATE", means: "The SDK reconnects by itself with that strategy: not terminal, the app waits." },
        { value: "reconnectStrategy = UNSPECIFIED", means: "No instruction; the catalog's retry and terminal for the code apply." },
      ],
      meaning: null,
    },
    terminality: "depends",
    terminalCondition: "Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
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
    userMessage: "Everything is working normally.",
    userMessageKey: "stream_video.websocket_reconnect_strategy.UNSPECIFIED",
    remediation: ["Nothing to do: the SFU asks for no reconnect."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "not_an_error",
    retryPolicy: "not_an_error",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "not_terminal",
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
    userMessage: "You have been disconnected from this call.",
    userMessageKey: "stream_video.websocket_reconnect_strategy.DISCONNECT",
    remediation: ["Let the SDK leave the call.", "Log the accompanying error code and message.", "Offer the user to join again; do not rejoin automatically."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "ended_by_service",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "terminal",
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
    userMessage: "Your connection is unstable. Trying to reconnect...",
    userMessageKey: "stream_video.websocket_reconnect_strategy.FAST",
    remediation: ["Do nothing: the SDK reconnects the WebSocket and keeps the peer connections.", "Show a reconnecting indicator."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: null,
    terminality: "not_terminal",
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
    userMessage: "Your connection is unstable. Trying to reconnect...",
    userMessageKey: "stream_video.websocket_reconnect_strategy.REJOIN",
    remediation: ["Do nothing: the SDK gets new credentials and rejoins with new peer connections.", "Show a reconnecting indicator."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: null,
    terminality: "not_terminal",
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
    userMessage: "Moving you to a new server. This will only take a moment.",
    userMessageKey: "stream_video.websocket_reconnect_strategy.MIGRATE",
    remediation: ["Do nothing: the SDK moves the call to another SFU.", "Show a brief reconnecting indicator."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "ended_by_service",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: null,
    terminality: "not_terminal",
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
    userMessage: "This call has ended.",
    userMessageKey: "stream_video.call_ended_reason.UNSPECIFIED",
    remediation: ["Tell the user the call has ended.", "Offer to start or join a new call if the app supports it."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/events/call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "terminal",
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
    userMessage: "This call has ended.",
    userMessageKey: "stream_video.call_ended_reason.ENDED",
    remediation: ["Tell the user the call has ended.", "Do not rejoin: the call was ended for everyone."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/events/call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "terminal",
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
    userMessage: "The livestream has ended.",
    userMessageKey: "stream_video.call_ended_reason.LIVE_ENDED",
    remediation: ["Tell viewers the stream has ended.", "Users allowed to join backstage stay in the call; the others can wait for the next broadcast."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/events/call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "terminal",
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
    userMessage: "You were removed from this call.",
    userMessageKey: "stream_video.call_ended_reason.KICKED",
    remediation: ["Tell the user they were removed and do not rejoin automatically.", "If it was not intended, check who may remove participants in the call type's permissions."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/events/call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "terminal",
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
    userMessage: "This call has ended.",
    userMessageKey: "stream_video.call_ended_reason.SESSION_ENDED",
    remediation: ["Tell the user the call session has ended.", "Join again through the coordinator if the call should continue."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/events/call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "terminal",
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
    userMessage: "Moving you to a new server. This will only take a moment.",
    userMessageKey: "stream_video.go_away_reason.UNSPECIFIED",
    remediation: ["Do nothing: the SDK migrates to another SFU.", "Show a brief reconnecting indicator."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "ended_by_service",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: null,
    terminality: "not_terminal",
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
    userMessage: "Moving you to a new server. This will only take a moment.",
    userMessageKey: "stream_video.go_away_reason.SHUTTING_DOWN",
    remediation: ["Do nothing: the SDK migrates to another SFU.", "Show a brief reconnecting indicator."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "ended_by_service",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: null,
    terminality: "not_terminal",
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
    userMessage: "Moving you to a new server. This will only take a moment.",
    userMessageKey: "stream_video.go_away_reason.REBALANCE",
    remediation: ["Do nothing: the SDK migrates to another SFU.", "Show a brief reconnecting indicator."],
    causes: [],
    references: ["@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
    category: "ended_by_service",
    retryPolicy: "automatic",
    retryBasis: "provider",
    retrySchedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
    runtimeSignal: null,
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
  },
};

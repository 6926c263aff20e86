// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * LiveKit error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Reason why the ESP32 SDK's room connection failed or is being retried.
 *
 * Upstream: livekit_failure_reason_t in livekit/client-sdk-esp32 v0.3.10.
 */
export const FailureReason = {
  /** No failure has occurred. */
  NONE: 0,
  /** The LiveKit server could not be reached. */
  UNREACHABLE: 1,
  /** The access token is malformed. */
  BAD_TOKEN: 2,
  /** The token is not valid for joining the room. */
  UNAUTHORIZED: 3,
  /** A WebRTC peer connection could not be established or failed. */
  RTC: 4,
  /** The SDK gave up after the maximum number of reconnect attempts. */
  MAX_RETRIES: 5,
  /** The server stopped answering pings in time. */
  PING_TIMEOUT: 6,
  /** Another participant joined with the same identity. */
  DUPLICATE_IDENTITY: 7,
  /** The LiveKit server instance is shutting down. */
  SERVER_SHUTDOWN: 8,
  /** The participant was removed through the room service API. */
  PARTICIPANT_REMOVED: 9,
  /** The room was deleted through the room service API. */
  ROOM_DELETED: 10,
  /** The server does not know the session the client tried to resume. */
  STATE_MISMATCH: 11,
  /** The client could not finish joining the room. */
  JOIN_INCOMPLETE: 12,
  /** The server asked the client to move its connection elsewhere. */
  MIGRATION: 13,
  /** The signalling connection was closed unexpectedly. */
  SIGNAL_CLOSE: 14,
  /** The room closed because all standard and ingress participants left. */
  ROOM_CLOSED: 15,
  /** The SIP callee did not answer in time. */
  SIP_USER_UNAVAILABLE: 16,
  /** The SIP callee rejected the call. */
  SIP_USER_REJECTED: 17,
  /** The SIP trunk failed or answered unexpectedly. */
  SIP_TRUNK_FAILURE: 18,
  /** The server timed out the participant's session. */
  CONNECTION_TIMEOUT: 19,
  /** A media stream failed or timed out. */
  MEDIA_FAILURE: 20,
  /** A failure not covered by the other reasons. */
  OTHER: 21,
} as const;

/** A wire value of LiveKit `failure_reason`. */
export type FailureReason = (typeof FailureReason)[keyof typeof FailureReason];

/** The name of a FailureReason code as the catalog keys it (the upstream name without its prefix). */
export type FailureReasonCatalogName = keyof typeof FailureReason;

/** What upstream writes before every FailureReason catalog name. */
const failureReasonPrefix = "LIVEKIT_FAILURE_REASON_";

/** The name of a FailureReason code exactly as upstream spells it. */
export type FailureReasonName = `${typeof failureReasonPrefix}${FailureReasonCatalogName}`;

/**
 * Reason why a participant was disconnected from a LiveKit room (LiveKit protocol).
 *
 * Upstream: DisconnectReason in livekit/protocol 2.23.0 (package npm:livekit-client\@2.23.0).
 */
export const DisconnectReason = {
  /** No specific reason was given. */
  UNKNOWN_REASON: 0,
  /** The client itself ended the connection. */
  CLIENT_INITIATED: 1,
  /** Another participant with the same identity joined the room. */
  DUPLICATE_IDENTITY: 2,
  /** The server instance is shutting down. */
  SERVER_SHUTDOWN: 3,
  /** The participant was removed through the room service API. */
  PARTICIPANT_REMOVED: 4,
  /** The room was deleted through the room service API. */
  ROOM_DELETED: 5,
  /** The server does not know the session the client tried to resume. */
  STATE_MISMATCH: 6,
  /** The client could not connect fully. */
  JOIN_FAILURE: 7,
  /** The server asked the participant to move its connection elsewhere. */
  MIGRATION: 8,
  /** The signalling websocket closed unexpectedly. */
  SIGNAL_CLOSE: 9,
  /** The room closed because all standard and ingress participants left. */
  ROOM_CLOSED: 10,
  /** The SIP callee did not answer in time. */
  USER_UNAVAILABLE: 11,
  /** The SIP callee rejected the call. */
  USER_REJECTED: 12,
  /** The SIP trunk failed or answered unexpectedly. */
  SIP_TRUNK_FAILURE: 13,
  /** The server timed out the participant's session. */
  CONNECTION_TIMEOUT: 14,
  /** A media stream failed or timed out. */
  MEDIA_FAILURE: 15,
  /** An agent encountered an error. */
  AGENT_ERROR: 16,
} as const;

/** A wire value of LiveKit `disconnect_reason`. */
export type DisconnectReason = (typeof DisconnectReason)[keyof typeof DisconnectReason];

/** The name of a DisconnectReason code as the catalog keys it (the upstream name without its prefix). */
export type DisconnectReasonCatalogName = keyof typeof DisconnectReason;

/** What upstream writes before every DisconnectReason catalog name. */
const disconnectReasonPrefix = "";

/** The name of a DisconnectReason code exactly as upstream spells it. */
export type DisconnectReasonName = `${typeof disconnectReasonPrefix}${DisconnectReasonCatalogName}`;

let failureReasonCatalogNames: Map<number, FailureReasonCatalogName> | undefined;

/** The catalog name of the FailureReason code with this wire value. */
function failureReasonCatalogName(value: number): FailureReasonCatalogName | undefined {
  failureReasonCatalogNames ??= new Map(Object.entries(FailureReason).map(([key, value]) => [value, key as FailureReasonCatalogName]));
  return failureReasonCatalogNames.get(value);
}

/**
 * The upstream name of the FailureReason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function failureReasonName(value: number): FailureReasonName | undefined {
  const key = failureReasonCatalogName(value);
  return key === undefined ? undefined : (`${failureReasonPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known FailureReason code. */
export function isFailureReason(value: unknown): value is FailureReason {
  return typeof value === "number" && failureReasonCatalogName(value) !== undefined;
}

/** The wire value of the FailureReason code with this upstream name, or `undefined` if there is none. */
export function failureReasonFromName(name: string): FailureReason | undefined {
  if (!name.startsWith(failureReasonPrefix)) return undefined;
  const key = name.slice(failureReasonPrefix.length);
  return Object.hasOwn(FailureReason, key) ? FailureReason[key as FailureReasonCatalogName] : undefined;
}

/** Everything the catalog says about the FailureReason code with this wire value, or `undefined`. */
export function failureReasonInfo(value: number): CodeInfo<FailureReason, DisconnectReason> | undefined {
  const key = failureReasonCatalogName(value);
  return key === undefined ? undefined : failureReasonInfos[key];
}

/** Everything the catalog says about each FailureReason code, by catalog name. */
export const failureReasonInfos: {
  readonly [K in FailureReasonCatalogName]: CodeInfo<(typeof FailureReason)[K], DisconnectReason>;
} = {
  NONE: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 0,
    name: "LIVEKIT_FAILURE_REASON_NONE",
    catalogName: "NONE",
    summary: "No failure has occurred.",
    cause: "The room is connecting, connected, or was closed by the app, so there is nothing to report.",
    when: ["the connection is up or being set up for the first time", "the app closed the room, or the server sent a leave with reason CLIENT_INITIATED"],
    category: "not_an_error",
    retryPolicy: "not_an_error",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
  UNREACHABLE: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 1,
    name: "LIVEKIT_FAILURE_REASON_UNREACHABLE",
    catalogName: "UNREACHABLE",
    summary: "The LiveKit server could not be reached.",
    cause: "The signalling websocket could not be opened, for example because of a network outage, a wrong URL, a TLS handshake failure or an offline server.",
    when: ["the websocket reports an error without an HTTP status", "reported while the SDK is reconnecting (state RECONNECTING)"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
  BAD_TOKEN: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 2,
    name: "LIVEKIT_FAILURE_REASON_BAD_TOKEN",
    catalogName: "BAD_TOKEN",
    summary: "The access token is malformed.",
    cause: "The server answered the signalling handshake with HTTP 400, for example because the token's identity or room is missing, empty or too long.",
    when: ["connecting with a token that lacks identity or room", "connecting with a token whose identity or room exceeds the maximum length"],
    category: "credentials",
    retryPolicy: "refresh_credentials",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The SDK stops without retrying on this client-side failure, and only a correctly built token from the app's backend can succeed.",
  },
  UNAUTHORIZED: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 3,
    name: "LIVEKIT_FAILURE_REASON_UNAUTHORIZED",
    catalogName: "UNAUTHORIZED",
    summary: "The token is not valid for joining the room.",
    cause: "The server answered the signalling handshake with HTTP 401, for example because the token has expired or lacks the needed grants.",
    when: ["the token has expired", "the token does not grant joining this room"],
    category: "credentials",
    retryPolicy: "refresh_credentials",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The SDK stops without retrying on this client-side failure, and the upstream doc blames an expired or under-privileged token, so a fresh token is needed.",
  },
  RTC: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 4,
    name: "LIVEKIT_FAILURE_REASON_RTC",
    catalogName: "RTC",
    summary: "A WebRTC peer connection could not be established or failed.",
    cause: "The publisher or subscriber peer connection reported disconnected or failed while connecting or while connected.",
    when: ["ICE or DTLS setup fails during join", "an established peer connection drops", "reported while the SDK is reconnecting (state RECONNECTING)"],
    category: "media_negotiation",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
  MAX_RETRIES: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 5,
    name: "LIVEKIT_FAILURE_REASON_MAX_RETRIES",
    catalogName: "MAX_RETRIES",
    summary: "The SDK gave up after the maximum number of reconnect attempts.",
    cause: "Every automatic retry failed, and the attempt count exceeded CONFIG_LK_MAX_RETRIES (7 by default).",
    when: ["repeated unreachable, ping-timeout, RTC or server-side handshake failures"],
    category: "network",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The SDK has already backed off and retried, so a new attempt should wait for the user or the network to change; most retried failures are network related.",
  },
  PING_TIMEOUT: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 6,
    name: "LIVEKIT_FAILURE_REASON_PING_TIMEOUT",
    catalogName: "PING_TIMEOUT",
    summary: "The server stopped answering pings in time.",
    cause: "No pong arrived within the ping timeout announced in the join response, so the SDK closed the signalling websocket.",
    when: ["the network drops silently while connected", "reported while the SDK is reconnecting (state RECONNECTING)"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
  DUPLICATE_IDENTITY: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 7,
    name: "LIVEKIT_FAILURE_REASON_DUPLICATE_IDENTITY",
    catalogName: "DUPLICATE_IDENTITY",
    summary: "Another participant joined with the same identity.",
    cause: "The server sent a leave request because a newer connection used this participant's identity.",
    when: ["the same user joins from a second device or tab", "two devices share one token identity"],
    category: "ended_by_service",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Reconnecting automatically would push out the other session in turn, so only the user should decide to rejoin.",
    protocolEquivalent: 2,
  },
  SERVER_SHUTDOWN: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 8,
    name: "LIVEKIT_FAILURE_REASON_SERVER_SHUTDOWN",
    catalogName: "SERVER_SHUTDOWN",
    summary: "The LiveKit server instance is shutting down.",
    cause: "The server sent a leave request with reason SERVER_SHUTDOWN because it is going away.",
    when: ["a server is drained or restarted for deployment or scaling"],
    category: "ended_by_service",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The ESP32 SDK ends the connection on any server leave, but a new join after a short delay is normally routed to a healthy server.",
    protocolEquivalent: 3,
  },
  PARTICIPANT_REMOVED: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 9,
    name: "LIVEKIT_FAILURE_REASON_PARTICIPANT_REMOVED",
    catalogName: "PARTICIPANT_REMOVED",
    summary: "The participant was removed through the room service API.",
    cause: "A backend called RoomService.RemoveParticipant for this participant.",
    when: ["a moderator or backend kicks the device from the room"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The removal was a deliberate decision by the app's backend, so rejoining without its consent would undo it.",
    protocolEquivalent: 4,
  },
  ROOM_DELETED: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 10,
    name: "LIVEKIT_FAILURE_REASON_ROOM_DELETED",
    catalogName: "ROOM_DELETED",
    summary: "The room was deleted through the room service API.",
    cause: "A backend called RoomService.DeleteRoom for the room.",
    when: ["the app's backend ends the room for everyone"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
    protocolEquivalent: 5,
  },
  STATE_MISMATCH: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 11,
    name: "LIVEKIT_FAILURE_REASON_STATE_MISMATCH",
    catalogName: "STATE_MISMATCH",
    summary: "The server does not know the session the client tried to resume.",
    cause: "The server rejected the connection because it holds no state for the session the client presented.",
    when: ["the server already dropped the session after a long network outage"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The old session is gone, but a fresh full join normally succeeds, so the app may reconnect after a delay.",
    protocolEquivalent: 6,
  },
  JOIN_INCOMPLETE: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 12,
    name: "LIVEKIT_FAILURE_REASON_JOIN_INCOMPLETE",
    catalogName: "JOIN_INCOMPLETE",
    summary: "The client could not finish joining the room.",
    cause: "The server gave up on the participant because the connection was not fully established in time.",
    when: ["the signalling connection works but media transports never come up"],
    category: "media_negotiation",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Join failures are usually transient network or ICE problems, so a delayed new join is reasonable, with the user told if it keeps failing.",
    protocolEquivalent: 7,
  },
  MIGRATION: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 13,
    name: "LIVEKIT_FAILURE_REASON_MIGRATION",
    catalogName: "MIGRATION",
    summary: "The server asked the client to move its connection elsewhere.",
    cause: "A LiveKit Cloud server requested that the participant migrate to another server; the ESP32 SDK does not migrate and ends the connection instead.",
    when: ["LiveKit Cloud rebalances or drains a server"],
    category: "ended_by_service",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The server wants the participant connected elsewhere, so a new join after a short delay is the expected follow-up.",
    protocolEquivalent: 8,
  },
  SIGNAL_CLOSE: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 14,
    name: "LIVEKIT_FAILURE_REASON_SIGNAL_CLOSE",
    catalogName: "SIGNAL_CLOSE",
    summary: "The signalling connection was closed unexpectedly.",
    cause: "The server reported that the signalling websocket closed without a clean leave.",
    when: ["the signalling connection drops and the server reports the reason in a leave request"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "A dropped signalling link is usually transient, so reconnecting with backoff is reasonable.",
    protocolEquivalent: 9,
  },
  ROOM_CLOSED: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 15,
    name: "LIVEKIT_FAILURE_REASON_ROOM_CLOSED",
    catalogName: "ROOM_CLOSED",
    summary: "The room closed because all standard and ingress participants left.",
    cause: "The server closed the room once no standard or ingress participant remained in it.",
    when: ["everyone else left the room"],
    category: "ended_by_service",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The session ended naturally, so only the user should decide to start or join a new one.",
    protocolEquivalent: 10,
  },
  SIP_USER_UNAVAILABLE: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 16,
    name: "LIVEKIT_FAILURE_REASON_SIP_USER_UNAVAILABLE",
    catalogName: "SIP_USER_UNAVAILABLE",
    summary: "The SIP callee did not answer in time.",
    cause: "A SIP call placed for the room was not answered before its timeout.",
    when: ["the called phone rings out or is switched off"],
    category: "ended_by_service",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Calling again only helps once the callee is reachable, which the user has to judge.",
    protocolEquivalent: 11,
  },
  SIP_USER_REJECTED: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 17,
    name: "LIVEKIT_FAILURE_REASON_SIP_USER_REJECTED",
    catalogName: "SIP_USER_REJECTED",
    summary: "The SIP callee rejected the call.",
    cause: "The called party declined the SIP call, for example because the line was busy.",
    when: ["the callee declines the call", "the line is busy"],
    category: "ended_by_service",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The other party refused the call, so only the user should decide to call again.",
    protocolEquivalent: 12,
  },
  SIP_TRUNK_FAILURE: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 18,
    name: "LIVEKIT_FAILURE_REASON_SIP_TRUNK_FAILURE",
    catalogName: "SIP_TRUNK_FAILURE",
    summary: "The SIP trunk failed or answered unexpectedly.",
    cause: "The SIP signalling with the trunk provider failed or returned an unexpected response.",
    when: ["the SIP trunk is misconfigured or down"],
    category: "service_fault",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "A trunk failure lies outside the client and may clear, so retry with backoff and alert if it recurs.",
    protocolEquivalent: 13,
  },
  CONNECTION_TIMEOUT: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 19,
    name: "LIVEKIT_FAILURE_REASON_CONNECTION_TIMEOUT",
    catalogName: "CONNECTION_TIMEOUT",
    summary: "The server timed out the participant's session.",
    cause: "The server stopped hearing from the participant for too long and ended its session.",
    when: ["the device loses connectivity for longer than the server allows"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Timeouts usually come from transient connectivity loss, so reconnecting with backoff is reasonable.",
    protocolEquivalent: 14,
  },
  MEDIA_FAILURE: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 20,
    name: "LIVEKIT_FAILURE_REASON_MEDIA_FAILURE",
    catalogName: "MEDIA_FAILURE",
    summary: "A media stream failed or timed out.",
    cause: "The server ended the session because media stopped flowing or the media path failed.",
    when: ["media packets stop arriving at the server"],
    category: "media_negotiation",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Media failures are often transient network or firewall issues, so a delayed rejoin may work, with the user told if it repeats.",
    protocolEquivalent: 15,
  },
  OTHER: {
    provider: "livekit",
    codeSet: "failure_reason",
    value: 21,
    name: "LIVEKIT_FAILURE_REASON_OTHER",
    catalogName: "OTHER",
    summary: "A failure not covered by the other reasons.",
    cause: "The SDK hit a failure it does not classify; upstream asks developers to check the console log and report the issue.",
    when: ["the signalling websocket closed without a ping timeout, or the handshake got an HTTP 5xx (the SDK retries)", "the handshake got an HTTP 4xx other than 400/401 (the SDK stops)", "the server sent a leave with UNKNOWN_REASON, AGENT_ERROR or another reason the SDK does not map (the SDK stops)"],
    category: "unknown",
    retryPolicy: "depends",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "The SDK reports OTHER both while it retries by itself (state RECONNECTING) and after it has given up (state FAILED), so the verdict comes from the connection state.",
  },
};

let disconnectReasonCatalogNames: Map<number, DisconnectReasonCatalogName> | undefined;

/** The catalog name of the DisconnectReason code with this wire value. */
function disconnectReasonCatalogName(value: number): DisconnectReasonCatalogName | undefined {
  disconnectReasonCatalogNames ??= new Map(Object.entries(DisconnectReason).map(([key, value]) => [value, key as DisconnectReasonCatalogName]));
  return disconnectReasonCatalogNames.get(value);
}

/**
 * The upstream name of the DisconnectReason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function disconnectReasonName(value: number): DisconnectReasonName | undefined {
  const key = disconnectReasonCatalogName(value);
  return key === undefined ? undefined : (`${disconnectReasonPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known DisconnectReason code. */
export function isDisconnectReason(value: unknown): value is DisconnectReason {
  return typeof value === "number" && disconnectReasonCatalogName(value) !== undefined;
}

/** The wire value of the DisconnectReason code with this upstream name, or `undefined` if there is none. */
export function disconnectReasonFromName(name: string): DisconnectReason | undefined {
  if (!name.startsWith(disconnectReasonPrefix)) return undefined;
  const key = name.slice(disconnectReasonPrefix.length);
  return Object.hasOwn(DisconnectReason, key) ? DisconnectReason[key as DisconnectReasonCatalogName] : undefined;
}

/** Everything the catalog says about the DisconnectReason code with this wire value, or `undefined`. */
export function disconnectReasonInfo(value: number): CodeInfo<DisconnectReason, never> | undefined {
  const key = disconnectReasonCatalogName(value);
  return key === undefined ? undefined : disconnectReasonInfos[key];
}

/** Everything the catalog says about each DisconnectReason code, by catalog name. */
export const disconnectReasonInfos: {
  readonly [K in DisconnectReasonCatalogName]: CodeInfo<(typeof DisconnectReason)[K], never>;
} = {
  UNKNOWN_REASON: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 0,
    name: "UNKNOWN_REASON",
    catalogName: "UNKNOWN_REASON",
    summary: "No specific reason was given.",
    cause: "The disconnect was not attributed to any of the defined reasons.",
    when: ["the server or SDK could not classify the disconnect", "livekit-client fails to connect for an unclassified reason (timeout, internal error)"],
    category: "unknown",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Without a reason the failure may be transient, so a bounded retry with backoff is the safest default.",
  },
  CLIENT_INITIATED: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 1,
    name: "CLIENT_INITIATED",
    catalogName: "CLIENT_INITIATED",
    summary: "The client itself ended the connection.",
    cause: "The local app disconnected from the room, or cancelled a connection attempt.",
    when: ["the app calls room.disconnect()", "a pending connect is aborted"],
    category: "ended_normally",
    retryPolicy: "not_an_error",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
  },
  DUPLICATE_IDENTITY: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 2,
    name: "DUPLICATE_IDENTITY",
    catalogName: "DUPLICATE_IDENTITY",
    summary: "Another participant with the same identity joined the room.",
    cause: "The server disconnected this participant because a newer connection used its identity.",
    when: ["the same user joins from a second device or tab"],
    category: "ended_by_service",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Reconnecting automatically would push out the other session in turn, so only the user should decide to rejoin.",
  },
  SERVER_SHUTDOWN: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 3,
    name: "SERVER_SHUTDOWN",
    catalogName: "SERVER_SHUTDOWN",
    summary: "The server instance is shutting down.",
    cause: "The LiveKit server handling the participant is going away and disconnected it.",
    when: ["a server is drained or restarted for deployment or scaling"],
    category: "ended_by_service",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The SDKs reconnect by themselves only when the server's leave asks them to; once this reason is reported the session is over, but a new join after a delay normally reaches a healthy server.",
  },
  PARTICIPANT_REMOVED: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 4,
    name: "PARTICIPANT_REMOVED",
    catalogName: "PARTICIPANT_REMOVED",
    summary: "The participant was removed through the room service API.",
    cause: "A backend called RoomService.RemoveParticipant for this participant.",
    when: ["a moderator or backend kicks the participant"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The removal was a deliberate decision by the app's backend, so rejoining without its consent would undo it.",
  },
  ROOM_DELETED: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 5,
    name: "ROOM_DELETED",
    catalogName: "ROOM_DELETED",
    summary: "The room was deleted through the room service API.",
    cause: "A backend called RoomService.DeleteRoom for the room.",
    when: ["the app's backend ends the room for everyone"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
  },
  STATE_MISMATCH: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 6,
    name: "STATE_MISMATCH",
    catalogName: "STATE_MISMATCH",
    summary: "The server does not know the session the client tried to resume.",
    cause: "The client tried to resume a session for which the server holds no state.",
    when: ["a resume after a long network outage, when the server has already dropped the session", "livekit-client detects that its transport silently died and no engine is left to reconnect"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The old session is gone, but a fresh full join normally succeeds, so the app may reconnect after a delay.",
  },
  JOIN_FAILURE: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 7,
    name: "JOIN_FAILURE",
    catalogName: "JOIN_FAILURE",
    summary: "The client could not connect fully.",
    cause: "The participant never finished establishing its connection to the room.",
    when: ["signalling works but media transports never come up", "livekit-client cannot reach the server while joining"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Join failures are usually transient network or ICE problems, so a delayed new join is reasonable, with the user told if it keeps failing.",
  },
  MIGRATION: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 8,
    name: "MIGRATION",
    catalogName: "MIGRATION",
    summary: "The server asked the participant to move its connection elsewhere.",
    cause: "A LiveKit Cloud server requested that the participant migrate its connection to another server.",
    when: ["LiveKit Cloud rebalances or drains a server"],
    category: "ended_by_service",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The server wants the participant connected elsewhere, so a new join after a short delay is the expected follow-up when the SDK did not already reconnect.",
  },
  SIGNAL_CLOSE: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 9,
    name: "SIGNAL_CLOSE",
    catalogName: "SIGNAL_CLOSE",
    summary: "The signalling websocket closed unexpectedly.",
    cause: "The signalling connection between client and server dropped without a clean leave.",
    when: ["the network drops the websocket"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "A dropped signalling link is usually transient, so reconnecting with backoff is reasonable.",
  },
  ROOM_CLOSED: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 10,
    name: "ROOM_CLOSED",
    catalogName: "ROOM_CLOSED",
    summary: "The room closed because all standard and ingress participants left.",
    cause: "The server closed the room once no standard or ingress participant remained in it.",
    when: ["everyone else left the room"],
    category: "ended_by_service",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The session ended naturally, so only the user should decide to start or join a new one.",
  },
  USER_UNAVAILABLE: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 11,
    name: "USER_UNAVAILABLE",
    catalogName: "USER_UNAVAILABLE",
    summary: "The SIP callee did not answer in time.",
    cause: "A SIP call placed for the room was not answered before its timeout.",
    when: ["the called phone rings out or is switched off"],
    category: "ended_by_service",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Calling again only helps once the callee is reachable, which the user has to judge.",
  },
  USER_REJECTED: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 12,
    name: "USER_REJECTED",
    catalogName: "USER_REJECTED",
    summary: "The SIP callee rejected the call.",
    cause: "The called party declined the SIP call, for example because the line was busy.",
    when: ["the callee declines the call or the line is busy", "livekit-client's join is refused as not allowed (HTTP 4xx)"],
    category: "ended_by_service",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The other party refused, so only the user should decide to try again.",
  },
  SIP_TRUNK_FAILURE: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 13,
    name: "SIP_TRUNK_FAILURE",
    catalogName: "SIP_TRUNK_FAILURE",
    summary: "The SIP trunk failed or answered unexpectedly.",
    cause: "The SIP signalling with the trunk provider failed or returned an unexpected response.",
    when: ["the SIP trunk is misconfigured or down"],
    category: "service_fault",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "A trunk failure lies outside the client and may clear, so retry with backoff and alert if it recurs.",
  },
  CONNECTION_TIMEOUT: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 14,
    name: "CONNECTION_TIMEOUT",
    catalogName: "CONNECTION_TIMEOUT",
    summary: "The server timed out the participant's session.",
    cause: "The server stopped hearing from the participant for too long and ended its session.",
    when: ["the client loses connectivity for longer than the server allows"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Timeouts usually come from transient connectivity loss, so reconnecting with backoff is reasonable.",
  },
  MEDIA_FAILURE: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 15,
    name: "MEDIA_FAILURE",
    catalogName: "MEDIA_FAILURE",
    summary: "A media stream failed or timed out.",
    cause: "The session ended because media stopped flowing or the media path failed.",
    when: ["media packets stop arriving"],
    category: "media_negotiation",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Media failures are often transient network or firewall issues, so a delayed rejoin may work, with the user told if it repeats.",
  },
  AGENT_ERROR: {
    provider: "livekit",
    codeSet: "disconnect_reason",
    value: 16,
    name: "AGENT_ERROR",
    catalogName: "AGENT_ERROR",
    summary: "An agent encountered an error.",
    cause: "A LiveKit agent taking part in the session failed, and the participant was disconnected for that reason.",
    when: ["an agent job crashes or reports an error"],
    category: "service_fault",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The failure is on the agent side rather than the client's, so retry with backoff and alert if it recurs.",
  },
};

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Acme RTC error codes.
 *
 * @packageDocumentation
 */

import type { CodeInfo } from "./taxonomy.js";

/**
 * Why the server disconnected the client (protocol level).
 *
 * Upstream: DisconnectReason in acme/protocol 1.0.0.
 */
export const DisconnectReason = {
  /** The server shut down. */
  SERVER_SHUTDOWN: 1,
  /** Another client joined with the same identity. */
  DUPLICATE_IDENTITY: 2,
} as const;

/** A wire value of Acme RTC `disconnect_reason`. */
export type DisconnectReason = (typeof DisconnectReason)[keyof typeof DisconnectReason];

/** The name of a DisconnectReason code, as the catalog keys it. */
export type DisconnectReasonName = keyof typeof DisconnectReason;

/**
 * What the client SDK reports.
 *
 * Upstream: ConnectionError in acme/client-sdk 2.0.0.
 */
export const ConnectionError = {
  /** The server went away. */
  ServerGone: "server_gone",
  /** This session was replaced by another. */
  Replaced: "replaced",
  /** A client-only failure with no protocol equivalent. */
  Unlinked: "unlinked",
} as const;

/** A wire value of Acme RTC `connection_error`. */
export type ConnectionError = (typeof ConnectionError)[keyof typeof ConnectionError];

/** The name of a ConnectionError code, as the catalog keys it. */
export type ConnectionErrorName = keyof typeof ConnectionError;

let disconnectReasonNames: Map<number, DisconnectReasonName> | undefined;

/**
 * The name of the DisconnectReason code with this wire value, or `undefined` for a value the catalog does
 * not know (a newer provider release, or bad input). Never throws.
 */
export function disconnectReasonName(value: number): DisconnectReasonName | undefined {
  disconnectReasonNames ??= new Map(Object.entries(DisconnectReason).map(([name, value]) => [value, name as DisconnectReasonName]));
  return disconnectReasonNames.get(value);
}

/** Whether `value` is a wire value of a known DisconnectReason code. */
export function isDisconnectReason(value: unknown): value is DisconnectReason {
  return typeof value === "number" && disconnectReasonName(value) !== undefined;
}

/** The wire value of the DisconnectReason code with this name, or `undefined` if there is none. */
export function disconnectReasonFromName(name: string): DisconnectReason | undefined {
  return Object.hasOwn(DisconnectReason, name) ? DisconnectReason[name as DisconnectReasonName] : undefined;
}

/** Everything the catalog says about the DisconnectReason code with this wire value, or `undefined`. */
export function disconnectReasonInfo(value: number): CodeInfo<DisconnectReason, never> | undefined {
  const name = disconnectReasonName(value);
  return name === undefined ? undefined : disconnectReasonInfos[name];
}

/** Everything the catalog says about each DisconnectReason code, by name. */
export const disconnectReasonInfos: {
  readonly [N in DisconnectReasonName]: CodeInfo<(typeof DisconnectReason)[N], never>;
} = {
  SERVER_SHUTDOWN: {
    provider: "acme",
    codeSet: "disconnect_reason",
    value: 1,
    name: "SERVER_SHUTDOWN",
    upstreamName: "SERVER_SHUTDOWN",
    summary: "The server shut down.",
    cause: "The server is restarting.",
    when: ["a deploy"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
  },
  DUPLICATE_IDENTITY: {
    provider: "acme",
    codeSet: "disconnect_reason",
    value: 2,
    name: "DUPLICATE_IDENTITY",
    upstreamName: "DUPLICATE_IDENTITY",
    summary: "Another client joined with the same identity.",
    cause: "The same identity joined elsewhere.",
    when: ["a second tab"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
  },
};

let connectionErrorNames: Map<string, ConnectionErrorName> | undefined;

/**
 * The name of the ConnectionError code with this wire value, or `undefined` for a value the catalog does
 * not know (a newer provider release, or bad input). Never throws.
 */
export function connectionErrorName(value: string): ConnectionErrorName | undefined {
  connectionErrorNames ??= new Map(Object.entries(ConnectionError).map(([name, value]) => [value, name as ConnectionErrorName]));
  return connectionErrorNames.get(value);
}

/** Whether `value` is a wire value of a known ConnectionError code. */
export function isConnectionError(value: unknown): value is ConnectionError {
  return typeof value === "string" && connectionErrorName(value) !== undefined;
}

/** The wire value of the ConnectionError code with this name, or `undefined` if there is none. */
export function connectionErrorFromName(name: string): ConnectionError | undefined {
  return Object.hasOwn(ConnectionError, name) ? ConnectionError[name as ConnectionErrorName] : undefined;
}

/** Everything the catalog says about the ConnectionError code with this wire value, or `undefined`. */
export function connectionErrorInfo(value: string): CodeInfo<ConnectionError, DisconnectReason> | undefined {
  const name = connectionErrorName(value);
  return name === undefined ? undefined : connectionErrorInfos[name];
}

/** Everything the catalog says about each ConnectionError code, by name. */
export const connectionErrorInfos: {
  readonly [N in ConnectionErrorName]: CodeInfo<(typeof ConnectionError)[N], DisconnectReason>;
} = {
  ServerGone: {
    provider: "acme",
    codeSet: "connection_error",
    value: "server_gone",
    name: "ServerGone",
    upstreamName: "ServerGone",
    summary: "The server went away.",
    cause: "The server closed the connection while shutting down.",
    when: ["a deploy"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
    protocolEquivalent: 1,
  },
  Replaced: {
    provider: "acme",
    codeSet: "connection_error",
    value: "replaced",
    name: "Replaced",
    upstreamName: "Replaced",
    summary: "This session was replaced by another.",
    cause: "The same identity joined elsewhere.",
    when: ["a second tab"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
    protocolEquivalent: 2,
  },
  Unlinked: {
    provider: "acme",
    codeSet: "connection_error",
    value: "unlinked",
    name: "Unlinked",
    upstreamName: "Unlinked",
    summary: "A client-only failure with no protocol equivalent.",
    cause: "The SDK failed before talking to the server.",
    when: ["bad configuration"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
};

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Acme RTC error codes.
 *
 * @packageDocumentation
 */

import type { CodeInfo } from "./taxonomy.js";

/**
 * Why the server disconnected the client.
 *
 * Upstream: DisconnectReason in acme/protocol 2.0.0.
 */
export const DisconnectReason = {
  /** The server shut down. */
  SERVER_SHUTDOWN: 1,
  /** A host removed the participant. */
  KICKED: 3,
} as const;

/** A wire value of Acme RTC `disconnect_reason`. */
export type DisconnectReason = (typeof DisconnectReason)[keyof typeof DisconnectReason];

/** The name of a DisconnectReason code, as the catalog keys it. */
export type DisconnectReasonName = keyof typeof DisconnectReason;

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
  KICKED: {
    provider: "acme",
    codeSet: "disconnect_reason",
    value: 3,
    name: "KICKED",
    upstreamName: "KICKED",
    summary: "A host removed the participant.",
    cause: "A host used the remove button.",
    when: ["moderation"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
    deprecated: "Upstream now reports removal as 4 in 3.0; kept for older servers.",
  },
};

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Acme RTC error codes.
 *
 * @packageDocumentation
 */

import type { CodeInfo } from "./taxonomy.js";

/**
 * Why Acme closed the connection.
 *
 * Upstream: CloseReason in <https://acme.example/docs/errors> 2.1.0 (package npm:acme-rtc\@2.1.0).
 */
export const CloseReason = {
  /** The server shut down. */
  ServerShutdown: "server-shutdown",
  /** A host removed the participant. */
  Kicked: "kicked by host",
} as const;

/** A wire value of Acme RTC `close_reason`. */
export type CloseReason = (typeof CloseReason)[keyof typeof CloseReason];

/** The name of a CloseReason code, as the catalog keys it. */
export type CloseReasonName = keyof typeof CloseReason;

let closeReasonNames: Map<string, CloseReasonName> | undefined;

/**
 * The name of the CloseReason code with this wire value, or `undefined` for a value the catalog does
 * not know (a newer provider release, or bad input). Never throws.
 */
export function closeReasonName(value: string): CloseReasonName | undefined {
  closeReasonNames ??= new Map(Object.entries(CloseReason).map(([name, value]) => [value, name as CloseReasonName]));
  return closeReasonNames.get(value);
}

/** Whether `value` is a wire value of a known CloseReason code. */
export function isCloseReason(value: unknown): value is CloseReason {
  return typeof value === "string" && closeReasonName(value) !== undefined;
}

/** The wire value of the CloseReason code with this name, or `undefined` if there is none. */
export function closeReasonFromName(name: string): CloseReason | undefined {
  return Object.hasOwn(CloseReason, name) ? CloseReason[name as CloseReasonName] : undefined;
}

/** Everything the catalog says about the CloseReason code with this wire value, or `undefined`. */
export function closeReasonInfo(value: string): CodeInfo<CloseReason, never> | undefined {
  const name = closeReasonName(value);
  return name === undefined ? undefined : closeReasonInfos[name];
}

/** Everything the catalog says about each CloseReason code, by name. */
export const closeReasonInfos: {
  readonly [N in CloseReasonName]: CodeInfo<(typeof CloseReason)[N], never>;
} = {
  ServerShutdown: {
    provider: "acme",
    codeSet: "close_reason",
    value: "server-shutdown",
    name: "ServerShutdown",
    upstreamName: "ServerShutdown",
    summary: "The server shut down.",
    cause: "The Acme server is restarting.",
    when: ["a deploy"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
  },
  Kicked: {
    provider: "acme",
    codeSet: "close_reason",
    value: "kicked by host",
    name: "Kicked",
    upstreamName: "Kicked",
    summary: "A host removed the participant.",
    cause: "A host used the remove button.",
    when: ["moderation"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Rejoining without the host's consent would be removed again.",
  },
};

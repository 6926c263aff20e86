// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Acme RTC error codes.
 *
 * @packageDocumentation
 */

import type { CodeInfo } from "./taxonomy.js";

/**
 * The status the session reports.
 *
 * Upstream: SessionStatus in acme/sdk 1.0.0.
 */
export const SessionStatus = {
  /** The user left. */
  Left: 0,
  /** The network was lost. */
  NetworkLost: 1,
} as const;

/** A wire value of Acme RTC `session_status`. */
export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus];

/** The name of a SessionStatus code, as the catalog keys it. */
export type SessionStatusName = keyof typeof SessionStatus;

let sessionStatusNames: Map<number, SessionStatusName> | undefined;

/**
 * The name of the SessionStatus code with this wire value, or `undefined` for a value the catalog does
 * not know (a newer provider release, or bad input). Never throws.
 */
export function sessionStatusName(value: number): SessionStatusName | undefined {
  sessionStatusNames ??= new Map(Object.entries(SessionStatus).map(([name, value]) => [value, name as SessionStatusName]));
  return sessionStatusNames.get(value);
}

/** Whether `value` is a wire value of a known SessionStatus code. */
export function isSessionStatus(value: unknown): value is SessionStatus {
  return typeof value === "number" && sessionStatusName(value) !== undefined;
}

/** The wire value of the SessionStatus code with this name, or `undefined` if there is none. */
export function sessionStatusFromName(name: string): SessionStatus | undefined {
  return Object.hasOwn(SessionStatus, name) ? SessionStatus[name as SessionStatusName] : undefined;
}

/** Everything the catalog says about the SessionStatus code with this wire value, or `undefined`. */
export function sessionStatusInfo(value: number): CodeInfo<SessionStatus, never> | undefined {
  const name = sessionStatusName(value);
  return name === undefined ? undefined : sessionStatusInfos[name];
}

/** Everything the catalog says about each SessionStatus code, by name. */
export const sessionStatusInfos: {
  readonly [N in SessionStatusName]: CodeInfo<(typeof SessionStatus)[N], never>;
} = {
  Left: {
    provider: "acme",
    codeSet: "session_status",
    value: 0,
    name: "Left",
    upstreamName: "Left",
    summary: "The user left.",
    cause: "The app called leave().",
    when: ["the user presses Leave"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Leaving is deliberate; nothing to retry.",
    failure: false,
  },
  NetworkLost: {
    provider: "acme",
    codeSet: "session_status",
    value: 1,
    name: "NetworkLost",
    upstreamName: "NetworkLost",
    summary: "The network was lost.",
    cause: "The connection dropped.",
    when: ["Wi-Fi drops"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    failure: true,
  },
};

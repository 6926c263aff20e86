// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Acme RTC error codes.
 *
 * @packageDocumentation
 */

import type { CodeInfo } from "./taxonomy.js";

/**
 * Why joining failed.
 *
 * Upstream: acme_err_t in acme/sdk-c v0.3.0.
 */
export const FailureReason = {
  /** Timed out. */
  TIMEOUT: 1,
  /** The token was refused. */
  BAD_TOKEN: 2,
} as const;

/** A wire value of Acme RTC `failure_reason`. */
export type FailureReason = (typeof FailureReason)[keyof typeof FailureReason];

/** The name of a FailureReason code, as the catalog keys it. */
export type FailureReasonName = keyof typeof FailureReason;

let failureReasonNames: Map<number, FailureReasonName> | undefined;

/**
 * The name of the FailureReason code with this wire value, or `undefined` for a value the catalog does
 * not know (a newer provider release, or bad input). Never throws.
 */
export function failureReasonName(value: number): FailureReasonName | undefined {
  failureReasonNames ??= new Map(Object.entries(FailureReason).map(([name, value]) => [value, name as FailureReasonName]));
  return failureReasonNames.get(value);
}

/** Whether `value` is a wire value of a known FailureReason code. */
export function isFailureReason(value: unknown): value is FailureReason {
  return typeof value === "number" && failureReasonName(value) !== undefined;
}

/** The wire value of the FailureReason code with this name, or `undefined` if there is none. */
export function failureReasonFromName(name: string): FailureReason | undefined {
  return Object.hasOwn(FailureReason, name) ? FailureReason[name as FailureReasonName] : undefined;
}

/** Everything the catalog says about the FailureReason code with this wire value, or `undefined`. */
export function failureReasonInfo(value: number): CodeInfo<FailureReason, never> | undefined {
  const name = failureReasonName(value);
  return name === undefined ? undefined : failureReasonInfos[name];
}

/** Everything the catalog says about each FailureReason code, by name. */
export const failureReasonInfos: {
  readonly [N in FailureReasonName]: CodeInfo<(typeof FailureReason)[N], never>;
} = {
  TIMEOUT: {
    provider: "acme",
    codeSet: "failure_reason",
    value: 1,
    name: "TIMEOUT",
    upstreamName: "ACME_ERR_TIMEOUT",
    summary: "Timed out.",
    cause: "The server did not answer in time.",
    when: ["slow network"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
  },
  BAD_TOKEN: {
    provider: "acme",
    codeSet: "failure_reason",
    value: 2,
    name: "BAD_TOKEN",
    upstreamName: "ACME_ERR_BAD_TOKEN",
    summary: "The token was refused.",
    cause: "The token is malformed.",
    when: ["a token from another project"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
  },
};

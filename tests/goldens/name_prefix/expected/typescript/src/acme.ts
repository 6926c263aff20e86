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

/** The name of a FailureReason code as the catalog keys it (the upstream name without its prefix). */
export type FailureReasonCatalogName = keyof typeof FailureReason;

/** What upstream writes before every FailureReason catalog name. */
const failureReasonPrefix = "ACME_ERR_";

/** The name of a FailureReason code exactly as upstream spells it. */
export type FailureReasonName = `${typeof failureReasonPrefix}${FailureReasonCatalogName}`;

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
export function failureReasonInfo(value: number): CodeInfo<FailureReason, never> | undefined {
  const key = failureReasonCatalogName(value);
  return key === undefined ? undefined : failureReasonInfos[key];
}

/** Everything the catalog says about each FailureReason code, by catalog name. */
export const failureReasonInfos: {
  readonly [K in FailureReasonCatalogName]: CodeInfo<(typeof FailureReason)[K], never>;
} = {
  TIMEOUT: {
    provider: "acme",
    codeSet: "failure_reason",
    value: 1,
    name: "ACME_ERR_TIMEOUT",
    catalogName: "TIMEOUT",
    summary: "Timed out.",
    cause: "The server did not answer in time.",
    when: ["slow network"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.failure_reason.TIMEOUT",
    remediation: ["Check the app configuration."],
    causes: [],
    references: [],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
  },
  BAD_TOKEN: {
    provider: "acme",
    codeSet: "failure_reason",
    value: 2,
    name: "ACME_ERR_BAD_TOKEN",
    catalogName: "BAD_TOKEN",
    summary: "The token was refused.",
    cause: "The token is malformed.",
    when: ["a token from another project"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.failure_reason.BAD_TOKEN",
    remediation: ["Check the app configuration."],
    causes: [],
    references: [],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
  },
};

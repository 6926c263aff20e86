// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Acme RTC error codes.
 *
 * @packageDocumentation
 */

import type { CodeInfo } from "./taxonomy.js";

/**
 * Why an Acme call failed.
 *
 * Upstream: AcmeError in acme/sdk 1.0.0.
 */
export const Error = {
  /** Nothing failed. */
  OK: 0,
  /** Timed out. */
  TIMEOUT: -1,
  /** The request was malformed. */
  BAD_REQUEST: 2147483647,
} as const;

/** A wire value of Acme RTC `error`. */
export type Error = (typeof Error)[keyof typeof Error];

/** The name of a Error code, as the catalog keys it. */
export type ErrorName = keyof typeof Error;

let errorNames: Map<number, ErrorName> | undefined;

/**
 * The name of the Error code with this wire value, or `undefined` for a value the catalog does
 * not know (a newer provider release, or bad input). Never throws.
 */
export function errorName(value: number): ErrorName | undefined {
  errorNames ??= new Map(Object.entries(Error).map(([name, value]) => [value, name as ErrorName]));
  return errorNames.get(value);
}

/** Whether `value` is a wire value of a known Error code. */
export function isError(value: unknown): value is Error {
  return typeof value === "number" && errorName(value) !== undefined;
}

/** The wire value of the Error code with this name, or `undefined` if there is none. */
export function errorFromName(name: string): Error | undefined {
  return Object.hasOwn(Error, name) ? Error[name as ErrorName] : undefined;
}

/** Everything the catalog says about the Error code with this wire value, or `undefined`. */
export function errorInfo(value: number): CodeInfo<Error, never> | undefined {
  const name = errorName(value);
  return name === undefined ? undefined : errorInfos[name];
}

/** Everything the catalog says about each Error code, by name. */
export const errorInfos: {
  readonly [N in ErrorName]: CodeInfo<(typeof Error)[N], never>;
} = {
  OK: {
    provider: "acme",
    codeSet: "error",
    value: 0,
    name: "OK",
    upstreamName: "OK",
    summary: "Nothing failed.",
    cause: "The call succeeded.",
    when: ["every successful call"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "Success needs no retry.",
  },
  TIMEOUT: {
    provider: "acme",
    codeSet: "error",
    value: -1,
    name: "TIMEOUT",
    upstreamName: "TIMEOUT",
    summary: "Timed out.",
    cause: "The server did not answer in time.",
    when: ["slow network"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
  BAD_REQUEST: {
    provider: "acme",
    codeSet: "error",
    value: 2147483647,
    name: "BAD_REQUEST",
    upstreamName: "BAD_REQUEST",
    summary: "The request was malformed.",
    cause: "The app sent a request the server cannot read.",
    when: ["a field is missing"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
  },
};

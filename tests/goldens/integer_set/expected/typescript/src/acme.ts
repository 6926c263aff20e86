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

/** The name of a Error code as the catalog keys it (the upstream name without its prefix). */
export type ErrorCatalogName = keyof typeof Error;

/** What upstream writes before every Error catalog name. */
const errorPrefix = "";

/** The name of a Error code exactly as upstream spells it. */
export type ErrorName = `${typeof errorPrefix}${ErrorCatalogName}`;

let errorCatalogNames: Map<number, ErrorCatalogName> | undefined;

/** The catalog name of the Error code with this wire value. */
function errorCatalogName(value: number): ErrorCatalogName | undefined {
  errorCatalogNames ??= new Map(Object.entries(Error).map(([key, value]) => [value, key as ErrorCatalogName]));
  return errorCatalogNames.get(value);
}

/**
 * The upstream name of the Error code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function errorName(value: number): ErrorName | undefined {
  const key = errorCatalogName(value);
  return key === undefined ? undefined : (`${errorPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known Error code. */
export function isError(value: unknown): value is Error {
  return typeof value === "number" && errorCatalogName(value) !== undefined;
}

/** The wire value of the Error code with this upstream name, or `undefined` if there is none. */
export function errorFromName(name: string): Error | undefined {
  if (!name.startsWith(errorPrefix)) return undefined;
  const key = name.slice(errorPrefix.length);
  return Object.hasOwn(Error, key) ? Error[key as ErrorCatalogName] : undefined;
}

/** Everything the catalog says about the Error code with this wire value, or `undefined`. */
export function errorInfo(value: number): CodeInfo<Error, never> | undefined {
  const key = errorCatalogName(value);
  return key === undefined ? undefined : errorInfos[key];
}

/** Everything the catalog says about each Error code, by catalog name. */
export const errorInfos: {
  readonly [K in ErrorCatalogName]: CodeInfo<(typeof Error)[K], never>;
} = {
  OK: {
    provider: "acme",
    codeSet: "error",
    value: 0,
    name: "OK",
    catalogName: "OK",
    summary: "Nothing failed.",
    cause: "The call succeeded.",
    when: ["every successful call"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.error.OK",
    remediation: ["Check the app configuration."],
    causes: [],
    references: [],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "catalog",
    rationale: "Success needs no retry.",
  },
  TIMEOUT: {
    provider: "acme",
    codeSet: "error",
    value: -1,
    name: "TIMEOUT",
    catalogName: "TIMEOUT",
    summary: "Timed out.",
    cause: "The server did not answer in time.",
    when: ["slow network"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.error.TIMEOUT",
    remediation: ["Check the app configuration."],
    causes: [],
    references: [],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
  },
  BAD_REQUEST: {
    provider: "acme",
    codeSet: "error",
    value: 2147483647,
    name: "BAD_REQUEST",
    catalogName: "BAD_REQUEST",
    summary: "The request was malformed.",
    cause: "The app sent a request the server cannot read.",
    when: ["a field is missing"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.error.BAD_REQUEST",
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

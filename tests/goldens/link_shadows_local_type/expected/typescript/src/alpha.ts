// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Alpha error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";
import type * as beta from "./beta.js";

/**
 * AlphaFault codes.
 *
 * Upstream: AlphaFault in example/sdk 1.0.0.
 */
export const Fault = {
  /** TIMEOUT happened. */
  TIMEOUT: 1,
} as const;

/** A wire value of Alpha `fault`. */
export type Fault = (typeof Fault)[keyof typeof Fault];

/** The name of a Fault code as the catalog keys it (the upstream name without its prefix). */
export type FaultCatalogName = keyof typeof Fault;

/** What upstream writes before every Fault catalog name. */
const faultPrefix = "";

/** The name of a Fault code exactly as upstream spells it. */
export type FaultName = `${typeof faultPrefix}${FaultCatalogName}`;

/**
 * AlphaStatus codes.
 *
 * Upstream: AlphaStatus in example/sdk 1.0.0.
 */
export const Status = {
  /** LOST happened. */
  LOST: 1,
  /** GONE happened. */
  GONE: 2,
} as const;

/** A wire value of Alpha `status`. */
export type Status = (typeof Status)[keyof typeof Status];

/** The name of a Status code as the catalog keys it (the upstream name without its prefix). */
export type StatusCatalogName = keyof typeof Status;

/** What upstream writes before every Status catalog name. */
const statusPrefix = "";

/** The name of a Status code exactly as upstream spells it. */
export type StatusName = `${typeof statusPrefix}${StatusCatalogName}`;

let faultCatalogNames: Map<number, FaultCatalogName> | undefined;

/** The catalog name of the Fault code with this wire value. */
function faultCatalogName(value: number): FaultCatalogName | undefined {
  faultCatalogNames ??= new Map(Object.entries(Fault).map(([key, value]) => [value, key as FaultCatalogName]));
  return faultCatalogNames.get(value);
}

/**
 * The upstream name of the Fault code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function faultName(value: number): FaultName | undefined {
  const key = faultCatalogName(value);
  return key === undefined ? undefined : (`${faultPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known Fault code. */
export function isFault(value: unknown): value is Fault {
  return typeof value === "number" && faultCatalogName(value) !== undefined;
}

/** The wire value of the Fault code with this upstream name, or `undefined` if there is none. */
export function faultFromName(name: string): Fault | undefined {
  if (!name.startsWith(faultPrefix)) return undefined;
  const key = name.slice(faultPrefix.length);
  return Object.hasOwn(Fault, key) ? Fault[key as FaultCatalogName] : undefined;
}

/** Everything the catalog says about the Fault code with this wire value, or `undefined`. */
export function faultInfo(value: number): CodeInfo<Fault, never> | undefined {
  const key = faultCatalogName(value);
  return key === undefined ? undefined : faultInfos[key];
}

/** Everything the catalog says about each Fault code, by catalog name. */
export const faultInfos: {
  readonly [K in FaultCatalogName]: CodeInfo<(typeof Fault)[K], never>;
} = {
  TIMEOUT: {
    provider: "alpha",
    codeSet: "fault",
    value: 1,
    name: "TIMEOUT",
    catalogName: "TIMEOUT",
    summary: "TIMEOUT happened.",
    cause: "The server said TIMEOUT.",
    when: ["slow network"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "alpha.fault.TIMEOUT",
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
};

let statusCatalogNames: Map<number, StatusCatalogName> | undefined;

/** The catalog name of the Status code with this wire value. */
function statusCatalogName(value: number): StatusCatalogName | undefined {
  statusCatalogNames ??= new Map(Object.entries(Status).map(([key, value]) => [value, key as StatusCatalogName]));
  return statusCatalogNames.get(value);
}

/**
 * The upstream name of the Status code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function statusName(value: number): StatusName | undefined {
  const key = statusCatalogName(value);
  return key === undefined ? undefined : (`${statusPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known Status code. */
export function isStatus(value: unknown): value is Status {
  return typeof value === "number" && statusCatalogName(value) !== undefined;
}

/** The wire value of the Status code with this upstream name, or `undefined` if there is none. */
export function statusFromName(name: string): Status | undefined {
  if (!name.startsWith(statusPrefix)) return undefined;
  const key = name.slice(statusPrefix.length);
  return Object.hasOwn(Status, key) ? Status[key as StatusCatalogName] : undefined;
}

/** Everything the catalog says about the Status code with this wire value, or `undefined`. */
export function statusInfo(value: number): CodeInfo<Status, beta.Fault> | undefined {
  const key = statusCatalogName(value);
  return key === undefined ? undefined : statusInfos[key];
}

/** Everything the catalog says about each Status code, by catalog name. */
export const statusInfos: {
  readonly [K in StatusCatalogName]: CodeInfo<(typeof Status)[K], beta.Fault>;
} = {
  LOST: {
    provider: "alpha",
    codeSet: "status",
    value: 1,
    name: "LOST",
    catalogName: "LOST",
    summary: "LOST happened.",
    cause: "The server said LOST.",
    when: ["slow network"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "alpha.status.LOST",
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
    protocolEquivalent: 7,
  },
  GONE: {
    provider: "alpha",
    codeSet: "status",
    value: 2,
    name: "GONE",
    catalogName: "GONE",
    summary: "GONE happened.",
    cause: "The server said GONE.",
    when: ["slow network"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "alpha.status.GONE",
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
};

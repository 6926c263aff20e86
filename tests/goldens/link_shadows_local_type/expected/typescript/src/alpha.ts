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

/** The name of a Fault code, as the catalog keys it. */
export type FaultName = keyof typeof Fault;

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

/** The name of a Status code, as the catalog keys it. */
export type StatusName = keyof typeof Status;

let faultNames: Map<number, FaultName> | undefined;

/**
 * The name of the Fault code with this wire value, or `undefined` for a value the catalog does
 * not know (a newer provider release, or bad input). Never throws.
 */
export function faultName(value: number): FaultName | undefined {
  faultNames ??= new Map(Object.entries(Fault).map(([name, value]) => [value, name as FaultName]));
  return faultNames.get(value);
}

/** Whether `value` is a wire value of a known Fault code. */
export function isFault(value: unknown): value is Fault {
  return typeof value === "number" && faultName(value) !== undefined;
}

/** The wire value of the Fault code with this name, or `undefined` if there is none. */
export function faultFromName(name: string): Fault | undefined {
  return Object.hasOwn(Fault, name) ? Fault[name as FaultName] : undefined;
}

/** Everything the catalog says about the Fault code with this wire value, or `undefined`. */
export function faultInfo(value: number): CodeInfo<Fault, never> | undefined {
  const name = faultName(value);
  return name === undefined ? undefined : faultInfos[name];
}

/** Everything the catalog says about each Fault code, by name. */
export const faultInfos: {
  readonly [N in FaultName]: CodeInfo<(typeof Fault)[N], never>;
} = {
  TIMEOUT: {
    provider: "alpha",
    codeSet: "fault",
    value: 1,
    name: "TIMEOUT",
    upstreamName: "TIMEOUT",
    summary: "TIMEOUT happened.",
    cause: "The server said TIMEOUT.",
    when: ["slow network"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
};

let statusNames: Map<number, StatusName> | undefined;

/**
 * The name of the Status code with this wire value, or `undefined` for a value the catalog does
 * not know (a newer provider release, or bad input). Never throws.
 */
export function statusName(value: number): StatusName | undefined {
  statusNames ??= new Map(Object.entries(Status).map(([name, value]) => [value, name as StatusName]));
  return statusNames.get(value);
}

/** Whether `value` is a wire value of a known Status code. */
export function isStatus(value: unknown): value is Status {
  return typeof value === "number" && statusName(value) !== undefined;
}

/** The wire value of the Status code with this name, or `undefined` if there is none. */
export function statusFromName(name: string): Status | undefined {
  return Object.hasOwn(Status, name) ? Status[name as StatusName] : undefined;
}

/** Everything the catalog says about the Status code with this wire value, or `undefined`. */
export function statusInfo(value: number): CodeInfo<Status, beta.Fault> | undefined {
  const name = statusName(value);
  return name === undefined ? undefined : statusInfos[name];
}

/** Everything the catalog says about each Status code, by name. */
export const statusInfos: {
  readonly [N in StatusName]: CodeInfo<(typeof Status)[N], beta.Fault>;
} = {
  LOST: {
    provider: "alpha",
    codeSet: "status",
    value: 1,
    name: "LOST",
    upstreamName: "LOST",
    summary: "LOST happened.",
    cause: "The server said LOST.",
    when: ["slow network"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    protocolEquivalent: 7,
  },
  GONE: {
    provider: "alpha",
    codeSet: "status",
    value: 2,
    name: "GONE",
    upstreamName: "GONE",
    summary: "GONE happened.",
    cause: "The server said GONE.",
    when: ["slow network"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
};

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Beta error codes.
 *
 * @packageDocumentation
 */

import type { CodeInfo } from "./taxonomy.js";

/**
 * BetaFault codes.
 *
 * Upstream: BetaFault in example/sdk 1.0.0.
 */
export const Fault = {
  /** DEADLINE happened. */
  DEADLINE: 7,
} as const;

/** A wire value of Beta `fault`. */
export type Fault = (typeof Fault)[keyof typeof Fault];

/** The name of a Fault code, as the catalog keys it. */
export type FaultName = keyof typeof Fault;

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
  DEADLINE: {
    provider: "beta",
    codeSet: "fault",
    value: 7,
    name: "DEADLINE",
    upstreamName: "DEADLINE",
    summary: "DEADLINE happened.",
    cause: "The server said DEADLINE.",
    when: ["slow network"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
};

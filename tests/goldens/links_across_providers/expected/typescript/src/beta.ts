// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Beta Server error codes.
 *
 * @packageDocumentation
 */

import type { CodeInfo } from "./taxonomy.js";

/**
 * Why the Beta server refused a join.
 *
 * Upstream: Reason in beta/server 3.0.0.
 */
export const Reason = {
  /** The room is full. */
  FULL: 7,
} as const;

/** A wire value of Beta Server `reason`. */
export type Reason = (typeof Reason)[keyof typeof Reason];

/** The name of a Reason code, as the catalog keys it. */
export type ReasonName = keyof typeof Reason;

let reasonNames: Map<number, ReasonName> | undefined;

/**
 * The name of the Reason code with this wire value, or `undefined` for a value the catalog does
 * not know (a newer provider release, or bad input). Never throws.
 */
export function reasonName(value: number): ReasonName | undefined {
  reasonNames ??= new Map(Object.entries(Reason).map(([name, value]) => [value, name as ReasonName]));
  return reasonNames.get(value);
}

/** Whether `value` is a wire value of a known Reason code. */
export function isReason(value: unknown): value is Reason {
  return typeof value === "number" && reasonName(value) !== undefined;
}

/** The wire value of the Reason code with this name, or `undefined` if there is none. */
export function reasonFromName(name: string): Reason | undefined {
  return Object.hasOwn(Reason, name) ? Reason[name as ReasonName] : undefined;
}

/** Everything the catalog says about the Reason code with this wire value, or `undefined`. */
export function reasonInfo(value: number): CodeInfo<Reason, never> | undefined {
  const name = reasonName(value);
  return name === undefined ? undefined : reasonInfos[name];
}

/** Everything the catalog says about each Reason code, by name. */
export const reasonInfos: {
  readonly [N in ReasonName]: CodeInfo<(typeof Reason)[N], never>;
} = {
  FULL: {
    provider: "beta",
    codeSet: "reason",
    value: 7,
    name: "FULL",
    upstreamName: "FULL",
    summary: "The room is full.",
    cause: "The room reached its participant limit.",
    when: ["a crowded room"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
  },
};

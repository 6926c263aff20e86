// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Gamma Media error codes.
 *
 * @packageDocumentation
 */

import type { CodeInfo } from "./taxonomy.js";

/**
 * Why the Gamma media server refused a track.
 *
 * Upstream: Reason in gamma/media 0.9.0.
 */
export const Reason = {
  /** The track was rejected. */
  REJECTED: "rejected",
} as const;

/** A wire value of Gamma Media `reason`. */
export type Reason = (typeof Reason)[keyof typeof Reason];

/** The name of a Reason code, as the catalog keys it. */
export type ReasonName = keyof typeof Reason;

let reasonNames: Map<string, ReasonName> | undefined;

/**
 * The name of the Reason code with this wire value, or `undefined` for a value the catalog does
 * not know (a newer provider release, or bad input). Never throws.
 */
export function reasonName(value: string): ReasonName | undefined {
  reasonNames ??= new Map(Object.entries(Reason).map(([name, value]) => [value, name as ReasonName]));
  return reasonNames.get(value);
}

/** Whether `value` is a wire value of a known Reason code. */
export function isReason(value: unknown): value is Reason {
  return typeof value === "string" && reasonName(value) !== undefined;
}

/** The wire value of the Reason code with this name, or `undefined` if there is none. */
export function reasonFromName(name: string): Reason | undefined {
  return Object.hasOwn(Reason, name) ? Reason[name as ReasonName] : undefined;
}

/** Everything the catalog says about the Reason code with this wire value, or `undefined`. */
export function reasonInfo(value: string): CodeInfo<Reason, never> | undefined {
  const name = reasonName(value);
  return name === undefined ? undefined : reasonInfos[name];
}

/** Everything the catalog says about each Reason code, by name. */
export const reasonInfos: {
  readonly [N in ReasonName]: CodeInfo<(typeof Reason)[N], never>;
} = {
  REJECTED: {
    provider: "gamma",
    codeSet: "reason",
    value: "rejected",
    name: "REJECTED",
    upstreamName: "REJECTED",
    summary: "The track was rejected.",
    cause: "The server does not accept the track's codec.",
    when: ["an unsupported codec"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
};

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

/** The name of a Reason code as the catalog keys it (the upstream name without its prefix). */
export type ReasonCatalogName = keyof typeof Reason;

/** What upstream writes before every Reason catalog name. */
const reasonPrefix = "";

/** The name of a Reason code exactly as upstream spells it. */
export type ReasonName = `${typeof reasonPrefix}${ReasonCatalogName}`;

let reasonCatalogNames: Map<number, ReasonCatalogName> | undefined;

/** The catalog name of the Reason code with this wire value. */
function reasonCatalogName(value: number): ReasonCatalogName | undefined {
  reasonCatalogNames ??= new Map(Object.entries(Reason).map(([key, value]) => [value, key as ReasonCatalogName]));
  return reasonCatalogNames.get(value);
}

/**
 * The upstream name of the Reason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function reasonName(value: number): ReasonName | undefined {
  const key = reasonCatalogName(value);
  return key === undefined ? undefined : (`${reasonPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known Reason code. */
export function isReason(value: unknown): value is Reason {
  return typeof value === "number" && reasonCatalogName(value) !== undefined;
}

/** The wire value of the Reason code with this upstream name, or `undefined` if there is none. */
export function reasonFromName(name: string): Reason | undefined {
  if (!name.startsWith(reasonPrefix)) return undefined;
  const key = name.slice(reasonPrefix.length);
  return Object.hasOwn(Reason, key) ? Reason[key as ReasonCatalogName] : undefined;
}

/** Everything the catalog says about the Reason code with this wire value, or `undefined`. */
export function reasonInfo(value: number): CodeInfo<Reason, never> | undefined {
  const key = reasonCatalogName(value);
  return key === undefined ? undefined : reasonInfos[key];
}

/** Everything the catalog says about each Reason code, by catalog name. */
export const reasonInfos: {
  readonly [K in ReasonCatalogName]: CodeInfo<(typeof Reason)[K], never>;
} = {
  FULL: {
    provider: "beta",
    codeSet: "reason",
    value: 7,
    name: "FULL",
    catalogName: "FULL",
    summary: "The room is full.",
    cause: "The room reached its participant limit.",
    when: ["a crowded room"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "beta.reason.FULL",
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
};

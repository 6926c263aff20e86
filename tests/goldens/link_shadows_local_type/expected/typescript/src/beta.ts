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

/** The name of a Fault code as the catalog keys it (the upstream name without its prefix). */
export type FaultCatalogName = keyof typeof Fault;

/** What upstream writes before every Fault catalog name. */
const faultPrefix = "";

/** The name of a Fault code exactly as upstream spells it. */
export type FaultName = `${typeof faultPrefix}${FaultCatalogName}`;

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
  DEADLINE: {
    provider: "beta",
    codeSet: "fault",
    value: 7,
    name: "DEADLINE",
    catalogName: "DEADLINE",
    summary: "DEADLINE happened.",
    cause: "The server said DEADLINE.",
    when: ["slow network"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "beta.fault.DEADLINE",
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

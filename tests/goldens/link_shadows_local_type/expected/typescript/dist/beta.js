// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * BetaFault codes.
 *
 * Upstream: BetaFault in example/sdk 1.0.0.
 */
export const Fault = {
  /** DEADLINE happened. */
  DEADLINE: 7,
};

/** What upstream writes before every Fault catalog name. */
const faultPrefix = "";

let faultCatalogNames;

/** The catalog name of the Fault code with this wire value. */
function faultCatalogName(value) {
  faultCatalogNames ??= new Map(Object.entries(Fault).map(([key, value]) => [value, key]));
  return faultCatalogNames.get(value);
}

/**
 * The upstream name of the Fault code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function faultName(value) {
  const key = faultCatalogName(value);
  return key === undefined ? undefined : `${faultPrefix}${key}`;
}

/** Whether `value` is a wire value of a known Fault code. */
export function isFault(value) {
  return typeof value === "number" && faultCatalogName(value) !== undefined;
}

/** The wire value of the Fault code with this upstream name, or `undefined` if there is none. */
export function faultFromName(name) {
  if (!name.startsWith(faultPrefix)) return undefined;
  const key = name.slice(faultPrefix.length);
  return Object.hasOwn(Fault, key) ? Fault[key] : undefined;
}

/** Everything the catalog says about the Fault code with this wire value, or `undefined`. */
export function faultInfo(value) {
  const key = faultCatalogName(value);
  return key === undefined ? undefined : faultInfos[key];
}

/** Everything the catalog says about each Fault code, by catalog name. */
export const faultInfos = {
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

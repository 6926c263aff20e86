// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Why the Beta server refused a join.
 *
 * Upstream: Reason in beta/server 3.0.0.
 */
export const Reason = {
  /** The room is full. */
  FULL: 7,
};

/** What upstream writes before every Reason catalog name. */
const reasonPrefix = "";

let reasonCatalogNames;

/** The catalog name of the Reason code with this wire value. */
function reasonCatalogName(value) {
  reasonCatalogNames ??= new Map(Object.entries(Reason).map(([key, value]) => [value, key]));
  return reasonCatalogNames.get(value);
}

/**
 * The upstream name of the Reason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function reasonName(value) {
  const key = reasonCatalogName(value);
  return key === undefined ? undefined : `${reasonPrefix}${key}`;
}

/** Whether `value` is a wire value of a known Reason code. */
export function isReason(value) {
  return typeof value === "number" && reasonCatalogName(value) !== undefined;
}

/** The wire value of the Reason code with this upstream name, or `undefined` if there is none. */
export function reasonFromName(name) {
  if (!name.startsWith(reasonPrefix)) return undefined;
  const key = name.slice(reasonPrefix.length);
  return Object.hasOwn(Reason, key) ? Reason[key] : undefined;
}

/** Everything the catalog says about the Reason code with this wire value, or `undefined`. */
export function reasonInfo(value) {
  const key = reasonCatalogName(value);
  return key === undefined ? undefined : reasonInfos[key];
}

/** Everything the catalog says about each Reason code, by catalog name. */
export const reasonInfos = {
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

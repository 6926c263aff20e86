// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * AlphaFault codes.
 *
 * Upstream: AlphaFault in example/sdk 1.0.0.
 */
export const Fault = {
  /** TIMEOUT happened. */
  TIMEOUT: 1,
};

/** What upstream writes before every Fault catalog name. */
const faultPrefix = "";

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
};

/** What upstream writes before every Status catalog name. */
const statusPrefix = "";

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

let statusCatalogNames;

/** The catalog name of the Status code with this wire value. */
function statusCatalogName(value) {
  statusCatalogNames ??= new Map(Object.entries(Status).map(([key, value]) => [value, key]));
  return statusCatalogNames.get(value);
}

/**
 * The upstream name of the Status code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function statusName(value) {
  const key = statusCatalogName(value);
  return key === undefined ? undefined : `${statusPrefix}${key}`;
}

/** Whether `value` is a wire value of a known Status code. */
export function isStatus(value) {
  return typeof value === "number" && statusCatalogName(value) !== undefined;
}

/** The wire value of the Status code with this upstream name, or `undefined` if there is none. */
export function statusFromName(name) {
  if (!name.startsWith(statusPrefix)) return undefined;
  const key = name.slice(statusPrefix.length);
  return Object.hasOwn(Status, key) ? Status[key] : undefined;
}

/** Everything the catalog says about the Status code with this wire value, or `undefined`. */
export function statusInfo(value) {
  const key = statusCatalogName(value);
  return key === undefined ? undefined : statusInfos[key];
}

/** Everything the catalog says about each Status code, by catalog name. */
export const statusInfos = {
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

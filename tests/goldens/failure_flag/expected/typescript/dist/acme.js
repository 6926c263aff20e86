// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * The status the session reports.
 *
 * Upstream: SessionStatus in acme/sdk 1.0.0.
 */
export const SessionStatus = {
  /** The user left. */
  Left: 0,
  /** The network was lost. */
  NetworkLost: 1,
};

/** What upstream writes before every SessionStatus catalog name. */
const sessionStatusPrefix = "";

let sessionStatusCatalogNames;

/** The catalog name of the SessionStatus code with this wire value. */
function sessionStatusCatalogName(value) {
  sessionStatusCatalogNames ??= new Map(Object.entries(SessionStatus).map(([key, value]) => [value, key]));
  return sessionStatusCatalogNames.get(value);
}

/**
 * The upstream name of the SessionStatus code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function sessionStatusName(value) {
  const key = sessionStatusCatalogName(value);
  return key === undefined ? undefined : `${sessionStatusPrefix}${key}`;
}

/** Whether `value` is a wire value of a known SessionStatus code. */
export function isSessionStatus(value) {
  return typeof value === "number" && sessionStatusCatalogName(value) !== undefined;
}

/** The wire value of the SessionStatus code with this upstream name, or `undefined` if there is none. */
export function sessionStatusFromName(name) {
  if (!name.startsWith(sessionStatusPrefix)) return undefined;
  const key = name.slice(sessionStatusPrefix.length);
  return Object.hasOwn(SessionStatus, key) ? SessionStatus[key] : undefined;
}

/** Everything the catalog says about the SessionStatus code with this wire value, or `undefined`. */
export function sessionStatusInfo(value) {
  const key = sessionStatusCatalogName(value);
  return key === undefined ? undefined : sessionStatusInfos[key];
}

/** Everything the catalog says about each SessionStatus code, by catalog name. */
export const sessionStatusInfos = {
  Left: {
    provider: "acme",
    codeSet: "session_status",
    value: 0,
    name: "Left",
    catalogName: "Left",
    summary: "The user left.",
    cause: "The app called leave().",
    when: ["the user presses Leave"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.session_status.Left",
    remediation: ["Check the app configuration."],
    causes: [],
    references: [],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Leaving is deliberate; nothing to retry.",
    failure: false,
  },
  NetworkLost: {
    provider: "acme",
    codeSet: "session_status",
    value: 1,
    name: "NetworkLost",
    catalogName: "NetworkLost",
    summary: "The network was lost.",
    cause: "The connection dropped.",
    when: ["Wi-Fi drops"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.session_status.NetworkLost",
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
    failure: true,
  },
};

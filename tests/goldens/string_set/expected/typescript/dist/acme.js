// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Why Acme closed the connection.
 *
 * Upstream: CloseReason in <https://acme.example/docs/errors> 2.1.0 (package npm:acme-rtc\@2.1.0).
 */
export const CloseReason = {
  /** The server shut down. */
  ServerShutdown: "server-shutdown",
  /** A host removed the participant. */
  Kicked: "kicked by host",
};

/** What upstream writes before every CloseReason catalog name. */
const closeReasonPrefix = "";

let closeReasonCatalogNames;

/** The catalog name of the CloseReason code with this wire value. */
function closeReasonCatalogName(value) {
  closeReasonCatalogNames ??= new Map(Object.entries(CloseReason).map(([key, value]) => [value, key]));
  return closeReasonCatalogNames.get(value);
}

/**
 * The upstream name of the CloseReason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function closeReasonName(value) {
  const key = closeReasonCatalogName(value);
  return key === undefined ? undefined : `${closeReasonPrefix}${key}`;
}

/** Whether `value` is a wire value of a known CloseReason code. */
export function isCloseReason(value) {
  return typeof value === "string" && closeReasonCatalogName(value) !== undefined;
}

/** The wire value of the CloseReason code with this upstream name, or `undefined` if there is none. */
export function closeReasonFromName(name) {
  if (!name.startsWith(closeReasonPrefix)) return undefined;
  const key = name.slice(closeReasonPrefix.length);
  return Object.hasOwn(CloseReason, key) ? CloseReason[key] : undefined;
}

/** Everything the catalog says about the CloseReason code with this wire value, or `undefined`. */
export function closeReasonInfo(value) {
  const key = closeReasonCatalogName(value);
  return key === undefined ? undefined : closeReasonInfos[key];
}

/** Everything the catalog says about each CloseReason code, by catalog name. */
export const closeReasonInfos = {
  ServerShutdown: {
    provider: "acme",
    codeSet: "close_reason",
    value: "server-shutdown",
    name: "ServerShutdown",
    catalogName: "ServerShutdown",
    summary: "The server shut down.",
    cause: "The Acme server is restarting.",
    when: ["a deploy"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.close_reason.ServerShutdown",
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
  Kicked: {
    provider: "acme",
    codeSet: "close_reason",
    value: "kicked by host",
    name: "Kicked",
    catalogName: "Kicked",
    summary: "A host removed the participant.",
    cause: "A host used the remove button.",
    when: ["moderation"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.close_reason.Kicked",
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
    rationale: "Rejoining without the host's consent would be removed again.",
  },
};

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Why the server disconnected the client (protocol level).
 *
 * Upstream: DisconnectReason in acme/protocol 1.0.0.
 */
export const DisconnectReason = {
  /** The server shut down. */
  SERVER_SHUTDOWN: 1,
  /** Another client joined with the same identity. */
  DUPLICATE_IDENTITY: 2,
};

/** What upstream writes before every DisconnectReason catalog name. */
const disconnectReasonPrefix = "";

/**
 * What the client SDK reports.
 *
 * Upstream: ConnectionError in acme/client-sdk 2.0.0.
 */
export const ConnectionError = {
  /** The server went away. */
  ServerGone: "server_gone",
  /** This session was replaced by another. */
  Replaced: "replaced",
  /** A client-only failure with no protocol equivalent. */
  Unlinked: "unlinked",
};

/** What upstream writes before every ConnectionError catalog name. */
const connectionErrorPrefix = "";

let disconnectReasonCatalogNames;

/** The catalog name of the DisconnectReason code with this wire value. */
function disconnectReasonCatalogName(value) {
  disconnectReasonCatalogNames ??= new Map(Object.entries(DisconnectReason).map(([key, value]) => [value, key]));
  return disconnectReasonCatalogNames.get(value);
}

/**
 * The upstream name of the DisconnectReason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function disconnectReasonName(value) {
  const key = disconnectReasonCatalogName(value);
  return key === undefined ? undefined : `${disconnectReasonPrefix}${key}`;
}

/** Whether `value` is a wire value of a known DisconnectReason code. */
export function isDisconnectReason(value) {
  return typeof value === "number" && disconnectReasonCatalogName(value) !== undefined;
}

/** The wire value of the DisconnectReason code with this upstream name, or `undefined` if there is none. */
export function disconnectReasonFromName(name) {
  if (!name.startsWith(disconnectReasonPrefix)) return undefined;
  const key = name.slice(disconnectReasonPrefix.length);
  return Object.hasOwn(DisconnectReason, key) ? DisconnectReason[key] : undefined;
}

/** Everything the catalog says about the DisconnectReason code with this wire value, or `undefined`. */
export function disconnectReasonInfo(value) {
  const key = disconnectReasonCatalogName(value);
  return key === undefined ? undefined : disconnectReasonInfos[key];
}

/** Everything the catalog says about each DisconnectReason code, by catalog name. */
export const disconnectReasonInfos = {
  SERVER_SHUTDOWN: {
    provider: "acme",
    codeSet: "disconnect_reason",
    value: 1,
    name: "SERVER_SHUTDOWN",
    catalogName: "SERVER_SHUTDOWN",
    summary: "The server shut down.",
    cause: "The server is restarting.",
    when: ["a deploy"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.disconnect_reason.SERVER_SHUTDOWN",
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
  DUPLICATE_IDENTITY: {
    provider: "acme",
    codeSet: "disconnect_reason",
    value: 2,
    name: "DUPLICATE_IDENTITY",
    catalogName: "DUPLICATE_IDENTITY",
    summary: "Another client joined with the same identity.",
    cause: "The same identity joined elsewhere.",
    when: ["a second tab"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.disconnect_reason.DUPLICATE_IDENTITY",
    remediation: ["Check the app configuration."],
    causes: [],
    references: [],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
  },
};

let connectionErrorCatalogNames;

/** The catalog name of the ConnectionError code with this wire value. */
function connectionErrorCatalogName(value) {
  connectionErrorCatalogNames ??= new Map(Object.entries(ConnectionError).map(([key, value]) => [value, key]));
  return connectionErrorCatalogNames.get(value);
}

/**
 * The upstream name of the ConnectionError code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function connectionErrorName(value) {
  const key = connectionErrorCatalogName(value);
  return key === undefined ? undefined : `${connectionErrorPrefix}${key}`;
}

/** Whether `value` is a wire value of a known ConnectionError code. */
export function isConnectionError(value) {
  return typeof value === "string" && connectionErrorCatalogName(value) !== undefined;
}

/** The wire value of the ConnectionError code with this upstream name, or `undefined` if there is none. */
export function connectionErrorFromName(name) {
  if (!name.startsWith(connectionErrorPrefix)) return undefined;
  const key = name.slice(connectionErrorPrefix.length);
  return Object.hasOwn(ConnectionError, key) ? ConnectionError[key] : undefined;
}

/** Everything the catalog says about the ConnectionError code with this wire value, or `undefined`. */
export function connectionErrorInfo(value) {
  const key = connectionErrorCatalogName(value);
  return key === undefined ? undefined : connectionErrorInfos[key];
}

/** Everything the catalog says about each ConnectionError code, by catalog name. */
export const connectionErrorInfos = {
  ServerGone: {
    provider: "acme",
    codeSet: "connection_error",
    value: "server_gone",
    name: "ServerGone",
    catalogName: "ServerGone",
    summary: "The server went away.",
    cause: "The server closed the connection while shutting down.",
    when: ["a deploy"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.connection_error.ServerGone",
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
    protocolEquivalent: 1,
  },
  Replaced: {
    provider: "acme",
    codeSet: "connection_error",
    value: "replaced",
    name: "Replaced",
    catalogName: "Replaced",
    summary: "This session was replaced by another.",
    cause: "The same identity joined elsewhere.",
    when: ["a second tab"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.connection_error.Replaced",
    remediation: ["Check the app configuration."],
    causes: [],
    references: [],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
    protocolEquivalent: 2,
  },
  Unlinked: {
    provider: "acme",
    codeSet: "connection_error",
    value: "unlinked",
    name: "Unlinked",
    catalogName: "Unlinked",
    summary: "A client-only failure with no protocol equivalent.",
    cause: "The SDK failed before talking to the server.",
    when: ["bad configuration"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.connection_error.Unlinked",
    remediation: ["Check the app configuration."],
    causes: [],
    references: [],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
  },
};

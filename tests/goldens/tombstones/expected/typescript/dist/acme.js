// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Why the server disconnected the client.
 *
 * Upstream: DisconnectReason in acme/protocol 2.0.0.
 */
export const DisconnectReason = {
  /** The server shut down. */
  SERVER_SHUTDOWN: 1,
  /** A host removed the participant. */
  KICKED: 3,
};

/** What upstream writes before every DisconnectReason catalog name. */
const disconnectReasonPrefix = "";

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
  KICKED: {
    provider: "acme",
    codeSet: "disconnect_reason",
    value: 3,
    name: "KICKED",
    catalogName: "KICKED",
    summary: "A host removed the participant.",
    cause: "A host used the remove button.",
    when: ["moderation"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.disconnect_reason.KICKED",
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
    deprecated: "Upstream now reports removal as 4 in 3.0; kept for older servers.",
  },
};

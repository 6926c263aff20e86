// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Codes named like keywords.
 *
 * Upstream: Type in acme/sdk 1.0.0.
 */
export const Type = {
  /** Named type. */
  type: 1,
  /** Named fun. */
  fun: 2,
  /** Named when. */
  when: 3,
  /** Named object. */
  object: 4,
  /** Named val. */
  val: 5,
};

/** What upstream writes before every Type catalog name. */
const typePrefix = "";

/**
 * More codes named like keywords.
 *
 * Upstream: In in acme/sdk 1.0.0.
 */
export const In = {
  /** Named Self. */
  Self: "Self",
  /** Named in. */
  in: "in",
  /** Named is. */
  is: "is",
  /** Named match. */
  match: "match",
  /** Named null. */
  null: "null",
};

/** What upstream writes before every In catalog name. */
const inPrefix = "";

let typeCatalogNames;

/** The catalog name of the Type code with this wire value. */
function typeCatalogName(value) {
  typeCatalogNames ??= new Map(Object.entries(Type).map(([key, value]) => [value, key]));
  return typeCatalogNames.get(value);
}

/**
 * The upstream name of the Type code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function typeName(value) {
  const key = typeCatalogName(value);
  return key === undefined ? undefined : `${typePrefix}${key}`;
}

/** Whether `value` is a wire value of a known Type code. */
export function isType(value) {
  return typeof value === "number" && typeCatalogName(value) !== undefined;
}

/** The wire value of the Type code with this upstream name, or `undefined` if there is none. */
export function typeFromName(name) {
  if (!name.startsWith(typePrefix)) return undefined;
  const key = name.slice(typePrefix.length);
  return Object.hasOwn(Type, key) ? Type[key] : undefined;
}

/** Everything the catalog says about the Type code with this wire value, or `undefined`. */
export function typeInfo(value) {
  const key = typeCatalogName(value);
  return key === undefined ? undefined : typeInfos[key];
}

/** Everything the catalog says about each Type code, by catalog name. */
export const typeInfos = {
  type: {
    provider: "acme",
    codeSet: "type",
    value: 1,
    name: "type",
    catalogName: "type",
    summary: "Named type.",
    cause: "A keyword in Rust, a contextual keyword in TypeScript.",
    when: ["always"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.type.type",
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
  fun: {
    provider: "acme",
    codeSet: "type",
    value: 2,
    name: "fun",
    catalogName: "fun",
    summary: "Named fun.",
    cause: "A keyword in Kotlin.",
    when: ["always"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.type.fun",
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
  when: {
    provider: "acme",
    codeSet: "type",
    value: 3,
    name: "when",
    catalogName: "when",
    summary: "Named when.",
    cause: "A keyword in Kotlin.",
    when: ["always"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.type.when",
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
  object: {
    provider: "acme",
    codeSet: "type",
    value: 4,
    name: "object",
    catalogName: "object",
    summary: "Named object.",
    cause: "A keyword in Kotlin.",
    when: ["always"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.type.object",
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
  val: {
    provider: "acme",
    codeSet: "type",
    value: 5,
    name: "val",
    catalogName: "val",
    summary: "Named val.",
    cause: "A keyword in Kotlin.",
    when: ["always"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.type.val",
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

let inCatalogNames;

/** The catalog name of the In code with this wire value. */
function inCatalogName(value) {
  inCatalogNames ??= new Map(Object.entries(In).map(([key, value]) => [value, key]));
  return inCatalogNames.get(value);
}

/**
 * The upstream name of the In code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function inName(value) {
  const key = inCatalogName(value);
  return key === undefined ? undefined : `${inPrefix}${key}`;
}

/** Whether `value` is a wire value of a known In code. */
export function isIn(value) {
  return typeof value === "string" && inCatalogName(value) !== undefined;
}

/** The wire value of the In code with this upstream name, or `undefined` if there is none. */
export function inFromName(name) {
  if (!name.startsWith(inPrefix)) return undefined;
  const key = name.slice(inPrefix.length);
  return Object.hasOwn(In, key) ? In[key] : undefined;
}

/** Everything the catalog says about the In code with this wire value, or `undefined`. */
export function inInfo(value) {
  const key = inCatalogName(value);
  return key === undefined ? undefined : inInfos[key];
}

/** Everything the catalog says about each In code, by catalog name. */
export const inInfos = {
  Self: {
    provider: "acme",
    codeSet: "in",
    value: "Self",
    name: "Self",
    catalogName: "Self",
    summary: "Named Self.",
    cause: "A keyword in Rust that cannot be a raw identifier.",
    when: ["always"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.in.Self",
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
  in: {
    provider: "acme",
    codeSet: "in",
    value: "in",
    name: "in",
    catalogName: "in",
    summary: "Named in.",
    cause: "A keyword in Rust, TypeScript and Kotlin.",
    when: ["always"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.in.in",
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
  is: {
    provider: "acme",
    codeSet: "in",
    value: "is",
    name: "is",
    catalogName: "is",
    summary: "Named is.",
    cause: "A keyword in Kotlin.",
    when: ["always"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.in.is",
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
  match: {
    provider: "acme",
    codeSet: "in",
    value: "match",
    name: "match",
    catalogName: "match",
    summary: "Named match.",
    cause: "A keyword in Rust.",
    when: ["always"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.in.match",
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
  null: {
    provider: "acme",
    codeSet: "in",
    value: "null",
    name: "null",
    catalogName: "null",
    summary: "Named null.",
    cause: "A literal in TypeScript and Kotlin.",
    when: ["always"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.in.null",
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

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Acme RTC error codes.
 *
 * @packageDocumentation
 */

import type { CodeInfo } from "./taxonomy.js";

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
} as const;

/** A wire value of Acme RTC `type`. */
export type Type = (typeof Type)[keyof typeof Type];

/** The name of a Type code, as the catalog keys it. */
export type TypeName = keyof typeof Type;

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
} as const;

/** A wire value of Acme RTC `in`. */
export type In = (typeof In)[keyof typeof In];

/** The name of a In code, as the catalog keys it. */
export type InName = keyof typeof In;

let typeNames: Map<number, TypeName> | undefined;

/**
 * The name of the Type code with this wire value, or `undefined` for a value the catalog does
 * not know (a newer provider release, or bad input). Never throws.
 */
export function typeName(value: number): TypeName | undefined {
  typeNames ??= new Map(Object.entries(Type).map(([name, value]) => [value, name as TypeName]));
  return typeNames.get(value);
}

/** Whether `value` is a wire value of a known Type code. */
export function isType(value: unknown): value is Type {
  return typeof value === "number" && typeName(value) !== undefined;
}

/** The wire value of the Type code with this name, or `undefined` if there is none. */
export function typeFromName(name: string): Type | undefined {
  return Object.hasOwn(Type, name) ? Type[name as TypeName] : undefined;
}

/** Everything the catalog says about the Type code with this wire value, or `undefined`. */
export function typeInfo(value: number): CodeInfo<Type, never> | undefined {
  const name = typeName(value);
  return name === undefined ? undefined : typeInfos[name];
}

/** Everything the catalog says about each Type code, by name. */
export const typeInfos: {
  readonly [N in TypeName]: CodeInfo<(typeof Type)[N], never>;
} = {
  type: {
    provider: "acme",
    codeSet: "type",
    value: 1,
    name: "type",
    upstreamName: "type",
    summary: "Named type.",
    cause: "A keyword in Rust, a contextual keyword in TypeScript.",
    when: ["always"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
  fun: {
    provider: "acme",
    codeSet: "type",
    value: 2,
    name: "fun",
    upstreamName: "fun",
    summary: "Named fun.",
    cause: "A keyword in Kotlin.",
    when: ["always"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
  when: {
    provider: "acme",
    codeSet: "type",
    value: 3,
    name: "when",
    upstreamName: "when",
    summary: "Named when.",
    cause: "A keyword in Kotlin.",
    when: ["always"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
  object: {
    provider: "acme",
    codeSet: "type",
    value: 4,
    name: "object",
    upstreamName: "object",
    summary: "Named object.",
    cause: "A keyword in Kotlin.",
    when: ["always"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
  val: {
    provider: "acme",
    codeSet: "type",
    value: 5,
    name: "val",
    upstreamName: "val",
    summary: "Named val.",
    cause: "A keyword in Kotlin.",
    when: ["always"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
  },
};

let inNames: Map<string, InName> | undefined;

/**
 * The name of the In code with this wire value, or `undefined` for a value the catalog does
 * not know (a newer provider release, or bad input). Never throws.
 */
export function inName(value: string): InName | undefined {
  inNames ??= new Map(Object.entries(In).map(([name, value]) => [value, name as InName]));
  return inNames.get(value);
}

/** Whether `value` is a wire value of a known In code. */
export function isIn(value: unknown): value is In {
  return typeof value === "string" && inName(value) !== undefined;
}

/** The wire value of the In code with this name, or `undefined` if there is none. */
export function inFromName(name: string): In | undefined {
  return Object.hasOwn(In, name) ? In[name as InName] : undefined;
}

/** Everything the catalog says about the In code with this wire value, or `undefined`. */
export function inInfo(value: string): CodeInfo<In, never> | undefined {
  const name = inName(value);
  return name === undefined ? undefined : inInfos[name];
}

/** Everything the catalog says about each In code, by name. */
export const inInfos: {
  readonly [N in InName]: CodeInfo<(typeof In)[N], never>;
} = {
  Self: {
    provider: "acme",
    codeSet: "in",
    value: "Self",
    name: "Self",
    upstreamName: "Self",
    summary: "Named Self.",
    cause: "A keyword in Rust that cannot be a raw identifier.",
    when: ["always"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
  },
  in: {
    provider: "acme",
    codeSet: "in",
    value: "in",
    name: "in",
    upstreamName: "in",
    summary: "Named in.",
    cause: "A keyword in Rust, TypeScript and Kotlin.",
    when: ["always"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
  },
  is: {
    provider: "acme",
    codeSet: "in",
    value: "is",
    name: "is",
    upstreamName: "is",
    summary: "Named is.",
    cause: "A keyword in Kotlin.",
    when: ["always"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
  },
  match: {
    provider: "acme",
    codeSet: "in",
    value: "match",
    name: "match",
    upstreamName: "match",
    summary: "Named match.",
    cause: "A keyword in Rust.",
    when: ["always"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
  },
  null: {
    provider: "acme",
    codeSet: "in",
    value: "null",
    name: "null",
    upstreamName: "null",
    summary: "Named null.",
    cause: "A literal in TypeScript and Kotlin.",
    when: ["always"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
  },
};

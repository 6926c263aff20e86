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
export declare const Type: {
  /** Named type. */
  readonly type: 1;
  /** Named fun. */
  readonly fun: 2;
  /** Named when. */
  readonly when: 3;
  /** Named object. */
  readonly object: 4;
  /** Named val. */
  readonly val: 5;
};

/** A wire value of Acme RTC `type`. */
export type Type = (typeof Type)[keyof typeof Type];

/** The name of a Type code as the catalog keys it (the upstream name without its prefix). */
export type TypeCatalogName = keyof typeof Type;

/** What upstream writes before every Type catalog name. */
declare const typePrefix = "";

/** The name of a Type code exactly as upstream spells it. */
export type TypeName = `${typeof typePrefix}${TypeCatalogName}`;

/**
 * More codes named like keywords.
 *
 * Upstream: In in acme/sdk 1.0.0.
 */
export declare const In: {
  /** Named Self. */
  readonly Self: "Self";
  /** Named in. */
  readonly in: "in";
  /** Named is. */
  readonly is: "is";
  /** Named match. */
  readonly match: "match";
  /** Named null. */
  readonly null: "null";
};

/** A wire value of Acme RTC `in`. */
export type In = (typeof In)[keyof typeof In];

/** The name of a In code as the catalog keys it (the upstream name without its prefix). */
export type InCatalogName = keyof typeof In;

/** What upstream writes before every In catalog name. */
declare const inPrefix = "";

/** The name of a In code exactly as upstream spells it. */
export type InName = `${typeof inPrefix}${InCatalogName}`;

/**
 * The upstream name of the Type code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function typeName(value: number): TypeName | undefined;

/** Whether `value` is a wire value of a known Type code. */
export declare function isType(value: unknown): value is Type;

/** The wire value of the Type code with this upstream name, or `undefined` if there is none. */
export declare function typeFromName(name: string): Type | undefined;

/** Everything the catalog says about the Type code with this wire value, or `undefined`. */
export declare function typeInfo(value: number): CodeInfo<Type, never> | undefined;

/** Everything the catalog says about each Type code, by catalog name. */
export declare const typeInfos: {
  readonly [K in TypeCatalogName]: CodeInfo<(typeof Type)[K], never>;
};

/**
 * The upstream name of the In code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function inName(value: string): InName | undefined;

/** Whether `value` is a wire value of a known In code. */
export declare function isIn(value: unknown): value is In;

/** The wire value of the In code with this upstream name, or `undefined` if there is none. */
export declare function inFromName(name: string): In | undefined;

/** Everything the catalog says about the In code with this wire value, or `undefined`. */
export declare function inInfo(value: string): CodeInfo<In, never> | undefined;

/** Everything the catalog says about each In code, by catalog name. */
export declare const inInfos: {
  readonly [K in InCatalogName]: CodeInfo<(typeof In)[K], never>;
};

export {};

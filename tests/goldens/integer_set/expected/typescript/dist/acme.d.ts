// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Acme RTC error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Why an Acme call failed.
 *
 * Upstream: AcmeError in acme/sdk 1.0.0.
 */
export declare const Error: {
  /** Nothing failed. */
  readonly OK: 0;
  /** Timed out. */
  readonly TIMEOUT: -1;
  /** The request was malformed. */
  readonly BAD_REQUEST: 2147483647;
};

/** A wire value of Acme RTC `error`. */
export type Error = (typeof Error)[keyof typeof Error];

/** The name of a Error code as the catalog keys it (the upstream name without its prefix). */
export type ErrorCatalogName = keyof typeof Error;

/** What upstream writes before every Error catalog name. */
declare const errorPrefix = "";

/** The name of a Error code exactly as upstream spells it. */
export type ErrorName = `${typeof errorPrefix}${ErrorCatalogName}`;

/**
 * The upstream name of the Error code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function errorName(value: number): ErrorName | undefined;

/** Whether `value` is a wire value of a known Error code. */
export declare function isError(value: unknown): value is Error;

/** The wire value of the Error code with this upstream name, or `undefined` if there is none. */
export declare function errorFromName(name: string): Error | undefined;

/** Everything the catalog says about the Error code with this wire value, or `undefined`. */
export declare function errorInfo(value: number): CodeInfo<Error, never> | undefined;

/** Everything the catalog says about each Error code, by catalog name. */
export declare const errorInfos: {
  readonly [K in ErrorCatalogName]: CodeInfo<(typeof Error)[K], never>;
};

export {};

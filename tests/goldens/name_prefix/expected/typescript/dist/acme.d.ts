// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Acme RTC error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Why joining failed.
 *
 * Upstream: acme_err_t in acme/sdk-c v0.3.0.
 */
export declare const FailureReason: {
  /** Timed out. */
  readonly TIMEOUT: 1;
  /** The token was refused. */
  readonly BAD_TOKEN: 2;
};

/** A wire value of Acme RTC `failure_reason`. */
export type FailureReason = (typeof FailureReason)[keyof typeof FailureReason];

/** The name of a FailureReason code as the catalog keys it (the upstream name without its prefix). */
export type FailureReasonCatalogName = keyof typeof FailureReason;

/** What upstream writes before every FailureReason catalog name. */
declare const failureReasonPrefix = "ACME_ERR_";

/** The name of a FailureReason code exactly as upstream spells it. */
export type FailureReasonName = `${typeof failureReasonPrefix}${FailureReasonCatalogName}`;

/**
 * The upstream name of the FailureReason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function failureReasonName(value: number): FailureReasonName | undefined;

/** Whether `value` is a wire value of a known FailureReason code. */
export declare function isFailureReason(value: unknown): value is FailureReason;

/** The wire value of the FailureReason code with this upstream name, or `undefined` if there is none. */
export declare function failureReasonFromName(name: string): FailureReason | undefined;

/** Everything the catalog says about the FailureReason code with this wire value, or `undefined`. */
export declare function failureReasonInfo(value: number): CodeInfo<FailureReason, never> | undefined;

/** Everything the catalog says about each FailureReason code, by catalog name. */
export declare const failureReasonInfos: {
  readonly [K in FailureReasonCatalogName]: CodeInfo<(typeof FailureReason)[K], never>;
};

export {};

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Beta error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * BetaFault codes.
 *
 * Upstream: BetaFault in example/sdk 1.0.0.
 */
export declare const Fault: {
  /** DEADLINE happened. */
  readonly DEADLINE: 7;
};

/** A wire value of Beta `fault`. */
export type Fault = (typeof Fault)[keyof typeof Fault];

/** The name of a Fault code as the catalog keys it (the upstream name without its prefix). */
export type FaultCatalogName = keyof typeof Fault;

/** What upstream writes before every Fault catalog name. */
declare const faultPrefix = "";

/** The name of a Fault code exactly as upstream spells it. */
export type FaultName = `${typeof faultPrefix}${FaultCatalogName}`;

/**
 * The upstream name of the Fault code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function faultName(value: number): FaultName | undefined;

/** Whether `value` is a wire value of a known Fault code. */
export declare function isFault(value: unknown): value is Fault;

/** The wire value of the Fault code with this upstream name, or `undefined` if there is none. */
export declare function faultFromName(name: string): Fault | undefined;

/** Everything the catalog says about the Fault code with this wire value, or `undefined`. */
export declare function faultInfo(value: number): CodeInfo<Fault, never> | undefined;

/** Everything the catalog says about each Fault code, by catalog name. */
export declare const faultInfos: {
  readonly [K in FaultCatalogName]: CodeInfo<(typeof Fault)[K], never>;
};

export {};

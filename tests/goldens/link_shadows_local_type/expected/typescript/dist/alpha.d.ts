// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Alpha error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";
import type * as beta from "./beta.js";

/**
 * AlphaFault codes.
 *
 * Upstream: AlphaFault in example/sdk 1.0.0.
 */
export declare const Fault: {
  /** TIMEOUT happened. */
  readonly TIMEOUT: 1;
};

/** A wire value of Alpha `fault`. */
export type Fault = (typeof Fault)[keyof typeof Fault];

/** The name of a Fault code as the catalog keys it (the upstream name without its prefix). */
export type FaultCatalogName = keyof typeof Fault;

/** What upstream writes before every Fault catalog name. */
declare const faultPrefix = "";

/** The name of a Fault code exactly as upstream spells it. */
export type FaultName = `${typeof faultPrefix}${FaultCatalogName}`;

/**
 * AlphaStatus codes.
 *
 * Upstream: AlphaStatus in example/sdk 1.0.0.
 */
export declare const Status: {
  /** LOST happened. */
  readonly LOST: 1;
  /** GONE happened. */
  readonly GONE: 2;
};

/** A wire value of Alpha `status`. */
export type Status = (typeof Status)[keyof typeof Status];

/** The name of a Status code as the catalog keys it (the upstream name without its prefix). */
export type StatusCatalogName = keyof typeof Status;

/** What upstream writes before every Status catalog name. */
declare const statusPrefix = "";

/** The name of a Status code exactly as upstream spells it. */
export type StatusName = `${typeof statusPrefix}${StatusCatalogName}`;

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

/**
 * The upstream name of the Status code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function statusName(value: number): StatusName | undefined;

/** Whether `value` is a wire value of a known Status code. */
export declare function isStatus(value: unknown): value is Status;

/** The wire value of the Status code with this upstream name, or `undefined` if there is none. */
export declare function statusFromName(name: string): Status | undefined;

/** Everything the catalog says about the Status code with this wire value, or `undefined`. */
export declare function statusInfo(value: number): CodeInfo<Status, beta.Fault> | undefined;

/** Everything the catalog says about each Status code, by catalog name. */
export declare const statusInfos: {
  readonly [K in StatusCatalogName]: CodeInfo<(typeof Status)[K], beta.Fault>;
};

export {};

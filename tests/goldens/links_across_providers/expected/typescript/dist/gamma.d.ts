// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Gamma Media error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Why the Gamma media server refused a track.
 *
 * Upstream: Reason in gamma/media 0.9.0.
 */
export declare const Reason: {
  /** The track was rejected. */
  readonly REJECTED: "rejected";
};

/** A wire value of Gamma Media `reason`. */
export type Reason = (typeof Reason)[keyof typeof Reason];

/** The name of a Reason code as the catalog keys it (the upstream name without its prefix). */
export type ReasonCatalogName = keyof typeof Reason;

/** What upstream writes before every Reason catalog name. */
declare const reasonPrefix = "";

/** The name of a Reason code exactly as upstream spells it. */
export type ReasonName = `${typeof reasonPrefix}${ReasonCatalogName}`;

/**
 * The upstream name of the Reason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function reasonName(value: string): ReasonName | undefined;

/** Whether `value` is a wire value of a known Reason code. */
export declare function isReason(value: unknown): value is Reason;

/** The wire value of the Reason code with this upstream name, or `undefined` if there is none. */
export declare function reasonFromName(name: string): Reason | undefined;

/** Everything the catalog says about the Reason code with this wire value, or `undefined`. */
export declare function reasonInfo(value: string): CodeInfo<Reason, never> | undefined;

/** Everything the catalog says about each Reason code, by catalog name. */
export declare const reasonInfos: {
  readonly [K in ReasonCatalogName]: CodeInfo<(typeof Reason)[K], never>;
};

export {};

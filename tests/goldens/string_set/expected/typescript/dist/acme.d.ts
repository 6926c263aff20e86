// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Acme RTC error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Why Acme closed the connection.
 *
 * Upstream: CloseReason in <https://acme.example/docs/errors> 2.1.0 (package npm:acme-rtc\@2.1.0).
 */
export declare const CloseReason: {
  /** The server shut down. */
  readonly ServerShutdown: "server-shutdown";
  /** A host removed the participant. */
  readonly Kicked: "kicked by host";
};

/** A wire value of Acme RTC `close_reason`. */
export type CloseReason = (typeof CloseReason)[keyof typeof CloseReason];

/** The name of a CloseReason code as the catalog keys it (the upstream name without its prefix). */
export type CloseReasonCatalogName = keyof typeof CloseReason;

/** What upstream writes before every CloseReason catalog name. */
declare const closeReasonPrefix = "";

/** The name of a CloseReason code exactly as upstream spells it. */
export type CloseReasonName = `${typeof closeReasonPrefix}${CloseReasonCatalogName}`;

/**
 * The upstream name of the CloseReason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function closeReasonName(value: string): CloseReasonName | undefined;

/** Whether `value` is a wire value of a known CloseReason code. */
export declare function isCloseReason(value: unknown): value is CloseReason;

/** The wire value of the CloseReason code with this upstream name, or `undefined` if there is none. */
export declare function closeReasonFromName(name: string): CloseReason | undefined;

/** Everything the catalog says about the CloseReason code with this wire value, or `undefined`. */
export declare function closeReasonInfo(value: string): CodeInfo<CloseReason, never> | undefined;

/** Everything the catalog says about each CloseReason code, by catalog name. */
export declare const closeReasonInfos: {
  readonly [K in CloseReasonCatalogName]: CodeInfo<(typeof CloseReason)[K], never>;
};

export {};

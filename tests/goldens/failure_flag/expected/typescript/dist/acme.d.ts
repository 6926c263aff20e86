// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Acme RTC error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * The status the session reports.
 *
 * Upstream: SessionStatus in acme/sdk 1.0.0.
 */
export declare const SessionStatus: {
  /** The user left. */
  readonly Left: 0;
  /** The network was lost. */
  readonly NetworkLost: 1;
};

/** A wire value of Acme RTC `session_status`. */
export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus];

/** The name of a SessionStatus code as the catalog keys it (the upstream name without its prefix). */
export type SessionStatusCatalogName = keyof typeof SessionStatus;

/** What upstream writes before every SessionStatus catalog name. */
declare const sessionStatusPrefix = "";

/** The name of a SessionStatus code exactly as upstream spells it. */
export type SessionStatusName = `${typeof sessionStatusPrefix}${SessionStatusCatalogName}`;

/**
 * The upstream name of the SessionStatus code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function sessionStatusName(value: number): SessionStatusName | undefined;

/** Whether `value` is a wire value of a known SessionStatus code. */
export declare function isSessionStatus(value: unknown): value is SessionStatus;

/** The wire value of the SessionStatus code with this upstream name, or `undefined` if there is none. */
export declare function sessionStatusFromName(name: string): SessionStatus | undefined;

/** Everything the catalog says about the SessionStatus code with this wire value, or `undefined`. */
export declare function sessionStatusInfo(value: number): CodeInfo<SessionStatus, never> | undefined;

/** Everything the catalog says about each SessionStatus code, by catalog name. */
export declare const sessionStatusInfos: {
  readonly [K in SessionStatusCatalogName]: CodeInfo<(typeof SessionStatus)[K], never>;
};

export {};

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Acme RTC error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Why the server disconnected the client.
 *
 * Upstream: DisconnectReason in acme/protocol 2.0.0.
 */
export declare const DisconnectReason: {
  /** The server shut down. */
  readonly SERVER_SHUTDOWN: 1;
  /** A host removed the participant. */
  readonly KICKED: 3;
};

/** A wire value of Acme RTC `disconnect_reason`. */
export type DisconnectReason = (typeof DisconnectReason)[keyof typeof DisconnectReason];

/** The name of a DisconnectReason code as the catalog keys it (the upstream name without its prefix). */
export type DisconnectReasonCatalogName = keyof typeof DisconnectReason;

/** What upstream writes before every DisconnectReason catalog name. */
declare const disconnectReasonPrefix = "";

/** The name of a DisconnectReason code exactly as upstream spells it. */
export type DisconnectReasonName = `${typeof disconnectReasonPrefix}${DisconnectReasonCatalogName}`;

/**
 * The upstream name of the DisconnectReason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function disconnectReasonName(value: number): DisconnectReasonName | undefined;

/** Whether `value` is a wire value of a known DisconnectReason code. */
export declare function isDisconnectReason(value: unknown): value is DisconnectReason;

/** The wire value of the DisconnectReason code with this upstream name, or `undefined` if there is none. */
export declare function disconnectReasonFromName(name: string): DisconnectReason | undefined;

/** Everything the catalog says about the DisconnectReason code with this wire value, or `undefined`. */
export declare function disconnectReasonInfo(value: number): CodeInfo<DisconnectReason, never> | undefined;

/** Everything the catalog says about each DisconnectReason code, by catalog name. */
export declare const disconnectReasonInfos: {
  readonly [K in DisconnectReasonCatalogName]: CodeInfo<(typeof DisconnectReason)[K], never>;
};

export {};

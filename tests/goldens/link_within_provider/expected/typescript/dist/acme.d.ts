// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Acme RTC error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Why the server disconnected the client (protocol level).
 *
 * Upstream: DisconnectReason in acme/protocol 1.0.0.
 */
export declare const DisconnectReason: {
  /** The server shut down. */
  readonly SERVER_SHUTDOWN: 1;
  /** Another client joined with the same identity. */
  readonly DUPLICATE_IDENTITY: 2;
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
 * What the client SDK reports.
 *
 * Upstream: ConnectionError in acme/client-sdk 2.0.0.
 */
export declare const ConnectionError: {
  /** The server went away. */
  readonly ServerGone: "server_gone";
  /** This session was replaced by another. */
  readonly Replaced: "replaced";
  /** A client-only failure with no protocol equivalent. */
  readonly Unlinked: "unlinked";
};

/** A wire value of Acme RTC `connection_error`. */
export type ConnectionError = (typeof ConnectionError)[keyof typeof ConnectionError];

/** The name of a ConnectionError code as the catalog keys it (the upstream name without its prefix). */
export type ConnectionErrorCatalogName = keyof typeof ConnectionError;

/** What upstream writes before every ConnectionError catalog name. */
declare const connectionErrorPrefix = "";

/** The name of a ConnectionError code exactly as upstream spells it. */
export type ConnectionErrorName = `${typeof connectionErrorPrefix}${ConnectionErrorCatalogName}`;

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

/**
 * The upstream name of the ConnectionError code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function connectionErrorName(value: string): ConnectionErrorName | undefined;

/** Whether `value` is a wire value of a known ConnectionError code. */
export declare function isConnectionError(value: unknown): value is ConnectionError;

/** The wire value of the ConnectionError code with this upstream name, or `undefined` if there is none. */
export declare function connectionErrorFromName(name: string): ConnectionError | undefined;

/** Everything the catalog says about the ConnectionError code with this wire value, or `undefined`. */
export declare function connectionErrorInfo(value: string): CodeInfo<ConnectionError, DisconnectReason> | undefined;

/** Everything the catalog says about each ConnectionError code, by catalog name. */
export declare const connectionErrorInfos: {
  readonly [K in ConnectionErrorCatalogName]: CodeInfo<(typeof ConnectionError)[K], DisconnectReason>;
};

export {};

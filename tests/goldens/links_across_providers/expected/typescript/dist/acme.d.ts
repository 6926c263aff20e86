// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Acme RTC error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";
import type * as beta from "./beta.js";
import type * as gamma from "./gamma.js";

/**
 * Room errors, reported by Acme over a Beta server.
 *
 * Upstream: RoomError in acme/sdk 1.0.0.
 */
export declare const RoomError: {
  /** The room is full. */
  readonly ROOM_FULL: 1;
};

/** A wire value of Acme RTC `room_error`. */
export type RoomError = (typeof RoomError)[keyof typeof RoomError];

/** The name of a RoomError code as the catalog keys it (the upstream name without its prefix). */
export type RoomErrorCatalogName = keyof typeof RoomError;

/** What upstream writes before every RoomError catalog name. */
declare const roomErrorPrefix = "";

/** The name of a RoomError code exactly as upstream spells it. */
export type RoomErrorName = `${typeof roomErrorPrefix}${RoomErrorCatalogName}`;

/**
 * Track errors, reported by Acme over a Gamma media server.
 *
 * Upstream: TrackError in acme/sdk 1.0.0.
 */
export declare const TrackError: {
  /** The track was rejected. */
  readonly TRACK_REJECTED: 1;
};

/** A wire value of Acme RTC `track_error`. */
export type TrackError = (typeof TrackError)[keyof typeof TrackError];

/** The name of a TrackError code as the catalog keys it (the upstream name without its prefix). */
export type TrackErrorCatalogName = keyof typeof TrackError;

/** What upstream writes before every TrackError catalog name. */
declare const trackErrorPrefix = "";

/** The name of a TrackError code exactly as upstream spells it. */
export type TrackErrorName = `${typeof trackErrorPrefix}${TrackErrorCatalogName}`;

/**
 * The upstream name of the RoomError code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function roomErrorName(value: number): RoomErrorName | undefined;

/** Whether `value` is a wire value of a known RoomError code. */
export declare function isRoomError(value: unknown): value is RoomError;

/** The wire value of the RoomError code with this upstream name, or `undefined` if there is none. */
export declare function roomErrorFromName(name: string): RoomError | undefined;

/** Everything the catalog says about the RoomError code with this wire value, or `undefined`. */
export declare function roomErrorInfo(value: number): CodeInfo<RoomError, beta.Reason> | undefined;

/** Everything the catalog says about each RoomError code, by catalog name. */
export declare const roomErrorInfos: {
  readonly [K in RoomErrorCatalogName]: CodeInfo<(typeof RoomError)[K], beta.Reason>;
};

/**
 * The upstream name of the TrackError code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function trackErrorName(value: number): TrackErrorName | undefined;

/** Whether `value` is a wire value of a known TrackError code. */
export declare function isTrackError(value: unknown): value is TrackError;

/** The wire value of the TrackError code with this upstream name, or `undefined` if there is none. */
export declare function trackErrorFromName(name: string): TrackError | undefined;

/** Everything the catalog says about the TrackError code with this wire value, or `undefined`. */
export declare function trackErrorInfo(value: number): CodeInfo<TrackError, gamma.Reason> | undefined;

/** Everything the catalog says about each TrackError code, by catalog name. */
export declare const trackErrorInfos: {
  readonly [K in TrackErrorCatalogName]: CodeInfo<(typeof TrackError)[K], gamma.Reason>;
};

export {};

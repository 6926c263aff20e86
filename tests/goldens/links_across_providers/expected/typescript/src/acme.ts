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
export const RoomError = {
  /** The room is full. */
  ROOM_FULL: 1,
} as const;

/** A wire value of Acme RTC `room_error`. */
export type RoomError = (typeof RoomError)[keyof typeof RoomError];

/** The name of a RoomError code, as the catalog keys it. */
export type RoomErrorName = keyof typeof RoomError;

/**
 * Track errors, reported by Acme over a Gamma media server.
 *
 * Upstream: TrackError in acme/sdk 1.0.0.
 */
export const TrackError = {
  /** The track was rejected. */
  TRACK_REJECTED: 1,
} as const;

/** A wire value of Acme RTC `track_error`. */
export type TrackError = (typeof TrackError)[keyof typeof TrackError];

/** The name of a TrackError code, as the catalog keys it. */
export type TrackErrorName = keyof typeof TrackError;

let roomErrorNames: Map<number, RoomErrorName> | undefined;

/**
 * The name of the RoomError code with this wire value, or `undefined` for a value the catalog does
 * not know (a newer provider release, or bad input). Never throws.
 */
export function roomErrorName(value: number): RoomErrorName | undefined {
  roomErrorNames ??= new Map(Object.entries(RoomError).map(([name, value]) => [value, name as RoomErrorName]));
  return roomErrorNames.get(value);
}

/** Whether `value` is a wire value of a known RoomError code. */
export function isRoomError(value: unknown): value is RoomError {
  return typeof value === "number" && roomErrorName(value) !== undefined;
}

/** The wire value of the RoomError code with this name, or `undefined` if there is none. */
export function roomErrorFromName(name: string): RoomError | undefined {
  return Object.hasOwn(RoomError, name) ? RoomError[name as RoomErrorName] : undefined;
}

/** Everything the catalog says about the RoomError code with this wire value, or `undefined`. */
export function roomErrorInfo(value: number): CodeInfo<RoomError, beta.Reason> | undefined {
  const name = roomErrorName(value);
  return name === undefined ? undefined : roomErrorInfos[name];
}

/** Everything the catalog says about each RoomError code, by name. */
export const roomErrorInfos: {
  readonly [N in RoomErrorName]: CodeInfo<(typeof RoomError)[N], beta.Reason>;
} = {
  ROOM_FULL: {
    provider: "acme",
    codeSet: "room_error",
    value: 1,
    name: "ROOM_FULL",
    upstreamName: "ROOM_FULL",
    summary: "The room is full.",
    cause: "The Beta server refused another participant.",
    when: ["a crowded room"],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
    protocolEquivalent: 7,
  },
};

let trackErrorNames: Map<number, TrackErrorName> | undefined;

/**
 * The name of the TrackError code with this wire value, or `undefined` for a value the catalog does
 * not know (a newer provider release, or bad input). Never throws.
 */
export function trackErrorName(value: number): TrackErrorName | undefined {
  trackErrorNames ??= new Map(Object.entries(TrackError).map(([name, value]) => [value, name as TrackErrorName]));
  return trackErrorNames.get(value);
}

/** Whether `value` is a wire value of a known TrackError code. */
export function isTrackError(value: unknown): value is TrackError {
  return typeof value === "number" && trackErrorName(value) !== undefined;
}

/** The wire value of the TrackError code with this name, or `undefined` if there is none. */
export function trackErrorFromName(name: string): TrackError | undefined {
  return Object.hasOwn(TrackError, name) ? TrackError[name as TrackErrorName] : undefined;
}

/** Everything the catalog says about the TrackError code with this wire value, or `undefined`. */
export function trackErrorInfo(value: number): CodeInfo<TrackError, gamma.Reason> | undefined {
  const name = trackErrorName(value);
  return name === undefined ? undefined : trackErrorInfos[name];
}

/** Everything the catalog says about each TrackError code, by name. */
export const trackErrorInfos: {
  readonly [N in TrackErrorName]: CodeInfo<(typeof TrackError)[N], gamma.Reason>;
} = {
  TRACK_REJECTED: {
    provider: "acme",
    codeSet: "track_error",
    value: 1,
    name: "TRACK_REJECTED",
    upstreamName: "TRACK_REJECTED",
    summary: "The track was rejected.",
    cause: "The Gamma media server refused the track.",
    when: ["an unsupported codec"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    protocolEquivalent: "rejected",
  },
};

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

/** The name of a RoomError code as the catalog keys it (the upstream name without its prefix). */
export type RoomErrorCatalogName = keyof typeof RoomError;

/** What upstream writes before every RoomError catalog name. */
const roomErrorPrefix = "";

/** The name of a RoomError code exactly as upstream spells it. */
export type RoomErrorName = `${typeof roomErrorPrefix}${RoomErrorCatalogName}`;

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

/** The name of a TrackError code as the catalog keys it (the upstream name without its prefix). */
export type TrackErrorCatalogName = keyof typeof TrackError;

/** What upstream writes before every TrackError catalog name. */
const trackErrorPrefix = "";

/** The name of a TrackError code exactly as upstream spells it. */
export type TrackErrorName = `${typeof trackErrorPrefix}${TrackErrorCatalogName}`;

let roomErrorCatalogNames: Map<number, RoomErrorCatalogName> | undefined;

/** The catalog name of the RoomError code with this wire value. */
function roomErrorCatalogName(value: number): RoomErrorCatalogName | undefined {
  roomErrorCatalogNames ??= new Map(Object.entries(RoomError).map(([key, value]) => [value, key as RoomErrorCatalogName]));
  return roomErrorCatalogNames.get(value);
}

/**
 * The upstream name of the RoomError code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function roomErrorName(value: number): RoomErrorName | undefined {
  const key = roomErrorCatalogName(value);
  return key === undefined ? undefined : (`${roomErrorPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known RoomError code. */
export function isRoomError(value: unknown): value is RoomError {
  return typeof value === "number" && roomErrorCatalogName(value) !== undefined;
}

/** The wire value of the RoomError code with this upstream name, or `undefined` if there is none. */
export function roomErrorFromName(name: string): RoomError | undefined {
  if (!name.startsWith(roomErrorPrefix)) return undefined;
  const key = name.slice(roomErrorPrefix.length);
  return Object.hasOwn(RoomError, key) ? RoomError[key as RoomErrorCatalogName] : undefined;
}

/** Everything the catalog says about the RoomError code with this wire value, or `undefined`. */
export function roomErrorInfo(value: number): CodeInfo<RoomError, beta.Reason> | undefined {
  const key = roomErrorCatalogName(value);
  return key === undefined ? undefined : roomErrorInfos[key];
}

/** Everything the catalog says about each RoomError code, by catalog name. */
export const roomErrorInfos: {
  readonly [K in RoomErrorCatalogName]: CodeInfo<(typeof RoomError)[K], beta.Reason>;
} = {
  ROOM_FULL: {
    provider: "acme",
    codeSet: "room_error",
    value: 1,
    name: "ROOM_FULL",
    catalogName: "ROOM_FULL",
    summary: "The room is full.",
    cause: "The Beta server refused another participant.",
    when: ["a crowded room"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.room_error.ROOM_FULL",
    remediation: ["Check the app configuration."],
    causes: [],
    references: [],
    category: "network",
    retryPolicy: "backoff",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "terminal",
    terminal: true,
    terminalBasis: "provider",
    protocolEquivalent: 7,
  },
};

let trackErrorCatalogNames: Map<number, TrackErrorCatalogName> | undefined;

/** The catalog name of the TrackError code with this wire value. */
function trackErrorCatalogName(value: number): TrackErrorCatalogName | undefined {
  trackErrorCatalogNames ??= new Map(Object.entries(TrackError).map(([key, value]) => [value, key as TrackErrorCatalogName]));
  return trackErrorCatalogNames.get(value);
}

/**
 * The upstream name of the TrackError code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function trackErrorName(value: number): TrackErrorName | undefined {
  const key = trackErrorCatalogName(value);
  return key === undefined ? undefined : (`${trackErrorPrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known TrackError code. */
export function isTrackError(value: unknown): value is TrackError {
  return typeof value === "number" && trackErrorCatalogName(value) !== undefined;
}

/** The wire value of the TrackError code with this upstream name, or `undefined` if there is none. */
export function trackErrorFromName(name: string): TrackError | undefined {
  if (!name.startsWith(trackErrorPrefix)) return undefined;
  const key = name.slice(trackErrorPrefix.length);
  return Object.hasOwn(TrackError, key) ? TrackError[key as TrackErrorCatalogName] : undefined;
}

/** Everything the catalog says about the TrackError code with this wire value, or `undefined`. */
export function trackErrorInfo(value: number): CodeInfo<TrackError, gamma.Reason> | undefined {
  const key = trackErrorCatalogName(value);
  return key === undefined ? undefined : trackErrorInfos[key];
}

/** Everything the catalog says about each TrackError code, by catalog name. */
export const trackErrorInfos: {
  readonly [K in TrackErrorCatalogName]: CodeInfo<(typeof TrackError)[K], gamma.Reason>;
} = {
  TRACK_REJECTED: {
    provider: "acme",
    codeSet: "track_error",
    value: 1,
    name: "TRACK_REJECTED",
    catalogName: "TRACK_REJECTED",
    summary: "The track was rejected.",
    cause: "The Gamma media server refused the track.",
    when: ["an unsupported codec"],
    userMessage: "Something went wrong. Please try again.",
    userMessageKey: "acme.track_error.TRACK_REJECTED",
    remediation: ["Check the app configuration."],
    causes: [],
    references: [],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "provider",
    retrySchedule: null,
    runtimeSignal: null,
    terminality: "not_terminal",
    terminal: false,
    terminalBasis: "provider",
    protocolEquivalent: "rejected",
  },
};

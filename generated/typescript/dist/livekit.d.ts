// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * LiveKit error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Reason why the ESP32 SDK's room connection failed or is being retried.
 *
 * Upstream: livekit_failure_reason_t in livekit/client-sdk-esp32 v0.3.10.
 */
export declare const FailureReason: {
  /** No failure has occurred. */
  readonly NONE: 0;
  /** The LiveKit server could not be reached. */
  readonly UNREACHABLE: 1;
  /** The access token is malformed. */
  readonly BAD_TOKEN: 2;
  /** The token is not valid for joining the room. */
  readonly UNAUTHORIZED: 3;
  /** A WebRTC peer connection could not be established or failed. */
  readonly RTC: 4;
  /** The SDK gave up after the maximum number of reconnect attempts. */
  readonly MAX_RETRIES: 5;
  /** The server stopped answering pings in time. */
  readonly PING_TIMEOUT: 6;
  /** Another participant joined with the same identity. */
  readonly DUPLICATE_IDENTITY: 7;
  /** The LiveKit server instance is shutting down. */
  readonly SERVER_SHUTDOWN: 8;
  /** The participant was removed through the room service API. */
  readonly PARTICIPANT_REMOVED: 9;
  /** The room was deleted through the room service API. */
  readonly ROOM_DELETED: 10;
  /** The server does not know the session the client tried to resume. */
  readonly STATE_MISMATCH: 11;
  /** The client could not finish joining the room. */
  readonly JOIN_INCOMPLETE: 12;
  /** The server asked the client to move its connection elsewhere. */
  readonly MIGRATION: 13;
  /** The signalling connection was closed unexpectedly. */
  readonly SIGNAL_CLOSE: 14;
  /** The room closed because all standard and ingress participants left. */
  readonly ROOM_CLOSED: 15;
  /** The SIP callee did not answer in time. */
  readonly SIP_USER_UNAVAILABLE: 16;
  /** The SIP callee rejected the call. */
  readonly SIP_USER_REJECTED: 17;
  /** The SIP trunk failed or answered unexpectedly. */
  readonly SIP_TRUNK_FAILURE: 18;
  /** The server timed out the participant's session. */
  readonly CONNECTION_TIMEOUT: 19;
  /** A media stream failed or timed out. */
  readonly MEDIA_FAILURE: 20;
  /** A failure not covered by the other reasons. */
  readonly OTHER: 21;
};

/** A wire value of LiveKit `failure_reason`. */
export type FailureReason = (typeof FailureReason)[keyof typeof FailureReason];

/** The name of a FailureReason code as the catalog keys it (the upstream name without its prefix). */
export type FailureReasonCatalogName = keyof typeof FailureReason;

/** What upstream writes before every FailureReason catalog name. */
declare const failureReasonPrefix = "LIVEKIT_FAILURE_REASON_";

/** The name of a FailureReason code exactly as upstream spells it. */
export type FailureReasonName = `${typeof failureReasonPrefix}${FailureReasonCatalogName}`;

/**
 * Reason why a participant was disconnected from a LiveKit room (LiveKit protocol).
 *
 * Upstream: DisconnectReason in livekit/protocol 2.23.0 (package npm:livekit-client\@2.23.0).
 */
export declare const DisconnectReason: {
  /** No specific reason was given. */
  readonly UNKNOWN_REASON: 0;
  /** The client itself ended the connection. */
  readonly CLIENT_INITIATED: 1;
  /** Another participant with the same identity joined the room. */
  readonly DUPLICATE_IDENTITY: 2;
  /** The server instance is shutting down. */
  readonly SERVER_SHUTDOWN: 3;
  /** The participant was removed through the room service API. */
  readonly PARTICIPANT_REMOVED: 4;
  /** The room was deleted through the room service API. */
  readonly ROOM_DELETED: 5;
  /** The server does not know the session the client tried to resume. */
  readonly STATE_MISMATCH: 6;
  /** The client could not connect fully. */
  readonly JOIN_FAILURE: 7;
  /** The server asked the participant to move its connection elsewhere. */
  readonly MIGRATION: 8;
  /** The signalling websocket closed unexpectedly. */
  readonly SIGNAL_CLOSE: 9;
  /** The room closed because all standard and ingress participants left. */
  readonly ROOM_CLOSED: 10;
  /** The SIP callee did not answer in time. */
  readonly USER_UNAVAILABLE: 11;
  /** The SIP callee rejected the call. */
  readonly USER_REJECTED: 12;
  /** The SIP trunk failed or answered unexpectedly. */
  readonly SIP_TRUNK_FAILURE: 13;
  /** The server timed out the participant's session. */
  readonly CONNECTION_TIMEOUT: 14;
  /** A media stream failed or timed out. */
  readonly MEDIA_FAILURE: 15;
  /** An agent encountered an error. */
  readonly AGENT_ERROR: 16;
};

/** A wire value of LiveKit `disconnect_reason`. */
export type DisconnectReason = (typeof DisconnectReason)[keyof typeof DisconnectReason];

/** The name of a DisconnectReason code as the catalog keys it (the upstream name without its prefix). */
export type DisconnectReasonCatalogName = keyof typeof DisconnectReason;

/** What upstream writes before every DisconnectReason catalog name. */
declare const disconnectReasonPrefix = "";

/** The name of a DisconnectReason code exactly as upstream spells it. */
export type DisconnectReasonName = `${typeof disconnectReasonPrefix}${DisconnectReasonCatalogName}`;

/**
 * The upstream name of the FailureReason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function failureReasonName(value: number): FailureReasonName | undefined;

/** Whether `value` is a wire value of a known FailureReason code. */
export declare function isFailureReason(value: unknown): value is FailureReason;

/** The wire value of the FailureReason code with this upstream name, or `undefined` if there is none. */
export declare function failureReasonFromName(name: string): FailureReason | undefined;

/** Everything the catalog says about the FailureReason code with this wire value, or `undefined`. */
export declare function failureReasonInfo(value: number): CodeInfo<FailureReason, DisconnectReason> | undefined;

/** Everything the catalog says about each FailureReason code, by catalog name. */
export declare const failureReasonInfos: {
  readonly [K in FailureReasonCatalogName]: CodeInfo<(typeof FailureReason)[K], DisconnectReason>;
};

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

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Amazon Chime SDK error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Underlying reason for a meeting session status, mainly as reported to AudioVideoObserver.audioVideoDidStop.
 *
 * Upstream: MeetingSessionStatusCode in aws/amazon-chime-sdk-js 3.32.0 (package npm:amazon-chime-sdk-js\@3.32.0).
 */
export declare const MeetingSessionStatusCode: {
  /** No error. */
  readonly OK: 0;
  /** The attendee left the meeting normally. */
  readonly Left: 1;
  /** The same attendee joined from another device or tab. */
  readonly AudioJoinedFromAnotherDevice: 2;
  /** Authentication of the attendee was rejected. */
  readonly AudioAuthenticationRejected: 3;
  /** The meeting is at capacity. */
  readonly AudioCallAtCapacity: 4;
  /** The meeting has already ended. */
  readonly MeetingEnded: 5;
  /** Internal server error related to audio. */
  readonly AudioInternalServerError: 6;
  /** The audio service is unavailable. */
  readonly AudioServiceUnavailable: 7;
  /** The audio connection failed. */
  readonly AudioDisconnected: 8;
  /** Local video must switch to view-only mode. */
  readonly VideoCallSwitchToViewOnly: 9;
  /** The video source capacity was exceeded. */
  readonly VideoCallAtSourceCapacity: 10;
  /** The signaling connection was refused as a bad request. */
  readonly SignalingBadRequest: 11;
  /** The signaling connection failed or was lost. */
  readonly SignalingInternalServerError: 12;
  /** Received an unknown signaling error without a status. */
  readonly SignalingRequestFailed: 13;
  /** The signaling websocket closed unexpectedly mid-meeting. */
  readonly SignalingChannelClosedUnexpectedly: 14;
  /** Timed out gathering ICE candidates. */
  readonly ICEGatheringTimeoutWorkaround: 15;
  /** A reconnect was triggered by poor connection health. */
  readonly ConnectionHealthReconnect: 16;
  /** The RealtimeController failed. */
  readonly RealtimeApiFailed: 17;
  /** A connection step failed without a more specific reason. */
  readonly TaskFailed: 18;
  /** Media negotiation failed due to incompatible SDP. */
  readonly IncompatibleSDP: 19;
  /** TURN credentials were refused because the meeting ended or the attendee was removed. */
  readonly TURNCredentialsForbidden: 20;
  /** The attendee did not show up on the roster. */
  readonly NoAttendeePresent: 21;
  /** The attendee was removed from the meeting. */
  readonly AudioAttendeeRemoved: 22;
  /** The attendee's primary-meeting credentials were revoked. */
  readonly AudioVideoWasRemovedFromPrimaryMeeting: 23;
  /** The attendee was demoted after a disconnection. */
  readonly AudioVideoDisconnectedWhilePromoted: 24;
  /** Reserved code for an audio disconnect. */
  readonly AudioDisconnectAudio: 25;
  /** The encoded transform worker manager failed. */
  readonly EncodedTransformManagerFailed: 26;
};

/** A wire value of Amazon Chime SDK `meeting_session_status_code`. */
export type MeetingSessionStatusCode = (typeof MeetingSessionStatusCode)[keyof typeof MeetingSessionStatusCode];

/** The name of a MeetingSessionStatusCode code as the catalog keys it (the upstream name without its prefix). */
export type MeetingSessionStatusCodeCatalogName = keyof typeof MeetingSessionStatusCode;

/** What upstream writes before every MeetingSessionStatusCode catalog name. */
declare const meetingSessionStatusCodePrefix = "";

/** The name of a MeetingSessionStatusCode code exactly as upstream spells it. */
export type MeetingSessionStatusCodeName = `${typeof meetingSessionStatusCodePrefix}${MeetingSessionStatusCodeCatalogName}`;

/**
 * The upstream name of the MeetingSessionStatusCode code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function meetingSessionStatusCodeName(value: number): MeetingSessionStatusCodeName | undefined;

/** Whether `value` is a wire value of a known MeetingSessionStatusCode code. */
export declare function isMeetingSessionStatusCode(value: unknown): value is MeetingSessionStatusCode;

/** The wire value of the MeetingSessionStatusCode code with this upstream name, or `undefined` if there is none. */
export declare function meetingSessionStatusCodeFromName(name: string): MeetingSessionStatusCode | undefined;

/** Everything the catalog says about the MeetingSessionStatusCode code with this wire value, or `undefined`. */
export declare function meetingSessionStatusCodeInfo(value: number): CodeInfo<MeetingSessionStatusCode, never> | undefined;

/** Everything the catalog says about each MeetingSessionStatusCode code, by catalog name. */
export declare const meetingSessionStatusCodeInfos: {
  readonly [K in MeetingSessionStatusCodeCatalogName]: CodeInfo<(typeof MeetingSessionStatusCode)[K], never>;
};

export {};

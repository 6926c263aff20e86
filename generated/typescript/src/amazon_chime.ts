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
export const MeetingSessionStatusCode = {
  /** No error. */
  OK: 0,
  /** The attendee left the meeting normally. */
  Left: 1,
  /** The same attendee joined from another device or tab. */
  AudioJoinedFromAnotherDevice: 2,
  /** Authentication of the attendee was rejected. */
  AudioAuthenticationRejected: 3,
  /** The meeting is at capacity. */
  AudioCallAtCapacity: 4,
  /** The meeting has already ended. */
  MeetingEnded: 5,
  /** Internal server error related to audio. */
  AudioInternalServerError: 6,
  /** The audio service is unavailable. */
  AudioServiceUnavailable: 7,
  /** The audio connection failed. */
  AudioDisconnected: 8,
  /** Local video must switch to view-only mode. */
  VideoCallSwitchToViewOnly: 9,
  /** The video source capacity was exceeded. */
  VideoCallAtSourceCapacity: 10,
  /** The signaling connection was refused as a bad request. */
  SignalingBadRequest: 11,
  /** The signaling connection failed or was lost. */
  SignalingInternalServerError: 12,
  /** Received an unknown signaling error without a status. */
  SignalingRequestFailed: 13,
  /** The signaling websocket closed unexpectedly mid-meeting. */
  SignalingChannelClosedUnexpectedly: 14,
  /** Timed out gathering ICE candidates. */
  ICEGatheringTimeoutWorkaround: 15,
  /** A reconnect was triggered by poor connection health. */
  ConnectionHealthReconnect: 16,
  /** The RealtimeController failed. */
  RealtimeApiFailed: 17,
  /** A connection step failed without a more specific reason. */
  TaskFailed: 18,
  /** Media negotiation failed due to incompatible SDP. */
  IncompatibleSDP: 19,
  /** TURN credentials were refused because the meeting ended or the attendee was removed. */
  TURNCredentialsForbidden: 20,
  /** The attendee did not show up on the roster. */
  NoAttendeePresent: 21,
  /** The attendee was removed from the meeting. */
  AudioAttendeeRemoved: 22,
  /** The attendee's primary-meeting credentials were revoked. */
  AudioVideoWasRemovedFromPrimaryMeeting: 23,
  /** The attendee was demoted after a disconnection. */
  AudioVideoDisconnectedWhilePromoted: 24,
  /** Reserved code for an audio disconnect. */
  AudioDisconnectAudio: 25,
  /** The encoded transform worker manager failed. */
  EncodedTransformManagerFailed: 26,
} as const;

/** A wire value of Amazon Chime SDK `meeting_session_status_code`. */
export type MeetingSessionStatusCode = (typeof MeetingSessionStatusCode)[keyof typeof MeetingSessionStatusCode];

/** The name of a MeetingSessionStatusCode code as the catalog keys it (the upstream name without its prefix). */
export type MeetingSessionStatusCodeCatalogName = keyof typeof MeetingSessionStatusCode;

/** What upstream writes before every MeetingSessionStatusCode catalog name. */
const meetingSessionStatusCodePrefix = "";

/** The name of a MeetingSessionStatusCode code exactly as upstream spells it. */
export type MeetingSessionStatusCodeName = `${typeof meetingSessionStatusCodePrefix}${MeetingSessionStatusCodeCatalogName}`;

let meetingSessionStatusCodeCatalogNames: Map<number, MeetingSessionStatusCodeCatalogName> | undefined;

/** The catalog name of the MeetingSessionStatusCode code with this wire value. */
function meetingSessionStatusCodeCatalogName(value: number): MeetingSessionStatusCodeCatalogName | undefined {
  meetingSessionStatusCodeCatalogNames ??= new Map(Object.entries(MeetingSessionStatusCode).map(([key, value]) => [value, key as MeetingSessionStatusCodeCatalogName]));
  return meetingSessionStatusCodeCatalogNames.get(value);
}

/**
 * The upstream name of the MeetingSessionStatusCode code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function meetingSessionStatusCodeName(value: number): MeetingSessionStatusCodeName | undefined {
  const key = meetingSessionStatusCodeCatalogName(value);
  return key === undefined ? undefined : (`${meetingSessionStatusCodePrefix}${key}` as const);
}

/** Whether `value` is a wire value of a known MeetingSessionStatusCode code. */
export function isMeetingSessionStatusCode(value: unknown): value is MeetingSessionStatusCode {
  return typeof value === "number" && meetingSessionStatusCodeCatalogName(value) !== undefined;
}

/** The wire value of the MeetingSessionStatusCode code with this upstream name, or `undefined` if there is none. */
export function meetingSessionStatusCodeFromName(name: string): MeetingSessionStatusCode | undefined {
  if (!name.startsWith(meetingSessionStatusCodePrefix)) return undefined;
  const key = name.slice(meetingSessionStatusCodePrefix.length);
  return Object.hasOwn(MeetingSessionStatusCode, key) ? MeetingSessionStatusCode[key as MeetingSessionStatusCodeCatalogName] : undefined;
}

/** Everything the catalog says about the MeetingSessionStatusCode code with this wire value, or `undefined`. */
export function meetingSessionStatusCodeInfo(value: number): CodeInfo<MeetingSessionStatusCode, never> | undefined {
  const key = meetingSessionStatusCodeCatalogName(value);
  return key === undefined ? undefined : meetingSessionStatusCodeInfos[key];
}

/** Everything the catalog says about each MeetingSessionStatusCode code, by catalog name. */
export const meetingSessionStatusCodeInfos: {
  readonly [K in MeetingSessionStatusCodeCatalogName]: CodeInfo<(typeof MeetingSessionStatusCode)[K], never>;
} = {
  OK: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 0,
    name: "OK",
    catalogName: "OK",
    summary: "No error.",
    cause: 'Used internally to mean nothing has failed; the doc comment says it "will never be returned by `audioVideoDidStop`".',
    when: ["internal status checks, e.g. a signal frame with a 2xx status", "audioVideoWasDemotedFromPrimaryMeeting after demoteFromPrimaryMeeting was called"],
    category: "not_an_error",
    retryPolicy: "not_an_error",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    failure: false,
  },
  Left: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 1,
    name: "Left",
    catalogName: "Left",
    summary: "The attendee left the meeting normally.",
    cause: "The local app stopped the session via AudioVideoControllerFacade.stop.",
    when: ["the app calls stop() on the audio-video facade"],
    category: "ended_normally",
    retryPolicy: "not_an_error",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "A deliberate local leave is not a failure (isFailure() is false), so there is nothing to retry.",
    failure: false,
  },
  AudioJoinedFromAnotherDevice: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 2,
    name: "AudioJoinedFromAnotherDevice",
    catalogName: "AudioJoinedFromAnotherDevice",
    summary: "The same attendee joined from another device or tab.",
    cause: "Another client joined with the same attendee credentials, replacing this session; the Audio prefix is irrelevant.",
    when: ["the user opens the meeting in another browser tab, window or on mobile", "the app accidentally creates two meeting sessions"],
    category: "ended_by_service",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Rejoining would evict the other session, so only rejoin if the user explicitly chooses to.",
    failure: false,
  },
  AudioAuthenticationRejected: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 3,
    name: "AudioAuthenticationRejected",
    catalogName: "AudioAuthenticationRejected",
    summary: "Authentication of the attendee was rejected.",
    cause: "The attendee in MeetingSessionCredentials does not match an attendee created via chime::CreateAttendee; this may point at a problem in the app's credential service.",
    when: ["join with wrong, stale or mismatched attendee credentials (403)", "the primary-meeting attendee used for promotion was deleted"],
    category: "credentials",
    retryPolicy: "refresh_credentials",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The credentials were rejected, so only a fresh attendee from the app's backend can succeed.",
    failure: true,
  },
  AudioCallAtCapacity: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 4,
    name: "AudioCallAtCapacity",
    catalogName: "AudioCallAtCapacity",
    summary: "The meeting is at capacity.",
    cause: "The service refused the join because the meeting reached its attendee limit (the doc comment cites 250 attendees).",
    when: ["joining a full meeting (409)"],
    category: "capacity",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The doc suggests notifying the user; a later attempt can succeed only once someone leaves.",
    failure: true,
  },
  MeetingEnded: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 5,
    name: "MeetingEnded",
    catalogName: "MeetingEnded",
    summary: "The meeting has already ended.",
    cause: "The attendee tried to join, or was in, a meeting that has ended.",
    when: ["joining an ended meeting", "the meeting is deleted or ends while in the call (audio status 410)"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "An ended meeting cannot be rejoined; the app must create a new meeting.",
    failure: false,
  },
  AudioInternalServerError: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 6,
    name: "AudioInternalServerError",
    catalogName: "AudioInternalServerError",
    summary: "Internal server error related to audio.",
    cause: "An audio-related server error (audio status 500), which may come from the audio device or the Amazon Chime SDK service.",
    when: ["transient service-side audio failures"],
    category: "service_fault",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    failure: true,
  },
  AudioServiceUnavailable: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 7,
    name: "AudioServiceUnavailable",
    catalogName: "AudioServiceUnavailable",
    summary: "The audio service is unavailable.",
    cause: "The audio service reported unavailability (audio status 503); documented like AudioInternalServerError.",
    when: ["audio service temporarily unavailable"],
    category: "service_fault",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    failure: true,
  },
  AudioDisconnected: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 8,
    name: "AudioDisconnected",
    catalogName: "AudioDisconnected",
    summary: "The audio connection failed.",
    cause: "The service sent an audio status that is neither success nor one of the specifically mapped errors; documented as an internal audio server error.",
    when: ["unexpected non-2xx audio status from the service"],
    category: "service_fault",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The SDK gives up on this code, yet it reports a service fault, so a new session after a delay may succeed.",
    failure: true,
  },
  VideoCallSwitchToViewOnly: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 9,
    name: "VideoCallSwitchToViewOnly",
    catalogName: "VideoCallSwitchToViewOnly",
    summary: "Local video must switch to view-only mode.",
    cause: "The client asked to send and receive video but the service only allows receiving (signaling status 206), e.g. the video sender limit is reached.",
    when: ["starting local video when the meeting's video capacity is reached"],
    category: "capacity",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "provider",
    rationale: "Internal only; the SDK removes the local tile and calls videoSendDidBecomeUnavailable, and local video can be restarted when the user asks once capacity frees up.",
    failure: false,
  },
  VideoCallAtSourceCapacity: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 10,
    name: "VideoCallAtSourceCapacity",
    catalogName: "VideoCallAtSourceCapacity",
    summary: "The video source capacity was exceeded.",
    cause: 'Signaling status 509, e.g. joining a video meeting in send-only mode; the doc says to treat it as "fatal".',
    when: ["joining in send-only video mode"],
    category: "capacity",
    retryPolicy: "never",
    retryBasis: "provider",
    terminal: true,
    terminalBasis: "provider",
    rationale: 'Category follows the code name and its 509 status; the doc comment says it "probably should not be retried".',
    failure: true,
  },
  SignalingBadRequest: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 11,
    name: "SignalingBadRequest",
    catalogName: "SignalingBadRequest",
    summary: "The signaling connection was refused as a bad request.",
    cause: "A 4xx signaling status, typically because the attendee was deleted via DeleteAttendee or the attendee response of an already ended meeting was reused.",
    when: ["joining with a deleted attendee", "reusing attendee info from an ended meeting created with the same ClientRequestToken"],
    category: "credentials",
    retryPolicy: "refresh_credentials",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The doc says the stale attendee response must not be reused, so a new attendee is needed before joining again.",
    failure: true,
  },
  SignalingInternalServerError: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 12,
    name: "SignalingInternalServerError",
    catalogName: "SignalingInternalServerError",
    summary: "The signaling connection failed or was lost.",
    cause: "The signaling connection could not be established because of a server error (5xx) or was lost mid-call; the doc notes it often indicates a network issue for the end user.",
    when: ["unstable end-user network", "signaling websocket closed with a server-failure close code"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    rationale: "Category follows the doc comment, which says this code often indicates a network issue, though it can also be a Chime service issue.",
    failure: true,
  },
  SignalingRequestFailed: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 13,
    name: "SignalingRequestFailed",
    catalogName: "SignalingRequestFailed",
    summary: "Received an unknown signaling error without a status.",
    cause: "A signaling error frame had no recognizable status; the doc calls it nearly impossible and a sign of a Chime service issue.",
    when: ["malformed or unexpected signaling error frames"],
    category: "service_fault",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The SDK stops on it and the doc attributes it to the service, so a fresh attempt after a delay is reasonable.",
    failure: true,
  },
  SignalingChannelClosedUnexpectedly: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 14,
    name: "SignalingChannelClosedUnexpectedly",
    catalogName: "SignalingChannelClosedUnexpectedly",
    summary: "The signaling websocket closed unexpectedly mid-meeting.",
    cause: "The websocket signaling channel dropped, most often from a client-side network change, less often from the backend forcing a reconnect or AWS networking issues.",
    when: ["switching WiFi networks or other client network changes", "the backend detects client issues (e.g. decryption) and closes the connection", "unexpected backend networking issues"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    failure: true,
  },
  ICEGatheringTimeoutWorkaround: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 15,
    name: "ICEGatheringTimeoutWorkaround",
    catalogName: "ICEGatheringTimeoutWorkaround",
    summary: "Timed out gathering ICE candidates.",
    cause: "ICE candidate gathering did not complete in time; in Chrome this can mean the browser is in a bad state after a VPN reconnect (webrtc issue 9097).",
    when: ["VPN reconnects in Chrome", "restrictive networks blocking ICE"],
    category: "media_negotiation",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    failure: true,
  },
  ConnectionHealthReconnect: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 16,
    name: "ConnectionHealthReconnect",
    catalogName: "ConnectionHealthReconnect",
    summary: "A reconnect was triggered by poor connection health.",
    cause: "The connection health policy (ConnectionHealthPolicyConfiguration) judged the connection unhealthy and triggered a reconnect.",
    when: ["missed pongs, no received packets or bad audio delay"],
    category: "network",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    failure: true,
  },
  RealtimeApiFailed: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 17,
    name: "RealtimeApiFailed",
    catalogName: "RealtimeApiFailed",
    summary: "The RealtimeController failed.",
    cause: "A callback passed to a RealtimeController API threw an error or otherwise failed.",
    when: ["an app callback registered with realtime APIs throws"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The failure is in the app's own callback code, which must be fixed before a retry can help.",
    failure: true,
  },
  TaskFailed: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 18,
    name: "TaskFailed",
    catalogName: "TaskFailed",
    summary: "A connection step failed without a more specific reason.",
    cause: 'A step connecting to the Amazon Chime SDK backends failed; the doc says this may indicate end-user connection issues "and should be retried".',
    when: ["generic failures during connect, reconnect or update", "connection timeouts"],
    category: "unknown",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    rationale: "Category is unknown because the SDK uses this code for any connection step that fails without a more specific status.",
    failure: true,
  },
  IncompatibleSDP: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 19,
    name: "IncompatibleSDP",
    catalogName: "IncompatibleSDP",
    summary: "Media negotiation failed due to incompatible SDP.",
    cause: "Media negotiation failed, possibly from an SDK issue or an unsupported browser; the doc suggests checking DefaultBrowserBehavior().isSupported() before the call.",
    when: ["unsupported browsers", "video codec negotiation problems"],
    category: "media_negotiation",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The controller handles this code itself by restarting local video (handleMeetingSessionStatus).",
    failure: false,
  },
  TURNCredentialsForbidden: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 20,
    name: "TURNCredentialsForbidden",
    catalogName: "TURNCredentialsForbidden",
    summary: "TURN credentials were refused because the meeting ended or the attendee was removed.",
    cause: "The media channel's TURN credential request was forbidden; the doc calls it analogous to MeetingEnded but detected through the media channel.",
    when: ["joining a meeting that has ended", "the attendee was removed"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Like MeetingEnded, the meeting or attendee no longer exists, so the same join cannot succeed.",
    failure: false,
  },
  NoAttendeePresent: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 21,
    name: "NoAttendeePresent",
    catalogName: "NoAttendeePresent",
    summary: "The attendee did not show up on the roster.",
    cause: "The attendee never appeared in the meeting roster after connecting, which may come from the end user's audio device or from the Amazon Chime SDK.",
    when: ["initial connection where attendee presence is not confirmed in time"],
    category: "unknown",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    rationale: "Category is unknown because the doc names both a device problem and an SDK problem as possible causes.",
    failure: true,
  },
  AudioAttendeeRemoved: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 22,
    name: "AudioAttendeeRemoved",
    catalogName: "AudioAttendeeRemoved",
    summary: "The attendee was removed from the meeting.",
    cause: "The session ended because the attendee was deleted via chime::DeleteAttendee (audio status 411).",
    when: ["the app backend or another party calls DeleteAttendee"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The removal was deliberate and the attendee no longer exists; the doc suggests notifying the user.",
    failure: false,
  },
  AudioVideoWasRemovedFromPrimaryMeeting: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 23,
    name: "AudioVideoWasRemovedFromPrimaryMeeting",
    catalogName: "AudioVideoWasRemovedFromPrimaryMeeting",
    summary: "The attendee's primary-meeting credentials were revoked.",
    cause: "Used only by promotion functions; the primary meeting attendee used for promotion was revoked or deleted, so the replica client is demoted.",
    when: ["DeleteAttendee is called on the primary meeting attendee while promoted"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The primary credentials were revoked on purpose, so promoting again with them cannot succeed; the replica session itself continues.",
    failure: false,
  },
  AudioVideoDisconnectedWhilePromoted: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 24,
    name: "AudioVideoDisconnectedWhilePromoted",
    catalogName: "AudioVideoDisconnectedWhilePromoted",
    summary: "The attendee was demoted after a disconnection.",
    cause: "Used only by promotion functions; any disconnection while promoted to the primary meeting triggers an automatic demotion.",
    when: ["the connection drops and reconnects while promoted"],
    category: "network",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The doc says the attendee must promote itself again; the SDK does not re-promote, so the app does it when the user wants.",
    failure: false,
  },
  AudioDisconnectAudio: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 25,
    name: "AudioDisconnectAudio",
    catalogName: "AudioDisconnectAudio",
    summary: "Reserved code for an audio disconnect.",
    cause: "Reserved and used only internally (audio status 302); never passed to audioVideoDidStop.",
    when: ["the service sends audio status 302"],
    category: "unknown",
    retryPolicy: "not_an_error",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The code is documented only as reserved and the controller takes no action on it, as it is neither terminal nor a failure.",
    failure: false,
  },
  EncodedTransformManagerFailed: {
    provider: "amazon_chime",
    codeSet: "meeting_session_status_code",
    value: 26,
    name: "EncodedTransformManagerFailed",
    catalogName: "EncodedTransformManagerFailed",
    summary: "The encoded transform worker manager failed.",
    cause: "The encoded transform worker failed during the meeting, possibly from a media-processing issue or browser support for encoded transforms.",
    when: ["encoded transform worker errors after the session is connected"],
    category: "media_negotiation",
    retryPolicy: "automatic",
    retryBasis: "provider",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The controller reconnects on its own without transforms (onEncodedTransformWorkerManagerFailed calls reconnect); category reflects the browser media-pipeline cause.",
    failure: false,
  },
};

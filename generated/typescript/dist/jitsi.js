// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Error a lib-jitsi-meet conference reports through its CONFERENCE_FAILED or CONFERENCE_ERROR events.
 *
 * Upstream: JitsiConferenceErrors in jitsi/lib-jitsi-meet 0.0.0.
 */
export const ConferenceError = {
  /** The client must be authenticated to create the conference. */
  AUTHENTICATION_REQUIRED: "conference.authenticationRequired",
  /** The chat room returned an error for a message. */
  CHAT_ERROR: "conference.chatError",
  /** The room's moderators denied access from the lobby. */
  CONFERENCE_ACCESS_DENIED: "conference.connectionError.accessDenied",
  /** The conference room has been destroyed. */
  CONFERENCE_DESTROYED: "conference.destroyed",
  /** The conference has reached its maximum number of participants. */
  CONFERENCE_MAX_USERS: "conference.max_users",
  /** Joining the conference room failed for an unclassified reason. */
  CONNECTION_ERROR: "conference.connectionError",
  /** A display name is required to join the room. */
  DISPLAY_NAME_REQUIRED: "conference.display_name_required",
  /** The focus (Jicofo) could not be reached. */
  FOCUS_DISCONNECTED: "conference.focusDisconnected",
  /** The focus (Jicofo) left the conference. */
  FOCUS_LEFT: "conference.focusLeft",
  /** The server is shutting down gracefully. */
  GRACEFUL_SHUTDOWN: "conference.gracefulShutdown",
  /** The media connection (ICE) failed and could not be restored. */
  ICE_FAILED: "conference.iceFailed",
  /** The server-side components are incompatible with this client. */
  INCOMPATIBLE_SERVER_VERSIONS: "conference.incompatible_server_versions",
  /** Only approved members may join the room. */
  MEMBERS_ONLY_ERROR: "conference.connectionError.membersOnly",
  /** The participant is not allowed to join the conference. */
  NOT_ALLOWED_ERROR: "conference.connectionError.notAllowed",
  /** The Jingle offer/answer exchange failed. */
  OFFER_ANSWER_FAILED: "conference.offerAnswerFailed",
  /** A password cannot be set for this conference. */
  PASSWORD_NOT_SUPPORTED: "conference.passwordNotSupported",
  /** A password is required to join the conference. */
  PASSWORD_REQUIRED: "conference.passwordRequired",
  /** The reservation system refused the conference. */
  RESERVATION_ERROR: "conference.reservationError",
  /** The server rejected a settings change. */
  SETTINGS_ERROR: "conference.settingsError",
  /** No videobridge is available for the conference. */
  VIDEOBRIDGE_NOT_AVAILABLE: "conference.videobridgeNotAvailable",
};

/** What upstream writes before every ConferenceError catalog name. */
const conferenceErrorPrefix = "";

/**
 * Sub-type passed with NOT_ALLOWED_ERROR that says why the join was not allowed.
 *
 * Upstream: AUTH_ERROR_TYPES in jitsi/lib-jitsi-meet 0.0.0.
 */
export const AuthErrorType = {
  /** The join was not allowed for an unspecified reason. */
  GENERAL: "general",
  /** A visitor cannot join because no main participants are in the meeting. */
  NO_MAIN_PARTICIPANTS: "no-main-participants",
  /** Visitors are not admitted because the room uses a lobby. */
  NO_VISITORS_LOBBY: "no-visitors-lobby",
  /** The visitor may not be promoted to a main participant. */
  PROMOTION_NOT_ALLOWED: "promotion-not-allowed",
  /** The client may not create the room. */
  ROOM_CREATION_RESTRICTION: "room-creation-restriction",
  /** The room does not admit unauthenticated participants. */
  ROOM_UNAUTHENTICATED_ACCESS_DISABLED: "authentication-required",
};

/** What upstream writes before every AuthErrorType catalog name. */
const authErrorTypePrefix = "";

let conferenceErrorCatalogNames;

/** The catalog name of the ConferenceError code with this wire value. */
function conferenceErrorCatalogName(value) {
  conferenceErrorCatalogNames ??= new Map(Object.entries(ConferenceError).map(([key, value]) => [value, key]));
  return conferenceErrorCatalogNames.get(value);
}

/**
 * The upstream name of the ConferenceError code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function conferenceErrorName(value) {
  const key = conferenceErrorCatalogName(value);
  return key === undefined ? undefined : `${conferenceErrorPrefix}${key}`;
}

/** Whether `value` is a wire value of a known ConferenceError code. */
export function isConferenceError(value) {
  return typeof value === "string" && conferenceErrorCatalogName(value) !== undefined;
}

/** The wire value of the ConferenceError code with this upstream name, or `undefined` if there is none. */
export function conferenceErrorFromName(name) {
  if (!name.startsWith(conferenceErrorPrefix)) return undefined;
  const key = name.slice(conferenceErrorPrefix.length);
  return Object.hasOwn(ConferenceError, key) ? ConferenceError[key] : undefined;
}

/** Everything the catalog says about the ConferenceError code with this wire value, or `undefined`. */
export function conferenceErrorInfo(value) {
  const key = conferenceErrorCatalogName(value);
  return key === undefined ? undefined : conferenceErrorInfos[key];
}

/** Everything the catalog says about each ConferenceError code, by catalog name. */
export const conferenceErrorInfos = {
  AUTHENTICATION_REQUIRED: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.authenticationRequired",
    name: "AUTHENTICATION_REQUIRED",
    catalogName: "AUTHENTICATION_REQUIRED",
    summary: "The client must be authenticated to create the conference.",
    cause: 'Jicofo answered the conference request with not-authorized: upstream says the "client must be authenticated to create the conference".',
    when: ["the deployment only lets authenticated users (login or JWT) create rooms", "a guest arrives before an authenticated host has started the meeting"],
    category: "credentials",
    retryPolicy: "refresh_credentials",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Upstream defines no retry policy; joining succeeds only after the user authenticates (or an authenticated host has created the room), so we map it to getting credentials first.",
  },
  CHAT_ERROR: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.chatError",
    name: "CHAT_ERROR",
    catalogName: "CHAT_ERROR",
    summary: "The chat room returned an error for a message.",
    cause: "The XMPP multi-user chat sent back a message of type error; its text is passed along with the code.",
    when: ["a chat message is rejected by the server", "any other error-type MUC message that is not a settings error"],
    category: "unknown",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The SDK emits it on CONFERENCE_ERROR and stays in the conference; the server's text is free-form, so the user decides whether to send again.",
  },
  CONFERENCE_ACCESS_DENIED: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.connectionError.accessDenied",
    name: "CONFERENCE_ACCESS_DENIED",
    catalogName: "CONFERENCE_ACCESS_DENIED",
    summary: "The room's moderators denied access from the lobby.",
    cause: 'While the participant waited in the lobby room, a moderator rejected them (upstream: access "denied by the room moderators").',
    when: ["a moderator rejects a knocking participant", "the participant is removed from the lobby room"],
    category: "permission",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "A moderator's explicit refusal does not change on retry.",
  },
  CONFERENCE_DESTROYED: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.destroyed",
    name: "CONFERENCE_DESTROYED",
    catalogName: "CONFERENCE_DESTROYED",
    summary: "The conference room has been destroyed.",
    cause: "The MUC room was destroyed on the server; the SDK leaves the room and passes on the destroy reason.",
    when: ["the meeting was ended for everyone", "the lobby room is destroyed without an invitation into the main room"],
    category: "ended_by_service",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
  },
  CONFERENCE_MAX_USERS: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.max_users",
    name: "CONFERENCE_MAX_USERS",
    catalogName: "CONFERENCE_MAX_USERS",
    summary: "The conference has reached its maximum number of participants.",
    cause: "The join presence was rejected with service-unavailable because the room is full; the SDK says whether visitors are supported.",
    when: ["the room's participant limit is reached"],
    category: "capacity",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The room may have space later, so the user can try again (or join as a visitor where supported).",
  },
  CONNECTION_ERROR: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.connectionError",
    name: "CONNECTION_ERROR",
    catalogName: "CONNECTION_ERROR",
    summary: "Joining the conference room failed for an unclassified reason.",
    cause: "The join presence got an error that matched no more specific case, or a not-allowed error on the anonymous domain.",
    when: ["the MUC returns an unexpected presence error on join", "not-allowed on the anonymous domain (Jicofo or Prosody misconfiguration)"],
    category: "unknown",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The cause is unknown, so a bounded retry with backoff is the safest default.",
  },
  DISPLAY_NAME_REQUIRED: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.display_name_required",
    name: "DISPLAY_NAME_REQUIRED",
    catalogName: "DISPLAY_NAME_REQUIRED",
    summary: "A display name is required to join the room.",
    cause: "The server rejected the join with displayname-required; the SDK says whether this is because the lobby is enabled.",
    when: ["the lobby is enabled and the participant has no display name", "the room requires participants to give a name"],
    category: "user_input",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The join succeeds once the user supplies a name.",
  },
  FOCUS_DISCONNECTED: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.focusDisconnected",
    name: "FOCUS_DISCONNECTED",
    catalogName: "FOCUS_DISCONNECTED",
    summary: "The focus (Jicofo) could not be reached.",
    cause: 'Upstream: "focus error happened"; it was raised when conference requests to Jicofo kept failing, but nothing emits it at this commit.',
    when: ["conference requests to Jicofo fail (older releases)"],
    category: "service_fault",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "A focus outage is a service fault that may clear, so retry with backoff.",
  },
  FOCUS_LEFT: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.focusLeft",
    name: "FOCUS_LEFT",
    catalogName: "FOCUS_LEFT",
    summary: "The focus (Jicofo) left the conference.",
    cause: "Jicofo's occupant left the MUC room; the SDK logs that it is leaving the conference and reports the failure.",
    when: ["Jicofo restarts or drops the conference", "the conference is torn down on the server side"],
    category: "service_fault",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Without the focus the conference cannot continue, but a new join usually gets a working focus.",
  },
  GRACEFUL_SHUTDOWN: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.gracefulShutdown",
    name: "GRACEFUL_SHUTDOWN",
    catalogName: "GRACEFUL_SHUTDOWN",
    summary: "The server is shutting down gracefully.",
    cause: "Jicofo refused the conference because it was in graceful shutdown; nothing emits it at this commit.",
    when: ["Jicofo is in graceful shutdown (older releases)"],
    category: "ended_by_service",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The server instance is going away on purpose (maintenance, upgrade, migration); as with LiveKit's SERVER_SHUTDOWN, rejoining after a short delay lands on another instance.",
  },
  ICE_FAILED: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.iceFailed",
    name: "ICE_FAILED",
    catalogName: "ICE_FAILED",
    summary: "The media connection (ICE) failed and could not be restored.",
    cause: "ICE to the videobridge failed and the SDK's own ICE restarts (up to three, with backoff) or its session-restart request to Jicofo did not recover it.",
    when: ["firewalls or NAT block the media ports", "TURN servers are unreachable", "Jicofo rejects the ICE-failure session restart"],
    category: "media_negotiation",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The SDK has already exhausted its restarts and logs that the conference should be reloaded, so a bounded rejoin with backoff is what remains.",
  },
  INCOMPATIBLE_SERVER_VERSIONS: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.incompatible_server_versions",
    name: "INCOMPATIBLE_SERVER_VERSIONS",
    catalogName: "INCOMPATIBLE_SERVER_VERSIONS",
    summary: "The server-side components are incompatible with this client.",
    cause: 'Upstream: the server components\' versions "are incompatible with the client side"; the method that emits it is never called at this commit.',
    when: ["client and server releases do not match (older releases)"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "A version mismatch needs an upgrade by the app or the operator, not a retry.",
  },
  MEMBERS_ONLY_ERROR: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.connectionError.membersOnly",
    name: "MEMBERS_ONLY_ERROR",
    catalogName: "MEMBERS_ONLY_ERROR",
    summary: "Only approved members may join the room.",
    cause: "The join was rejected with registration-required because the room is members-only (lobby); the SDK passes on the lobby room and whether it waits for a host.",
    when: ["the lobby is enabled and the participant has not been admitted", "the meeting waits for a host"],
    category: "permission",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The user must knock in the lobby (JitsiConference.joinLobby) and be admitted; the SDK does not do that by itself.",
  },
  NOT_ALLOWED_ERROR: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.connectionError.notAllowed",
    name: "NOT_ALLOWED_ERROR",
    catalogName: "NOT_ALLOWED_ERROR",
    summary: "The participant is not allowed to join the conference.",
    cause: "The join was rejected with not-allowed; an AUTH_ERROR_TYPES sub-type and the server's text are passed along with the code.",
    when: ["room creation is restricted", "unauthenticated access is disabled", "visitor rules refuse the join"],
    category: "permission",
    retryPolicy: "depends",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The accompanying auth_error_type decides what to do, from retrying later to never.",
  },
  OFFER_ANSWER_FAILED: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.offerAnswerFailed",
    name: "OFFER_ANSWER_FAILED",
    catalogName: "OFFER_ANSWER_FAILED",
    summary: "The Jingle offer/answer exchange failed.",
    cause: "Accepting a JVB or P2P session offer, sending a P2P invite or applying a P2P answer failed; the underlying error is passed along.",
    when: ["the browser rejects the remote session description", "local media cannot be added to the peer connection"],
    category: "media_negotiation",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Negotiation failures are often environmental, so a bounded rejoin may help; repeated failures need the user.",
  },
  PASSWORD_NOT_SUPPORTED: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.passwordNotSupported",
    name: "PASSWORD_NOT_SUPPORTED",
    catalogName: "PASSWORD_NOT_SUPPORTED",
    summary: "A password cannot be set for this conference.",
    cause: "JitsiConference.lock() found no room-secret field in the room configuration, so the promise is rejected with this code.",
    when: ["a moderator tries to lock the room on a server without password support"],
    category: "client_error",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The server configuration lacks the feature, so repeating the call fails again.",
  },
  PASSWORD_REQUIRED: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.passwordRequired",
    name: "PASSWORD_REQUIRED",
    catalogName: "PASSWORD_REQUIRED",
    summary: "A password is required to join the conference.",
    cause: "The join presence was rejected with not-authorized because the room is locked.",
    when: ["the room is password-protected", "the password given was wrong or missing"],
    category: "user_input",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The join succeeds once the user enters the right password (JitsiConference.join with the password).",
  },
  RESERVATION_ERROR: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.reservationError",
    name: "RESERVATION_ERROR",
    catalogName: "RESERVATION_ERROR",
    summary: "The reservation system refused the conference.",
    cause: "Jicofo's reply to the conference request carried a reservation-error; its error code and message are passed along.",
    when: ["the reservation system rejects the room or its time"],
    category: "permission",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The reservation system's verdict does not change until the reservation does.",
  },
  SETTINGS_ERROR: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.settingsError",
    name: "SETTINGS_ERROR",
    catalogName: "SETTINGS_ERROR",
    summary: "The server rejected a settings change.",
    cause: "The MUC sent an error message carrying a settings-error text, which is passed along.",
    when: ["a room settings change is refused by the server"],
    category: "unknown",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: false,
    terminalBasis: "provider",
    rationale: "The SDK emits it on CONFERENCE_ERROR and stays in the conference; the same change would be refused again.",
  },
  VIDEOBRIDGE_NOT_AVAILABLE: {
    provider: "jitsi",
    codeSet: "conference_error",
    value: "conference.videobridgeNotAvailable",
    name: "VIDEOBRIDGE_NOT_AVAILABLE",
    catalogName: "VIDEOBRIDGE_NOT_AVAILABLE",
    summary: "No videobridge is available for the conference.",
    cause: "Jicofo's presence reported bridgeNotAvailable; the SDK reports it once per room.",
    when: ["all videobridges are full or down"],
    category: "capacity",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Bridge capacity may free up, so a bounded rejoin with backoff is reasonable.",
  },
};

let authErrorTypeCatalogNames;

/** The catalog name of the AuthErrorType code with this wire value. */
function authErrorTypeCatalogName(value) {
  authErrorTypeCatalogNames ??= new Map(Object.entries(AuthErrorType).map(([key, value]) => [value, key]));
  return authErrorTypeCatalogNames.get(value);
}

/**
 * The upstream name of the AuthErrorType code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export function authErrorTypeName(value) {
  const key = authErrorTypeCatalogName(value);
  return key === undefined ? undefined : `${authErrorTypePrefix}${key}`;
}

/** Whether `value` is a wire value of a known AuthErrorType code. */
export function isAuthErrorType(value) {
  return typeof value === "string" && authErrorTypeCatalogName(value) !== undefined;
}

/** The wire value of the AuthErrorType code with this upstream name, or `undefined` if there is none. */
export function authErrorTypeFromName(name) {
  if (!name.startsWith(authErrorTypePrefix)) return undefined;
  const key = name.slice(authErrorTypePrefix.length);
  return Object.hasOwn(AuthErrorType, key) ? AuthErrorType[key] : undefined;
}

/** Everything the catalog says about the AuthErrorType code with this wire value, or `undefined`. */
export function authErrorTypeInfo(value) {
  const key = authErrorTypeCatalogName(value);
  return key === undefined ? undefined : authErrorTypeInfos[key];
}

/** Everything the catalog says about each AuthErrorType code, by catalog name. */
export const authErrorTypeInfos = {
  GENERAL: {
    provider: "jitsi",
    codeSet: "auth_error_type",
    value: "general",
    name: "GENERAL",
    catalogName: "GENERAL",
    summary: "The join was not allowed for an unspecified reason.",
    cause: "The server returned not-allowed without any of the more specific markers the SDK recognises.",
    when: ["room rules or server policy refuse the join"],
    category: "permission",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "A plain refusal is not expected to change on retry; in a breakout room the SDK moves the user back to the main room instead of reporting it.",
  },
  NO_MAIN_PARTICIPANTS: {
    provider: "jitsi",
    codeSet: "auth_error_type",
    value: "no-main-participants",
    name: "NO_MAIN_PARTICIPANTS",
    catalogName: "NO_MAIN_PARTICIPANTS",
    summary: "A visitor cannot join because no main participants are in the meeting.",
    cause: "The server refused the visitor's join with no-main-participants in the jitsi:visitors namespace.",
    when: ["a visitor arrives before the meeting has started"],
    category: "permission",
    retryPolicy: "user_action",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The join can succeed once main participants are present, so the user may try again later.",
  },
  NO_VISITORS_LOBBY: {
    provider: "jitsi",
    codeSet: "auth_error_type",
    value: "no-visitors-lobby",
    name: "NO_VISITORS_LOBBY",
    catalogName: "NO_VISITORS_LOBBY",
    summary: "Visitors are not admitted because the room uses a lobby.",
    cause: "The server refused the visitor's join with no-visitors-lobby in the jitsi:visitors namespace.",
    when: ["a visitor tries to join a room whose lobby is enabled"],
    category: "permission",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The room's lobby setting must change before a visitor can join.",
  },
  PROMOTION_NOT_ALLOWED: {
    provider: "jitsi",
    codeSet: "auth_error_type",
    value: "promotion-not-allowed",
    name: "PROMOTION_NOT_ALLOWED",
    catalogName: "PROMOTION_NOT_ALLOWED",
    summary: "The visitor may not be promoted to a main participant.",
    cause: "The server refused the join with promotion-not-allowed in the jitsi:visitors namespace.",
    when: ["a visitor tries to join the main room without being allowed"],
    category: "permission",
    retryPolicy: "never",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The visitor lacks the right to be promoted, and retrying with the same rights fails again.",
  },
  ROOM_CREATION_RESTRICTION: {
    provider: "jitsi",
    codeSet: "auth_error_type",
    value: "room-creation-restriction",
    name: "ROOM_CREATION_RESTRICTION",
    catalogName: "ROOM_CREATION_RESTRICTION",
    summary: "The client may not create the room.",
    cause: 'The text "Room creation is restricted" or a room-does-not-exist marker: upstream describes a race where Jicofo left or was leaving the room when the client tried to join.',
    when: ["Jicofo left the empty room just as the client joined", "a reconnect finished after Jicofo had left the room"],
    category: "service_fault",
    retryPolicy: "backoff",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "The SDK itself retries this race up to three times with jittered backoff (unless disableRoomCreationRetry is set) before reporting it, so a later retry can still succeed.",
  },
  ROOM_UNAUTHENTICATED_ACCESS_DISABLED: {
    provider: "jitsi",
    codeSet: "auth_error_type",
    value: "authentication-required",
    name: "ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
    catalogName: "ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
    summary: "The room does not admit unauthenticated participants.",
    cause: "The server refused the join with authentication-required in the http://jitsi.org/jitmeet namespace.",
    when: ["the room disables unauthenticated access and the user has no valid token"],
    category: "credentials",
    retryPolicy: "refresh_credentials",
    retryBasis: "catalog",
    terminal: true,
    terminalBasis: "provider",
    rationale: "Joining needs authentication, so obtain credentials (for example a JWT) and join again.",
  },
};

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Jitsi error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Error a lib-jitsi-meet conference reports through its CONFERENCE_FAILED or CONFERENCE_ERROR events.
 *
 * Upstream: JitsiConferenceErrors in jitsi/lib-jitsi-meet 0.0.0.
 */
export declare const ConferenceError: {
  /** The client must be authenticated to create the conference. */
  readonly AUTHENTICATION_REQUIRED: "conference.authenticationRequired";
  /** The chat room returned an error for a message. */
  readonly CHAT_ERROR: "conference.chatError";
  /** The room's moderators denied access from the lobby. */
  readonly CONFERENCE_ACCESS_DENIED: "conference.connectionError.accessDenied";
  /** The conference room has been destroyed. */
  readonly CONFERENCE_DESTROYED: "conference.destroyed";
  /** The conference has reached its maximum number of participants. */
  readonly CONFERENCE_MAX_USERS: "conference.max_users";
  /** Joining the conference room failed for an unclassified reason. */
  readonly CONNECTION_ERROR: "conference.connectionError";
  /** A display name is required to join the room. */
  readonly DISPLAY_NAME_REQUIRED: "conference.display_name_required";
  /** The focus (Jicofo) could not be reached. */
  readonly FOCUS_DISCONNECTED: "conference.focusDisconnected";
  /** The focus (Jicofo) left the conference. */
  readonly FOCUS_LEFT: "conference.focusLeft";
  /** The server is shutting down gracefully. */
  readonly GRACEFUL_SHUTDOWN: "conference.gracefulShutdown";
  /** The media connection (ICE) failed and could not be restored. */
  readonly ICE_FAILED: "conference.iceFailed";
  /** The server-side components are incompatible with this client. */
  readonly INCOMPATIBLE_SERVER_VERSIONS: "conference.incompatible_server_versions";
  /** Only approved members may join the room. */
  readonly MEMBERS_ONLY_ERROR: "conference.connectionError.membersOnly";
  /** The participant is not allowed to join the conference. */
  readonly NOT_ALLOWED_ERROR: "conference.connectionError.notAllowed";
  /** The Jingle offer/answer exchange failed. */
  readonly OFFER_ANSWER_FAILED: "conference.offerAnswerFailed";
  /** A password cannot be set for this conference. */
  readonly PASSWORD_NOT_SUPPORTED: "conference.passwordNotSupported";
  /** A password is required to join the conference. */
  readonly PASSWORD_REQUIRED: "conference.passwordRequired";
  /** The reservation system refused the conference. */
  readonly RESERVATION_ERROR: "conference.reservationError";
  /** The server rejected a settings change. */
  readonly SETTINGS_ERROR: "conference.settingsError";
  /** No videobridge is available for the conference. */
  readonly VIDEOBRIDGE_NOT_AVAILABLE: "conference.videobridgeNotAvailable";
};

/** A wire value of Jitsi `conference_error`. */
export type ConferenceError = (typeof ConferenceError)[keyof typeof ConferenceError];

/** The name of a ConferenceError code as the catalog keys it (the upstream name without its prefix). */
export type ConferenceErrorCatalogName = keyof typeof ConferenceError;

/** What upstream writes before every ConferenceError catalog name. */
declare const conferenceErrorPrefix = "";

/** The name of a ConferenceError code exactly as upstream spells it. */
export type ConferenceErrorName = `${typeof conferenceErrorPrefix}${ConferenceErrorCatalogName}`;

/**
 * Sub-type passed with NOT_ALLOWED_ERROR that says why the join was not allowed.
 *
 * Upstream: AUTH_ERROR_TYPES in jitsi/lib-jitsi-meet 0.0.0.
 */
export declare const AuthErrorType: {
  /** The join was not allowed for an unspecified reason. */
  readonly GENERAL: "general";
  /** A visitor cannot join because no main participants are in the meeting. */
  readonly NO_MAIN_PARTICIPANTS: "no-main-participants";
  /** Visitors are not admitted because the room uses a lobby. */
  readonly NO_VISITORS_LOBBY: "no-visitors-lobby";
  /** The visitor may not be promoted to a main participant. */
  readonly PROMOTION_NOT_ALLOWED: "promotion-not-allowed";
  /** The client may not create the room. */
  readonly ROOM_CREATION_RESTRICTION: "room-creation-restriction";
  /** The room does not admit unauthenticated participants. */
  readonly ROOM_UNAUTHENTICATED_ACCESS_DISABLED: "authentication-required";
};

/** A wire value of Jitsi `auth_error_type`. */
export type AuthErrorType = (typeof AuthErrorType)[keyof typeof AuthErrorType];

/** The name of a AuthErrorType code as the catalog keys it (the upstream name without its prefix). */
export type AuthErrorTypeCatalogName = keyof typeof AuthErrorType;

/** What upstream writes before every AuthErrorType catalog name. */
declare const authErrorTypePrefix = "";

/** The name of a AuthErrorType code exactly as upstream spells it. */
export type AuthErrorTypeName = `${typeof authErrorTypePrefix}${AuthErrorTypeCatalogName}`;

/**
 * The upstream name of the ConferenceError code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function conferenceErrorName(value: string): ConferenceErrorName | undefined;

/** Whether `value` is a wire value of a known ConferenceError code. */
export declare function isConferenceError(value: unknown): value is ConferenceError;

/** The wire value of the ConferenceError code with this upstream name, or `undefined` if there is none. */
export declare function conferenceErrorFromName(name: string): ConferenceError | undefined;

/** Everything the catalog says about the ConferenceError code with this wire value, or `undefined`. */
export declare function conferenceErrorInfo(value: string): CodeInfo<ConferenceError, never> | undefined;

/** Everything the catalog says about each ConferenceError code, by catalog name. */
export declare const conferenceErrorInfos: {
  readonly [K in ConferenceErrorCatalogName]: CodeInfo<(typeof ConferenceError)[K], never>;
};

/**
 * The upstream name of the AuthErrorType code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function authErrorTypeName(value: string): AuthErrorTypeName | undefined;

/** Whether `value` is a wire value of a known AuthErrorType code. */
export declare function isAuthErrorType(value: unknown): value is AuthErrorType;

/** The wire value of the AuthErrorType code with this upstream name, or `undefined` if there is none. */
export declare function authErrorTypeFromName(name: string): AuthErrorType | undefined;

/** Everything the catalog says about the AuthErrorType code with this wire value, or `undefined`. */
export declare function authErrorTypeInfo(value: string): CodeInfo<AuthErrorType, never> | undefined;

/** Everything the catalog says about each AuthErrorType code, by catalog name. */
export declare const authErrorTypeInfos: {
  readonly [K in AuthErrorTypeCatalogName]: CodeInfo<(typeof AuthErrorType)[K], never>;
};

export {};

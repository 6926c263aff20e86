// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Daily error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Type of the fatal error daily-js reports on its \`error\` event, after which the call object leaves the meeting.
 *
 * Upstream: DailyFatalErrorType in <https://docs.daily.co/reference/daily-js> 0.92.2 (package npm:\@daily-co/daily-js\@0.92.2).
 */
export declare const FatalErrorType: {
  /** The participant was ejected from the meeting. */
  readonly ejected: "ejected";
  /** The room is not available yet. */
  readonly nbf_room: "nbf-room";
  /** The meeting token is not valid yet. */
  readonly nbf_token: "nbf-token";
  /** The room has expired. */
  readonly exp_room: "exp-room";
  /** The meeting token has expired. */
  readonly exp_token: "exp-token";
  /** The room does not exist. */
  readonly no_room: "no-room";
  /** The meeting is full. */
  readonly meeting_full: "meeting-full";
  /** This version of daily-js is no longer supported. */
  readonly end_of_life: "end-of-life";
  /** The participant is not allowed to join. */
  readonly not_allowed: "not-allowed";
  /** The call could not connect or lost its connection for good. */
  readonly connection_error: "connection-error";
};

/** A wire value of Daily `fatal_error_type`. */
export type FatalErrorType = (typeof FatalErrorType)[keyof typeof FatalErrorType];

/** The name of a FatalErrorType code as the catalog keys it (the upstream name without its prefix). */
export type FatalErrorTypeCatalogName = keyof typeof FatalErrorType;

/** What upstream writes before every FatalErrorType catalog name. */
declare const fatalErrorTypePrefix = "";

/** The name of a FatalErrorType code exactly as upstream spells it. */
export type FatalErrorTypeName = `${typeof fatalErrorTypePrefix}${FatalErrorTypeCatalogName}`;

/**
 * Type of the non-fatal error daily-js reports on its \`nonfatal-error\` event; the call goes on.
 *
 * Upstream: DailyNonFatalErrorType in <https://docs.daily.co/reference/daily-js> 0.92.2 (package npm:\@daily-co/daily-js\@0.92.2).
 */
export declare const NonFatalErrorType: {
  /** Applying the input settings failed. */
  readonly input_settings_error: "input-settings-error";
  /** Screen sharing could not be started. */
  readonly screen_share_error: "screen-share-error";
  /** The local audio level observer failed. */
  readonly local_audio_level_observer_error: "local-audio-level-observer-error";
  /** The video processor failed. */
  readonly video_processor_error: "video-processor-error";
  /** The video processor reported a warning. */
  readonly video_processor_warning: "video-processor-warning";
  /** The audio processor failed. */
  readonly audio_processor_error: "audio-processor-error";
  /** The remote media player failed. */
  readonly remote_media_player_error: "remote-media-player-error";
  /** Live streaming reported a warning. */
  readonly live_streaming_warning: "live-streaming-warning";
  /** Updating the meeting session data failed. */
  readonly meeting_session_data_error: "meeting-session-data-error";
};

/** A wire value of Daily `non_fatal_error_type`. */
export type NonFatalErrorType = (typeof NonFatalErrorType)[keyof typeof NonFatalErrorType];

/** The name of a NonFatalErrorType code as the catalog keys it (the upstream name without its prefix). */
export type NonFatalErrorTypeCatalogName = keyof typeof NonFatalErrorType;

/** What upstream writes before every NonFatalErrorType catalog name. */
declare const nonFatalErrorTypePrefix = "";

/** The name of a NonFatalErrorType code exactly as upstream spells it. */
export type NonFatalErrorTypeName = `${typeof nonFatalErrorTypePrefix}${NonFatalErrorTypeCatalogName}`;

/**
 * Type of the error daily-js reports on its \`camera-error\` event when it cannot get the camera or microphone.
 *
 * Upstream: DailyCameraErrorType in <https://docs.daily.co/reference/daily-js> 0.92.2 (package npm:\@daily-co/daily-js\@0.92.2).
 */
export declare const CameraErrorType: {
  /** The camera is in use by another application. */
  readonly cam_in_use: "cam-in-use";
  /** The microphone is in use by another application. */
  readonly mic_in_use: "mic-in-use";
  /** Both the camera and the microphone are in use by another application. */
  readonly cam_mic_in_use: "cam-mic-in-use";
  /** Access to the camera or microphone was blocked. */
  readonly permissions: "permissions";
  /** The browser offers no media devices API. */
  readonly undefined_mediadevices: "undefined-mediadevices";
  /** No camera or microphone was found. */
  readonly not_found: "not-found";
  /** The media constraints were invalid or missing. */
  readonly constraints: "constraints";
  /** The camera or microphone failed for an unknown reason. */
  readonly unknown: "unknown";
};

/** A wire value of Daily `camera_error_type`. */
export type CameraErrorType = (typeof CameraErrorType)[keyof typeof CameraErrorType];

/** The name of a CameraErrorType code as the catalog keys it (the upstream name without its prefix). */
export type CameraErrorTypeCatalogName = keyof typeof CameraErrorType;

/** What upstream writes before every CameraErrorType catalog name. */
declare const cameraErrorTypePrefix = "";

/** The name of a CameraErrorType code exactly as upstream spells it. */
export type CameraErrorTypeName = `${typeof cameraErrorTypePrefix}${CameraErrorTypeCatalogName}`;

/**
 * The upstream name of the FatalErrorType code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function fatalErrorTypeName(value: string): FatalErrorTypeName | undefined;

/** Whether `value` is a wire value of a known FatalErrorType code. */
export declare function isFatalErrorType(value: unknown): value is FatalErrorType;

/** The wire value of the FatalErrorType code with this upstream name, or `undefined` if there is none. */
export declare function fatalErrorTypeFromName(name: string): FatalErrorType | undefined;

/** Everything the catalog says about the FatalErrorType code with this wire value, or `undefined`. */
export declare function fatalErrorTypeInfo(value: string): CodeInfo<FatalErrorType, never> | undefined;

/** Everything the catalog says about each FatalErrorType code, by catalog name. */
export declare const fatalErrorTypeInfos: {
  readonly [K in FatalErrorTypeCatalogName]: CodeInfo<(typeof FatalErrorType)[K], never>;
};

/**
 * The upstream name of the NonFatalErrorType code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function nonFatalErrorTypeName(value: string): NonFatalErrorTypeName | undefined;

/** Whether `value` is a wire value of a known NonFatalErrorType code. */
export declare function isNonFatalErrorType(value: unknown): value is NonFatalErrorType;

/** The wire value of the NonFatalErrorType code with this upstream name, or `undefined` if there is none. */
export declare function nonFatalErrorTypeFromName(name: string): NonFatalErrorType | undefined;

/** Everything the catalog says about the NonFatalErrorType code with this wire value, or `undefined`. */
export declare function nonFatalErrorTypeInfo(value: string): CodeInfo<NonFatalErrorType, never> | undefined;

/** Everything the catalog says about each NonFatalErrorType code, by catalog name. */
export declare const nonFatalErrorTypeInfos: {
  readonly [K in NonFatalErrorTypeCatalogName]: CodeInfo<(typeof NonFatalErrorType)[K], never>;
};

/**
 * The upstream name of the CameraErrorType code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function cameraErrorTypeName(value: string): CameraErrorTypeName | undefined;

/** Whether `value` is a wire value of a known CameraErrorType code. */
export declare function isCameraErrorType(value: unknown): value is CameraErrorType;

/** The wire value of the CameraErrorType code with this upstream name, or `undefined` if there is none. */
export declare function cameraErrorTypeFromName(name: string): CameraErrorType | undefined;

/** Everything the catalog says about the CameraErrorType code with this wire value, or `undefined`. */
export declare function cameraErrorTypeInfo(value: string): CodeInfo<CameraErrorType, never> | undefined;

/** Everything the catalog says about each CameraErrorType code, by catalog name. */
export declare const cameraErrorTypeInfos: {
  readonly [K in CameraErrorTypeCatalogName]: CodeInfo<(typeof CameraErrorType)[K], never>;
};

export {};

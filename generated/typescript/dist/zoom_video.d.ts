// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Zoom Video SDK error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Numeric code of a failed Video SDK call, carried as \`errorCode\` in the ExecutedFailure a rejected promise returns.
 *
 * Upstream: ExceptionCode in <https://developers.zoom.us/docs/video-sdk/web/error-codes.md> 2.5.0 (package npm:\@zoom/videosdk\@2.5.0).
 */
export declare const ExceptionCode: {
  /** An operation timed out. */
  readonly OPERATION_TIMEOUT: 1;
  /** Zoom's service reported an internal error. */
  readonly INTERNAL_ERROR: 2;
  /** An operation was cancelled because the session changed state. */
  readonly OPERATION_CANCELLED: 3;
  /** The session could not be created or looked up, usually because of the JWT. */
  readonly SESSION_FETCH_INFO_ERROR: 200;
  /** The user is already in another session. */
  readonly SESSION_IN_ANOTHER_SESSION: 3000;
  /** The session passcode is wrong. */
  readonly SESSION_INCORRECT_PASSCODE: 3004;
  /** The session has not started. */
  readonly SESSION_NOT_STARTED: 3008;
  /** The user was removed by the host and cannot rejoin. */
  readonly SESSION_USER_REMOVED: 3009;
  /** The role type in the JWT is wrong. */
  readonly SESSION_ROLE_TYPE_ERROR: 3010;
  /** The webinar user has been blocked. */
  readonly SESSION_WEBINAR_USER_REMOVED: 3620;
  /** The parameters for connecting to Zoom's server are wrong. */
  readonly SESSION_INVALID_PARAMETER: 4003;
  /** The session has ended. */
  readonly SESSION_ENDED: 4004;
  /** The session is locked by its host. */
  readonly SESSION_LOCKED: 4006;
  /** The session is blocked by an information barrier. */
  readonly SESSION_IB_BLOCKED: 4007;
  /** The user is already in the session. */
  readonly SESSION_PARTICIPANT_EXIST: 4008;
  /** The browser does not meet the SDK's basic WebRTC requirements. */
  readonly CLIENT_PLATFORM_UNSUPPORTED: 5000;
  /** The SDK's dependent assets could not be loaded. */
  readonly CLIENT_DEPENDENT_ASSETS_INACCESSIBLE: 5001;
  /** A call needs a joined session, but the session is closed. */
  readonly CLIENT_SESSION_STATE_CLOSED: 5002;
  /** A call needs a connected session, but the session is reconnecting. */
  readonly CLIENT_SESSION_STATE_RECONNECTING: 5003;
  /** The user is on hold. */
  readonly CLIENT_SESSION_STATE_ON_HOLD: 5004;
  /** The session is not a webinar. */
  readonly CLIENT_SESSION_NOT_WEBINAR: 5005;
  /** The operation needs the host or a manager. */
  readonly CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED: 5006;
  /** The operation needs the host. */
  readonly CLIENT_HOST_PERMISSION_REQUIRED: 5007;
  /** The operation needs the original host or a manager. */
  readonly CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED: 5008;
  /** The operation applies only to webinar attendees. */
  readonly CLIENT_ATTENDEE_APPLICABLE_ONLY: 5009;
  /** The operation applies only to webinar participants. */
  readonly CLIENT_PARTICIPANT_APPLICABLE_ONLY: 5010;
  /** The user ID does not match a participant. */
  readonly CLIENT_MISMATCH_USER: 5011;
  /** \`client.join\` was called while already in a session. */
  readonly CLIENT_DUPLICATED_JOIN: 5012;
  /** A \`client.join\` parameter is invalid. */
  readonly CLIENT_INVALID_JOIN_PARAMETER: 5013;
  /** The host does not allow users to rename themselves. */
  readonly CLIENT_HOST_DISALLOW_RENAME: 5014;
  /** The device ID matches no known device. */
  readonly STREAM_MISMATCH_DEVICE: 6000;
  /** The user ID does not match a participant. */
  readonly STREAM_MISMATCH_USER: 6001;
  /** A stream method was called before the join resolved. */
  readonly STREAM_SESSION_JOIN_REQUIRED: 6002;
  /** The render target is not the kind of element required. */
  readonly STREAM_MISMATCH_RENDER_ELEMENT: 6003;
  /** The microphone could not be captured when starting audio. */
  readonly AUDIO_CAPTURE_FAILED: 6010;
  /** Audio capture is still starting or stopping. */
  readonly AUDIO_CAPTURE_LOADING: 6011;
  /** Audio is already connected through a phone call. */
  readonly AUDIO_IN_PSTN: 6012;
  /** Legacy Safari needs audio encoding or decoding to be set up. */
  readonly AUDIO_ENCODING_REQUIRED: 6013;
  /** Audio cannot stop while tab or system audio is shared (legacy Chrome). */
  readonly AUDIO_SHARE_AUDIO_CONFLICT: 6014;
  /** Audio or shared audio has not been started. */
  readonly AUDIO_NOT_STARTED: 6015;
  /** Webinar attendees may not unmute themselves. */
  readonly AUDIO_ATTENDEE_NOT_ALLOWED: 6016;
  /** Secondary audio is not supported on this platform. */
  readonly SECONDARY_AUDIO_UNSUPPORTED: 6017;
  /** The microphone chosen for secondary audio is already used for session audio. */
  readonly SECONDARY_AUDIO_DEVICE_CONFLICT: 6018;
  /** Secondary audio cannot start while screen sharing. */
  readonly SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT: 6019;
  /** Secondary audio has not been started. */
  readonly SECONDARY_AUDIO_NOT_STARTED: 6020;
  /** The phone country code is not in the supported list. */
  readonly PSTN_MISMATCH_COUNTRY_CODE: 6021;
  /** There is no phone connection to hang up. */
  readonly PSTN_NOT_CONNECTED: 6022;
  /** The room-system (CRC) device is not connected. */
  readonly CRC_NOT_CONNECTED: 6023;
  /** The target user cannot be allowed to talk. */
  readonly AUDIO_ALLOW_TALK_UNSUPPORTED: 6024;
  /** The user to allow to talk does not match. */
  readonly AUDIO_ALLOW_TALK_MISMATCH_USER: 6025;
  /** Audio processors are not supported on this platform. */
  readonly AUDIO_PROCESSOR_UNSUPPORTED: 6026;
  /** The audio processor has already been created. */
  readonly AUDIO_PROCESSOR_DUPLICATE_CREATE: 6027;
  /** The audio processor was not found. */
  readonly AUDIO_PROCESSOR_MISMATCH_PROCESSOR: 6028;
  /** The audio processor has already been added. */
  readonly AUDIO_PROCESSOR_LIMIT_EXCEED: 6029;
  /** Camera access was denied. */
  readonly VIDEO_CAMERA_PERMISSION_DENIED: 6100;
  /** No camera was found. */
  readonly VIDEO_NO_CAMERA: 6101;
  /** The camera ID matches no camera in the device list. */
  readonly VIDEO_MISMATCH_CAMERA: 6102;
  /** The camera is in use by another program. */
  readonly VIDEO_CAMERA_TAKEN: 6103;
  /** The virtual background could not be initialised. */
  readonly VIDEO_VB_INITIALIZE_ERROR: 6104;
  /** Video capture is still starting or stopping. */
  readonly VIDEO_CAPTURE_LOADING: 6105;
  /** The host has stopped this user's video. */
  readonly VIDEO_MUTED_BY_HOST: 6106;
  /** Virtual backgrounds are not supported on this platform. */
  readonly VIDEO_VB_UNSUPPORTED: 6107;
  /** A virtual background or video processor is already in progress. */
  readonly VIDEO_VB_PROCESSOR_CONFLICT: 6108;
  /** The video is not in the state the call needs. */
  readonly VIDEO_MISMATCH_STATE: 6109;
  /** The video stream could not be established. */
  readonly VIDEO_ESTABLISH_STREAM_ERROR: 6110;
  /** Too many videos are being rendered. */
  readonly VIDEO_RENDER_LIMIT_EXCEED: 6111;
  /** The render method does not apply to WebRTC video. */
  readonly VIDEO_METHOD_DEPRECATED: 6112;
  /** The virtual background image cannot be loaded. */
  readonly VIDEO_VB_IMAGE_INACCESSIBLE: 6113;
  /** The virtual background is not in the state the call needs. */
  readonly VIDEO_VB_MISMATCH_STATE: 6114;
  /** The video mask image cannot be loaded. */
  readonly VIDEO_MASK_IMAGE_INACCESSIBLE: 6115;
  /** A virtual background or processor is already in progress. */
  readonly VIDEO_MASK_PROCESSOR_CONFLICT: 6116;
  /** The video cannot be spotlighted in its current state. */
  readonly VIDEO_SPOTLIGHT_MISMATCH_STATE: 6117;
  /** Multiple spotlighted videos cannot be removed this way. */
  readonly VIDEO_SPOTLIGHT_MULTI_CONFLICT: 6118;
  /** Video processors are not supported on this platform. */
  readonly VIDEO_PROCESSOR_UNSUPPORTED: 6119;
  /** Only one video processor can be added at a time. */
  readonly VIDEO_PROCESSOR_LIMIT_EXCEED: 6120;
  /** The video processor has already been created. */
  readonly VIDEO_PROCESSOR_DUPLICATE_CREATE: 6121;
  /** The video processor was not found. */
  readonly VIDEO_PROCESSOR_MISMATCH_PROCESSOR: 6122;
  /** Camera control is not supported here. */
  readonly FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED: 6150;
  /** Camera control is not in the state the call needs. */
  readonly FAR_END_CAMERA_CONTROL_MISMATCH_STATE: 6151;
  /** Permission to control the remote camera has not been granted. */
  readonly FAR_END_CAMERA_PERMISSION_REQUIRED: 6152;
  /** The camera control range is invalid. */
  readonly FAR_END_CAMERA_INVALID_RANGE: 6153;
  /** Camera control calls are too frequent. */
  readonly FAR_END_CAMERA_RATE_LIMIT: 6154;
  /** The user declined the screen share. */
  readonly SCREEN_SHARE_USER_DENIED: 6200;
  /** The operating system does not allow screen recording. */
  readonly SCREEN_SHARE_SYSTEM_DENIED: 6201;
  /** Screen sharing is not supported on this platform. */
  readonly SCREEN_SHARE_UNSUPPORTED: 6202;
  /** Sharing to subsessions is not possible from inside a subsession. */
  readonly SCREEN_SHARE_SUBSESSION_CONFLICT: 6203;
  /** Only the host may share. */
  readonly SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED: 6204;
  /** The screen share is not in the state the call needs. */
  readonly SCREEN_SHARE_MISMATCH_STATE: 6205;
  /** Optimising a share for video is not supported here. */
  readonly SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED: 6206;
  /** Optimising a share for video conflicts with multiple sharing. */
  readonly SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT: 6207;
  /** The share privilege value is invalid. */
  readonly SCREEN_SHARE_INVALID_PRIVILEGE: 6208;
  /** An information barrier forbids this share. */
  readonly SCREEN_SHARE_IB_DENIED: 6209;
  /** Too many share views are rendered. */
  readonly SCREEN_SHARE_LIMIT_EXCEED: 6218;
  /** A screen share cannot start while a whiteboard is in progress. */
  readonly SCREEN_SHARE_WHITEBOARD_CONFLICT: 6220;
  /** Annotation is disabled for the account. */
  readonly SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE: 6210;
  /** There is no active share to annotate. */
  readonly SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE: 6211;
  /** The presenter has disabled annotation. */
  readonly SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED: 6212;
  /** Annotation has already started. */
  readonly SCREEN_SHARE_ANNOTATION_DUPLICATE_START: 6213;
  /** Annotation failed to start. */
  readonly SCREEN_SHARE_ANNOTATION_START_ERROR: 6214;
  /** An annotation controller parameter is invalid. */
  readonly SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER: 6215;
  /** The current configuration does not support annotation. */
  readonly SCREEN_SHARE_ANNOTATION_NOT_SUPPORT: 6216;
  /** Annotation has not been started. */
  readonly SCREEN_SHARE_ANNOTATION_NOT_START: 6217;
  /** A share-camera request named an unknown user or an invalid value. */
  readonly SHARE_CAMERA_MESSAGE_ERROR: 6219;
  /** Share processors are not supported on this platform. */
  readonly SHARED_PROCESSOR_UNSUPPORTED: 6223;
  /** The share processor has already been created. */
  readonly SHARED_PROCESSOR_DUPLICATE_CREATE: 6224;
  /** The share processor was not found. */
  readonly SHARED_PROCESSOR_MISMATCH_PROCESSOR: 6225;
  /** Only one share processor can be added at a time. */
  readonly SHARED_PROCESSOR_LIMIT_EXCEED: 6226;
  /** Remote control is disabled for the account. */
  readonly REMOTE_CONTROL_ACCOUNT_DISABLE: 6300;
  /** Remote control is not in the state the call needs. */
  readonly REMOTE_CONTROL_MISMATCH_STATE: 6301;
  /** Permission to control the remote screen has not been granted. */
  readonly REMOTE_CONTROL_PERMISSION_REQUIRED: 6302;
  /** Remote control needs the entire screen to be shared. */
  readonly REMOTE_CONTROL_MISMATCH_DISPLAY_SURFACE: 6303;
  /** The remote-control app's launch URL scheme is invalid. */
  readonly REMOTE_CONTROL_INVALID_LAUNCH_SCHEME: 6304;
  /** The chat message is empty. */
  readonly CHAT_EMPTY_MESSAGE: 7000;
  /** The chat recipient does not match a participant. */
  readonly CHAT_MISMATCH_USER: 7001;
  /** The chat privilege does not allow this message. */
  readonly CHAT_INSUFFICIENT_PRIVILEGE: 7002;
  /** Only the host or a manager can set the chat privilege. */
  readonly CHAT_INVALID_PRIVILEGE: 7003;
  /** The call is not available inside a subsession. */
  readonly CHAT_SUBSESSION_CONFLICT: 7004;
  /** The chat file is empty. */
  readonly CHAT_EMPTY_FILE: 7005;
  /** The file retry token is invalid. */
  readonly CHAT_INVALID_RETRY_TOKEN: 7006;
  /** The file type is not allowed. */
  readonly CHAT_MISMATCH_FILE_TYPE: 7007;
  /** The file is too large. */
  readonly CHAT_EXCEED_FILE_SIZE: 7008;
  /** The message ID or file URL is invalid. */
  readonly CHAT_INVALID_MSG_ID_OR_URL: 7009;
  /** File transfer in chat is disabled for the account. */
  readonly CHAT_FILE_ACCOUNT_DISABLE: 7010;
  /** Deleting chat messages is disabled for the account. */
  readonly CHAT_DELETE_ACCOUNT_DISABLE: 7011;
  /** The command message is empty. */
  readonly CMD_EMPTY_MESSAGE: 7100;
  /** The command recipient does not match a participant. */
  readonly CMD_MISMATCH_USER: 7101;
  /** The command message is not a string. */
  readonly CMD_INVALID_MESSAGE_TYPE: 7102;
  /** The command message is too long. */
  readonly CMD_EXCEED_MESSAGE_LENGTH: 7103;
  /** The command channel is not ready. */
  readonly CMD_CHANNEL_NOT_READY: 7104;
  /** Command messages are sent too often. */
  readonly CMD_RATE_LIMIT: 7105;
  /** Cloud recording is disabled for the account. */
  readonly RECORDING_ACCOUNT_DISABLE: 7200;
  /** Pausing or stopping cloud recording is forbidden. */
  readonly RECORDING_STOP_FORBIDDEN: 7201;
  /** The recording is not in the state the call needs. */
  readonly RECORDING_MISMATCH_STATE: 7202;
  /** Individual (per-user) recording is disabled for the account. */
  readonly RECORDING_ISO_DISABLE: 7203;
  /** Zoom IQ for recording is disabled for the account. */
  readonly RECORDING_IQ_DISABLE: 7204;
  /** Only the host can enable recording with Zoom IQ. */
  readonly RECORDING_IQ_PERMISSION_REQUIRED: 7205;
  /** Recording with Zoom IQ is not in the state the call needs. */
  readonly RECORDING_IQ_MISMATCH_STATE: 7206;
  /** Local recording is disabled for the account. */
  readonly LOCAL_RECORDING_ACCOUNT_DISABLE: 7207;
  /** The local recording permission value is invalid. */
  readonly LOCAL_RECORDING_INVALID_VALUE: 7208;
  /** Local recording is not in the state the call needs. */
  readonly LOCAL_RECORDING_MISMATCH_STATE: 7209;
  /** Live transcription is disabled for the account. */
  readonly TRANSCRIPTION_ACCOUNT_DISABLE: 7300;
  /** The host has disabled live transcription. */
  readonly TRANSCRIPTION_FEATURE_DISABLE: 7301;
  /** The speaking language is not supported. */
  readonly TRANSCRIPTION_LANGUAGE_UNSUPPORTED: 7302;
  /** Transcription is not in the state the call needs. */
  readonly TRANSCRIPTION_MISMATCH_STATE: 7303;
  /** Translated captions is disabled for the account. */
  readonly TRANSLATION_ACCOUNT_DISABLE: 7304;
  /** The translation language is not supported. */
  readonly TRANSLATION_LANGUAGE_UNSUPPORTED: 7305;
  /** Manual captions is disabled for the account. */
  readonly MANUAL_CAPTION_ACCOUNT_DISABLE: 7306;
  /** The host has disabled manual captions. */
  readonly MANUAL_CAPTION_FEATURE_DISABLE: 7307;
  /** The captioner user does not match a participant. */
  readonly MANUAL_CAPTION_MISMATCH_USER: 7308;
  /** The user may not send manual captions. */
  readonly MANUAL_CAPTION_INSUFFICIENT_PRIVILEGE: 7309;
  /** The host has locked the transcription language. */
  readonly TRANSCRIPTION_LANGUAGE_LOCKED: 7310;
  /** Live streaming is disabled for the account. */
  readonly LIVE_STREAM_ACCOUNT_DISABLE: 7400;
  /** A live stream parameter is invalid. */
  readonly LIVE_STREAM_INVALID_PARAMETER: 7401;
  /** A live stream is already in progress. */
  readonly LIVE_STREAM_MISMATCH_STATE: 7402;
  /** The incoming live stream ID is empty or not the bound one. */
  readonly INCOMING_LIVE_STREAM_INVALID_PARAMETER: 7450;
  /** The incoming live stream is not in the state the call needs. */
  readonly INCOMING_LIVE_STREAM_MISMATCH_STATE: 7451;
  /** Subsessions is disabled for the account. */
  readonly SUBSESSION_ACCOUNT_DISABLE: 7500;
  /** Too many subsessions were requested. */
  readonly SUBSESSION_EXCEED_CAPACITY: 7501;
  /** The subsession ID is wrong. */
  readonly SUBSESSION_MISMATCH_ID: 7502;
  /** The subsession user ID is wrong. */
  readonly SUBSESSION_MISMATCH_USER: 7503;
  /** The subsessions are not in the state the call needs. */
  readonly SUBSESSION_MISMATCH_STATE: 7504;
  /** The host does not allow leaving the subsession. */
  readonly SUBSESSION_EXIT_RESTRICTED: 7505;
  /** Broadcasting messages to subsessions is disabled for the account. */
  readonly SUBSESSION_BROADCAST_DISABLE: 7506;
  /** The broadcast message is empty or invalid. */
  readonly SUBSESSION_BROADCAST_INVALID_CONTENT: 7507;
  /** Broadcasting voice to subsessions is disabled for the account. */
  readonly SUBSESSION_BROADCAST_VOICE_DISABLE: 7508;
  /** Voice cannot be broadcast from inside a subsession. */
  readonly SUBSESSION_BROADCAST_VOICE_RESTRICTED: 7509;
  /** Voice broadcast needs an active audio connection. */
  readonly SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE: 7510;
  /** Emoji reactions is disabled for the account. */
  readonly REACTION_ACCOUNT_DISABLE: 7600;
  /** The reaction parameter is invalid. */
  readonly REACTION_INVALID_PARAMETER: 7601;
  /** Meeting summary and query is disabled for the account. */
  readonly SUMMARY_ACCOUNT_DISABLE: 7700;
  /** A Q&amp;A parameter is invalid. */
  readonly QA_INVALID_PARAMETER: 7800;
  /** The host has disabled this Q&amp;A action. */
  readonly QA_INSUFFICIENT_PRIVILEGE: 7801;
  /** Broadcast streaming is disabled for the account. */
  readonly BROADCAST_STREAMING_ACCOUNT_DISABLE: 7900;
  /** Broadcast streaming is not in the state the call needs. */
  readonly BROADCAST_STREAMING_MISMATCH_STATE: 7901;
  /** A broadcast channel ID is required. */
  readonly BROADCAST_STREAMING_INVALID_CHANNEL_ID: 7902;
  /** The whiteboard is disabled for the account. */
  readonly WHITEBOARD_ACCOUNT_DISABLE: 8000;
  /** The whiteboard is not supported on this platform. */
  readonly WHITEBOARD_UNSUPPORTED: 8001;
  /** A whiteboard cannot start while a screen share is in progress. */
  readonly WHITEBOARD_SCREEN_SHARE_CONFLICT: 8002;
  /** The whiteboard is not in the state the call needs. */
  readonly WHITEBOARD_MISMATCH_STATE: 8003;
  /** Only the host or a manager may do this with the whiteboard. */
  readonly WHITEBOARD_HOST_PRIVILEGE_REQUIRED: 8004;
  /** A whiteboard parameter is invalid. */
  readonly WHITEBOARD_INVALID_PARAMETER: 8005;
  /** Exporting the whiteboard is disabled for this session. */
  readonly WHITEBOARD_EXPORT_DISABLE: 8006;
  /** Real-time media streams is disabled for the account. */
  readonly REAL_TIME_MEDIA_STREAMS_NOT_ENABLED: 8100;
  /** Real-time media streams are not in the state the call needs. */
  readonly REAL_TIME_MEDIA_STREAMS_INVALID_STATE: 8101;
  /** Real-time media streams are not available in breakout rooms. */
  readonly REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM: 8102;
  /** The voice translator is disabled for the account. */
  readonly VOICE_TRANSLATOR_ACCOUNT_DISABLE: 8200;
  /** No voice translator language list is available. */
  readonly VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST: 8201;
  /** The voice translator must be started first. */
  readonly VOICE_TRANSLATOR_MISMATCH_STATE: 8202;
  /** The translator language is not supported. */
  readonly VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED: 8203;
  /** The original audio balance is out of range. */
  readonly VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE: 8204;
  /** The voice timbre ID is invalid. */
  readonly VOICE_TRANSLATOR_INCORRECT_TIMBRE: 8205;
};

/** A wire value of Zoom Video SDK `exception_code`. */
export type ExceptionCode = (typeof ExceptionCode)[keyof typeof ExceptionCode];

/** The name of a ExceptionCode code as the catalog keys it (the upstream name without its prefix). */
export type ExceptionCodeCatalogName = keyof typeof ExceptionCode;

/** What upstream writes before every ExceptionCode catalog name. */
declare const exceptionCodePrefix = "";

/** The name of a ExceptionCode code exactly as upstream spells it. */
export type ExceptionCodeName = `${typeof exceptionCodePrefix}${ExceptionCodeCatalogName}`;

/**
 * Kind of a failed Video SDK call, carried as \`type\` beside \`errorCode\` in the ExecutedFailure a rejected promise returns.
 *
 * Upstream: ErrorTypes in <https://developers.zoom.us/docs/video-sdk/web/> 2.5.0 (package npm:\@zoom/videosdk\@2.5.0).
 */
export declare const ErrorTypes: {
  /** The operation is invalid here. */
  readonly INVALID_OPERATION: "INVALID_OPERATION";
  /** The remote service is temporarily unavailable. */
  readonly INTERNAL_ERROR: "INTERNAL_ERROR";
  /** The operation timed out. */
  readonly OPERATION_TIMEOUT: "OPERATION_TIMEOUT";
  /** The operation is only for a host or a manager. */
  readonly INSUFFICIENT_PRIVILEGES: "INSUFFICIENT_PRIVILEGES";
  /** The user is not in a session in the state the call needs. */
  readonly IMPROPER_MEETING_STATE: "IMPROPER_MEETING_STATE";
  /** The parameters passed to the method are invalid. */
  readonly INVALID_PARAMETERS: "INVALID_PARAMETERS";
  /** The operation is blocked because the setting is locked. */
  readonly OPERATION_LOCKED: "OPERATION_LOCKED";
};

/** A wire value of Zoom Video SDK `error_types`. */
export type ErrorTypes = (typeof ErrorTypes)[keyof typeof ErrorTypes];

/** The name of a ErrorTypes code as the catalog keys it (the upstream name without its prefix). */
export type ErrorTypesCatalogName = keyof typeof ErrorTypes;

/** What upstream writes before every ErrorTypes catalog name. */
declare const errorTypesPrefix = "";

/** The name of a ErrorTypes code exactly as upstream spells it. */
export type ErrorTypesName = `${typeof errorTypesPrefix}${ErrorTypesCatalogName}`;

/**
 * Code of the \`active-media-failed\` event, an unexpected failure of audio, video or sharing media during the session.
 *
 * Upstream: ActiveMediaFailedCode in <https://developers.zoom.us/docs/video-sdk/web/> 2.5.0 (package npm:\@zoom/videosdk\@2.5.0).
 */
export declare const ActiveMediaFailedCode: {
  /** The audio data channel could not be established. */
  readonly AudioConnectionFailed: 101;
  /** The microphone track ended. */
  readonly AudioStreamEnded: 102;
  /** Microphone permission was withdrawn. */
  readonly MicrophonePermissionReset: 103;
  /** No audio data could be read from the microphone stream. */
  readonly AudioStreamFailed: 104;
  /** The microphone is muted in the operating system. */
  readonly MicrophoneMuted: 105;
  /** Sending audio was interrupted. */
  readonly AudioStreamMuted: 106;
  /** Playback of remote audio was interrupted. */
  readonly AudioPlaybackInterrupted: 107;
  /** The video data channel could not be established. */
  readonly VideoConnectionFailed: 201;
  /** The camera track ended. */
  readonly VideoStreamEnded: 202;
  /** Camera permission was withdrawn. */
  readonly CameraPermissionReset: 203;
  /** The WebGL context used to render video is no longer valid. */
  readonly WebGlContextInvalid: 204;
  /** The SDK's WebAssembly module ran out of memory. */
  readonly WasmOutOfMemory: 205;
  /** No video data could be read from the camera stream. */
  readonly VideoStreamFailed: 206;
  /** The video stream was interrupted. */
  readonly VideoStreamMuted: 207;
  /** No data could be read from the screen-share stream. */
  readonly SharingStreamFailed: 301;
};

/** A wire value of Zoom Video SDK `active_media_failed_code`. */
export type ActiveMediaFailedCode = (typeof ActiveMediaFailedCode)[keyof typeof ActiveMediaFailedCode];

/** The name of a ActiveMediaFailedCode code as the catalog keys it (the upstream name without its prefix). */
export type ActiveMediaFailedCodeCatalogName = keyof typeof ActiveMediaFailedCode;

/** What upstream writes before every ActiveMediaFailedCode catalog name. */
declare const activeMediaFailedCodePrefix = "";

/** The name of a ActiveMediaFailedCode code exactly as upstream spells it. */
export type ActiveMediaFailedCodeName = `${typeof activeMediaFailedCodePrefix}${ActiveMediaFailedCodeCatalogName}`;

/**
 * Reason given with \`connection-change\` when the session state becomes \`Reconnecting\`.
 *
 * Upstream: ReconnectReason in <https://developers.zoom.us/docs/video-sdk/web/> 2.5.0 (package npm:\@zoom/videosdk\@2.5.0).
 */
export declare const ReconnectReason: {
  /** The session is failing over to another server. */
  readonly Failover: "failover";
  /** The user is joining a breakout subsession. */
  readonly JoinSubsession: "join breakout room";
  /** The user is moving between breakout subsessions. */
  readonly MoveToSubsession: "move to breakout room";
  /** The user is returning to the main session. */
  readonly BackToMainSession: "back to main session";
};

/** A wire value of Zoom Video SDK `reconnect_reason`. */
export type ReconnectReason = (typeof ReconnectReason)[keyof typeof ReconnectReason];

/** The name of a ReconnectReason code as the catalog keys it (the upstream name without its prefix). */
export type ReconnectReasonCatalogName = keyof typeof ReconnectReason;

/** What upstream writes before every ReconnectReason catalog name. */
declare const reconnectReasonPrefix = "";

/** The name of a ReconnectReason code exactly as upstream spells it. */
export type ReconnectReasonName = `${typeof reconnectReasonPrefix}${ReconnectReasonCatalogName}`;

/**
 * The upstream name of the ExceptionCode code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function exceptionCodeName(value: number): ExceptionCodeName | undefined;

/** Whether `value` is a wire value of a known ExceptionCode code. */
export declare function isExceptionCode(value: unknown): value is ExceptionCode;

/** The wire value of the ExceptionCode code with this upstream name, or `undefined` if there is none. */
export declare function exceptionCodeFromName(name: string): ExceptionCode | undefined;

/** Everything the catalog says about the ExceptionCode code with this wire value, or `undefined`. */
export declare function exceptionCodeInfo(value: number): CodeInfo<ExceptionCode, never> | undefined;

/** Everything the catalog says about each ExceptionCode code, by catalog name. */
export declare const exceptionCodeInfos: {
  readonly [K in ExceptionCodeCatalogName]: CodeInfo<(typeof ExceptionCode)[K], never>;
};

/**
 * The upstream name of the ErrorTypes code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function errorTypesName(value: string): ErrorTypesName | undefined;

/** Whether `value` is a wire value of a known ErrorTypes code. */
export declare function isErrorTypes(value: unknown): value is ErrorTypes;

/** The wire value of the ErrorTypes code with this upstream name, or `undefined` if there is none. */
export declare function errorTypesFromName(name: string): ErrorTypes | undefined;

/** Everything the catalog says about the ErrorTypes code with this wire value, or `undefined`. */
export declare function errorTypesInfo(value: string): CodeInfo<ErrorTypes, never> | undefined;

/** Everything the catalog says about each ErrorTypes code, by catalog name. */
export declare const errorTypesInfos: {
  readonly [K in ErrorTypesCatalogName]: CodeInfo<(typeof ErrorTypes)[K], never>;
};

/**
 * The upstream name of the ActiveMediaFailedCode code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function activeMediaFailedCodeName(value: number): ActiveMediaFailedCodeName | undefined;

/** Whether `value` is a wire value of a known ActiveMediaFailedCode code. */
export declare function isActiveMediaFailedCode(value: unknown): value is ActiveMediaFailedCode;

/** The wire value of the ActiveMediaFailedCode code with this upstream name, or `undefined` if there is none. */
export declare function activeMediaFailedCodeFromName(name: string): ActiveMediaFailedCode | undefined;

/** Everything the catalog says about the ActiveMediaFailedCode code with this wire value, or `undefined`. */
export declare function activeMediaFailedCodeInfo(value: number): CodeInfo<ActiveMediaFailedCode, never> | undefined;

/** Everything the catalog says about each ActiveMediaFailedCode code, by catalog name. */
export declare const activeMediaFailedCodeInfos: {
  readonly [K in ActiveMediaFailedCodeCatalogName]: CodeInfo<(typeof ActiveMediaFailedCode)[K], never>;
};

/**
 * The upstream name of the ReconnectReason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function reconnectReasonName(value: string): ReconnectReasonName | undefined;

/** Whether `value` is a wire value of a known ReconnectReason code. */
export declare function isReconnectReason(value: unknown): value is ReconnectReason;

/** The wire value of the ReconnectReason code with this upstream name, or `undefined` if there is none. */
export declare function reconnectReasonFromName(name: string): ReconnectReason | undefined;

/** Everything the catalog says about the ReconnectReason code with this wire value, or `undefined`. */
export declare function reconnectReasonInfo(value: string): CodeInfo<ReconnectReason, never> | undefined;

/** Everything the catalog says about each ReconnectReason code, by catalog name. */
export declare const reconnectReasonInfos: {
  readonly [K in ReconnectReasonCatalogName]: CodeInfo<(typeof ReconnectReason)[K], never>;
};

export {};

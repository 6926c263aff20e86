// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/**
 * Agora Web SDK error codes.
 *
 * @packageDocumentation
 */
import type { CodeInfo } from "./taxonomy.js";

/**
 * Code of an AgoraRTCError, the error the Agora Web SDK's methods reject with (error.code).
 *
 * Upstream: AgoraRTCErrorCode in <https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html> 4.24.8 (package npm:\@agora-js/shared\@4.24.8).
 */
export declare const AgoraRtcErrorCode: {
  /** An unexpected error occurred inside the SDK. */
  readonly UNEXPECTED_ERROR: "UNEXPECTED_ERROR";
  /** An Agora server answered with an unexpected response. */
  readonly UNEXPECTED_RESPONSE: "UNEXPECTED_RESPONSE";
  /** A protobuf-encoded server response could not be understood. */
  readonly PB_ERROR: "PB_ERROR";
  /** An operation timed out. */
  readonly TIMEOUT: "TIMEOUT";
  /** A call was given an invalid parameter. */
  readonly INVALID_PARAMS: "INVALID_PARAMS";
  /** The camera or microphone could not be read. */
  readonly NOT_READABLE: "NOT_READABLE";
  /** The browser or environment does not support the requested feature. */
  readonly NOT_SUPPORTED: "NOT_SUPPORTED";
  /** The call is not allowed in the current state. */
  readonly INVALID_OPERATION: "INVALID_OPERATION";
  /** The operation was cancelled before it finished. */
  readonly OPERATION_ABORTED: "OPERATION_ABORTED";
  /** The page is not in a secure context. */
  readonly WEB_SECURITY_RESTRICT: "WEB_SECURITY_RESTRICT";
  /** The SDP offer/answer exchange with Agora failed. */
  readonly EXCHANGE_SDP_FAILED: "EXCHANGE_SDP_FAILED";
  /** A remote ICE candidate could not be added. */
  readonly ADD_CANDIDATE_FAILED: "ADD_CANDIDATE_FAILED";
  /** A data channel operation failed. */
  readonly DATACHANNEL_FAILED: "DATACHANNEL_FAILED";
  /** An HTTP request failed because of the network. */
  readonly NETWORK_ERROR: "NETWORK_ERROR";
  /** An HTTP request timed out. */
  readonly NETWORK_TIMEOUT: "NETWORK_TIMEOUT";
  /** An HTTP request got an error status. */
  readonly NETWORK_RESPONSE_ERROR: "NETWORK_RESPONSE_ERROR";
  /** An SDK method call took longer than its time limit. */
  readonly API_INVOKE_TIMEOUT: "API_INVOKE_TIMEOUT";
  /** The list of media devices could not be read. */
  readonly ENUMERATE_DEVICES_FAILED: "ENUMERATE_DEVICES_FAILED";
  /** The requested camera or microphone was not found. */
  readonly DEVICE_NOT_FOUND: "DEVICE_NOT_FOUND";
  /** The Electron API needed for screen sharing is missing. */
  readonly ELECTRON_IS_NULL: "ELECTRON_IS_NULL";
  /** Electron could not list the screens and windows to share. */
  readonly ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR: "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR";
  /** The Chrome screen-sharing extension did not respond. */
  readonly CHROME_PLUGIN_NO_RESPONSE: "CHROME_PLUGIN_NO_RESPONSE";
  /** The Chrome screen-sharing extension is not installed. */
  readonly CHROME_PLUGIN_NOT_INSTALL: "CHROME_PLUGIN_NOT_INSTALL";
  /** The media constraints cannot be met by the device. */
  readonly MEDIA_OPTION_INVALID: "MEDIA_OPTION_INVALID";
  /** Access to the camera, microphone or screen was denied. */
  readonly PERMISSION_DENIED: "PERMISSION_DENIED";
  /** A media constraint cannot be satisfied. */
  readonly CONSTRAINT_NOT_SATISFIED: "CONSTRAINT_NOT_SATISFIED";
  /** The track is disabled. */
  readonly TRACK_IS_DISABLED: "TRACK_IS_DISABLED";
  /** The visibility of the video element could not be read. */
  readonly GET_VIDEO_ELEMENT_VISIBLE_ERROR: "GET_VIDEO_ELEMENT_VISIBLE_ERROR";
  /** Sharing system audio with the screen was not allowed. */
  readonly SHARE_AUDIO_NOT_ALLOWED: "SHARE_AUDIO_NOT_ALLOWED";
  /** The low-quality video stream could not be encoded. */
  readonly LOW_STREAM_ENCODING_ERROR: "LOW_STREAM_ENCODING_ERROR";
  /** The encoding parameters could not be applied. */
  readonly SET_ENCODING_PARAMETER_ERROR: "SET_ENCODING_PARAMETER_ERROR";
  /** The track cannot move to the requested state. */
  readonly TRACK_STATE_UNREACHABLE: "TRACK_STATE_UNREACHABLE";
  /** The user ID could not be mapped from a string account. */
  readonly INVALID_UINT_UID_FROM_STRING_UID: "INVALID_UINT_UID_FROM_STRING_UID";
  /** No cloud proxy server could be obtained. */
  readonly CAN_NOT_GET_PROXY_SERVER: "CAN_NOT_GET_PROXY_SERVER";
  /** No edge (gateway) server could be obtained. */
  readonly CAN_NOT_GET_GATEWAY_SERVER: "CAN_NOT_GET_GATEWAY_SERVER";
  /** The gateway address is empty. */
  readonly VOID_GATEWAY_ADDRESS: "VOID_GATEWAY_ADDRESS";
  /** The same user ID is already in this channel from this page. */
  readonly UID_CONFLICT: "UID_CONFLICT";
  /** The access point's combined response could not be parsed. */
  readonly MULTI_UNILBS_RESPONSE_ERROR: "MULTI_UNILBS_RESPONSE_ERROR";
  /** The access ticket could not be renewed. */
  readonly UPDATE_TICKET_FAILED: "UPDATE_TICKET_FAILED";
  /** The token has expired. */
  readonly TOKEN_EXPIRE: "TOKEN_EXPIRE";
  /** The local track is not valid for this call. */
  readonly INVALID_LOCAL_TRACK: "INVALID_LOCAL_TRACK";
  /** The track passed is of the wrong kind. */
  readonly INVALID_TRACK: "INVALID_TRACK";
  /** The RTP sender for the track was not found. */
  readonly SENDER_NOT_FOUND: "SENDER_NOT_FOUND";
  /** The browser could not create an SDP offer. */
  readonly CREATE_OFFER_FAILED: "CREATE_OFFER_FAILED";
  /** The SDP answer could not be applied. */
  readonly SET_ANSWER_FAILED: "SET_ANSWER_FAILED";
  /** The ICE connection failed. */
  readonly ICE_FAILED: "ICE_FAILED";
  /** The peer connection is closed. */
  readonly PC_CLOSED: "PC_CLOSED";
  /** The sender's track could not be replaced. */
  readonly SENDER_REPLACE_FAILED: "SENDER_REPLACE_FAILED";
  /** The browser's media capabilities could not be read. */
  readonly GET_LOCAL_CAPABILITIES_FAILED: "GET_LOCAL_CAPABILITIES_FAILED";
  /** The local connection parameters could not be gathered. */
  readonly GET_LOCAL_CONNECTION_PARAMS_FAILED: "GET_LOCAL_CONNECTION_PARAMS_FAILED";
  /** Subscribing to a remote user's track failed. */
  readonly SUBSCRIBE_FAILED: "SUBSCRIBE_FAILED";
  /** Unsubscribing from a remote user failed. */
  readonly UNSUBSCRIBE_FAILED: "UNSUBSCRIBE_FAILED";
  /** The media connection to the gateway was lost. */
  readonly GATEWAY_P2P_LOST: "GATEWAY_P2P_LOST";
  /** No ICE candidate was gathered. */
  readonly NO_ICE_CANDIDATE: "NO_ICE_CANDIDATE";
  /** Only one video track can be published at a time. */
  readonly CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS: "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS";
  /** A disabled video track is already published. */
  readonly EXIST_DISABLED_VIDEO_TRACK: "EXIST_DISABLED_VIDEO_TRACK";
  /** The remote user is not in the channel. */
  readonly INVALID_REMOTE_USER: "INVALID_REMOTE_USER";
  /** The remote user has not published the requested media. */
  readonly REMOTE_USER_IS_NOT_PUBLISHED: "REMOTE_USER_IS_NOT_PUBLISHED";
  /** A custom report could not be sent. */
  readonly CUSTOM_REPORT_SEND_FAILED: "CUSTOM_REPORT_SEND_FAILED";
  /** Custom reports are sent too often. */
  readonly CUSTOM_REPORT_FREQUENCY_TOO_HIGH: "CUSTOM_REPORT_FREQUENCY_TOO_HIGH";
  /** The audio file could not be downloaded. */
  readonly FETCH_AUDIO_FILE_FAILED: "FETCH_AUDIO_FILE_FAILED";
  /** The local audio file could not be read. */
  readonly READ_LOCAL_AUDIO_FILE_ERROR: "READ_LOCAL_AUDIO_FILE_ERROR";
  /** The audio file could not be decoded. */
  readonly DECODE_AUDIO_FILE_FAILED: "DECODE_AUDIO_FILE_FAILED";
  /** The WebSocket operation was aborted. */
  readonly WS_ABORT: "WS_ABORT";
  /** The signalling WebSocket disconnected. */
  readonly WS_DISCONNECT: "WS_DISCONNECT";
  /** The signalling WebSocket failed. */
  readonly WS_ERR: "WS_ERR";
  /** An external signalling request was aborted. */
  readonly EXTERNAL_SIGNAL_ABORT: "EXTERNAL_SIGNAL_ABORT";
  /** A live-streaming task for this URL already exists. */
  readonly LIVE_STREAMING_TASK_CONFLICT: "LIVE_STREAMING_TASK_CONFLICT";
  /** A live-streaming argument is invalid. */
  readonly LIVE_STREAMING_INVALID_ARGUMENT: "LIVE_STREAMING_INVALID_ARGUMENT";
  /** Agora's streaming server failed. */
  readonly LIVE_STREAMING_INTERNAL_SERVER_ERROR: "LIVE_STREAMING_INTERNAL_SERVER_ERROR";
  /** The streaming URL is already in use. */
  readonly LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED: "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED";
  /** Transcoding settings were given without transcoding enabled. */
  readonly LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED: "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED";
  /** The CDN failed. */
  readonly LIVE_STREAMING_CDN_ERROR: "LIVE_STREAMING_CDN_ERROR";
  /** The stream to push is missing or unusable. */
  readonly LIVE_STREAMING_INVALID_RAW_STREAM: "LIVE_STREAMING_INVALID_RAW_STREAM";
  /** Too many streaming URLs. */
  readonly LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT: "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT";
  /** A transcoding image could not be loaded. */
  readonly LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE: "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE";
  /** Streaming requests are too frequent. */
  readonly LIVE_STREAMING_WARN_FREQUENT_REQUEST: "LIVE_STREAMING_WARN_FREQUENT_REQUEST";
  /** A WebGL error occurred. */
  readonly WEBGL_INTERNAL_ERROR: "WEBGL_INTERNAL_ERROR";
  /** The beauty effect processor failed. */
  readonly BEAUTY_PROCESSOR_INTERNAL_ERROR: "BEAUTY_PROCESSOR_INTERNAL_ERROR";
  /** The media relay did not reach the expected state. */
  readonly CROSS_CHANNEL_WAIT_STATUS_ERROR: "CROSS_CHANNEL_WAIT_STATUS_ERROR";
  /** The media relay could not join the source channel. */
  readonly CROSS_CHANNEL_FAILED_JOIN_SRC: "CROSS_CHANNEL_FAILED_JOIN_SEC";
  /** The media relay could not join a destination channel. */
  readonly CROSS_CHANNEL_FAILED_JOIN_DEST: "CROSS_CHANNEL_FAILED_JOIN_DEST";
  /** The media relay could not send media to the destination. */
  readonly CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST: "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST";
  /** The media relay service answered with an error. */
  readonly CROSS_CHANNEL_SERVER_ERROR_RESPONSE: "CROSS_CHANNEL_SERVER_ERROR_RESPONSE";
  /** The metadata is too large. */
  readonly METADATA_OUT_OF_RANGE: "METADATA_OUT_OF_RANGE";
  /** Local echo cancellation could not be set up. */
  readonly LOCAL_AEC_ERROR: "LOCAL_AEC_ERROR";
  /** The extension is not valid. */
  readonly INVALID_PLUGIN: "INVALID_PLUGIN";
  /** The media connection was dropped during an operation. */
  readonly DISCONNECT_P2P: "DISCONNECT_P2P";
  /** A video frame image could not be converted. */
  readonly CONVERTING_IMAGEDATA_TO_BLOB_FAILED: "CONVERTING_IMAGEDATA_TO_BLOB_FAILED";
  /** A video frame could not be converted to an image. */
  readonly CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED: "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED";
  /** Joining through the data channel timed out. */
  readonly INIT_DATACHANNEL_TIMEOUT: "INIT_DATACHANNEL_TIMEOUT";
  /** The data channel could not be created. */
  readonly CREATE_DATACHANNEL_ERROR: "CREATE_DATACHANNEL_ERROR";
  /** The data channel did not connect in time. */
  readonly DATACHANNEL_CONNECTION_TIMEOUT: "DATACHANNEL_CONNECTION_TIMEOUT";
  /** The operation is prohibited by the project's configuration. */
  readonly PROHIBITED_OPERATION: "PROHIBITED_OPERATION";
  /** An image for content moderation could not be uploaded. */
  readonly IMAGE_MODERATION_UPLOAD_FAILED: "IMAGE_MODERATION_UPLOAD_FAILED";
  /** A peer-to-peer message request failed. */
  readonly P2P_MESSAGE_FAILED: "P2P_MESSAGE_FAILED";
};

/** A wire value of Agora Web SDK `agora_rtc_error_code`. */
export type AgoraRtcErrorCode = (typeof AgoraRtcErrorCode)[keyof typeof AgoraRtcErrorCode];

/** The name of a AgoraRtcErrorCode code as the catalog keys it (the upstream name without its prefix). */
export type AgoraRtcErrorCodeCatalogName = keyof typeof AgoraRtcErrorCode;

/** What upstream writes before every AgoraRtcErrorCode catalog name. */
declare const agoraRtcErrorCodePrefix = "";

/** The name of a AgoraRtcErrorCode code exactly as upstream spells it. */
export type AgoraRtcErrorCodeName = `${typeof agoraRtcErrorCodePrefix}${AgoraRtcErrorCodeCatalogName}`;

/**
 * Reason the Agora Web SDK gives in connection-state-change when the connection state becomes DISCONNECTED.
 *
 * Upstream: ConnectionDisconnectedReason in <https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html> 4.24.8 (package npm:\@agora-js/shared\@4.24.8).
 */
export declare const ConnectionDisconnectedReason: {
  /** The user left the channel. */
  readonly LEAVE: "LEAVE";
  /** The network failed and the SDK gave up reconnecting. */
  readonly NETWORK_ERROR: "NETWORK_ERROR";
  /** The server returned an error. */
  readonly SERVER_ERROR: "SERVER_ERROR";
  /** The user was banned from the channel. */
  readonly UID_BANNED: "UID_BANNED";
  /** The connection was closed to switch the signalling path. */
  readonly FALLBACK: "FALLBACK";
  /** The user's IP address was banned. */
  readonly IP_BANNED: "IP_BANNED";
  /** The channel was banned. */
  readonly CHANNEL_BANNED: "CHANNEL_BANNED";
  /** The licence is missing. */
  readonly LICENSE_MISSING: "LICENSE_MISSING";
  /** The licence has expired. */
  readonly LICENSE_EXPIRED: "LICENSE_EXPIRED";
  /** The licence's minutes are used up. */
  readonly LICENSE_MINUTES_EXCEEDED: "LICENSE_MINUTES_EXCEEDED";
  /** The licence is not valid for this period. */
  readonly LICENSE_PERIOD_INVALID: "LICENSE_PERIOD_INVALID";
  /** The licence is used by several SDK services at once. */
  readonly LICENSE_MULTIPLE_SDK_SERVICE: "LICENSE_MULTIPLE_SDK_SERVICE";
  /** The licence is not valid. */
  readonly LICENSE_ILLEGAL: "LICENSE_ILLEGAL";
  /** The token expired during the session. */
  readonly TOKEN_EXPIRE: "TOKEN_EXPIRE";
  /** The session was moved to HLS playback. */
  readonly FALLBACK_TO_HLS: "FALLBACK_TO_HLS";
  /** Another client joined with the same UID. */
  readonly UID_CONFLICT: "UID_CONFLICT";
};

/** A wire value of Agora Web SDK `connection_disconnected_reason`. */
export type ConnectionDisconnectedReason = (typeof ConnectionDisconnectedReason)[keyof typeof ConnectionDisconnectedReason];

/** The name of a ConnectionDisconnectedReason code as the catalog keys it (the upstream name without its prefix). */
export type ConnectionDisconnectedReasonCatalogName = keyof typeof ConnectionDisconnectedReason;

/** What upstream writes before every ConnectionDisconnectedReason catalog name. */
declare const connectionDisconnectedReasonPrefix = "";

/** The name of a ConnectionDisconnectedReason code exactly as upstream spells it. */
export type ConnectionDisconnectedReasonName = `${typeof connectionDisconnectedReasonPrefix}${ConnectionDisconnectedReasonCatalogName}`;

/**
 * Error code of a channel media relay, reported with its state in the channel-media-relay-state event.
 *
 * Upstream: ChannelMediaRelayError in <https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html> 4.24.8 (package npm:agora-rtc-sdk-ng\@4.24.8).
 */
export declare const ChannelMediaRelayError: {
  /** No relay error. */
  readonly RELAY_OK: "RELAY_OK";
  /** The SDK lost its connection to the relay service. */
  readonly SERVER_CONNECTION_LOST: "SERVER_CONNECTION_LOST";
  /** The source channel's relay token expired. */
  readonly SRC_TOKEN_EXPIRED: "SRC_TOKEN_EXPIRED";
  /** A destination channel's relay token expired. */
  readonly DEST_TOKEN_EXPIRED: "DEST_TOKEN_EXPIRED";
};

/** A wire value of Agora Web SDK `channel_media_relay_error`. */
export type ChannelMediaRelayError = (typeof ChannelMediaRelayError)[keyof typeof ChannelMediaRelayError];

/** The name of a ChannelMediaRelayError code as the catalog keys it (the upstream name without its prefix). */
export type ChannelMediaRelayErrorCatalogName = keyof typeof ChannelMediaRelayError;

/** What upstream writes before every ChannelMediaRelayError catalog name. */
declare const channelMediaRelayErrorPrefix = "";

/** The name of a ChannelMediaRelayError code exactly as upstream spells it. */
export type ChannelMediaRelayErrorName = `${typeof channelMediaRelayErrorPrefix}${ChannelMediaRelayErrorCatalogName}`;

/**
 * The upstream name of the AgoraRtcErrorCode code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function agoraRtcErrorCodeName(value: string): AgoraRtcErrorCodeName | undefined;

/** Whether `value` is a wire value of a known AgoraRtcErrorCode code. */
export declare function isAgoraRtcErrorCode(value: unknown): value is AgoraRtcErrorCode;

/** The wire value of the AgoraRtcErrorCode code with this upstream name, or `undefined` if there is none. */
export declare function agoraRtcErrorCodeFromName(name: string): AgoraRtcErrorCode | undefined;

/** Everything the catalog says about the AgoraRtcErrorCode code with this wire value, or `undefined`. */
export declare function agoraRtcErrorCodeInfo(value: string): CodeInfo<AgoraRtcErrorCode, never> | undefined;

/** Everything the catalog says about each AgoraRtcErrorCode code, by catalog name. */
export declare const agoraRtcErrorCodeInfos: {
  readonly [K in AgoraRtcErrorCodeCatalogName]: CodeInfo<(typeof AgoraRtcErrorCode)[K], never>;
};

/**
 * The upstream name of the ConnectionDisconnectedReason code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function connectionDisconnectedReasonName(value: string): ConnectionDisconnectedReasonName | undefined;

/** Whether `value` is a wire value of a known ConnectionDisconnectedReason code. */
export declare function isConnectionDisconnectedReason(value: unknown): value is ConnectionDisconnectedReason;

/** The wire value of the ConnectionDisconnectedReason code with this upstream name, or `undefined` if there is none. */
export declare function connectionDisconnectedReasonFromName(name: string): ConnectionDisconnectedReason | undefined;

/** Everything the catalog says about the ConnectionDisconnectedReason code with this wire value, or `undefined`. */
export declare function connectionDisconnectedReasonInfo(value: string): CodeInfo<ConnectionDisconnectedReason, never> | undefined;

/** Everything the catalog says about each ConnectionDisconnectedReason code, by catalog name. */
export declare const connectionDisconnectedReasonInfos: {
  readonly [K in ConnectionDisconnectedReasonCatalogName]: CodeInfo<(typeof ConnectionDisconnectedReason)[K], never>;
};

/**
 * The upstream name of the ChannelMediaRelayError code with this wire value, or `undefined` for a value the
 * catalog does not know (a newer provider release, or bad input). Never throws.
 */
export declare function channelMediaRelayErrorName(value: string): ChannelMediaRelayErrorName | undefined;

/** Whether `value` is a wire value of a known ChannelMediaRelayError code. */
export declare function isChannelMediaRelayError(value: unknown): value is ChannelMediaRelayError;

/** The wire value of the ChannelMediaRelayError code with this upstream name, or `undefined` if there is none. */
export declare function channelMediaRelayErrorFromName(name: string): ChannelMediaRelayError | undefined;

/** Everything the catalog says about the ChannelMediaRelayError code with this wire value, or `undefined`. */
export declare function channelMediaRelayErrorInfo(value: string): CodeInfo<ChannelMediaRelayError, never> | undefined;

/** Everything the catalog says about each ChannelMediaRelayError code, by catalog name. */
export declare const channelMediaRelayErrorInfos: {
  readonly [K in ChannelMediaRelayErrorCatalogName]: CodeInfo<(typeof ChannelMediaRelayError)[K], never>;
};

export {};

/* Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate. */

/**
 * Error codes of real-time audio/video providers, with causes and retry guidance.
 *
 * C99, no heap allocation: every table is `const`. Each code set is an enum with
 * `<type>_from_value`, `<type>_from_name` and `<type>_info`; `rtc_lookup_value`,
 * `rtc_lookup_string` and `rtc_lookup_name` find a code of any provider.
 */
#ifndef RTC_ERROR_CATALOG_H
#define RTC_ERROR_CATALOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The catalog's version. */
#define RTC_ERROR_CATALOG_VERSION "0.1.7"

/** What kind of event a code reports, the same across providers (the catalog's own taxonomy). */
typedef enum rtc_category {
    /** Not an error: Nothing failed. The code reports a normal state (for example "no failure has occurred") and needs no handling beyond logging. */
    RTC_CATEGORY_NOT_AN_ERROR,
    /** Ended normally: The session ended because the local user or app asked for it. Clean up; do not reconnect and do not show an error. */
    RTC_CATEGORY_ENDED_NORMALLY,
    /** Credentials: The token or credentials were missing, malformed, expired or rejected. A fresh, valid credential from the app's backend usually fixes it. */
    RTC_CATEGORY_CREDENTIALS,
    /** Permission: The caller is identified but not allowed to do this: denied by a moderator, by room rules or by the grants in its token. Retrying with the same rights fails again. */
    RTC_CATEGORY_PERMISSION,
    /** Capacity: The room, stage or service is full or has no resources left. It may succeed later, once load drops; tell the user and let them try again. */
    RTC_CATEGORY_CAPACITY,
    /** Network: The network path between client and service failed or timed out: unreachable host, lost signalling, ping timeout. Usually transient; retry with backoff. */
    RTC_CATEGORY_NETWORK,
    /** Media negotiation: The media path could not be negotiated or established: ICE, SDP offer/answer, codecs. Often an environment problem (firewall, browser); a retry may help, repeated failures need the user. */
    RTC_CATEGORY_MEDIA_NEGOTIATION,
    /** Session ended by the service or another party: The service, a moderator or another participant ended this session: room deleted, removed from the meeting, joined from another device, server shut down. Do not reconnect automatically; tell the user what happened. */
    RTC_CATEGORY_ENDED_BY_SERVICE,
    /** Service fault: The provider's service failed in a way the client did not cause: internal error, unexpected response. Retry with backoff and alert if it recurs. */
    RTC_CATEGORY_SERVICE_FAULT,
    /** Client or configuration error: The app, its configuration or its use of the SDK is wrong: invalid request, unsupported setting, misuse of the API. Retrying the same call fails again; a developer must fix it. */
    RTC_CATEGORY_CLIENT_ERROR,
    /** Billing or quota: The account's plan, credits or quota does not allow the session. Operators must act; the user can only be told. */
    RTC_CATEGORY_BILLING_QUOTA,
    /** Input needed from the user: The session can continue once the user supplies something: a password, a display name, a choice. Ask, then retry. */
    RTC_CATEGORY_USER_INPUT,
    /** Unknown: The provider could not classify the failure, or the code groups failures of several kinds. Log the details; treat it as a fault. */
    RTC_CATEGORY_UNKNOWN,
} rtc_category;

/** The number of `rtc_category` values (they count from 0). */
#define RTC_CATEGORY_COUNT 13

/** What an app should do about a code, the same across providers (the catalog's own taxonomy). */
typedef enum rtc_retry_policy {
    /** Not an error: Nothing to retry: the code does not report a failure. */
    RTC_RETRY_POLICY_NOT_AN_ERROR,
    /** The SDK retries by itself: The provider's SDK is already reconnecting or recovering. Do not restart the session from the app; show progress and wait for a terminal code. */
    RTC_RETRY_POLICY_AUTOMATIC,
    /** Back off and retry: The failure is likely transient. Retry the same operation after a delay that grows with each attempt, and give up after a bounded number of attempts. */
    RTC_RETRY_POLICY_BACKOFF,
    /** Refresh credentials, then retry: Fetch a new token or new credentials from the app's backend, then retry. Retrying with the old credentials fails again. */
    RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
    /** Needs a user action: Retry only after the user has done something: entered a password or name, been admitted, chosen to rejoin, fixed their network or browser. Never retry without them. */
    RTC_RETRY_POLICY_USER_ACTION,
    /** Do not retry: Retrying cannot succeed without a change to the app, its configuration, the account or the room. Report it; fix the cause. */
    RTC_RETRY_POLICY_NEVER,
    /** Depends on the accompanying code: The value only groups failures (a category or sub-type reported beside a more specific code). Decide from the accompanying code. */
    RTC_RETRY_POLICY_DEPENDS,
} rtc_retry_policy;

/** The number of `rtc_retry_policy` values (they count from 0). */
#define RTC_RETRY_POLICY_COUNT 7

/** Where a code's retry policy or terminal flag comes from. */
typedef enum rtc_basis {
    /** The provider documents it, or its SDK implements it. */
    RTC_BASIS_PROVIDER,
    /** The catalog's own classification; the code's `rationale` says why. */
    RTC_BASIS_CATALOG
} rtc_basis;

/** How a delay is randomised (AWS's "exponential backoff and jitter"). */
typedef enum rtc_jitter {
    /** The delay itself. */
    RTC_JITTER_NONE,
    /** A random whole delay from 0 to the delay. */
    RTC_JITTER_FULL,
    /** Half the delay plus a random part up to the other half. */
    RTC_JITTER_EQUAL
} rtc_jitter;

/** Whether a code ends the session: yes, no, or only under a condition. */
typedef enum rtc_terminality {
    /** The session is over. */
    RTC_TERMINALITY_TERMINAL,
    /** The session goes on. */
    RTC_TERMINALITY_NOT_TERMINAL,
    /** The session ends only under the code's terminal condition (its text says when). */
    RTC_TERMINALITY_DEPENDS
} rtc_terminality;

/** How long to wait before each retry, and when to give up. */
typedef struct rtc_retry_schedule {
    /** Delay before the first retry, in milliseconds. */
    uint32_t initial_delay_ms;
    /** Growth per retry in thousandths (1500 = x1.5, 1000 = constant). */
    uint32_t multiplier_thousandths;
    /** Cap on one delay, in milliseconds (applied before jitter). */
    uint32_t max_delay_ms;
    /** How the delay is randomised. */
    rtc_jitter jitter;
    /** Retries after which to give up. */
    uint32_t max_attempts;
} rtc_retry_schedule;

/** A category or a retry policy. */
typedef struct rtc_term {
    /** The id used in the spec and in every binding, e.g. `network`. */
    const char *id;
    /** A short human-readable name. */
    const char *title;
    /** One paragraph: what it means and what an app should do. */
    const char *meaning;
    /** Categories: the end-user message of their codes that have none of their own; else NULL. */
    const char *user_message;
    /** Retry policies that retry on a schedule: the schedule; else NULL. */
    const rtc_retry_schedule *schedule;
} rtc_term;

/** Each category, indexed by `rtc_category`. */
extern const rtc_term rtc_categories[RTC_CATEGORY_COUNT];
/** Each retry policy, indexed by `rtc_retry_policy`. */
extern const rtc_term rtc_retry_policies[RTC_RETRY_POLICY_COUNT];
/** Sets `*out` to the category with this id; false if there is none. */
bool rtc_category_from_id(const char *id, rtc_category *out);
/** Sets `*out` to the retry policy with this id; false if there is none. */
bool rtc_retry_policy_from_id(const char *id, rtc_retry_policy *out);

/** One value of a runtime signal. */
typedef struct rtc_signal_value {
    /** The value as the SDK gives it. */
    const char *value;
    /** What it means for the app. */
    const char *means;
} rtc_signal_value;

/** A verdict the provider's SDK gives at run time; it takes precedence over the catalog's static guidance. */
typedef struct rtc_runtime_signal {
    /** The SDK's field or call, e.g. `MeetingSessionStatus.isTerminal()`. */
    const char *name;
    /** The catalog fields it takes precedence over: `retry`, `terminal`. */
    const char *const *overrides;
    /** The number of `overrides`. */
    size_t override_count;
    /** Each value and what it means (empty when they cannot be listed). */
    const rtc_signal_value *values;
    /** The number of `values`. */
    size_t value_count;
    /** What it means, when the values cannot be listed. NULL otherwise. */
    const char *meaning;
} rtc_runtime_signal;

/** Everything the catalog says about the code. Optional texts are NULL when absent; lists are an array and a count. */
typedef struct rtc_code_info {
    /** The provider's id, e.g. `livekit`. */
    const char *provider;
    /** The code set's id, e.g. `disconnect_reason`. */
    const char *code_set;
    /** The enumerator's value: the wire value of an integer code set, the code's index in a string code set. */
    int32_t value;
    /** The wire value of a string code set; NULL in an integer code set. */
    const char *string_value;
    /** The name exactly as upstream spells it. */
    const char *name;
    /** The name as the catalog keys it (the upstream name without the set's prefix). */
    const char *catalog_name;
    /** One short sentence. */
    const char *summary;
    /** What causes it. */
    const char *cause;
    /** When it occurs. */
    const char *const *when;
    /** The number of `when` entries. */
    size_t when_count;
    /** What to tell the end user (the code's own message or its category's). */
    const char *user_message;
    /** A stable key for localising the user message: `provider.code_set.NAME`. */
    const char *user_message_key;
    /** Ordered steps for developers or operators. */
    const char *const *remediation;
    /** The number of `remediation` steps. */
    size_t remediation_count;
    /** The known root causes, for codes that cover several. */
    const char *const *causes;
    /** The number of `causes`. */
    size_t cause_count;
    /** Where the remediation comes from. */
    const char *const *references;
    /** The number of `references`. */
    size_t reference_count;
    /** The upstream release that introduced the code, where known. */
    const char *since;
    /** The catalog's category. */
    rtc_category category;
    /** What an app should do. */
    rtc_retry_policy retry_policy;
    /** Where the retry policy comes from. */
    rtc_basis retry_basis;
    /** How long to wait before each retry; none when the retry policy does not retry on a schedule. */
    const rtc_retry_schedule *retry_schedule;
    /** The SDK's run-time verdict that takes precedence over this guidance, if any. */
    const rtc_runtime_signal *runtime_signal;
    /** Whether the session ends when this code is reported: yes, no, or only under a condition. */
    rtc_terminality terminality;
    /** With `Depends`: when the code ends the session, in words. */
    const char *terminal_condition;
    /** True only when the code always ends the session (`Terminal`); false for `NotTerminal` and for `Depends`, whose condition must be checked. */
    bool terminal;
    /** Where the terminal flag comes from. */
    rtc_basis terminal_basis;
    /** Why the catalog classified it so, where a basis is the catalog. */
    const char *rationale;
    /** Set when upstream deprecates the code. */
    const char *deprecated;
    /** Whether the code set has the SDK's own failure flag (then `failure` is it). */
    bool has_failure;
    /** The provider SDK's own failure verdict, for code sets that have one. */
    bool failure;
    /** The equivalent code in the linked code set, if any. */
    const struct rtc_code_info *protocol_equivalent;
} rtc_code_info;

/** One code set, for tools that handle every provider's codes generically. */
typedef struct rtc_code_set {
    /** The provider's id, e.g. `livekit`. */
    const char *provider;
    /** The code set's id, e.g. `disconnect_reason`. */
    const char *id;
    /** Whether the wire values are strings (`string_value`) rather than integers (`value`). */
    bool string_values;
    /** Every code, in spec order. */
    const rtc_code_info *codes;
    /** The number of `codes`. */
    size_t count;
} rtc_code_set;

/** Every code set of every provider, in catalog order. */
extern const rtc_code_set rtc_code_sets[];
/** The number of entries in `rtc_code_sets`. */
extern const size_t rtc_code_set_count;
/** The code set `code_set` of `provider`, or NULL. */
const rtc_code_set *rtc_code_set_find(const char *provider, const char *code_set);
/** The code with this wire value in an integer code set, or NULL (unknown set or value, or a string set). */
const rtc_code_info *rtc_lookup_value(const char *provider, const char *code_set, int32_t value);
/** The code with this wire value in a string code set, or NULL (unknown set or value, or an integer set). */
const rtc_code_info *rtc_lookup_string(const char *provider, const char *code_set, const char *value);
/** The code with this upstream name, or NULL. */
const rtc_code_info *rtc_lookup_name(const char *provider, const char *code_set, const char *name);

/**
 * Sets `*delay_ms` to the milliseconds to wait before retry number `attempt` (1 = the first
 * retry) and returns true; returns false to give up (attempt 0 or past `max_attempts`, or a NULL
 * argument). `random` is a number in [0, 1) (anything else counts as 0). The rule is in
 * spec/README.md: integer arithmetic, then one double multiplication for the jitter.
 */
bool rtc_retry_schedule_delay(const rtc_retry_schedule *schedule, uint32_t attempt, double random, uint32_t *delay_ms);
/** The same for a code's own schedule; false too when the code has none. */
bool rtc_retry_delay(const rtc_code_info *code, uint32_t attempt, double random, uint32_t *delay_ms);

/**
 * Agora Web SDK: Code of an AgoraRTCError, the error the Agora Web SDK's methods reject with (error.code).
 *
 * Upstream: AgoraRTCErrorCode in https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html 4.24.8 (package npm:@agora-js/shared@4.24.8).
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_agora_agora_rtc_error_code {
    /** An unexpected error occurred inside the SDK. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_UNEXPECTED_ERROR = 0,
    /** An Agora server answered with an unexpected response. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_UNEXPECTED_RESPONSE = 1,
    /** A protobuf-encoded server response could not be understood. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_PB_ERROR = 2,
    /** An operation timed out. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_TIMEOUT = 3,
    /** A call was given an invalid parameter. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_INVALID_PARAMS = 4,
    /** The camera or microphone could not be read. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_NOT_READABLE = 5,
    /** The browser or environment does not support the requested feature. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_NOT_SUPPORTED = 6,
    /** The call is not allowed in the current state. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_INVALID_OPERATION = 7,
    /** The operation was cancelled before it finished. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_OPERATION_ABORTED = 8,
    /** The page is not in a secure context. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_WEB_SECURITY_RESTRICT = 9,
    /** The SDP offer/answer exchange with Agora failed. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_EXCHANGE_SDP_FAILED = 10,
    /** A remote ICE candidate could not be added. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_ADD_CANDIDATE_FAILED = 11,
    /** A data channel operation failed. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_DATACHANNEL_FAILED = 12,
    /** An HTTP request failed because of the network. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_NETWORK_ERROR = 13,
    /** An HTTP request timed out. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_NETWORK_TIMEOUT = 14,
    /** An HTTP request got an error status. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_NETWORK_RESPONSE_ERROR = 15,
    /** An SDK method call took longer than its time limit. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_API_INVOKE_TIMEOUT = 16,
    /** The list of media devices could not be read. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_ENUMERATE_DEVICES_FAILED = 17,
    /** The requested camera or microphone was not found. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_DEVICE_NOT_FOUND = 18,
    /** The Electron API needed for screen sharing is missing. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_ELECTRON_IS_NULL = 19,
    /** Electron could not list the screens and windows to share. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR = 20,
    /** The Chrome screen-sharing extension did not respond. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CHROME_PLUGIN_NO_RESPONSE = 21,
    /** The Chrome screen-sharing extension is not installed. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CHROME_PLUGIN_NOT_INSTALL = 22,
    /** The media constraints cannot be met by the device. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_MEDIA_OPTION_INVALID = 23,
    /** Access to the camera, microphone or screen was denied. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_PERMISSION_DENIED = 24,
    /** A media constraint cannot be satisfied. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CONSTRAINT_NOT_SATISFIED = 25,
    /** The track is disabled. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_TRACK_IS_DISABLED = 26,
    /** The visibility of the video element could not be read. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_GET_VIDEO_ELEMENT_VISIBLE_ERROR = 27,
    /** Sharing system audio with the screen was not allowed. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_SHARE_AUDIO_NOT_ALLOWED = 28,
    /** The low-quality video stream could not be encoded. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_LOW_STREAM_ENCODING_ERROR = 29,
    /** The encoding parameters could not be applied. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_SET_ENCODING_PARAMETER_ERROR = 30,
    /** The track cannot move to the requested state. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_TRACK_STATE_UNREACHABLE = 31,
    /** The user ID could not be mapped from a string account. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_INVALID_UINT_UID_FROM_STRING_UID = 32,
    /** No cloud proxy server could be obtained. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CAN_NOT_GET_PROXY_SERVER = 33,
    /** No edge (gateway) server could be obtained. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CAN_NOT_GET_GATEWAY_SERVER = 34,
    /** The gateway address is empty. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_VOID_GATEWAY_ADDRESS = 35,
    /** The same user ID is already in this channel from this page. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_UID_CONFLICT = 36,
    /** The access point's combined response could not be parsed. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_MULTI_UNILBS_RESPONSE_ERROR = 37,
    /** The access ticket could not be renewed. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_UPDATE_TICKET_FAILED = 38,
    /** The token has expired. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_TOKEN_EXPIRE = 39,
    /** The local track is not valid for this call. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_INVALID_LOCAL_TRACK = 40,
    /** The track passed is of the wrong kind. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_INVALID_TRACK = 41,
    /** The RTP sender for the track was not found. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_SENDER_NOT_FOUND = 42,
    /** The browser could not create an SDP offer. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CREATE_OFFER_FAILED = 43,
    /** The SDP answer could not be applied. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_SET_ANSWER_FAILED = 44,
    /** The ICE connection failed. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_ICE_FAILED = 45,
    /** The peer connection is closed. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_PC_CLOSED = 46,
    /** The sender's track could not be replaced. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_SENDER_REPLACE_FAILED = 47,
    /** The browser's media capabilities could not be read. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_GET_LOCAL_CAPABILITIES_FAILED = 48,
    /** The local connection parameters could not be gathered. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_GET_LOCAL_CONNECTION_PARAMS_FAILED = 49,
    /** Subscribing to a remote user's track failed. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_SUBSCRIBE_FAILED = 50,
    /** Unsubscribing from a remote user failed. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_UNSUBSCRIBE_FAILED = 51,
    /** The media connection to the gateway was lost. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_GATEWAY_P2P_LOST = 52,
    /** No ICE candidate was gathered. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_NO_ICE_CANDIDATE = 53,
    /** Only one video track can be published at a time. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS = 54,
    /** A disabled video track is already published. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_EXIST_DISABLED_VIDEO_TRACK = 55,
    /** The remote user is not in the channel. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_INVALID_REMOTE_USER = 56,
    /** The remote user has not published the requested media. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_REMOTE_USER_IS_NOT_PUBLISHED = 57,
    /** A custom report could not be sent. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CUSTOM_REPORT_SEND_FAILED = 58,
    /** Custom reports are sent too often. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CUSTOM_REPORT_FREQUENCY_TOO_HIGH = 59,
    /** The audio file could not be downloaded. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_FETCH_AUDIO_FILE_FAILED = 60,
    /** The local audio file could not be read. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_READ_LOCAL_AUDIO_FILE_ERROR = 61,
    /** The audio file could not be decoded. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_DECODE_AUDIO_FILE_FAILED = 62,
    /** The WebSocket operation was aborted. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_WS_ABORT = 63,
    /** The signalling WebSocket disconnected. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_WS_DISCONNECT = 64,
    /** The signalling WebSocket failed. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_WS_ERR = 65,
    /** An external signalling request was aborted. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_EXTERNAL_SIGNAL_ABORT = 66,
    /** A live-streaming task for this URL already exists. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_LIVE_STREAMING_TASK_CONFLICT = 67,
    /** A live-streaming argument is invalid. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_LIVE_STREAMING_INVALID_ARGUMENT = 68,
    /** Agora's streaming server failed. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_LIVE_STREAMING_INTERNAL_SERVER_ERROR = 69,
    /** The streaming URL is already in use. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED = 70,
    /** Transcoding settings were given without transcoding enabled. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED = 71,
    /** The CDN failed. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_LIVE_STREAMING_CDN_ERROR = 72,
    /** The stream to push is missing or unusable. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_LIVE_STREAMING_INVALID_RAW_STREAM = 73,
    /** Too many streaming URLs. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT = 74,
    /** A transcoding image could not be loaded. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE = 75,
    /** Streaming requests are too frequent. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_LIVE_STREAMING_WARN_FREQUENT_REQUEST = 76,
    /** A WebGL error occurred. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_WEBGL_INTERNAL_ERROR = 77,
    /** The beauty effect processor failed. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_BEAUTY_PROCESSOR_INTERNAL_ERROR = 78,
    /** The media relay did not reach the expected state. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CROSS_CHANNEL_WAIT_STATUS_ERROR = 79,
    /** The media relay could not join the source channel. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CROSS_CHANNEL_FAILED_JOIN_SRC = 80,
    /** The media relay could not join a destination channel. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CROSS_CHANNEL_FAILED_JOIN_DEST = 81,
    /** The media relay could not send media to the destination. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST = 82,
    /** The media relay service answered with an error. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CROSS_CHANNEL_SERVER_ERROR_RESPONSE = 83,
    /** The metadata is too large. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_METADATA_OUT_OF_RANGE = 84,
    /** Local echo cancellation could not be set up. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_LOCAL_AEC_ERROR = 85,
    /** The extension is not valid. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_INVALID_PLUGIN = 86,
    /** The media connection was dropped during an operation. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_DISCONNECT_P2P = 87,
    /** A video frame image could not be converted. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CONVERTING_IMAGEDATA_TO_BLOB_FAILED = 88,
    /** A video frame could not be converted to an image. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED = 89,
    /** Joining through the data channel timed out. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_INIT_DATACHANNEL_TIMEOUT = 90,
    /** The data channel could not be created. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_CREATE_DATACHANNEL_ERROR = 91,
    /** The data channel did not connect in time. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_DATACHANNEL_CONNECTION_TIMEOUT = 92,
    /** The operation is prohibited by the project's configuration. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_PROHIBITED_OPERATION = 93,
    /** An image for content moderation could not be uploaded. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_IMAGE_MODERATION_UPLOAD_FAILED = 94,
    /** A peer-to-peer message request failed. */
    RTC_AGORA_AGORA_RTC_ERROR_CODE_P2P_MESSAGE_FAILED = 95,
} rtc_agora_agora_rtc_error_code;

/** Every `rtc_agora_agora_rtc_error_code` code, in spec order. */
extern const rtc_code_info rtc_agora_agora_rtc_error_code_infos[];
/** The number of entries in `rtc_agora_agora_rtc_error_code_infos`. */
extern const size_t rtc_agora_agora_rtc_error_code_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_agora_agora_rtc_error_code_from_value(const char *value, rtc_agora_agora_rtc_error_code *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_agora_agora_rtc_error_code_from_name(const char *name, rtc_agora_agora_rtc_error_code *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_agora_agora_rtc_error_code_info(rtc_agora_agora_rtc_error_code code);

/**
 * Agora Web SDK: Reason the Agora Web SDK gives in connection-state-change when the connection state becomes DISCONNECTED.
 *
 * Upstream: ConnectionDisconnectedReason in https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html 4.24.8 (package npm:@agora-js/shared@4.24.8).
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_agora_connection_disconnected_reason {
    /** The user left the channel. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_LEAVE = 0,
    /** The network failed and the SDK gave up reconnecting. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_NETWORK_ERROR = 1,
    /** The server returned an error. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_SERVER_ERROR = 2,
    /** The user was banned from the channel. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_UID_BANNED = 3,
    /** The connection was closed to switch the signalling path. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_FALLBACK = 4,
    /** The user's IP address was banned. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_IP_BANNED = 5,
    /** The channel was banned. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_CHANNEL_BANNED = 6,
    /** The licence is missing. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_LICENSE_MISSING = 7,
    /** The licence has expired. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_LICENSE_EXPIRED = 8,
    /** The licence's minutes are used up. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_LICENSE_MINUTES_EXCEEDED = 9,
    /** The licence is not valid for this period. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_LICENSE_PERIOD_INVALID = 10,
    /** The licence is used by several SDK services at once. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_LICENSE_MULTIPLE_SDK_SERVICE = 11,
    /** The licence is not valid. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_LICENSE_ILLEGAL = 12,
    /** The token expired during the session. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_TOKEN_EXPIRE = 13,
    /** The session was moved to HLS playback. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_FALLBACK_TO_HLS = 14,
    /** Another client joined with the same UID. */
    RTC_AGORA_CONNECTION_DISCONNECTED_REASON_UID_CONFLICT = 15,
} rtc_agora_connection_disconnected_reason;

/** Every `rtc_agora_connection_disconnected_reason` code, in spec order. */
extern const rtc_code_info rtc_agora_connection_disconnected_reason_infos[];
/** The number of entries in `rtc_agora_connection_disconnected_reason_infos`. */
extern const size_t rtc_agora_connection_disconnected_reason_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_agora_connection_disconnected_reason_from_value(const char *value, rtc_agora_connection_disconnected_reason *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_agora_connection_disconnected_reason_from_name(const char *name, rtc_agora_connection_disconnected_reason *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_agora_connection_disconnected_reason_info(rtc_agora_connection_disconnected_reason code);

/**
 * Agora Web SDK: Error code of a channel media relay, reported with its state in the channel-media-relay-state event.
 *
 * Upstream: ChannelMediaRelayError in https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html 4.24.8 (package npm:agora-rtc-sdk-ng@4.24.8).
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_agora_channel_media_relay_error {
    /** No relay error. */
    RTC_AGORA_CHANNEL_MEDIA_RELAY_ERROR_RELAY_OK = 0,
    /** The SDK lost its connection to the relay service. */
    RTC_AGORA_CHANNEL_MEDIA_RELAY_ERROR_SERVER_CONNECTION_LOST = 1,
    /** The source channel's relay token expired. */
    RTC_AGORA_CHANNEL_MEDIA_RELAY_ERROR_SRC_TOKEN_EXPIRED = 2,
    /** A destination channel's relay token expired. */
    RTC_AGORA_CHANNEL_MEDIA_RELAY_ERROR_DEST_TOKEN_EXPIRED = 3,
} rtc_agora_channel_media_relay_error;

/** Every `rtc_agora_channel_media_relay_error` code, in spec order. */
extern const rtc_code_info rtc_agora_channel_media_relay_error_infos[];
/** The number of entries in `rtc_agora_channel_media_relay_error_infos`. */
extern const size_t rtc_agora_channel_media_relay_error_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_agora_channel_media_relay_error_from_value(const char *value, rtc_agora_channel_media_relay_error *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_agora_channel_media_relay_error_from_name(const char *name, rtc_agora_channel_media_relay_error *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_agora_channel_media_relay_error_info(rtc_agora_channel_media_relay_error code);

/**
 * Amazon Chime SDK: Underlying reason for a meeting session status, mainly as reported to AudioVideoObserver.audioVideoDidStop.
 *
 * Upstream: MeetingSessionStatusCode in aws/amazon-chime-sdk-js 3.32.0 (package npm:amazon-chime-sdk-js@3.32.0).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_amazon_chime_meeting_session_status_code {
    /** No error. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_OK = 0,
    /** The attendee left the meeting normally. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_LEFT = 1,
    /** The same attendee joined from another device or tab. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_AUDIO_JOINED_FROM_ANOTHER_DEVICE = 2,
    /** Authentication of the attendee was rejected. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_AUDIO_AUTHENTICATION_REJECTED = 3,
    /** The meeting is at capacity. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_AUDIO_CALL_AT_CAPACITY = 4,
    /** The meeting has already ended. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_MEETING_ENDED = 5,
    /** Internal server error related to audio. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_AUDIO_INTERNAL_SERVER_ERROR = 6,
    /** The audio service is unavailable. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_AUDIO_SERVICE_UNAVAILABLE = 7,
    /** The audio connection failed. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_AUDIO_DISCONNECTED = 8,
    /** Local video must switch to view-only mode. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_VIDEO_CALL_SWITCH_TO_VIEW_ONLY = 9,
    /** The video source capacity was exceeded. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_VIDEO_CALL_AT_SOURCE_CAPACITY = 10,
    /** The signaling connection was refused as a bad request. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_SIGNALING_BAD_REQUEST = 11,
    /** The signaling connection failed or was lost. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_SIGNALING_INTERNAL_SERVER_ERROR = 12,
    /** Received an unknown signaling error without a status. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_SIGNALING_REQUEST_FAILED = 13,
    /** The signaling websocket closed unexpectedly mid-meeting. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_SIGNALING_CHANNEL_CLOSED_UNEXPECTEDLY = 14,
    /** Timed out gathering ICE candidates. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_ICE_GATHERING_TIMEOUT_WORKAROUND = 15,
    /** A reconnect was triggered by poor connection health. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_CONNECTION_HEALTH_RECONNECT = 16,
    /** The RealtimeController failed. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_REALTIME_API_FAILED = 17,
    /** A connection step failed without a more specific reason. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_TASK_FAILED = 18,
    /** Media negotiation failed due to incompatible SDP. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_INCOMPATIBLE_SDP = 19,
    /** TURN credentials were refused because the meeting ended or the attendee was removed. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_TURN_CREDENTIALS_FORBIDDEN = 20,
    /** The attendee did not show up on the roster. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_NO_ATTENDEE_PRESENT = 21,
    /** The attendee was removed from the meeting. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_AUDIO_ATTENDEE_REMOVED = 22,
    /** The attendee's primary-meeting credentials were revoked. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_AUDIO_VIDEO_WAS_REMOVED_FROM_PRIMARY_MEETING = 23,
    /** The attendee was demoted after a disconnection. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_AUDIO_VIDEO_DISCONNECTED_WHILE_PROMOTED = 24,
    /** Reserved code for an audio disconnect. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_AUDIO_DISCONNECT_AUDIO = 25,
    /** The encoded transform worker manager failed. */
    RTC_AMAZON_CHIME_MEETING_SESSION_STATUS_CODE_ENCODED_TRANSFORM_MANAGER_FAILED = 26,
} rtc_amazon_chime_meeting_session_status_code;

/** Every `rtc_amazon_chime_meeting_session_status_code` code, in spec order. */
extern const rtc_code_info rtc_amazon_chime_meeting_session_status_code_infos[];
/** The number of entries in `rtc_amazon_chime_meeting_session_status_code_infos`. */
extern const size_t rtc_amazon_chime_meeting_session_status_code_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_amazon_chime_meeting_session_status_code_from_value(int32_t value, rtc_amazon_chime_meeting_session_status_code *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_amazon_chime_meeting_session_status_code_from_name(const char *name, rtc_amazon_chime_meeting_session_status_code *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_amazon_chime_meeting_session_status_code_info(rtc_amazon_chime_meeting_session_status_code code);

/**
 * Amazon IVS: Code of a StageError that an IVS real-time Stage reports when a join, publish or subscribe operation fails.
 *
 * Upstream: StageErrorCode in https://aws.amazon.com/ivs/ 1.41.0 (package npm:amazon-ivs-web-broadcast@1.41.0).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_amazon_ivs_stage_error_code {
    /** The stage token is malformed. */
    RTC_AMAZON_IVS_STAGE_ERROR_CODE_TOKEN_MALFORMED = 1,
    /** The stage token has expired. */
    RTC_AMAZON_IVS_STAGE_ERROR_CODE_TOKEN_EXPIRED = 2,
    /** The operation timed out. */
    RTC_AMAZON_IVS_STAGE_ERROR_CODE_TIMEOUT = 3,
    /** The operation failed; the error details give the cause. */
    RTC_AMAZON_IVS_STAGE_ERROR_CODE_FAILED = 4,
    /** The operation was canceled before it completed. */
    RTC_AMAZON_IVS_STAGE_ERROR_CODE_CANCELED = 5,
    /** The stage is at capacity. */
    RTC_AMAZON_IVS_STAGE_ERROR_CODE_STAGE_AT_CAPACITY = 6,
    /** The stage does not support the codec offered. */
    RTC_AMAZON_IVS_STAGE_ERROR_CODE_CODEC_MISMATCH = 7,
    /** The token lacks permission for the operation. */
    RTC_AMAZON_IVS_STAGE_ERROR_CODE_TOKEN_NOT_ALLOWED = 8,
    /** The stage has been deleted. */
    RTC_AMAZON_IVS_STAGE_ERROR_CODE_STAGE_DELETED = 9,
    /** The participant has been disconnected from the stage. */
    RTC_AMAZON_IVS_STAGE_ERROR_CODE_PARTICIPANT_DISCONNECTED = 10,
    /** The token given to exchangeToken is invalid or incompatible. */
    RTC_AMAZON_IVS_STAGE_ERROR_CODE_TOKEN_EXCHANGE_REQUEST_INVALID = 11,
    /** The server rejected or did not answer the token exchange. */
    RTC_AMAZON_IVS_STAGE_ERROR_CODE_TOKEN_EXCHANGE_FAILED = 12,
} rtc_amazon_ivs_stage_error_code;

/** Every `rtc_amazon_ivs_stage_error_code` code, in spec order. */
extern const rtc_code_info rtc_amazon_ivs_stage_error_code_infos[];
/** The number of entries in `rtc_amazon_ivs_stage_error_code_infos`. */
extern const size_t rtc_amazon_ivs_stage_error_code_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_amazon_ivs_stage_error_code_from_value(int32_t value, rtc_amazon_ivs_stage_error_code *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_amazon_ivs_stage_error_code_from_name(const char *name, rtc_amazon_ivs_stage_error_code *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_amazon_ivs_stage_error_code_info(rtc_amazon_ivs_stage_error_code code);

/**
 * Amazon IVS: Which part of a stage session a StageError concerns: the connection to the stage, publishing or subscribing.
 *
 * Upstream: StageErrorCategory in https://aws.amazon.com/ivs/ 1.41.0 (package npm:amazon-ivs-web-broadcast@1.41.0).
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_amazon_ivs_stage_error_category {
    /** The error concerns the connection to the stage. */
    RTC_AMAZON_IVS_STAGE_ERROR_CATEGORY_JOIN_ERROR = 0,
    /** The error concerns publishing local media to the stage. */
    RTC_AMAZON_IVS_STAGE_ERROR_CATEGORY_PUBLISH_ERROR = 1,
    /** The error concerns subscribing to a remote participant's media. */
    RTC_AMAZON_IVS_STAGE_ERROR_CATEGORY_SUBSCRIBE_ERROR = 2,
} rtc_amazon_ivs_stage_error_category;

/** Every `rtc_amazon_ivs_stage_error_category` code, in spec order. */
extern const rtc_code_info rtc_amazon_ivs_stage_error_category_infos[];
/** The number of entries in `rtc_amazon_ivs_stage_error_category_infos`. */
extern const size_t rtc_amazon_ivs_stage_error_category_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_amazon_ivs_stage_error_category_from_value(const char *value, rtc_amazon_ivs_stage_error_category *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_amazon_ivs_stage_error_category_from_name(const char *name, rtc_amazon_ivs_stage_error_category *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_amazon_ivs_stage_error_category_info(rtc_amazon_ivs_stage_error_category code);

/**
 * Daily: Type of the fatal error daily-js reports on its `error` event, after which the call object leaves the meeting.
 *
 * Upstream: DailyFatalErrorType in https://docs.daily.co/reference/daily-js 0.92.2 (package npm:@daily-co/daily-js@0.92.2).
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_daily_fatal_error_type {
    /** The participant was ejected from the meeting. */
    RTC_DAILY_FATAL_ERROR_TYPE_EJECTED = 0,
    /** The room is not available yet. */
    RTC_DAILY_FATAL_ERROR_TYPE_NBF_ROOM = 1,
    /** The meeting token is not valid yet. */
    RTC_DAILY_FATAL_ERROR_TYPE_NBF_TOKEN = 2,
    /** The room has expired. */
    RTC_DAILY_FATAL_ERROR_TYPE_EXP_ROOM = 3,
    /** The meeting token has expired. */
    RTC_DAILY_FATAL_ERROR_TYPE_EXP_TOKEN = 4,
    /** The room does not exist. */
    RTC_DAILY_FATAL_ERROR_TYPE_NO_ROOM = 5,
    /** The meeting is full. */
    RTC_DAILY_FATAL_ERROR_TYPE_MEETING_FULL = 6,
    /** This version of daily-js is no longer supported. */
    RTC_DAILY_FATAL_ERROR_TYPE_END_OF_LIFE = 7,
    /** The participant is not allowed to join. */
    RTC_DAILY_FATAL_ERROR_TYPE_NOT_ALLOWED = 8,
    /** The call could not connect or lost its connection for good. */
    RTC_DAILY_FATAL_ERROR_TYPE_CONNECTION_ERROR = 9,
} rtc_daily_fatal_error_type;

/** Every `rtc_daily_fatal_error_type` code, in spec order. */
extern const rtc_code_info rtc_daily_fatal_error_type_infos[];
/** The number of entries in `rtc_daily_fatal_error_type_infos`. */
extern const size_t rtc_daily_fatal_error_type_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_daily_fatal_error_type_from_value(const char *value, rtc_daily_fatal_error_type *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_daily_fatal_error_type_from_name(const char *name, rtc_daily_fatal_error_type *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_daily_fatal_error_type_info(rtc_daily_fatal_error_type code);

/**
 * Daily: Type of the non-fatal error daily-js reports on its `nonfatal-error` event; the call goes on.
 *
 * Upstream: DailyNonFatalErrorType in https://docs.daily.co/reference/daily-js 0.92.2 (package npm:@daily-co/daily-js@0.92.2).
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_daily_non_fatal_error_type {
    /** Applying the input settings failed. */
    RTC_DAILY_NON_FATAL_ERROR_TYPE_INPUT_SETTINGS_ERROR = 0,
    /** Screen sharing could not be started. */
    RTC_DAILY_NON_FATAL_ERROR_TYPE_SCREEN_SHARE_ERROR = 1,
    /** The local audio level observer failed. */
    RTC_DAILY_NON_FATAL_ERROR_TYPE_LOCAL_AUDIO_LEVEL_OBSERVER_ERROR = 2,
    /** The video processor failed. */
    RTC_DAILY_NON_FATAL_ERROR_TYPE_VIDEO_PROCESSOR_ERROR = 3,
    /** The video processor reported a warning. */
    RTC_DAILY_NON_FATAL_ERROR_TYPE_VIDEO_PROCESSOR_WARNING = 4,
    /** The audio processor failed. */
    RTC_DAILY_NON_FATAL_ERROR_TYPE_AUDIO_PROCESSOR_ERROR = 5,
    /** The remote media player failed. */
    RTC_DAILY_NON_FATAL_ERROR_TYPE_REMOTE_MEDIA_PLAYER_ERROR = 6,
    /** Live streaming reported a warning. */
    RTC_DAILY_NON_FATAL_ERROR_TYPE_LIVE_STREAMING_WARNING = 7,
    /** Updating the meeting session data failed. */
    RTC_DAILY_NON_FATAL_ERROR_TYPE_MEETING_SESSION_DATA_ERROR = 8,
} rtc_daily_non_fatal_error_type;

/** Every `rtc_daily_non_fatal_error_type` code, in spec order. */
extern const rtc_code_info rtc_daily_non_fatal_error_type_infos[];
/** The number of entries in `rtc_daily_non_fatal_error_type_infos`. */
extern const size_t rtc_daily_non_fatal_error_type_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_daily_non_fatal_error_type_from_value(const char *value, rtc_daily_non_fatal_error_type *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_daily_non_fatal_error_type_from_name(const char *name, rtc_daily_non_fatal_error_type *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_daily_non_fatal_error_type_info(rtc_daily_non_fatal_error_type code);

/**
 * Daily: Type of the error daily-js reports on its `camera-error` event when it cannot get the camera or microphone.
 *
 * Upstream: DailyCameraErrorType in https://docs.daily.co/reference/daily-js 0.92.2 (package npm:@daily-co/daily-js@0.92.2).
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_daily_camera_error_type {
    /** The camera is in use by another application. */
    RTC_DAILY_CAMERA_ERROR_TYPE_CAM_IN_USE = 0,
    /** The microphone is in use by another application. */
    RTC_DAILY_CAMERA_ERROR_TYPE_MIC_IN_USE = 1,
    /** Both the camera and the microphone are in use by another application. */
    RTC_DAILY_CAMERA_ERROR_TYPE_CAM_MIC_IN_USE = 2,
    /** Access to the camera or microphone was blocked. */
    RTC_DAILY_CAMERA_ERROR_TYPE_PERMISSIONS = 3,
    /** The browser offers no media devices API. */
    RTC_DAILY_CAMERA_ERROR_TYPE_UNDEFINED_MEDIADEVICES = 4,
    /** No camera or microphone was found. */
    RTC_DAILY_CAMERA_ERROR_TYPE_NOT_FOUND = 5,
    /** The media constraints were invalid or missing. */
    RTC_DAILY_CAMERA_ERROR_TYPE_CONSTRAINTS = 6,
    /** The camera or microphone failed for an unknown reason. */
    RTC_DAILY_CAMERA_ERROR_TYPE_UNKNOWN = 7,
} rtc_daily_camera_error_type;

/** Every `rtc_daily_camera_error_type` code, in spec order. */
extern const rtc_code_info rtc_daily_camera_error_type_infos[];
/** The number of entries in `rtc_daily_camera_error_type_infos`. */
extern const size_t rtc_daily_camera_error_type_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_daily_camera_error_type_from_value(const char *value, rtc_daily_camera_error_type *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_daily_camera_error_type_from_name(const char *name, rtc_daily_camera_error_type *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_daily_camera_error_type_info(rtc_daily_camera_error_type code);

/**
 * 100ms: Failures of the signalling WebSocket to the 100ms server (ErrorCodes.WebSocketConnectionErrors).
 *
 * Upstream: ErrorCodes.WebSocketConnectionErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_hms_websocket_connection_errors {
    /** The signalling WebSocket could not be opened. */
    RTC_HMS_WEBSOCKET_CONNECTION_ERRORS_FAILED_TO_CONNECT = 1000,
    /** The signalling connection was lost. */
    RTC_HMS_WEBSOCKET_CONNECTION_ERRORS_WEBSOCKET_CONNECTION_LOST = 1003,
    /** The signalling WebSocket closed while it was being opened. */
    RTC_HMS_WEBSOCKET_CONNECTION_ERRORS_ABNORMAL_CLOSE = 1006,
} rtc_hms_websocket_connection_errors;

/** Every `rtc_hms_websocket_connection_errors` code, in spec order. */
extern const rtc_code_info rtc_hms_websocket_connection_errors_infos[];
/** The number of entries in `rtc_hms_websocket_connection_errors_infos`. */
extern const size_t rtc_hms_websocket_connection_errors_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_hms_websocket_connection_errors_from_value(int32_t value, rtc_hms_websocket_connection_errors *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_hms_websocket_connection_errors_from_name(const char *name, rtc_hms_websocket_connection_errors *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_hms_websocket_connection_errors_info(rtc_hms_websocket_connection_errors code);

/**
 * 100ms: Failures of the HTTP calls the SDK makes before and around a session (init, token, feedback) (ErrorCodes.APIErrors).
 *
 * Upstream: ErrorCodes.APIErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_hms_api_errors {
    /** An HTTP API of the 100ms service answered with an error. */
    RTC_HMS_API_ERRORS_SERVER_ERRORS = 2000,
    /** The SDK has no init configuration to connect with. */
    RTC_HMS_API_ERRORS_INIT_CONFIG_NOT_AVAILABLE = 2002,
    /** A 100ms HTTP endpoint could not be reached. */
    RTC_HMS_API_ERRORS_ENDPOINT_UNREACHABLE = 2003,
    /** The auth token is not a well-formed JWT. */
    RTC_HMS_API_ERRORS_INVALID_TOKEN_FORMAT = 2004,
} rtc_hms_api_errors;

/** Every `rtc_hms_api_errors` code, in spec order. */
extern const rtc_code_info rtc_hms_api_errors_infos[];
/** The number of entries in `rtc_hms_api_errors_infos`. */
extern const size_t rtc_hms_api_errors_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_hms_api_errors_from_value(int32_t value, rtc_hms_api_errors *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_hms_api_errors_from_name(const char *name, rtc_hms_api_errors *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_hms_api_errors_info(rtc_hms_api_errors code);

/**
 * 100ms: Failures to capture, publish or play local and remote media tracks (ErrorCodes.TracksErrors), reported as HMSTrackException.
 *
 * Upstream: ErrorCodes.TracksErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_hms_tracks_errors {
    /** Getting or changing a local track failed for a reason the SDK did not classify. */
    RTC_HMS_TRACKS_ERRORS_GENERIC_TRACK = 3000,
    /** The user denied access to the camera, microphone or screen. */
    RTC_HMS_TRACKS_ERRORS_CANT_ACCESS_CAPTURE_DEVICE = 3001,
    /** No capture device of the requested kind is available. */
    RTC_HMS_TRACKS_ERRORS_DEVICE_NOT_AVAILABLE = 3002,
    /** The capture device is in use by another application. */
    RTC_HMS_TRACKS_ERRORS_DEVICE_IN_USE = 3003,
    /** Access to a capture device was lost during the call. */
    RTC_HMS_TRACKS_ERRORS_DEVICE_LOST_MIDWAY = 3004,
    /** Neither audio nor video was requested. */
    RTC_HMS_TRACKS_ERRORS_NOTHING_TO_RETURN = 3005,
    /** Simulcast was enabled without video settings. */
    RTC_HMS_TRACKS_ERRORS_INVALID_VIDEO_SETTINGS = 3006,
    /** The codec cannot be changed during a call. */
    RTC_HMS_TRACKS_ERRORS_CODEC_CHANGE_NOT_PERMITTED = 3007,
    /** The browser blocked audio playback until the user interacts with the page. */
    RTC_HMS_TRACKS_ERRORS_AUTOPLAY_ERROR = 3008,
    /** The device cannot satisfy the requested constraints. */
    RTC_HMS_TRACKS_ERRORS_OVER_CONSTRAINED = 3009,
    /** No sound is coming from the microphone. */
    RTC_HMS_TRACKS_ERRORS_NO_AUDIO_DETECTED = 3010,
    /** The operating system denied access to the capture device. */
    RTC_HMS_TRACKS_ERRORS_SYSTEM_DENIED_PERMISSION = 3011,
    /** The user shared something other than the current tab. */
    RTC_HMS_TRACKS_ERRORS_CURRENT_TAB_NOT_SHARED = 3012,
    /** Playing a remote participant's audio failed. */
    RTC_HMS_TRACKS_ERRORS_AUDIO_PLAYBACK_ERROR = 3013,
    /** The selected device could no longer be found. */
    RTC_HMS_TRACKS_ERRORS_SELECTED_DEVICE_MISSING = 3014,
    /** A local track is publishing no media. */
    RTC_HMS_TRACKS_ERRORS_NO_DATA = 3015,
} rtc_hms_tracks_errors;

/** Every `rtc_hms_tracks_errors` code, in spec order. */
extern const rtc_code_info rtc_hms_tracks_errors_infos[];
/** The number of entries in `rtc_hms_tracks_errors_infos`. */
extern const size_t rtc_hms_tracks_errors_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_hms_tracks_errors_from_value(int32_t value, rtc_hms_tracks_errors *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_hms_tracks_errors_from_name(const char *name, rtc_hms_tracks_errors *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_hms_tracks_errors_info(rtc_hms_tracks_errors code);

/**
 * 100ms: Failures of the WebRTC peer connections that carry the media (ErrorCodes.WebrtcErrors).
 *
 * Upstream: ErrorCodes.WebrtcErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_hms_webrtc_errors {
    /** Creating an SDP offer failed. */
    RTC_HMS_WEBRTC_ERRORS_CREATE_OFFER_FAILED = 4001,
    /** Creating an SDP answer failed. */
    RTC_HMS_WEBRTC_ERRORS_CREATE_ANSWER_FAILED = 4002,
    /** Applying the local SDP description failed. */
    RTC_HMS_WEBRTC_ERRORS_SET_LOCAL_DESCRIPTION_FAILED = 4003,
    /** Applying the server's SDP description failed. */
    RTC_HMS_WEBRTC_ERRORS_SET_REMOTE_DESCRIPTION_FAILED = 4004,
    /** The media connection failed. */
    RTC_HMS_WEBRTC_ERRORS_ICE_FAILURE = 4005,
    /** The media connection was interrupted. */
    RTC_HMS_WEBRTC_ERRORS_ICE_DISCONNECTED = 4006,
    /** Reading WebRTC statistics failed. */
    RTC_HMS_WEBRTC_ERRORS_STATS_FAILED = 4007,
    /** The server's answer was dropped because a newer offer is in flight. */
    RTC_HMS_WEBRTC_ERRORS_PUBLISH_ANSWER_SUPERSEDED = 4008,
} rtc_hms_webrtc_errors;

/** Every `rtc_hms_webrtc_errors` code, in spec order. */
extern const rtc_code_info rtc_hms_webrtc_errors_infos[];
/** The number of entries in `rtc_hms_webrtc_errors_infos`. */
extern const size_t rtc_hms_webrtc_errors_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_hms_webrtc_errors_from_value(int32_t value, rtc_hms_webrtc_errors *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_hms_webrtc_errors_from_name(const char *name, rtc_hms_webrtc_errors *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_hms_webrtc_errors_info(rtc_hms_webrtc_errors code);

/**
 * 100ms: Errors answering requests sent over the signalling connection, such as join (ErrorCodes.WebsocketMethodErrors).
 *
 * Upstream: ErrorCodes.WebsocketMethodErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_hms_websocket_method_errors {
    /** The 100ms server answered a signalling request with an error. */
    RTC_HMS_WEBSOCKET_METHOD_ERRORS_SERVER_ERRORS = 5000,
    /** The client has already joined, or is joining, this room. */
    RTC_HMS_WEBSOCKET_METHOD_ERRORS_ALREADY_JOINED = 5001,
    /** Join was called while a preview is in progress. */
    RTC_HMS_WEBSOCKET_METHOD_ERRORS_CANNOT_JOIN_PREVIEW_IN_PROGRESS = 5002,
} rtc_hms_websocket_method_errors;

/** Every `rtc_hms_websocket_method_errors` code, in spec order. */
extern const rtc_code_info rtc_hms_websocket_method_errors_infos[];
/** The number of entries in `rtc_hms_websocket_method_errors_infos`. */
extern const size_t rtc_hms_websocket_method_errors_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_hms_websocket_method_errors_from_value(int32_t value, rtc_hms_websocket_method_errors *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_hms_websocket_method_errors_from_name(const char *name, rtc_hms_websocket_method_errors *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_hms_websocket_method_errors_info(rtc_hms_websocket_method_errors code);

/**
 * 100ms: Errors in how the SDK is used or in the environment it runs in, and unclassified failures (ErrorCodes.GenericErrors).
 *
 * Upstream: ErrorCodes.GenericErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_hms_generic_errors {
    /** The call needs a joined room, and the client is not connected. */
    RTC_HMS_GENERIC_ERRORS_NOT_CONNECTED = 6000,
    /** An unknown signalling error. */
    RTC_HMS_GENERIC_ERRORS_SIGNALLING = 6001,
    /** An unexpected error inside the SDK. */
    RTC_HMS_GENERIC_ERRORS_UNKNOWN = 6002,
    /** The SDK is not ready for this call yet. */
    RTC_HMS_GENERIC_ERRORS_NOT_READY = 6003,
    /** A message could not be parsed as JSON. */
    RTC_HMS_GENERIC_ERRORS_JSON_PARSING_FAILED = 6004,
    /** Metadata for a remote track is missing. */
    RTC_HMS_GENERIC_ERRORS_TRACK_METADATA_MISSING = 6005,
    /** The WebRTC track for a remote track is missing. */
    RTC_HMS_GENERIC_ERRORS_RTC_TRACK_MISSING = 6006,
    /** Metadata for a peer is missing. */
    RTC_HMS_GENERIC_ERRORS_PEER_METADATA_MISSING = 6007,
    /** The requested role does not exist in the room's policy. */
    RTC_HMS_GENERIC_ERRORS_INVALID_ROLE = 6008,
    /** Preview was called while another preview is in progress. */
    RTC_HMS_GENERIC_ERRORS_PREVIEW_IN_PROGRESS = 6009,
    /** The browser exposes no media devices API. */
    RTC_HMS_GENERIC_ERRORS_MISSING_MEDIADEVICES = 6010,
    /** The browser does not provide WebRTC. */
    RTC_HMS_GENERIC_ERRORS_MISSING_RTCPEERCONNECTION = 6011,
    /** The browser denied access to localStorage. */
    RTC_HMS_GENERIC_ERRORS_LOCAL_STORAGE_ACCESS_DENIED = 6012,
    /** An SDK call was given invalid arguments or called in an invalid state. */
    RTC_HMS_GENERIC_ERRORS_VALIDATION_FAILED = 6013,
} rtc_hms_generic_errors;

/** Every `rtc_hms_generic_errors` code, in spec order. */
extern const rtc_code_info rtc_hms_generic_errors_infos[];
/** The number of entries in `rtc_hms_generic_errors_infos`. */
extern const size_t rtc_hms_generic_errors_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_hms_generic_errors_from_value(int32_t value, rtc_hms_generic_errors *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_hms_generic_errors_from_name(const char *name, rtc_hms_generic_errors *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_hms_generic_errors_info(rtc_hms_generic_errors code);

/**
 * 100ms: Failures adding or running an audio or video plugin, such as a virtual background or noise suppression (ErrorFactory.MediaPluginErrors).
 *
 * Upstream: ErrorFactory.MediaPluginErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_hms_media_plugin_errors {
    /** The plugin does not support this browser or platform. */
    RTC_HMS_MEDIA_PLUGIN_ERRORS_PLATFORM_NOT_SUPPORTED = 7001,
    /** The plugin failed to initialise. */
    RTC_HMS_MEDIA_PLUGIN_ERRORS_INIT_FAILED = 7002,
    /** The plugin failed while processing media. */
    RTC_HMS_MEDIA_PLUGIN_ERRORS_PROCESSING_FAILED = 7003,
    /** A plugin is already being added. */
    RTC_HMS_MEDIA_PLUGIN_ERRORS_ADD_ALREADY_IN_PROGRESS = 7004,
    /** The plugin does not support this device. */
    RTC_HMS_MEDIA_PLUGIN_ERRORS_DEVICE_NOT_SUPPORTED = 7005,
    /** The plugin is not enabled for this room. */
    RTC_HMS_MEDIA_PLUGIN_ERRORS_NOT_ALLOWED_FOR_ROOM = 7006,
} rtc_hms_media_plugin_errors;

/** Every `rtc_hms_media_plugin_errors` code, in spec order. */
extern const rtc_code_info rtc_hms_media_plugin_errors_infos[];
/** The number of entries in `rtc_hms_media_plugin_errors_infos`. */
extern const size_t rtc_hms_media_plugin_errors_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_hms_media_plugin_errors_from_value(int32_t value, rtc_hms_media_plugin_errors *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_hms_media_plugin_errors_from_name(const char *name, rtc_hms_media_plugin_errors *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_hms_media_plugin_errors_info(rtc_hms_media_plugin_errors code);

/**
 * 100ms: Errors from the playlist manager that plays audio or video files into the call (ErrorCodes.PlaylistErrors).
 *
 * Upstream: ErrorCodes.PlaylistErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_hms_playlist_errors {
    /** There is no playlist entry to play. */
    RTC_HMS_PLAYLIST_ERRORS_NO_ENTRY_TO_PLAY = 8001,
    /** No playlist entry is playing. */
    RTC_HMS_PLAYLIST_ERRORS_NO_ENTRY_IS_PLAYING = 8002,
} rtc_hms_playlist_errors;

/** Every `rtc_hms_playlist_errors` code, in spec order. */
extern const rtc_code_info rtc_hms_playlist_errors_infos[];
/** The number of entries in `rtc_hms_playlist_errors_infos`. */
extern const size_t rtc_hms_playlist_errors_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_hms_playlist_errors_from_value(int32_t value, rtc_hms_playlist_errors *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_hms_playlist_errors_from_name(const char *name, rtc_hms_playlist_errors *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_hms_playlist_errors_info(rtc_hms_playlist_errors code);

/**
 * Jitsi: Error a lib-jitsi-meet conference reports through its CONFERENCE_FAILED or CONFERENCE_ERROR events.
 *
 * Upstream: JitsiConferenceErrors in jitsi/lib-jitsi-meet 0.0.0.
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_jitsi_conference_error {
    /** The client must be authenticated to create the conference. */
    RTC_JITSI_CONFERENCE_ERROR_AUTHENTICATION_REQUIRED = 0,
    /** The chat room returned an error for a message. */
    RTC_JITSI_CONFERENCE_ERROR_CHAT_ERROR = 1,
    /** The room's moderators denied access from the lobby. */
    RTC_JITSI_CONFERENCE_ERROR_CONFERENCE_ACCESS_DENIED = 2,
    /** The conference room has been destroyed. */
    RTC_JITSI_CONFERENCE_ERROR_CONFERENCE_DESTROYED = 3,
    /** The conference has reached its maximum number of participants. */
    RTC_JITSI_CONFERENCE_ERROR_CONFERENCE_MAX_USERS = 4,
    /** Joining the conference room failed for an unclassified reason. */
    RTC_JITSI_CONFERENCE_ERROR_CONNECTION_ERROR = 5,
    /** A display name is required to join the room. */
    RTC_JITSI_CONFERENCE_ERROR_DISPLAY_NAME_REQUIRED = 6,
    /** The focus (Jicofo) could not be reached. */
    RTC_JITSI_CONFERENCE_ERROR_FOCUS_DISCONNECTED = 7,
    /** The focus (Jicofo) left the conference. */
    RTC_JITSI_CONFERENCE_ERROR_FOCUS_LEFT = 8,
    /** The server is shutting down gracefully. */
    RTC_JITSI_CONFERENCE_ERROR_GRACEFUL_SHUTDOWN = 9,
    /** The media connection (ICE) failed and could not be restored. */
    RTC_JITSI_CONFERENCE_ERROR_ICE_FAILED = 10,
    /** The server-side components are incompatible with this client. */
    RTC_JITSI_CONFERENCE_ERROR_INCOMPATIBLE_SERVER_VERSIONS = 11,
    /** Only approved members may join the room. */
    RTC_JITSI_CONFERENCE_ERROR_MEMBERS_ONLY_ERROR = 12,
    /** The participant is not allowed to join the conference. */
    RTC_JITSI_CONFERENCE_ERROR_NOT_ALLOWED_ERROR = 13,
    /** The Jingle offer/answer exchange failed. */
    RTC_JITSI_CONFERENCE_ERROR_OFFER_ANSWER_FAILED = 14,
    /** A password cannot be set for this conference. */
    RTC_JITSI_CONFERENCE_ERROR_PASSWORD_NOT_SUPPORTED = 15,
    /** A password is required to join the conference. */
    RTC_JITSI_CONFERENCE_ERROR_PASSWORD_REQUIRED = 16,
    /** The reservation system refused the conference. */
    RTC_JITSI_CONFERENCE_ERROR_RESERVATION_ERROR = 17,
    /** The server rejected a settings change. */
    RTC_JITSI_CONFERENCE_ERROR_SETTINGS_ERROR = 18,
    /** No videobridge is available for the conference. */
    RTC_JITSI_CONFERENCE_ERROR_VIDEOBRIDGE_NOT_AVAILABLE = 19,
} rtc_jitsi_conference_error;

/** Every `rtc_jitsi_conference_error` code, in spec order. */
extern const rtc_code_info rtc_jitsi_conference_error_infos[];
/** The number of entries in `rtc_jitsi_conference_error_infos`. */
extern const size_t rtc_jitsi_conference_error_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_jitsi_conference_error_from_value(const char *value, rtc_jitsi_conference_error *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_jitsi_conference_error_from_name(const char *name, rtc_jitsi_conference_error *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_jitsi_conference_error_info(rtc_jitsi_conference_error code);

/**
 * Jitsi: Sub-type passed with NOT_ALLOWED_ERROR that says why the join was not allowed.
 *
 * Upstream: AUTH_ERROR_TYPES in jitsi/lib-jitsi-meet 0.0.0.
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_jitsi_auth_error_type {
    /** The join was not allowed for an unspecified reason. */
    RTC_JITSI_AUTH_ERROR_TYPE_GENERAL = 0,
    /** A visitor cannot join because no main participants are in the meeting. */
    RTC_JITSI_AUTH_ERROR_TYPE_NO_MAIN_PARTICIPANTS = 1,
    /** Visitors are not admitted because the room uses a lobby. */
    RTC_JITSI_AUTH_ERROR_TYPE_NO_VISITORS_LOBBY = 2,
    /** The visitor may not be promoted to a main participant. */
    RTC_JITSI_AUTH_ERROR_TYPE_PROMOTION_NOT_ALLOWED = 3,
    /** The client may not create the room. */
    RTC_JITSI_AUTH_ERROR_TYPE_ROOM_CREATION_RESTRICTION = 4,
    /** The room does not admit unauthenticated participants. */
    RTC_JITSI_AUTH_ERROR_TYPE_ROOM_UNAUTHENTICATED_ACCESS_DISABLED = 5,
} rtc_jitsi_auth_error_type;

/** Every `rtc_jitsi_auth_error_type` code, in spec order. */
extern const rtc_code_info rtc_jitsi_auth_error_type_infos[];
/** The number of entries in `rtc_jitsi_auth_error_type_infos`. */
extern const size_t rtc_jitsi_auth_error_type_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_jitsi_auth_error_type_from_value(const char *value, rtc_jitsi_auth_error_type *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_jitsi_auth_error_type_from_name(const char *name, rtc_jitsi_auth_error_type *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_jitsi_auth_error_type_info(rtc_jitsi_auth_error_type code);

/**
 * LiveKit: Reason why the ESP32 SDK's room connection failed or is being retried.
 *
 * Upstream: livekit_failure_reason_t in livekit/client-sdk-esp32 v0.3.10.
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_livekit_failure_reason {
    /** No failure has occurred. */
    RTC_LIVEKIT_FAILURE_REASON_NONE = 0,
    /** The LiveKit server could not be reached. */
    RTC_LIVEKIT_FAILURE_REASON_UNREACHABLE = 1,
    /** The access token is malformed. */
    RTC_LIVEKIT_FAILURE_REASON_BAD_TOKEN = 2,
    /** The token is not valid for joining the room. */
    RTC_LIVEKIT_FAILURE_REASON_UNAUTHORIZED = 3,
    /** A WebRTC peer connection could not be established or failed. */
    RTC_LIVEKIT_FAILURE_REASON_RTC = 4,
    /** The SDK gave up after the maximum number of reconnect attempts. */
    RTC_LIVEKIT_FAILURE_REASON_MAX_RETRIES = 5,
    /** The server stopped answering pings in time. */
    RTC_LIVEKIT_FAILURE_REASON_PING_TIMEOUT = 6,
    /** Another participant joined with the same identity. */
    RTC_LIVEKIT_FAILURE_REASON_DUPLICATE_IDENTITY = 7,
    /** The LiveKit server instance is shutting down. */
    RTC_LIVEKIT_FAILURE_REASON_SERVER_SHUTDOWN = 8,
    /** The participant was removed through the room service API. */
    RTC_LIVEKIT_FAILURE_REASON_PARTICIPANT_REMOVED = 9,
    /** The room was deleted through the room service API. */
    RTC_LIVEKIT_FAILURE_REASON_ROOM_DELETED = 10,
    /** The server does not know the session the client tried to resume. */
    RTC_LIVEKIT_FAILURE_REASON_STATE_MISMATCH = 11,
    /** The client could not finish joining the room. */
    RTC_LIVEKIT_FAILURE_REASON_JOIN_INCOMPLETE = 12,
    /** The server asked the client to move its connection elsewhere. */
    RTC_LIVEKIT_FAILURE_REASON_MIGRATION = 13,
    /** The signalling connection was closed unexpectedly. */
    RTC_LIVEKIT_FAILURE_REASON_SIGNAL_CLOSE = 14,
    /** The room closed because all standard and ingress participants left. */
    RTC_LIVEKIT_FAILURE_REASON_ROOM_CLOSED = 15,
    /** The SIP callee did not answer in time. */
    RTC_LIVEKIT_FAILURE_REASON_SIP_USER_UNAVAILABLE = 16,
    /** The SIP callee rejected the call. */
    RTC_LIVEKIT_FAILURE_REASON_SIP_USER_REJECTED = 17,
    /** The SIP trunk failed or answered unexpectedly. */
    RTC_LIVEKIT_FAILURE_REASON_SIP_TRUNK_FAILURE = 18,
    /** The server timed out the participant's session. */
    RTC_LIVEKIT_FAILURE_REASON_CONNECTION_TIMEOUT = 19,
    /** A media stream failed or timed out. */
    RTC_LIVEKIT_FAILURE_REASON_MEDIA_FAILURE = 20,
    /** A failure not covered by the other reasons. */
    RTC_LIVEKIT_FAILURE_REASON_OTHER = 21,
} rtc_livekit_failure_reason;

/** Every `rtc_livekit_failure_reason` code, in spec order. */
extern const rtc_code_info rtc_livekit_failure_reason_infos[];
/** The number of entries in `rtc_livekit_failure_reason_infos`. */
extern const size_t rtc_livekit_failure_reason_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_livekit_failure_reason_from_value(int32_t value, rtc_livekit_failure_reason *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_livekit_failure_reason_from_name(const char *name, rtc_livekit_failure_reason *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_livekit_failure_reason_info(rtc_livekit_failure_reason code);

/**
 * LiveKit: Reason why a participant was disconnected from a LiveKit room (LiveKit protocol).
 *
 * Upstream: DisconnectReason in livekit/protocol 2.23.0 (package npm:livekit-client@2.23.0).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_livekit_disconnect_reason {
    /** No specific reason was given. */
    RTC_LIVEKIT_DISCONNECT_REASON_UNKNOWN_REASON = 0,
    /** The client itself ended the connection. */
    RTC_LIVEKIT_DISCONNECT_REASON_CLIENT_INITIATED = 1,
    /** Another participant with the same identity joined the room. */
    RTC_LIVEKIT_DISCONNECT_REASON_DUPLICATE_IDENTITY = 2,
    /** The server instance is shutting down. */
    RTC_LIVEKIT_DISCONNECT_REASON_SERVER_SHUTDOWN = 3,
    /** The participant was removed through the room service API. */
    RTC_LIVEKIT_DISCONNECT_REASON_PARTICIPANT_REMOVED = 4,
    /** The room was deleted through the room service API. */
    RTC_LIVEKIT_DISCONNECT_REASON_ROOM_DELETED = 5,
    /** The server does not know the session the client tried to resume. */
    RTC_LIVEKIT_DISCONNECT_REASON_STATE_MISMATCH = 6,
    /** The client could not connect fully. */
    RTC_LIVEKIT_DISCONNECT_REASON_JOIN_FAILURE = 7,
    /** The server asked the participant to move its connection elsewhere. */
    RTC_LIVEKIT_DISCONNECT_REASON_MIGRATION = 8,
    /** The signalling websocket closed unexpectedly. */
    RTC_LIVEKIT_DISCONNECT_REASON_SIGNAL_CLOSE = 9,
    /** The room closed because all standard and ingress participants left. */
    RTC_LIVEKIT_DISCONNECT_REASON_ROOM_CLOSED = 10,
    /** The SIP callee did not answer in time. */
    RTC_LIVEKIT_DISCONNECT_REASON_USER_UNAVAILABLE = 11,
    /** The SIP callee rejected the call. */
    RTC_LIVEKIT_DISCONNECT_REASON_USER_REJECTED = 12,
    /** The SIP trunk failed or answered unexpectedly. */
    RTC_LIVEKIT_DISCONNECT_REASON_SIP_TRUNK_FAILURE = 13,
    /** The server timed out the participant's session. */
    RTC_LIVEKIT_DISCONNECT_REASON_CONNECTION_TIMEOUT = 14,
    /** A media stream failed or timed out. */
    RTC_LIVEKIT_DISCONNECT_REASON_MEDIA_FAILURE = 15,
    /** An agent encountered an error. */
    RTC_LIVEKIT_DISCONNECT_REASON_AGENT_ERROR = 16,
} rtc_livekit_disconnect_reason;

/** Every `rtc_livekit_disconnect_reason` code, in spec order. */
extern const rtc_code_info rtc_livekit_disconnect_reason_infos[];
/** The number of entries in `rtc_livekit_disconnect_reason_infos`. */
extern const size_t rtc_livekit_disconnect_reason_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_livekit_disconnect_reason_from_value(int32_t value, rtc_livekit_disconnect_reason *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_livekit_disconnect_reason_from_name(const char *name, rtc_livekit_disconnect_reason *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_livekit_disconnect_reason_info(rtc_livekit_disconnect_reason code);

/**
 * SpatialReal AvatarKit: Stable string error code carried in AvatarSDKError.code by the SpatialReal Python server SDK.
 *
 * Upstream: AvatarSDKErrorCode in SpatialReal-ai/python-sdk 0.2.2 (package pypi:spatialreal@0.2.2).
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_spatialreal_avatar_sdk_error_code {
    /** The session token has expired or is no longer authorized. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_SESSION_TOKEN_EXPIRED = 0,
    /** The session token or API key was rejected. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_SESSION_TOKEN_INVALID = 1,
    /** The server does not recognize the app ID. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_APP_ID_UNRECOGNIZED = 2,
    /** The session token belongs to a different app. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_APP_ID_MISMATCH = 3,
    /** The requested avatar does not exist. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_AVATAR_NOT_FOUND = 4,
    /** Billing requirements block the session. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_BILLING_REQUIRED = 5,
    /** The account has run out of credits. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_CREDITS_EXHAUSTED = 6,
    /** The session reached its maximum allowed duration. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_SESSION_DURATION_EXCEEDED = 7,
    /** Too many concurrent sessions for the account's plan. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_CONCURRENCY_LIMIT = 8,
    /** The handshake rejected the audio sample rate. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_UNSUPPORTED_SAMPLE_RATE = 9,
    /** The egress configuration is invalid. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_INVALID_EGRESS_CONFIG = 10,
    /** The egress service is unavailable or not configured. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_EGRESS_UNAVAILABLE = 11,
    /** The session was closed because no input arrived. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_IDLE_TIMEOUT = 12,
    /** A server-side dependency is briefly unavailable. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_UPSTREAM_ERROR = 13,
    /** The request payload or parameters are invalid. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_INVALID_REQUEST = 14,
    /** The transport connection could not be set up or broke. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_CONNECTION_FAILED = 15,
    /** The WebSocket closed unexpectedly. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_CONNECTION_CLOSED = 16,
    /** The server sent an invalid or unexpected message. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_PROTOCOL_ERROR = 17,
    /** The server returned an unclassified error. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_SERVER_ERROR = 18,
    /** The SDK could not classify the failure. */
    RTC_SPATIALREAL_AVATAR_SDK_ERROR_CODE_UNKNOWN = 19,
} rtc_spatialreal_avatar_sdk_error_code;

/** Every `rtc_spatialreal_avatar_sdk_error_code` code, in spec order. */
extern const rtc_code_info rtc_spatialreal_avatar_sdk_error_code_infos[];
/** The number of entries in `rtc_spatialreal_avatar_sdk_error_code_infos`. */
extern const size_t rtc_spatialreal_avatar_sdk_error_code_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_spatialreal_avatar_sdk_error_code_from_value(const char *value, rtc_spatialreal_avatar_sdk_error_code *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_spatialreal_avatar_sdk_error_code_from_name(const char *name, rtc_spatialreal_avatar_sdk_error_code *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_spatialreal_avatar_sdk_error_code_info(rtc_spatialreal_avatar_sdk_error_code code);

/**
 * SpatialReal AvatarKit: WebSocket close code the SpatialReal server sends when it ends a session, also carried in ServerError.code.
 *
 * Upstream: CloseCode in SpatialReal-ai/python-sdk 0.2.2 (package pypi:spatialreal@0.2.2).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_spatialreal_close_code {
    /** The account is out of credits. */
    RTC_SPATIALREAL_CLOSE_CODE_CREDITS_EXHAUSTED = 4001,
    /** The session hit its maximum duration. */
    RTC_SPATIALREAL_CLOSE_CODE_SESSION_TIMEOUT = 4002,
    /** Too many concurrent connections for the plan. */
    RTC_SPATIALREAL_CLOSE_CODE_CONCURRENCY_LIMIT = 4003,
    /** Authentication of the session failed. */
    RTC_SPATIALREAL_CLOSE_CODE_AUTH_FAILED = 4010,
    /** A server-side dependency is briefly unavailable. */
    RTC_SPATIALREAL_CLOSE_CODE_UPSTREAM_UNAVAILABLE = 4503,
} rtc_spatialreal_close_code;

/** Every `rtc_spatialreal_close_code` code, in spec order. */
extern const rtc_code_info rtc_spatialreal_close_code_infos[];
/** The number of entries in `rtc_spatialreal_close_code_infos`. */
extern const size_t rtc_spatialreal_close_code_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_spatialreal_close_code_from_value(int32_t value, rtc_spatialreal_close_code *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_spatialreal_close_code_from_name(const char *name, rtc_spatialreal_close_code *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_spatialreal_close_code_info(rtc_spatialreal_close_code code);

/**
 * Stream Video: Code of an error the Stream SFU reports, in the `code` of its Error message (on the SFU `error` event or an RPC response).
 *
 * Upstream: ErrorCode in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_stream_video_sfu_error_code {
    /** The error carries no specific code. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_UNSPECIFIED = 0,
    /** The track to publish was not found. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_PUBLISH_TRACK_NOT_FOUND = 100,
    /** The published tracks do not match what the SFU expects. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_PUBLISH_TRACKS_MISMATCH = 101,
    /** A publishing request arrived out of order. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_PUBLISH_TRACK_OUT_OF_ORDER = 102,
    /** A video layer of a published track was not found. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND = 103,
    /** The livestream has ended. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_LIVE_ENDED = 104,
    /** The SFU does not know this participant. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_PARTICIPANT_NOT_FOUND = 200,
    /** The participant is being migrated away from this SFU. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_PARTICIPANT_MIGRATING_OUT = 201,
    /** Migrating the participant to another SFU failed. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_PARTICIPANT_MIGRATION_FAILED = 202,
    /** The participant is in the middle of a migration. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_PARTICIPANT_MIGRATING = 203,
    /** Reconnecting the participant failed. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_PARTICIPANT_RECONNECT_FAILED = 204,
    /** The participant's media transport failed. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_PARTICIPANT_MEDIA_TRANSPORT_FAILURE = 205,
    /** The SFU lost the participant's signalling connection. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_PARTICIPANT_SIGNAL_LOST = 206,
    /** The call was not found on the SFU. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_CALL_NOT_FOUND = 300,
    /** The call has reached its participant limit. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_CALL_PARTICIPANT_LIMIT_REACHED = 301,
    /** The request failed validation. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_REQUEST_VALIDATION_FAILED = 400,
    /** The client is not authenticated with the SFU. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_UNAUTHENTICATED = 401,
    /** The participant lacks the permission for this request. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_PERMISSION_DENIED = 403,
    /** The client sent too many requests. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_TOO_MANY_REQUESTS = 429,
    /** The SFU failed internally. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_INTERNAL_SERVER_ERROR = 500,
    /** The SFU is shutting down. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_SFU_SHUTTING_DOWN = 600,
    /** The SFU has no capacity left. */
    RTC_STREAM_VIDEO_SFU_ERROR_CODE_SFU_FULL = 700,
} rtc_stream_video_sfu_error_code;

/** Every `rtc_stream_video_sfu_error_code` code, in spec order. */
extern const rtc_code_info rtc_stream_video_sfu_error_code_infos[];
/** The number of entries in `rtc_stream_video_sfu_error_code_infos`. */
extern const size_t rtc_stream_video_sfu_error_code_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_stream_video_sfu_error_code_from_value(int32_t value, rtc_stream_video_sfu_error_code *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_stream_video_sfu_error_code_from_name(const char *name, rtc_stream_video_sfu_error_code *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_stream_video_sfu_error_code_info(rtc_stream_video_sfu_error_code code);

/**
 * Stream Video: What the Stream SFU tells the client to do after an error, in the reconnect_strategy of its `error` event.
 *
 * Upstream: WebsocketReconnectStrategy in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_stream_video_websocket_reconnect_strategy {
    /** No reconnect instruction. */
    RTC_STREAM_VIDEO_WEBSOCKET_RECONNECT_STRATEGY_UNSPECIFIED = 0,
    /** Disconnect for good. */
    RTC_STREAM_VIDEO_WEBSOCKET_RECONNECT_STRATEGY_DISCONNECT = 1,
    /** Reconnect fast, keeping the peer connections. */
    RTC_STREAM_VIDEO_WEBSOCKET_RECONNECT_STRATEGY_FAST = 2,
    /** Rejoin with new credentials and fresh peer connections. */
    RTC_STREAM_VIDEO_WEBSOCKET_RECONNECT_STRATEGY_REJOIN = 3,
    /** Migrate to another SFU. */
    RTC_STREAM_VIDEO_WEBSOCKET_RECONNECT_STRATEGY_MIGRATE = 4,
} rtc_stream_video_websocket_reconnect_strategy;

/** Every `rtc_stream_video_websocket_reconnect_strategy` code, in spec order. */
extern const rtc_code_info rtc_stream_video_websocket_reconnect_strategy_infos[];
/** The number of entries in `rtc_stream_video_websocket_reconnect_strategy_infos`. */
extern const size_t rtc_stream_video_websocket_reconnect_strategy_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_stream_video_websocket_reconnect_strategy_from_value(int32_t value, rtc_stream_video_websocket_reconnect_strategy *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_stream_video_websocket_reconnect_strategy_from_name(const char *name, rtc_stream_video_websocket_reconnect_strategy *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_stream_video_websocket_reconnect_strategy_info(rtc_stream_video_websocket_reconnect_strategy code);

/**
 * Stream Video: Why the Stream SFU ended the call, in the reason of its `callEnded` event.
 *
 * Upstream: CallEndedReason in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_stream_video_call_ended_reason {
    /** The call ended without a stated reason. */
    RTC_STREAM_VIDEO_CALL_ENDED_REASON_UNSPECIFIED = 0,
    /** The call was ended. */
    RTC_STREAM_VIDEO_CALL_ENDED_REASON_ENDED = 1,
    /** The livestream ended. */
    RTC_STREAM_VIDEO_CALL_ENDED_REASON_LIVE_ENDED = 2,
    /** The participant was removed from the call. */
    RTC_STREAM_VIDEO_CALL_ENDED_REASON_KICKED = 3,
    /** The call session ended. */
    RTC_STREAM_VIDEO_CALL_ENDED_REASON_SESSION_ENDED = 4,
} rtc_stream_video_call_ended_reason;

/** Every `rtc_stream_video_call_ended_reason` code, in spec order. */
extern const rtc_code_info rtc_stream_video_call_ended_reason_infos[];
/** The number of entries in `rtc_stream_video_call_ended_reason_infos`. */
extern const size_t rtc_stream_video_call_ended_reason_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_stream_video_call_ended_reason_from_value(int32_t value, rtc_stream_video_call_ended_reason *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_stream_video_call_ended_reason_from_name(const char *name, rtc_stream_video_call_ended_reason *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_stream_video_call_ended_reason_info(rtc_stream_video_call_ended_reason code);

/**
 * Stream Video: Why the Stream SFU asks the client to move away from it, in the reason of its `goAway` event.
 *
 * Upstream: GoAwayReason in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_stream_video_go_away_reason {
    /** The SFU asks the client to migrate without a stated reason. */
    RTC_STREAM_VIDEO_GO_AWAY_REASON_UNSPECIFIED = 0,
    /** The SFU is shutting down. */
    RTC_STREAM_VIDEO_GO_AWAY_REASON_SHUTTING_DOWN = 1,
    /** The SFU is rebalancing its load. */
    RTC_STREAM_VIDEO_GO_AWAY_REASON_REBALANCE = 2,
} rtc_stream_video_go_away_reason;

/** Every `rtc_stream_video_go_away_reason` code, in spec order. */
extern const rtc_code_info rtc_stream_video_go_away_reason_infos[];
/** The number of entries in `rtc_stream_video_go_away_reason_infos`. */
extern const size_t rtc_stream_video_go_away_reason_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_stream_video_go_away_reason_from_value(int32_t value, rtc_stream_video_go_away_reason *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_stream_video_go_away_reason_from_name(const char *name, rtc_stream_video_go_away_reason *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_stream_video_go_away_reason_info(rtc_stream_video_go_away_reason code);

/**
 * Vonage Video (OpenTok): Integer error code of OpenTok.js (OT.ExceptionCodes), carried as the code property of the errors passed to completion handlers and rejected promises, and of exception events.
 *
 * Upstream: OT.ExceptionCodes in https://tokbox.com/developer/sdks/js/ 2.35.2 (package npm:@opentok/client@2.35.2).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_vonage_video_exception_code {
    /** An internal error in the SDK. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_JS_EXCEPTION = 2000,
    /** The token or API key was rejected. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_AUTHENTICATION_ERROR = 1004,
    /** The session ID is not valid. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_INVALID_SESSION_ID = 1005,
    /** The client could not connect to the session. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_CONNECT_FAILED = 1006,
    /** The connection to the session was rejected. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_CONNECT_REJECTED = 1007,
    /** Connecting to the session timed out. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_CONNECTION_TIMEOUT = 1008,
    /** The client is not connected to the session. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_NOT_CONNECTED = 1010,
    /** A parameter passed to the SDK is not valid. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_INVALID_PARAMETER = 1011,
    /** The WebRTC peer connection of a publisher or subscriber failed. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_P2P_CONNECTION_FAILED = 1013,
    /** A request to the Vonage Video API failed. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_API_RESPONSE_FAILURE = 1014,
    /** The publisher's or subscriber's peer connection is not connected. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_PEER_CONNECTION_NOT_CONNECTED = 1015,
    /** The connection is refused under the terms of service (export compliance). */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_TERMS_OF_SERVICE_FAILURE = 1026,
    /** The session has reached its limit of simultaneous connections. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_CONNECTION_LIMIT_EXCEEDED = 1027,
    /** The stream could not be published. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_UNABLE_TO_PUBLISH = 1500,
    /** The stream could not be subscribed to. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_UNABLE_TO_SUBSCRIBE = 1501,
    /** The browser cannot decode the stream's video format. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_UNSUPPORTED_VIDEO_CODEC = 1502,
    /** This client may not force other clients to disconnect. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_UNABLE_TO_FORCE_DISCONNECT = 1520,
    /** This client may not force other clients to stop publishing. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_UNABLE_TO_FORCE_UNPUBLISH = 1530,
    /** This client may not force other streams to mute. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_UNABLE_TO_FORCE_MUTE = 1540,
    /** The publisher's ICE negotiation failed. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_PUBLISHER_ICE_WORKFLOW_FAILED = 1553,
    /** The subscriber's ICE negotiation failed. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_SUBSCRIBER_ICE_WORKFLOW_FAILED = 1554,
    /** The session has reached its limit of simultaneous streams. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_STREAM_LIMIT_EXCEEDED = 1605,
    /** The Vonage Video API server answered unexpectedly. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_UNEXPECTED_SERVER_RESPONSE = 2001,
    /** OT.reportIssue() could not send the report. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_REPORT_ISSUE_ERROR = 2011,
    /** OT.setProxyUrl() was called too late. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_SET_PROXY_URL_TIMING_ERROR = 2021,
    /** OT.setProxyUrl() was called a second time. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_PROXY_URL_ALREADY_SET_ERROR = 2022,
    /** The browser does not support getRtcStatsReport(). */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_GET_RTC_STATS_REPORT_NOT_SUPPORTED = 2031,
    /** The session-info response was not well-formed JSON. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_ANVIL_BADLY_FORMED_RESPONSE = 3001,
    /** The session-info request got an HTTP error status. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_ANVIL_INVALID_HTTP_STATUS = 3002,
    /** The session-info response could not be parsed. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_ANVIL_XDOMAIN_OR_PARSING_ERROR = 3003,
    /** The session-info request failed before it was sent. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_ANVIL_UNKNOWN_HTTP_ERROR = 3004,
    /** The session-info service returned an error the SDK does not know. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_ANVIL_UNEXPECTED_ERROR_CODE = 3005,
    /** The session-info response was empty. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_ANVIL_EMPTY_RESPONSE_BODY = 3006,
    /** The session-info request got no response. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_ANVIL_CONNECT_FAILED = 3007,
    /** The SDK could not query the browser's media engine. */
    RTC_VONAGE_VIDEO_EXCEPTION_CODE_UNABLE_TO_ACCESS_MEDIA_ENGINE = 5001,
} rtc_vonage_video_exception_code;

/** Every `rtc_vonage_video_exception_code` code, in spec order. */
extern const rtc_code_info rtc_vonage_video_exception_code_infos[];
/** The number of entries in `rtc_vonage_video_exception_code_infos`. */
extern const size_t rtc_vonage_video_exception_code_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_vonage_video_exception_code_from_value(int32_t value, rtc_vonage_video_exception_code *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_vonage_video_exception_code_from_name(const char *name, rtc_vonage_video_exception_code *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_vonage_video_exception_code_info(rtc_vonage_video_exception_code code);

/**
 * Web platform (WebRTC and Media Capture): WebRTC-specific kind of an RTCError, in its errorDetail attribute.
 *
 * Upstream: RTCErrorDetailType in w3c/webref 3.85.0 (package npm:@webref/idl@3.85.0).
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_web_platform_rtc_error_detail_type {
    /** A data channel has failed. */
    RTC_WEB_PLATFORM_RTC_ERROR_DETAIL_TYPE_DATA_CHANNEL_FAILURE = 0,
    /** DTLS negotiation failed, or the DTLS connection ended with a fatal error. */
    RTC_WEB_PLATFORM_RTC_ERROR_DETAIL_TYPE_DTLS_FAILURE = 1,
    /** The remote certificate did not match the fingerprints in the SDP. */
    RTC_WEB_PLATFORM_RTC_ERROR_DETAIL_TYPE_FINGERPRINT_FAILURE = 2,
    /** SCTP negotiation failed, or the SCTP association ended with a fatal error. */
    RTC_WEB_PLATFORM_RTC_ERROR_DETAIL_TYPE_SCTP_FAILURE = 3,
    /** The SDP is not syntactically valid. */
    RTC_WEB_PLATFORM_RTC_ERROR_DETAIL_TYPE_SDP_SYNTAX_ERROR = 4,
    /** The hardware encoder resources for the request are not available. */
    RTC_WEB_PLATFORM_RTC_ERROR_DETAIL_TYPE_HARDWARE_ENCODER_NOT_AVAILABLE = 5,
    /** The hardware encoder does not support the provided parameters. */
    RTC_WEB_PLATFORM_RTC_ERROR_DETAIL_TYPE_HARDWARE_ENCODER_ERROR = 6,
} rtc_web_platform_rtc_error_detail_type;

/** Every `rtc_web_platform_rtc_error_detail_type` code, in spec order. */
extern const rtc_code_info rtc_web_platform_rtc_error_detail_type_infos[];
/** The number of entries in `rtc_web_platform_rtc_error_detail_type_infos`. */
extern const size_t rtc_web_platform_rtc_error_detail_type_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_web_platform_rtc_error_detail_type_from_value(const char *value, rtc_web_platform_rtc_error_detail_type *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_web_platform_rtc_error_detail_type_from_name(const char *name, rtc_web_platform_rtc_error_detail_type *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_web_platform_rtc_error_detail_type_info(rtc_web_platform_rtc_error_detail_type code);

/**
 * Web platform (WebRTC and Media Capture): Aggregate state of an RTCPeerConnection's ICE and DTLS transports, in its connectionState attribute.
 *
 * Upstream: RTCPeerConnectionState in w3c/webref 3.85.0 (package npm:@webref/idl@3.85.0).
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_web_platform_rtc_peer_connection_state {
    /** The peer connection is closed. */
    RTC_WEB_PLATFORM_RTC_PEER_CONNECTION_STATE_CLOSED = 0,
    /** The peer connection's transports have failed. */
    RTC_WEB_PLATFORM_RTC_PEER_CONNECTION_STATE_FAILED = 1,
    /** The peer connection has lost connectivity for now. */
    RTC_WEB_PLATFORM_RTC_PEER_CONNECTION_STATE_DISCONNECTED = 2,
    /** The transports have not started connecting yet. */
    RTC_WEB_PLATFORM_RTC_PEER_CONNECTION_STATE_NEW = 3,
    /** The transports are connecting. */
    RTC_WEB_PLATFORM_RTC_PEER_CONNECTION_STATE_CONNECTING = 4,
    /** The transports are connected. */
    RTC_WEB_PLATFORM_RTC_PEER_CONNECTION_STATE_CONNECTED = 5,
} rtc_web_platform_rtc_peer_connection_state;

/** Every `rtc_web_platform_rtc_peer_connection_state` code, in spec order. */
extern const rtc_code_info rtc_web_platform_rtc_peer_connection_state_infos[];
/** The number of entries in `rtc_web_platform_rtc_peer_connection_state_infos`. */
extern const size_t rtc_web_platform_rtc_peer_connection_state_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_web_platform_rtc_peer_connection_state_from_value(const char *value, rtc_web_platform_rtc_peer_connection_state *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_web_platform_rtc_peer_connection_state_from_name(const char *name, rtc_web_platform_rtc_peer_connection_state *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_web_platform_rtc_peer_connection_state_info(rtc_web_platform_rtc_peer_connection_state code);

/**
 * Web platform (WebRTC and Media Capture): Aggregate state of an RTCPeerConnection's ICE transports, in its iceConnectionState attribute.
 *
 * Upstream: RTCIceConnectionState in w3c/webref 3.85.0 (package npm:@webref/idl@3.85.0).
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_web_platform_rtc_ice_connection_state {
    /** The peer connection is closed. */
    RTC_WEB_PLATFORM_RTC_ICE_CONNECTION_STATE_CLOSED = 0,
    /** ICE has failed. */
    RTC_WEB_PLATFORM_RTC_ICE_CONNECTION_STATE_FAILED = 1,
    /** ICE connectivity is lost for now. */
    RTC_WEB_PLATFORM_RTC_ICE_CONNECTION_STATE_DISCONNECTED = 2,
    /** ICE has not started. */
    RTC_WEB_PLATFORM_RTC_ICE_CONNECTION_STATE_NEW = 3,
    /** ICE is checking candidate pairs. */
    RTC_WEB_PLATFORM_RTC_ICE_CONNECTION_STATE_CHECKING = 4,
    /** ICE has finished checking and found connections. */
    RTC_WEB_PLATFORM_RTC_ICE_CONNECTION_STATE_COMPLETED = 5,
    /** ICE has a usable connection. */
    RTC_WEB_PLATFORM_RTC_ICE_CONNECTION_STATE_CONNECTED = 6,
} rtc_web_platform_rtc_ice_connection_state;

/** Every `rtc_web_platform_rtc_ice_connection_state` code, in spec order. */
extern const rtc_code_info rtc_web_platform_rtc_ice_connection_state_infos[];
/** The number of entries in `rtc_web_platform_rtc_ice_connection_state_infos`. */
extern const size_t rtc_web_platform_rtc_ice_connection_state_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_web_platform_rtc_ice_connection_state_from_value(const char *value, rtc_web_platform_rtc_ice_connection_state *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_web_platform_rtc_ice_connection_state_from_name(const char *name, rtc_web_platform_rtc_ice_connection_state *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_web_platform_rtc_ice_connection_state_info(rtc_web_platform_rtc_ice_connection_state code);

/**
 * Web platform (WebRTC and Media Capture): Name of the error that getUserMedia or getDisplayMedia rejects with, in the error's name attribute.
 *
 * Upstream: MediaDevices.getUserMedia in w3c/mediacapture-main Editor's Draft of 2025-10-20.
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_web_platform_media_capture_error {
    /** Access to the camera, microphone or screen was not allowed. */
    RTC_WEB_PLATFORM_MEDIA_CAPTURE_ERROR_NOT_ALLOWED_ERROR = 0,
    /** No device or capture source of the requested kind exists. */
    RTC_WEB_PLATFORM_MEDIA_CAPTURE_ERROR_NOT_FOUND_ERROR = 1,
    /** The device could not be read, for example because something else holds it. */
    RTC_WEB_PLATFORM_MEDIA_CAPTURE_ERROR_NOT_READABLE_ERROR = 2,
    /** No device can satisfy the required constraints. */
    RTC_WEB_PLATFORM_MEDIA_CAPTURE_ERROR_OVERCONSTRAINED_ERROR = 3,
    /** Device access failed for a reason no other name covers. */
    RTC_WEB_PLATFORM_MEDIA_CAPTURE_ERROR_ABORT_ERROR = 4,
    /** The request was made in a state that does not allow it. */
    RTC_WEB_PLATFORM_MEDIA_CAPTURE_ERROR_INVALID_STATE_ERROR = 5,
    /** The constraints passed in are not acceptable. */
    RTC_WEB_PLATFORM_MEDIA_CAPTURE_ERROR_TYPE_ERROR = 6,
} rtc_web_platform_media_capture_error;

/** Every `rtc_web_platform_media_capture_error` code, in spec order. */
extern const rtc_code_info rtc_web_platform_media_capture_error_infos[];
/** The number of entries in `rtc_web_platform_media_capture_error_infos`. */
extern const size_t rtc_web_platform_media_capture_error_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_web_platform_media_capture_error_from_value(const char *value, rtc_web_platform_media_capture_error *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_web_platform_media_capture_error_from_name(const char *name, rtc_web_platform_media_capture_error *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_web_platform_media_capture_error_info(rtc_web_platform_media_capture_error code);

/**
 * Zoom Video SDK: Numeric code of a failed Video SDK call, carried as `errorCode` in the ExecutedFailure a rejected promise returns.
 *
 * Upstream: ExceptionCode in https://developers.zoom.us/docs/video-sdk/web/error-codes.md 2.5.0 (package npm:@zoom/videosdk@2.5.0).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_zoom_video_exception_code {
    /** An operation timed out. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_OPERATION_TIMEOUT = 1,
    /** Zoom's service reported an internal error. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_INTERNAL_ERROR = 2,
    /** An operation was cancelled because the session changed state. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_OPERATION_CANCELLED = 3,
    /** The session could not be created or looked up, usually because of the JWT. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SESSION_FETCH_INFO_ERROR = 200,
    /** The user is already in another session. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SESSION_IN_ANOTHER_SESSION = 3000,
    /** The session passcode is wrong. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SESSION_INCORRECT_PASSCODE = 3004,
    /** The session has not started. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SESSION_NOT_STARTED = 3008,
    /** The user was removed by the host and cannot rejoin. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SESSION_USER_REMOVED = 3009,
    /** The role type in the JWT is wrong. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SESSION_ROLE_TYPE_ERROR = 3010,
    /** The webinar user has been blocked. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SESSION_WEBINAR_USER_REMOVED = 3620,
    /** The parameters for connecting to Zoom's server are wrong. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SESSION_INVALID_PARAMETER = 4003,
    /** The session has ended. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SESSION_ENDED = 4004,
    /** The session is locked by its host. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SESSION_LOCKED = 4006,
    /** The session is blocked by an information barrier. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SESSION_IB_BLOCKED = 4007,
    /** The user is already in the session. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SESSION_PARTICIPANT_EXIST = 4008,
    /** The browser does not meet the SDK's basic WebRTC requirements. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CLIENT_PLATFORM_UNSUPPORTED = 5000,
    /** The SDK's dependent assets could not be loaded. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CLIENT_DEPENDENT_ASSETS_INACCESSIBLE = 5001,
    /** A call needs a joined session, but the session is closed. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CLIENT_SESSION_STATE_CLOSED = 5002,
    /** A call needs a connected session, but the session is reconnecting. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CLIENT_SESSION_STATE_RECONNECTING = 5003,
    /** The user is on hold. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CLIENT_SESSION_STATE_ON_HOLD = 5004,
    /** The session is not a webinar. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CLIENT_SESSION_NOT_WEBINAR = 5005,
    /** The operation needs the host or a manager. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED = 5006,
    /** The operation needs the host. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CLIENT_HOST_PERMISSION_REQUIRED = 5007,
    /** The operation needs the original host or a manager. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED = 5008,
    /** The operation applies only to webinar attendees. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CLIENT_ATTENDEE_APPLICABLE_ONLY = 5009,
    /** The operation applies only to webinar participants. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CLIENT_PARTICIPANT_APPLICABLE_ONLY = 5010,
    /** The user ID does not match a participant. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CLIENT_MISMATCH_USER = 5011,
    /** `client.join` was called while already in a session. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CLIENT_DUPLICATED_JOIN = 5012,
    /** A `client.join` parameter is invalid. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CLIENT_INVALID_JOIN_PARAMETER = 5013,
    /** The host does not allow users to rename themselves. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CLIENT_HOST_DISALLOW_RENAME = 5014,
    /** The device ID matches no known device. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_STREAM_MISMATCH_DEVICE = 6000,
    /** The user ID does not match a participant. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_STREAM_MISMATCH_USER = 6001,
    /** A stream method was called before the join resolved. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_STREAM_SESSION_JOIN_REQUIRED = 6002,
    /** The render target is not the kind of element required. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_STREAM_MISMATCH_RENDER_ELEMENT = 6003,
    /** The microphone could not be captured when starting audio. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_AUDIO_CAPTURE_FAILED = 6010,
    /** Audio capture is still starting or stopping. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_AUDIO_CAPTURE_LOADING = 6011,
    /** Audio is already connected through a phone call. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_AUDIO_IN_PSTN = 6012,
    /** Legacy Safari needs audio encoding or decoding to be set up. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_AUDIO_ENCODING_REQUIRED = 6013,
    /** Audio cannot stop while tab or system audio is shared (legacy Chrome). */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_AUDIO_SHARE_AUDIO_CONFLICT = 6014,
    /** Audio or shared audio has not been started. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_AUDIO_NOT_STARTED = 6015,
    /** Webinar attendees may not unmute themselves. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_AUDIO_ATTENDEE_NOT_ALLOWED = 6016,
    /** Secondary audio is not supported on this platform. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SECONDARY_AUDIO_UNSUPPORTED = 6017,
    /** The microphone chosen for secondary audio is already used for session audio. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SECONDARY_AUDIO_DEVICE_CONFLICT = 6018,
    /** Secondary audio cannot start while screen sharing. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT = 6019,
    /** Secondary audio has not been started. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SECONDARY_AUDIO_NOT_STARTED = 6020,
    /** The phone country code is not in the supported list. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_PSTN_MISMATCH_COUNTRY_CODE = 6021,
    /** There is no phone connection to hang up. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_PSTN_NOT_CONNECTED = 6022,
    /** The room-system (CRC) device is not connected. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CRC_NOT_CONNECTED = 6023,
    /** The target user cannot be allowed to talk. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_AUDIO_ALLOW_TALK_UNSUPPORTED = 6024,
    /** The user to allow to talk does not match. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_AUDIO_ALLOW_TALK_MISMATCH_USER = 6025,
    /** Audio processors are not supported on this platform. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_AUDIO_PROCESSOR_UNSUPPORTED = 6026,
    /** The audio processor has already been created. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_AUDIO_PROCESSOR_DUPLICATE_CREATE = 6027,
    /** The audio processor was not found. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_AUDIO_PROCESSOR_MISMATCH_PROCESSOR = 6028,
    /** The audio processor has already been added. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_AUDIO_PROCESSOR_LIMIT_EXCEED = 6029,
    /** Camera access was denied. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_CAMERA_PERMISSION_DENIED = 6100,
    /** No camera was found. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_NO_CAMERA = 6101,
    /** The camera ID matches no camera in the device list. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_MISMATCH_CAMERA = 6102,
    /** The camera is in use by another program. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_CAMERA_TAKEN = 6103,
    /** The virtual background could not be initialised. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_VB_INITIALIZE_ERROR = 6104,
    /** Video capture is still starting or stopping. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_CAPTURE_LOADING = 6105,
    /** The host has stopped this user's video. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_MUTED_BY_HOST = 6106,
    /** Virtual backgrounds are not supported on this platform. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_VB_UNSUPPORTED = 6107,
    /** A virtual background or video processor is already in progress. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_VB_PROCESSOR_CONFLICT = 6108,
    /** The video is not in the state the call needs. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_MISMATCH_STATE = 6109,
    /** The video stream could not be established. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_ESTABLISH_STREAM_ERROR = 6110,
    /** Too many videos are being rendered. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_RENDER_LIMIT_EXCEED = 6111,
    /** The render method does not apply to WebRTC video. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_METHOD_DEPRECATED = 6112,
    /** The virtual background image cannot be loaded. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_VB_IMAGE_INACCESSIBLE = 6113,
    /** The virtual background is not in the state the call needs. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_VB_MISMATCH_STATE = 6114,
    /** The video mask image cannot be loaded. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_MASK_IMAGE_INACCESSIBLE = 6115,
    /** A virtual background or processor is already in progress. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_MASK_PROCESSOR_CONFLICT = 6116,
    /** The video cannot be spotlighted in its current state. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_SPOTLIGHT_MISMATCH_STATE = 6117,
    /** Multiple spotlighted videos cannot be removed this way. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_SPOTLIGHT_MULTI_CONFLICT = 6118,
    /** Video processors are not supported on this platform. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_PROCESSOR_UNSUPPORTED = 6119,
    /** Only one video processor can be added at a time. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_PROCESSOR_LIMIT_EXCEED = 6120,
    /** The video processor has already been created. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_PROCESSOR_DUPLICATE_CREATE = 6121,
    /** The video processor was not found. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VIDEO_PROCESSOR_MISMATCH_PROCESSOR = 6122,
    /** Camera control is not supported here. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED = 6150,
    /** Camera control is not in the state the call needs. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_FAR_END_CAMERA_CONTROL_MISMATCH_STATE = 6151,
    /** Permission to control the remote camera has not been granted. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_FAR_END_CAMERA_PERMISSION_REQUIRED = 6152,
    /** The camera control range is invalid. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_FAR_END_CAMERA_INVALID_RANGE = 6153,
    /** Camera control calls are too frequent. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_FAR_END_CAMERA_RATE_LIMIT = 6154,
    /** The user declined the screen share. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_USER_DENIED = 6200,
    /** The operating system does not allow screen recording. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_SYSTEM_DENIED = 6201,
    /** Screen sharing is not supported on this platform. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_UNSUPPORTED = 6202,
    /** Sharing to subsessions is not possible from inside a subsession. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_SUBSESSION_CONFLICT = 6203,
    /** Only the host may share. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED = 6204,
    /** The screen share is not in the state the call needs. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_MISMATCH_STATE = 6205,
    /** Optimising a share for video is not supported here. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED = 6206,
    /** Optimising a share for video conflicts with multiple sharing. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT = 6207,
    /** The share privilege value is invalid. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_INVALID_PRIVILEGE = 6208,
    /** An information barrier forbids this share. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_IB_DENIED = 6209,
    /** Too many share views are rendered. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_LIMIT_EXCEED = 6218,
    /** A screen share cannot start while a whiteboard is in progress. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_WHITEBOARD_CONFLICT = 6220,
    /** Annotation is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE = 6210,
    /** There is no active share to annotate. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE = 6211,
    /** The presenter has disabled annotation. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED = 6212,
    /** Annotation has already started. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_ANNOTATION_DUPLICATE_START = 6213,
    /** Annotation failed to start. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_ANNOTATION_START_ERROR = 6214,
    /** An annotation controller parameter is invalid. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER = 6215,
    /** The current configuration does not support annotation. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_ANNOTATION_NOT_SUPPORT = 6216,
    /** Annotation has not been started. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SCREEN_SHARE_ANNOTATION_NOT_START = 6217,
    /** A share-camera request named an unknown user or an invalid value. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SHARE_CAMERA_MESSAGE_ERROR = 6219,
    /** Share processors are not supported on this platform. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SHARED_PROCESSOR_UNSUPPORTED = 6223,
    /** The share processor has already been created. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SHARED_PROCESSOR_DUPLICATE_CREATE = 6224,
    /** The share processor was not found. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SHARED_PROCESSOR_MISMATCH_PROCESSOR = 6225,
    /** Only one share processor can be added at a time. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SHARED_PROCESSOR_LIMIT_EXCEED = 6226,
    /** Remote control is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_REMOTE_CONTROL_ACCOUNT_DISABLE = 6300,
    /** Remote control is not in the state the call needs. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_REMOTE_CONTROL_MISMATCH_STATE = 6301,
    /** Permission to control the remote screen has not been granted. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_REMOTE_CONTROL_PERMISSION_REQUIRED = 6302,
    /** Remote control needs the entire screen to be shared. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_REMOTE_CONTROL_MISMATCH_DISPLAY_SURFACE = 6303,
    /** The remote-control app's launch URL scheme is invalid. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_REMOTE_CONTROL_INVALID_LAUNCH_SCHEME = 6304,
    /** The chat message is empty. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CHAT_EMPTY_MESSAGE = 7000,
    /** The chat recipient does not match a participant. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CHAT_MISMATCH_USER = 7001,
    /** The chat privilege does not allow this message. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CHAT_INSUFFICIENT_PRIVILEGE = 7002,
    /** Only the host or a manager can set the chat privilege. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CHAT_INVALID_PRIVILEGE = 7003,
    /** The call is not available inside a subsession. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CHAT_SUBSESSION_CONFLICT = 7004,
    /** The chat file is empty. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CHAT_EMPTY_FILE = 7005,
    /** The file retry token is invalid. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CHAT_INVALID_RETRY_TOKEN = 7006,
    /** The file type is not allowed. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CHAT_MISMATCH_FILE_TYPE = 7007,
    /** The file is too large. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CHAT_EXCEED_FILE_SIZE = 7008,
    /** The message ID or file URL is invalid. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CHAT_INVALID_MSG_ID_OR_URL = 7009,
    /** File transfer in chat is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CHAT_FILE_ACCOUNT_DISABLE = 7010,
    /** Deleting chat messages is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CHAT_DELETE_ACCOUNT_DISABLE = 7011,
    /** The command message is empty. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CMD_EMPTY_MESSAGE = 7100,
    /** The command recipient does not match a participant. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CMD_MISMATCH_USER = 7101,
    /** The command message is not a string. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CMD_INVALID_MESSAGE_TYPE = 7102,
    /** The command message is too long. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CMD_EXCEED_MESSAGE_LENGTH = 7103,
    /** The command channel is not ready. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CMD_CHANNEL_NOT_READY = 7104,
    /** Command messages are sent too often. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_CMD_RATE_LIMIT = 7105,
    /** Cloud recording is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_RECORDING_ACCOUNT_DISABLE = 7200,
    /** Pausing or stopping cloud recording is forbidden. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_RECORDING_STOP_FORBIDDEN = 7201,
    /** The recording is not in the state the call needs. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_RECORDING_MISMATCH_STATE = 7202,
    /** Individual (per-user) recording is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_RECORDING_ISO_DISABLE = 7203,
    /** Zoom IQ for recording is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_RECORDING_IQ_DISABLE = 7204,
    /** Only the host can enable recording with Zoom IQ. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_RECORDING_IQ_PERMISSION_REQUIRED = 7205,
    /** Recording with Zoom IQ is not in the state the call needs. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_RECORDING_IQ_MISMATCH_STATE = 7206,
    /** Local recording is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_LOCAL_RECORDING_ACCOUNT_DISABLE = 7207,
    /** The local recording permission value is invalid. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_LOCAL_RECORDING_INVALID_VALUE = 7208,
    /** Local recording is not in the state the call needs. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_LOCAL_RECORDING_MISMATCH_STATE = 7209,
    /** Live transcription is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_TRANSCRIPTION_ACCOUNT_DISABLE = 7300,
    /** The host has disabled live transcription. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_TRANSCRIPTION_FEATURE_DISABLE = 7301,
    /** The speaking language is not supported. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_TRANSCRIPTION_LANGUAGE_UNSUPPORTED = 7302,
    /** Transcription is not in the state the call needs. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_TRANSCRIPTION_MISMATCH_STATE = 7303,
    /** Translated captions is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_TRANSLATION_ACCOUNT_DISABLE = 7304,
    /** The translation language is not supported. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_TRANSLATION_LANGUAGE_UNSUPPORTED = 7305,
    /** Manual captions is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_MANUAL_CAPTION_ACCOUNT_DISABLE = 7306,
    /** The host has disabled manual captions. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_MANUAL_CAPTION_FEATURE_DISABLE = 7307,
    /** The captioner user does not match a participant. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_MANUAL_CAPTION_MISMATCH_USER = 7308,
    /** The user may not send manual captions. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_MANUAL_CAPTION_INSUFFICIENT_PRIVILEGE = 7309,
    /** The host has locked the transcription language. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_TRANSCRIPTION_LANGUAGE_LOCKED = 7310,
    /** Live streaming is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_LIVE_STREAM_ACCOUNT_DISABLE = 7400,
    /** A live stream parameter is invalid. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_LIVE_STREAM_INVALID_PARAMETER = 7401,
    /** A live stream is already in progress. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_LIVE_STREAM_MISMATCH_STATE = 7402,
    /** The incoming live stream ID is empty or not the bound one. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_INCOMING_LIVE_STREAM_INVALID_PARAMETER = 7450,
    /** The incoming live stream is not in the state the call needs. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_INCOMING_LIVE_STREAM_MISMATCH_STATE = 7451,
    /** Subsessions is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SUBSESSION_ACCOUNT_DISABLE = 7500,
    /** Too many subsessions were requested. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SUBSESSION_EXCEED_CAPACITY = 7501,
    /** The subsession ID is wrong. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SUBSESSION_MISMATCH_ID = 7502,
    /** The subsession user ID is wrong. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SUBSESSION_MISMATCH_USER = 7503,
    /** The subsessions are not in the state the call needs. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SUBSESSION_MISMATCH_STATE = 7504,
    /** The host does not allow leaving the subsession. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SUBSESSION_EXIT_RESTRICTED = 7505,
    /** Broadcasting messages to subsessions is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SUBSESSION_BROADCAST_DISABLE = 7506,
    /** The broadcast message is empty or invalid. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SUBSESSION_BROADCAST_INVALID_CONTENT = 7507,
    /** Broadcasting voice to subsessions is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SUBSESSION_BROADCAST_VOICE_DISABLE = 7508,
    /** Voice cannot be broadcast from inside a subsession. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SUBSESSION_BROADCAST_VOICE_RESTRICTED = 7509,
    /** Voice broadcast needs an active audio connection. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE = 7510,
    /** Emoji reactions is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_REACTION_ACCOUNT_DISABLE = 7600,
    /** The reaction parameter is invalid. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_REACTION_INVALID_PARAMETER = 7601,
    /** Meeting summary and query is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_SUMMARY_ACCOUNT_DISABLE = 7700,
    /** A Q&A parameter is invalid. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_QA_INVALID_PARAMETER = 7800,
    /** The host has disabled this Q&A action. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_QA_INSUFFICIENT_PRIVILEGE = 7801,
    /** Broadcast streaming is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_BROADCAST_STREAMING_ACCOUNT_DISABLE = 7900,
    /** Broadcast streaming is not in the state the call needs. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_BROADCAST_STREAMING_MISMATCH_STATE = 7901,
    /** A broadcast channel ID is required. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_BROADCAST_STREAMING_INVALID_CHANNEL_ID = 7902,
    /** The whiteboard is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_WHITEBOARD_ACCOUNT_DISABLE = 8000,
    /** The whiteboard is not supported on this platform. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_WHITEBOARD_UNSUPPORTED = 8001,
    /** A whiteboard cannot start while a screen share is in progress. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_WHITEBOARD_SCREEN_SHARE_CONFLICT = 8002,
    /** The whiteboard is not in the state the call needs. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_WHITEBOARD_MISMATCH_STATE = 8003,
    /** Only the host or a manager may do this with the whiteboard. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_WHITEBOARD_HOST_PRIVILEGE_REQUIRED = 8004,
    /** A whiteboard parameter is invalid. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_WHITEBOARD_INVALID_PARAMETER = 8005,
    /** Exporting the whiteboard is disabled for this session. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_WHITEBOARD_EXPORT_DISABLE = 8006,
    /** Real-time media streams is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_REAL_TIME_MEDIA_STREAMS_NOT_ENABLED = 8100,
    /** Real-time media streams are not in the state the call needs. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_REAL_TIME_MEDIA_STREAMS_INVALID_STATE = 8101,
    /** Real-time media streams are not available in breakout rooms. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM = 8102,
    /** The voice translator is disabled for the account. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VOICE_TRANSLATOR_ACCOUNT_DISABLE = 8200,
    /** No voice translator language list is available. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST = 8201,
    /** The voice translator must be started first. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VOICE_TRANSLATOR_MISMATCH_STATE = 8202,
    /** The translator language is not supported. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED = 8203,
    /** The original audio balance is out of range. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE = 8204,
    /** The voice timbre ID is invalid. */
    RTC_ZOOM_VIDEO_EXCEPTION_CODE_VOICE_TRANSLATOR_INCORRECT_TIMBRE = 8205,
} rtc_zoom_video_exception_code;

/** Every `rtc_zoom_video_exception_code` code, in spec order. */
extern const rtc_code_info rtc_zoom_video_exception_code_infos[];
/** The number of entries in `rtc_zoom_video_exception_code_infos`. */
extern const size_t rtc_zoom_video_exception_code_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_zoom_video_exception_code_from_value(int32_t value, rtc_zoom_video_exception_code *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_zoom_video_exception_code_from_name(const char *name, rtc_zoom_video_exception_code *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_zoom_video_exception_code_info(rtc_zoom_video_exception_code code);

/**
 * Zoom Video SDK: Kind of a failed Video SDK call, carried as `type` beside `errorCode` in the ExecutedFailure a rejected promise returns.
 *
 * Upstream: ErrorTypes in https://developers.zoom.us/docs/video-sdk/web/ 2.5.0 (package npm:@zoom/videosdk@2.5.0).
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_zoom_video_error_types {
    /** The operation is invalid here. */
    RTC_ZOOM_VIDEO_ERROR_TYPES_INVALID_OPERATION = 0,
    /** The remote service is temporarily unavailable. */
    RTC_ZOOM_VIDEO_ERROR_TYPES_INTERNAL_ERROR = 1,
    /** The operation timed out. */
    RTC_ZOOM_VIDEO_ERROR_TYPES_OPERATION_TIMEOUT = 2,
    /** The operation is only for a host or a manager. */
    RTC_ZOOM_VIDEO_ERROR_TYPES_INSUFFICIENT_PRIVILEGES = 3,
    /** The user is not in a session in the state the call needs. */
    RTC_ZOOM_VIDEO_ERROR_TYPES_IMPROPER_MEETING_STATE = 4,
    /** The parameters passed to the method are invalid. */
    RTC_ZOOM_VIDEO_ERROR_TYPES_INVALID_PARAMETERS = 5,
    /** The operation is blocked because the setting is locked. */
    RTC_ZOOM_VIDEO_ERROR_TYPES_OPERATION_LOCKED = 6,
} rtc_zoom_video_error_types;

/** Every `rtc_zoom_video_error_types` code, in spec order. */
extern const rtc_code_info rtc_zoom_video_error_types_infos[];
/** The number of entries in `rtc_zoom_video_error_types_infos`. */
extern const size_t rtc_zoom_video_error_types_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_zoom_video_error_types_from_value(const char *value, rtc_zoom_video_error_types *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_zoom_video_error_types_from_name(const char *name, rtc_zoom_video_error_types *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_zoom_video_error_types_info(rtc_zoom_video_error_types code);

/**
 * Zoom Video SDK: Code of the `active-media-failed` event, an unexpected failure of audio, video or sharing media during the session.
 *
 * Upstream: ActiveMediaFailedCode in https://developers.zoom.us/docs/video-sdk/web/ 2.5.0 (package npm:@zoom/videosdk@2.5.0).
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_zoom_video_active_media_failed_code {
    /** The audio data channel could not be established. */
    RTC_ZOOM_VIDEO_ACTIVE_MEDIA_FAILED_CODE_AUDIO_CONNECTION_FAILED = 101,
    /** The microphone track ended. */
    RTC_ZOOM_VIDEO_ACTIVE_MEDIA_FAILED_CODE_AUDIO_STREAM_ENDED = 102,
    /** Microphone permission was withdrawn. */
    RTC_ZOOM_VIDEO_ACTIVE_MEDIA_FAILED_CODE_MICROPHONE_PERMISSION_RESET = 103,
    /** No audio data could be read from the microphone stream. */
    RTC_ZOOM_VIDEO_ACTIVE_MEDIA_FAILED_CODE_AUDIO_STREAM_FAILED = 104,
    /** The microphone is muted in the operating system. */
    RTC_ZOOM_VIDEO_ACTIVE_MEDIA_FAILED_CODE_MICROPHONE_MUTED = 105,
    /** Sending audio was interrupted. */
    RTC_ZOOM_VIDEO_ACTIVE_MEDIA_FAILED_CODE_AUDIO_STREAM_MUTED = 106,
    /** Playback of remote audio was interrupted. */
    RTC_ZOOM_VIDEO_ACTIVE_MEDIA_FAILED_CODE_AUDIO_PLAYBACK_INTERRUPTED = 107,
    /** The video data channel could not be established. */
    RTC_ZOOM_VIDEO_ACTIVE_MEDIA_FAILED_CODE_VIDEO_CONNECTION_FAILED = 201,
    /** The camera track ended. */
    RTC_ZOOM_VIDEO_ACTIVE_MEDIA_FAILED_CODE_VIDEO_STREAM_ENDED = 202,
    /** Camera permission was withdrawn. */
    RTC_ZOOM_VIDEO_ACTIVE_MEDIA_FAILED_CODE_CAMERA_PERMISSION_RESET = 203,
    /** The WebGL context used to render video is no longer valid. */
    RTC_ZOOM_VIDEO_ACTIVE_MEDIA_FAILED_CODE_WEB_GL_CONTEXT_INVALID = 204,
    /** The SDK's WebAssembly module ran out of memory. */
    RTC_ZOOM_VIDEO_ACTIVE_MEDIA_FAILED_CODE_WASM_OUT_OF_MEMORY = 205,
    /** No video data could be read from the camera stream. */
    RTC_ZOOM_VIDEO_ACTIVE_MEDIA_FAILED_CODE_VIDEO_STREAM_FAILED = 206,
    /** The video stream was interrupted. */
    RTC_ZOOM_VIDEO_ACTIVE_MEDIA_FAILED_CODE_VIDEO_STREAM_MUTED = 207,
    /** No data could be read from the screen-share stream. */
    RTC_ZOOM_VIDEO_ACTIVE_MEDIA_FAILED_CODE_SHARING_STREAM_FAILED = 301,
} rtc_zoom_video_active_media_failed_code;

/** Every `rtc_zoom_video_active_media_failed_code` code, in spec order. */
extern const rtc_code_info rtc_zoom_video_active_media_failed_code_infos[];
/** The number of entries in `rtc_zoom_video_active_media_failed_code_infos`. */
extern const size_t rtc_zoom_video_active_media_failed_code_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_zoom_video_active_media_failed_code_from_value(int32_t value, rtc_zoom_video_active_media_failed_code *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_zoom_video_active_media_failed_code_from_name(const char *name, rtc_zoom_video_active_media_failed_code *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_zoom_video_active_media_failed_code_info(rtc_zoom_video_active_media_failed_code code);

/**
 * Zoom Video SDK: Reason given with `connection-change` when the session state becomes `Reconnecting`.
 *
 * Upstream: ReconnectReason in https://developers.zoom.us/docs/video-sdk/web/ 2.5.0 (package npm:@zoom/videosdk@2.5.0).
 *
 * The wire values are strings: each code's `string_value` in its info.
 */
typedef enum rtc_zoom_video_reconnect_reason {
    /** The session is failing over to another server. */
    RTC_ZOOM_VIDEO_RECONNECT_REASON_FAILOVER = 0,
    /** The user is joining a breakout subsession. */
    RTC_ZOOM_VIDEO_RECONNECT_REASON_JOIN_SUBSESSION = 1,
    /** The user is moving between breakout subsessions. */
    RTC_ZOOM_VIDEO_RECONNECT_REASON_MOVE_TO_SUBSESSION = 2,
    /** The user is returning to the main session. */
    RTC_ZOOM_VIDEO_RECONNECT_REASON_BACK_TO_MAIN_SESSION = 3,
} rtc_zoom_video_reconnect_reason;

/** Every `rtc_zoom_video_reconnect_reason` code, in spec order. */
extern const rtc_code_info rtc_zoom_video_reconnect_reason_infos[];
/** The number of entries in `rtc_zoom_video_reconnect_reason_infos`. */
extern const size_t rtc_zoom_video_reconnect_reason_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_zoom_video_reconnect_reason_from_value(const char *value, rtc_zoom_video_reconnect_reason *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_zoom_video_reconnect_reason_from_name(const char *name, rtc_zoom_video_reconnect_reason *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_zoom_video_reconnect_reason_info(rtc_zoom_video_reconnect_reason code);

#ifdef __cplusplus
}
#endif

#endif /* RTC_ERROR_CATALOG_H */

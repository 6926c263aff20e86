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
#define RTC_ERROR_CATALOG_VERSION "0.1.1"

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

#ifdef __cplusplus
}
#endif

#endif /* RTC_ERROR_CATALOG_H */

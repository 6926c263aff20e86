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
#define RTC_ERROR_CATALOG_VERSION "0.1.0"

/** What kind of event a code reports, the same across providers (the catalog's own taxonomy). */
typedef enum rtc_category {
    /** Network: The network path failed or timed out. Usually transient. */
    RTC_CATEGORY_NETWORK,
    /** Client error: The app used the SDK wrongly. A developer must fix it. */
    RTC_CATEGORY_CLIENT_ERROR,
} rtc_category;

/** The number of `rtc_category` values (they count from 0). */
#define RTC_CATEGORY_COUNT 2

/** What an app should do about a code, the same across providers (the catalog's own taxonomy). */
typedef enum rtc_retry_policy {
    /** Back off and retry: Retry after a delay that grows with each attempt. */
    RTC_RETRY_POLICY_BACKOFF,
    /** Do not retry: Retrying cannot succeed without a change to the app. */
    RTC_RETRY_POLICY_NEVER,
} rtc_retry_policy;

/** The number of `rtc_retry_policy` values (they count from 0). */
#define RTC_RETRY_POLICY_COUNT 2

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
 * Acme RTC: Why an Acme call failed.
 *
 * Upstream: AcmeError in acme/sdk 1.0.0.
 *
 * Each enumerator's value is the code's wire value.
 */
typedef enum rtc_acme_error {
    /** Nothing failed. */
    RTC_ACME_ERROR_OK = 0,
    /** Timed out. */
    RTC_ACME_ERROR_TIMEOUT = -1,
    /** The request was malformed. */
    RTC_ACME_ERROR_BAD_REQUEST = 2147483647,
} rtc_acme_error;

/** Every `rtc_acme_error` code, in spec order. */
extern const rtc_code_info rtc_acme_error_infos[];
/** The number of entries in `rtc_acme_error_infos`. */
extern const size_t rtc_acme_error_count;
/** Sets `*out` to the code with this wire value; false (and `*out` untouched) if there is none. */
bool rtc_acme_error_from_value(int32_t value, rtc_acme_error *out);
/** Sets `*out` to the code with this upstream name; false (and `*out` untouched) if there is none. */
bool rtc_acme_error_from_name(const char *name, rtc_acme_error *out);
/** Everything the catalog says about `code`, or NULL for a value that is no code. */
const rtc_code_info *rtc_acme_error_info(rtc_acme_error code);

#ifdef __cplusplus
}
#endif

#endif /* RTC_ERROR_CATALOG_H */

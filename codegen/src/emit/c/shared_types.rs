//! The header's shared types and functions, with the shared doc text.

use crate::emit::text;

/// Shared text the header names beside `text::fill`'s holes.
const HOLES: &[(&str, &str)] = &[
    ("schedule::TYPE", text::schedule::TYPE),
    ("schedule::INITIAL_DELAY", text::schedule::INITIAL_DELAY),
    ("schedule::MULTIPLIER", text::schedule::MULTIPLIER),
    ("schedule::MAX_DELAY", text::schedule::MAX_DELAY),
    ("schedule::JITTER_FIELD", text::schedule::JITTER_FIELD),
    ("schedule::MAX_ATTEMPTS", text::schedule::MAX_ATTEMPTS),
    ("schedule::JITTER", text::schedule::JITTER),
    ("schedule::FULL", text::schedule::FULL),
    ("schedule::EQUAL", text::schedule::EQUAL),
    ("schedule::NONE", text::schedule::NONE),
    ("terminality::TYPE", text::terminality::TYPE),
    ("terminality::TERMINAL", text::terminality::TERMINAL),
    ("terminality::NOT_TERMINAL", text::terminality::NOT_TERMINAL),
    ("terminality::DEPENDS", text::terminality::DEPENDS),
    ("signal::TYPE", text::signal::TYPE),
    ("signal::NAME", text::signal::NAME),
    ("signal::OVERRIDES", text::signal::OVERRIDES),
    ("signal::VALUES", text::signal::VALUES),
    ("signal::MEANING", text::signal::MEANING),
    ("signal::VALUE_TYPE", text::signal::VALUE_TYPE),
    ("signal::VALUE", text::signal::VALUE),
    ("signal::MEANS", text::signal::MEANS),
    ("field::TERMINALITY", text::field::TERMINALITY),
    ("field::IS_TERMINAL", text::field::IS_TERMINAL),
    ("field::TERMINAL_CONDITION", text::field::TERMINAL_CONDITION),
    ("field::USER_MESSAGE", text::field::USER_MESSAGE),
    ("field::USER_MESSAGE_KEY", text::field::USER_MESSAGE_KEY),
    ("field::REMEDIATION", text::field::REMEDIATION),
    ("field::CAUSES", text::field::CAUSES),
    ("field::REFERENCES", text::field::REFERENCES),
    ("field::SINCE", text::field::SINCE),
    ("field::RETRY_SCHEDULE", text::field::RETRY_SCHEDULE),
    ("field::RUNTIME_SIGNAL", text::field::RUNTIME_SIGNAL),
];

/// `template` with this header's holes and then the shared ones filled.
pub fn fill(template: &str) -> String {
    let mut out = template.to_owned();
    for (key, value) in HOLES {
        out = out.replace(&format!("«{key}»"), value);
    }
    text::fill(&out)
}

/// The shared types and functions, with the shared doc text.
pub const SHARED: &str = r#"/** «basis::TYPE» */
typedef enum rtc_basis {
    /** «basis::PROVIDER» */
    RTC_BASIS_PROVIDER,
    /** «basis::CATALOG» */
    RTC_BASIS_CATALOG
} rtc_basis;

/** «schedule::JITTER» */
typedef enum rtc_jitter {
    /** «schedule::NONE» */
    RTC_JITTER_NONE,
    /** «schedule::FULL» */
    RTC_JITTER_FULL,
    /** «schedule::EQUAL» */
    RTC_JITTER_EQUAL
} rtc_jitter;

/** «terminality::TYPE» */
typedef enum rtc_terminality {
    /** «terminality::TERMINAL» */
    RTC_TERMINALITY_TERMINAL,
    /** «terminality::NOT_TERMINAL» */
    RTC_TERMINALITY_NOT_TERMINAL,
    /** «terminality::DEPENDS» */
    RTC_TERMINALITY_DEPENDS
} rtc_terminality;

/** «schedule::TYPE» */
typedef struct rtc_retry_schedule {
    /** «schedule::INITIAL_DELAY» */
    uint32_t initial_delay_ms;
    /** «schedule::MULTIPLIER» */
    uint32_t multiplier_thousandths;
    /** «schedule::MAX_DELAY» */
    uint32_t max_delay_ms;
    /** «schedule::JITTER_FIELD» */
    rtc_jitter jitter;
    /** «schedule::MAX_ATTEMPTS» */
    uint32_t max_attempts;
} rtc_retry_schedule;

/** A category or a retry policy. */
typedef struct rtc_term {
    /** «term::ID» */
    const char *id;
    /** «term::TITLE» */
    const char *title;
    /** «term::MEANING» */
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

/** «signal::VALUE_TYPE» */
typedef struct rtc_signal_value {
    /** «signal::VALUE» */
    const char *value;
    /** «signal::MEANS» */
    const char *means;
} rtc_signal_value;

/** «signal::TYPE» */
typedef struct rtc_runtime_signal {
    /** «signal::NAME» */
    const char *name;
    /** «signal::OVERRIDES» */
    const char *const *overrides;
    /** The number of `overrides`. */
    size_t override_count;
    /** «signal::VALUES» */
    const rtc_signal_value *values;
    /** The number of `values`. */
    size_t value_count;
    /** «signal::MEANING» NULL otherwise. */
    const char *meaning;
} rtc_runtime_signal;

/** «field::INFO» Optional texts are NULL when absent; lists are an array and a count. */
typedef struct rtc_code_info {
    /** «field::PROVIDER» */
    const char *provider;
    /** «field::CODE_SET» */
    const char *code_set;
    /** The enumerator's value: the wire value of an integer code set, the code's index in a string code set. */
    int32_t value;
    /** The wire value of a string code set; NULL in an integer code set. */
    const char *string_value;
    /** «field::NAME» */
    const char *name;
    /** «field::CATALOG_NAME» */
    const char *catalog_name;
    /** «field::SUMMARY» */
    const char *summary;
    /** «field::CAUSE» */
    const char *cause;
    /** «field::WHEN» */
    const char *const *when;
    /** The number of `when` entries. */
    size_t when_count;
    /** «field::USER_MESSAGE» */
    const char *user_message;
    /** «field::USER_MESSAGE_KEY» */
    const char *user_message_key;
    /** «field::REMEDIATION» */
    const char *const *remediation;
    /** The number of `remediation` steps. */
    size_t remediation_count;
    /** «field::CAUSES» */
    const char *const *causes;
    /** The number of `causes`. */
    size_t cause_count;
    /** «field::REFERENCES» */
    const char *const *references;
    /** The number of `references`. */
    size_t reference_count;
    /** «field::SINCE» */
    const char *since;
    /** «field::CATEGORY» */
    rtc_category category;
    /** «field::RETRY_POLICY» */
    rtc_retry_policy retry_policy;
    /** «field::RETRY_BASIS» */
    rtc_basis retry_basis;
    /** «field::RETRY_SCHEDULE» */
    const rtc_retry_schedule *retry_schedule;
    /** «field::RUNTIME_SIGNAL» */
    const rtc_runtime_signal *runtime_signal;
    /** «field::TERMINALITY» */
    rtc_terminality terminality;
    /** «field::TERMINAL_CONDITION» */
    const char *terminal_condition;
    /** «field::IS_TERMINAL» */
    bool terminal;
    /** «field::TERMINAL_BASIS» */
    rtc_basis terminal_basis;
    /** «field::RATIONALE» */
    const char *rationale;
    /** «field::DEPRECATED» */
    const char *deprecated;
    /** Whether the code set has the SDK's own failure flag (then `failure` is it). */
    bool has_failure;
    /** «field::FAILURE» */
    bool failure;
    /** «field::EQUIVALENT» */
    const struct rtc_code_info *protocol_equivalent;
} rtc_code_info;

/** One code set, for tools that handle every provider's codes generically. */
typedef struct rtc_code_set {
    /** «field::PROVIDER» */
    const char *provider;
    /** «field::CODE_SET» */
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

"#;

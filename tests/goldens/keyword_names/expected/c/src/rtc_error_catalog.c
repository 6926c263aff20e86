/* Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate. */

#include "rtc_error_catalog.h"

#include <string.h>

const rtc_term rtc_categories[RTC_CATEGORY_COUNT] = {
    {"network", "Network", "The network path failed or timed out. Usually transient.", NULL, NULL},
    {"client_error", "Client error", "The app used the SDK wrongly. A developer must fix it.", NULL, NULL},
};

const rtc_term rtc_retry_policies[RTC_RETRY_POLICY_COUNT] = {
    {"backoff", "Back off and retry", "Retry after a delay that grows with each attempt.", NULL, NULL},
    {"never", "Do not retry", "Retrying cannot succeed without a change to the app.", NULL, NULL},
};

static const char *const list_0_0_0_when[] = {
    "always",
};
static const char *const list_0_0_0_remediation[] = {
    "Check the app configuration.",
};
static const char *const list_0_0_1_when[] = {
    "always",
};
static const char *const list_0_0_1_remediation[] = {
    "Check the app configuration.",
};
static const char *const list_0_0_2_when[] = {
    "always",
};
static const char *const list_0_0_2_remediation[] = {
    "Check the app configuration.",
};
static const char *const list_0_0_3_when[] = {
    "always",
};
static const char *const list_0_0_3_remediation[] = {
    "Check the app configuration.",
};
static const char *const list_0_0_4_when[] = {
    "always",
};
static const char *const list_0_0_4_remediation[] = {
    "Check the app configuration.",
};

const rtc_code_info rtc_acme_type_infos[] = {
    {
        .provider = "acme",
        .code_set = "type",
        .value = 1,
        .name = "type",
        .catalog_name = "type",
        .summary = "Named type.",
        .cause = "A keyword in Rust, a contextual keyword in TypeScript.",
        .when = list_0_0_0_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "acme.type.type",
        .remediation = list_0_0_0_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = NULL,
        .reference_count = 0,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "acme",
        .code_set = "type",
        .value = 2,
        .name = "fun",
        .catalog_name = "fun",
        .summary = "Named fun.",
        .cause = "A keyword in Kotlin.",
        .when = list_0_0_1_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "acme.type.fun",
        .remediation = list_0_0_1_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = NULL,
        .reference_count = 0,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "acme",
        .code_set = "type",
        .value = 3,
        .name = "when",
        .catalog_name = "when",
        .summary = "Named when.",
        .cause = "A keyword in Kotlin.",
        .when = list_0_0_2_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "acme.type.when",
        .remediation = list_0_0_2_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = NULL,
        .reference_count = 0,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "acme",
        .code_set = "type",
        .value = 4,
        .name = "object",
        .catalog_name = "object",
        .summary = "Named object.",
        .cause = "A keyword in Kotlin.",
        .when = list_0_0_3_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "acme.type.object",
        .remediation = list_0_0_3_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = NULL,
        .reference_count = 0,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "acme",
        .code_set = "type",
        .value = 5,
        .name = "val",
        .catalog_name = "val",
        .summary = "Named val.",
        .cause = "A keyword in Kotlin.",
        .when = list_0_0_4_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "acme.type.val",
        .remediation = list_0_0_4_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = NULL,
        .reference_count = 0,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
};

const size_t rtc_acme_type_count = 5;

static const char *const list_0_1_0_when[] = {
    "always",
};
static const char *const list_0_1_0_remediation[] = {
    "Check the app configuration.",
};
static const char *const list_0_1_1_when[] = {
    "always",
};
static const char *const list_0_1_1_remediation[] = {
    "Check the app configuration.",
};
static const char *const list_0_1_2_when[] = {
    "always",
};
static const char *const list_0_1_2_remediation[] = {
    "Check the app configuration.",
};
static const char *const list_0_1_3_when[] = {
    "always",
};
static const char *const list_0_1_3_remediation[] = {
    "Check the app configuration.",
};
static const char *const list_0_1_4_when[] = {
    "always",
};
static const char *const list_0_1_4_remediation[] = {
    "Check the app configuration.",
};

const rtc_code_info rtc_acme_in_infos[] = {
    {
        .provider = "acme",
        .code_set = "in",
        .value = 0,
        .string_value = "Self",
        .name = "Self",
        .catalog_name = "Self",
        .summary = "Named Self.",
        .cause = "A keyword in Rust that cannot be a raw identifier.",
        .when = list_0_1_0_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "acme.in.Self",
        .remediation = list_0_1_0_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = NULL,
        .reference_count = 0,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "acme",
        .code_set = "in",
        .value = 1,
        .string_value = "in",
        .name = "in",
        .catalog_name = "in",
        .summary = "Named in.",
        .cause = "A keyword in Rust, TypeScript and Kotlin.",
        .when = list_0_1_1_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "acme.in.in",
        .remediation = list_0_1_1_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = NULL,
        .reference_count = 0,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "acme",
        .code_set = "in",
        .value = 2,
        .string_value = "is",
        .name = "is",
        .catalog_name = "is",
        .summary = "Named is.",
        .cause = "A keyword in Kotlin.",
        .when = list_0_1_2_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "acme.in.is",
        .remediation = list_0_1_2_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = NULL,
        .reference_count = 0,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "acme",
        .code_set = "in",
        .value = 3,
        .string_value = "match",
        .name = "match",
        .catalog_name = "match",
        .summary = "Named match.",
        .cause = "A keyword in Rust.",
        .when = list_0_1_3_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "acme.in.match",
        .remediation = list_0_1_3_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = NULL,
        .reference_count = 0,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "acme",
        .code_set = "in",
        .value = 4,
        .string_value = "null",
        .name = "null",
        .catalog_name = "null",
        .summary = "Named null.",
        .cause = "A literal in TypeScript and Kotlin.",
        .when = list_0_1_4_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "acme.in.null",
        .remediation = list_0_1_4_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = NULL,
        .reference_count = 0,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
};

const size_t rtc_acme_in_count = 5;

const rtc_code_set rtc_code_sets[] = {
    {"acme", "type", false, rtc_acme_type_infos, 5},
    {"acme", "in", true, rtc_acme_in_infos, 5},
};

const size_t rtc_code_set_count = 2;

static const rtc_code_info *find_value(const rtc_code_info *codes, size_t count, int32_t value) {
    size_t i;
    for (i = 0; i < count; i++) {
        if (codes[i].value == value) {
            return &codes[i];
        }
    }
    return NULL;
}

static const rtc_code_info *find_string(const rtc_code_info *codes, size_t count, const char *value) {
    size_t i;
    if (value == NULL) {
        return NULL;
    }
    for (i = 0; i < count; i++) {
        if (codes[i].string_value != NULL && strcmp(codes[i].string_value, value) == 0) {
            return &codes[i];
        }
    }
    return NULL;
}

static const rtc_code_info *find_name(const rtc_code_info *codes, size_t count, const char *name) {
    size_t i;
    if (name == NULL) {
        return NULL;
    }
    for (i = 0; i < count; i++) {
        if (strcmp(codes[i].name, name) == 0) {
            return &codes[i];
        }
    }
    return NULL;
}

/* The index of the term with this id in `terms`, or `count` if there is none. */
static size_t find_term(const rtc_term *terms, size_t count, const char *id) {
    size_t i;
    if (id == NULL) {
        return count;
    }
    for (i = 0; i < count; i++) {
        if (strcmp(terms[i].id, id) == 0) {
            return i;
        }
    }
    return count;
}

bool rtc_category_from_id(const char *id, rtc_category *out) {
    size_t i = find_term(rtc_categories, RTC_CATEGORY_COUNT, id);
    if (i == RTC_CATEGORY_COUNT || out == NULL) {
        return false;
    }
    *out = (rtc_category)i;
    return true;
}

bool rtc_retry_policy_from_id(const char *id, rtc_retry_policy *out) {
    size_t i = find_term(rtc_retry_policies, RTC_RETRY_POLICY_COUNT, id);
    if (i == RTC_RETRY_POLICY_COUNT || out == NULL) {
        return false;
    }
    *out = (rtc_retry_policy)i;
    return true;
}

const rtc_code_set *rtc_code_set_find(const char *provider, const char *code_set) {
    size_t i;
    if (provider == NULL || code_set == NULL) {
        return NULL;
    }
    for (i = 0; i < rtc_code_set_count; i++) {
        if (strcmp(rtc_code_sets[i].provider, provider) == 0 && strcmp(rtc_code_sets[i].id, code_set) == 0) {
            return &rtc_code_sets[i];
        }
    }
    return NULL;
}

const rtc_code_info *rtc_lookup_value(const char *provider, const char *code_set, int32_t value) {
    const rtc_code_set *set = rtc_code_set_find(provider, code_set);
    if (set == NULL || set->string_values) {
        return NULL;
    }
    return find_value(set->codes, set->count, value);
}

const rtc_code_info *rtc_lookup_string(const char *provider, const char *code_set, const char *value) {
    const rtc_code_set *set = rtc_code_set_find(provider, code_set);
    if (set == NULL || !set->string_values) {
        return NULL;
    }
    return find_string(set->codes, set->count, value);
}

const rtc_code_info *rtc_lookup_name(const char *provider, const char *code_set, const char *name) {
    const rtc_code_set *set = rtc_code_set_find(provider, code_set);
    if (set == NULL) {
        return NULL;
    }
    return find_name(set->codes, set->count, name);
}

bool rtc_retry_schedule_delay(const rtc_retry_schedule *schedule, uint32_t attempt, double random, uint32_t *delay_ms) {
    uint64_t cap;
    uint64_t delay;
    uint64_t jittered;
    uint64_t half;
    uint32_t i;
    if (schedule == NULL || delay_ms == NULL || attempt == 0u || attempt > schedule->max_attempts) {
        return false;
    }
    /* NaN fails both comparisons. */
    if (!(random >= 0.0 && random < 1.0)) {
        random = 0.0;
    }
    cap = schedule->max_delay_ms;
    delay = schedule->initial_delay_ms < cap ? schedule->initial_delay_ms : cap;
    for (i = 1u; i < attempt; i++) {
        delay = delay * schedule->multiplier_thousandths / 1000u;
        if (delay > cap) {
            delay = cap;
        }
    }
    switch (schedule->jitter) {
    case RTC_JITTER_FULL:
        jittered = (uint64_t)(random * (double)(delay + 1u));
        break;
    case RTC_JITTER_EQUAL:
        half = delay / 2u;
        jittered = half + (uint64_t)(random * (double)(delay - half + 1u));
        break;
    default:
        jittered = delay;
        break;
    }
    *delay_ms = (uint32_t)(jittered < delay ? jittered : delay);
    return true;
}

bool rtc_retry_delay(const rtc_code_info *code, uint32_t attempt, double random, uint32_t *delay_ms) {
    return code != NULL && rtc_retry_schedule_delay(code->retry_schedule, attempt, random, delay_ms);
}

bool rtc_acme_type_from_value(int32_t value, rtc_acme_type *out) {
    const rtc_code_info *info = find_value(rtc_acme_type_infos, 5, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_acme_type)info->value;
    return true;
}

bool rtc_acme_type_from_name(const char *name, rtc_acme_type *out) {
    const rtc_code_info *info = find_name(rtc_acme_type_infos, 5, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_acme_type)info->value;
    return true;
}

const rtc_code_info *rtc_acme_type_info(rtc_acme_type code) {
    return find_value(rtc_acme_type_infos, 5, (int32_t)code);
}

bool rtc_acme_in_from_value(const char *value, rtc_acme_in *out) {
    const rtc_code_info *info = find_string(rtc_acme_in_infos, 5, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_acme_in)info->value;
    return true;
}

bool rtc_acme_in_from_name(const char *name, rtc_acme_in *out) {
    const rtc_code_info *info = find_name(rtc_acme_in_infos, 5, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_acme_in)info->value;
    return true;
}

const rtc_code_info *rtc_acme_in_info(rtc_acme_in code) {
    return find_value(rtc_acme_in_infos, 5, (int32_t)code);
}


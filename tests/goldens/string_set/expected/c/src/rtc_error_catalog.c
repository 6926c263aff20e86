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
    "a deploy",
};
static const char *const list_0_0_0_remediation[] = {
    "Check the app configuration.",
};
static const char *const list_0_0_1_when[] = {
    "moderation",
};
static const char *const list_0_0_1_remediation[] = {
    "Check the app configuration.",
};

const rtc_code_info rtc_acme_close_reason_infos[] = {
    {
        .provider = "acme",
        .code_set = "close_reason",
        .value = 0,
        .string_value = "server-shutdown",
        .name = "ServerShutdown",
        .catalog_name = "ServerShutdown",
        .summary = "The server shut down.",
        .cause = "The Acme server is restarting.",
        .when = list_0_0_0_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "acme.close_reason.ServerShutdown",
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
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "acme",
        .code_set = "close_reason",
        .value = 1,
        .string_value = "kicked by host",
        .name = "Kicked",
        .catalog_name = "Kicked",
        .summary = "A host removed the participant.",
        .cause = "A host used the remove button.",
        .when = list_0_0_1_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "acme.close_reason.Kicked",
        .remediation = list_0_0_1_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = NULL,
        .reference_count = 0,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Rejoining without the host's consent would be removed again.",
    },
};

const size_t rtc_acme_close_reason_count = 2;

const rtc_code_set rtc_code_sets[] = {
    {"acme", "close_reason", true, rtc_acme_close_reason_infos, 2},
};

const size_t rtc_code_set_count = 1;

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

bool rtc_acme_close_reason_from_value(const char *value, rtc_acme_close_reason *out) {
    const rtc_code_info *info = find_string(rtc_acme_close_reason_infos, 2, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_acme_close_reason)info->value;
    return true;
}

bool rtc_acme_close_reason_from_name(const char *name, rtc_acme_close_reason *out) {
    const rtc_code_info *info = find_name(rtc_acme_close_reason_infos, 2, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_acme_close_reason)info->value;
    return true;
}

const rtc_code_info *rtc_acme_close_reason_info(rtc_acme_close_reason code) {
    return find_value(rtc_acme_close_reason_infos, 2, (int32_t)code);
}


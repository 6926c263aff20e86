//! The C functions every catalog shares: the table scans, the registry's lookups and the
//! retry rule of spec/README.md (integer arithmetic, then one double multiplication).

/// The scans every lookup shares, the registry's lookups and the retry rule.
pub const FUNCTIONS: &str = r#"static const rtc_code_info *find_value(const rtc_code_info *codes, size_t count, int32_t value) {
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

"#;

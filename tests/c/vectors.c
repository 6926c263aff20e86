/* The C binding against the shared test vectors: every code in a catalog.json must come back
 * from the generated library with the same value, names, metadata and link, through the
 * registry's lookups; typed_checks() (written by the xtask from the same catalog.json) asks each
 * code set's own enum functions. Built under AddressSanitizer and UndefinedBehaviorSanitizer by
 * `cargo xtask test c`: vectors <path to catalog.json> */
#include "rtc_error_catalog.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long passed;
static long failed;

/* One assertion; a failure is printed with what was asked. */
void check(bool ok, const char *what, const char *at) {
    if (ok) {
        passed++;
    } else {
        failed++;
        fprintf(stderr, "FAIL %s: %s\n", at, what);
    }
}

void typed_checks(void);

static const char *text(const cJSON *object, const char *key) {
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, key);
    return cJSON_IsString(item) ? item->valuestring : NULL;
}

/* Two optional texts are equal: both NULL, or the same bytes. */
static bool same_text(const char *a, const char *b) {
    return (a == NULL && b == NULL) || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static bool same_list(const char *const *items, size_t count, const cJSON *json) {
    size_t i = 0;
    const cJSON *item;
    if ((size_t)cJSON_GetArraySize(json) != count) {
        return false;
    }
    cJSON_ArrayForEach(item, json) {
        if (!cJSON_IsString(item) || strcmp(items[i++], item->valuestring) != 0) {
            return false;
        }
    }
    return true;
}

static const char *jitter_id(rtc_jitter j) {
    return j == RTC_JITTER_FULL ? "full" : j == RTC_JITTER_EQUAL ? "equal" : "none";
}

static const char *basis_id(rtc_basis b) {
    return b == RTC_BASIS_PROVIDER ? "provider" : "catalog";
}

static double number(const cJSON *object, const char *key) {
    return cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(object, key));
}

/* A schedule as catalog.json writes it, the basis and reference left out of the binding. */
static bool same_schedule(const rtc_retry_schedule *s, const cJSON *json) {
    if (s == NULL || cJSON_IsNull(json) || json == NULL) {
        return s == NULL && (json == NULL || cJSON_IsNull(json));
    }
    return number(json, "initial_delay_ms") == s->initial_delay_ms &&
           number(json, "multiplier_thousandths") == s->multiplier_thousandths &&
           number(json, "max_delay_ms") == s->max_delay_ms && number(json, "max_attempts") == s->max_attempts &&
           same_text(text(json, "jitter"), jitter_id(s->jitter));
}

static bool same_signal(const rtc_runtime_signal *s, const cJSON *json) {
    const cJSON *values = cJSON_GetObjectItemCaseSensitive(json, "values");
    const cJSON *v;
    size_t i = 0;
    if (s == NULL || cJSON_IsNull(json)) {
        return s == NULL && cJSON_IsNull(json);
    }
    if (!same_text(s->name, text(json, "name")) || !same_text(s->meaning, text(json, "meaning")) ||
        !same_list(s->overrides, s->override_count, cJSON_GetObjectItemCaseSensitive(json, "overrides")) ||
        (size_t)cJSON_GetArraySize(values) != s->value_count) {
        return false;
    }
    cJSON_ArrayForEach(v, values) {
        if (!same_text(s->values[i].value, text(v, "value")) || !same_text(s->values[i].means, text(v, "means"))) {
            return false;
        }
        i++;
    }
    return true;
}

static bool same_terminal(const rtc_code_info *info, const cJSON *json) {
    if (cJSON_IsTrue(json)) {
        return info->terminality == RTC_TERMINALITY_TERMINAL && info->terminal;
    }
    if (cJSON_IsFalse(json)) {
        return info->terminality == RTC_TERMINALITY_NOT_TERMINAL && !info->terminal;
    }
    return info->terminality == RTC_TERMINALITY_DEPENDS && !info->terminal && same_text(json->valuestring, "depends");
}

/* `provider/code_set/NAME` of a code. */
static void link_of(const rtc_code_info *info, char *out, size_t size) {
    snprintf(out, size, "%s/%s/%s", info->provider, info->code_set, info->catalog_name);
}

static void check_code(const rtc_code_set *set, size_t index, const cJSON *c, const char *at) {
    const rtc_code_info *info = &set->codes[index];
    const cJSON *value = cJSON_GetObjectItemCaseSensitive(c, "value");
    const cJSON *failure = cJSON_GetObjectItemCaseSensitive(c, "failure");
    const char *equivalent = text(c, "protocol_equivalent");
    char link[512] = "";
    const rtc_code_info *found = set->string_values
                                     ? rtc_lookup_string(set->provider, set->id, value->valuestring)
                                     : rtc_lookup_value(set->provider, set->id, (int32_t)value->valuedouble);
    check(found == info, "lookup by wire value gives the code, in spec order", at);
    check(rtc_lookup_name(set->provider, set->id, text(c, "upstream_name")) == info, "lookup by name", at);
    check(set->string_values ? same_text(info->string_value, value->valuestring)
                             : info->string_value == NULL && info->value == value->valuedouble,
          "wire value", at);
    check(same_text(info->name, text(c, "upstream_name")), "upstream name", at);
    check(same_text(info->catalog_name, text(c, "name")), "catalog name", at);
    check(same_text(info->summary, text(c, "summary")), "summary", at);
    check(same_text(info->cause, text(c, "cause")), "cause", at);
    check(same_list(info->when, info->when_count, cJSON_GetObjectItemCaseSensitive(c, "when")), "when", at);
    check(same_text(info->user_message, text(c, "user_message")), "user message", at);
    check(same_text(info->user_message_key, text(c, "user_message_key")), "user message key", at);
    check(same_list(info->remediation, info->remediation_count, cJSON_GetObjectItemCaseSensitive(c, "remediation")),
          "remediation", at);
    check(same_list(info->causes, info->cause_count, cJSON_GetObjectItemCaseSensitive(c, "causes")), "causes", at);
    check(same_list(info->references, info->reference_count, cJSON_GetObjectItemCaseSensitive(c, "references")),
          "references", at);
    check(same_text(info->since, text(c, "since")), "since", at);
    check(same_text(rtc_categories[info->category].id, text(c, "category")), "category", at);
    check(same_text(rtc_retry_policies[info->retry_policy].id, text(c, "retry")), "retry policy", at);
    check(same_text(basis_id(info->retry_basis), text(c, "retry_basis")), "retry basis", at);
    check(same_schedule(info->retry_schedule, cJSON_GetObjectItemCaseSensitive(c, "retry_schedule")), "retry schedule", at);
    check(same_signal(info->runtime_signal, cJSON_GetObjectItemCaseSensitive(c, "runtime_signal")), "runtime signal", at);
    check(same_terminal(info, cJSON_GetObjectItemCaseSensitive(c, "terminal")), "terminality and terminal", at);
    check(same_text(info->terminal_condition, text(c, "terminal_condition")), "terminal condition", at);
    check(same_text(basis_id(info->terminal_basis), text(c, "terminal_basis")), "terminal basis", at);
    check(same_text(info->rationale, text(c, "rationale")), "rationale", at);
    check(same_text(info->deprecated, text(c, "deprecated")), "deprecated", at);
    check(cJSON_IsBool(failure) ? info->has_failure && info->failure == cJSON_IsTrue(failure) : !info->has_failure,
          "failure flag", at);
    if (info->protocol_equivalent != NULL) {
        link_of(info->protocol_equivalent, link, sizeof link);
    }
    check(equivalent == NULL ? info->protocol_equivalent == NULL : strcmp(link, equivalent) == 0, "protocol equivalent", at);
}

/* Every code of one code set, then values and names no code has. */
static long check_set(const char *pid, const cJSON *s) {
    const char *sid = text(s, "id");
    const cJSON *codes = cJSON_GetObjectItemCaseSensitive(s, "codes");
    const rtc_code_set *set = rtc_code_set_find(pid, sid);
    const cJSON *c;
    size_t i = 0;
    int32_t unknown = 0;
    char at[512];
    snprintf(at, sizeof at, "%s/%s", pid, sid);
    check(set != NULL, "in rtc_code_sets", at);
    if (set == NULL) {
        return 0;
    }
    check(set->count == (size_t)cJSON_GetArraySize(codes), "code count", at);
    check(set->string_values == same_text(text(s, "values"), "string"), "value kind", at);
    cJSON_ArrayForEach(c, codes) {
        char code_at[768];
        snprintf(code_at, sizeof code_at, "%s/%s", at, text(c, "name"));
        if (i < set->count) {
            check_code(set, i, c, code_at);
        }
        i++;
    }
    /* The first value from 0 up that no code has (a set cannot hold every int32_t). */
    while (rtc_lookup_value(pid, sid, unknown) != NULL) {
        unknown++;
    }
    check(rtc_lookup_value(pid, sid, unknown) == NULL, "unknown value gives NULL", at);
    check(rtc_lookup_string(pid, sid, "\001not a code") == NULL, "unknown string gives NULL", at);
    check(rtc_lookup_name(pid, sid, "\001not a name") == NULL, "unknown name gives NULL", at);
    check(rtc_lookup_name(pid, sid, NULL) == NULL, "NULL name gives NULL", at);
    return (long)i;
}

/* `provider/code_set/NAME` to its info, by scanning the registry. */
static const rtc_code_info *by_link(const char *wanted) {
    size_t s, c;
    char link[512];
    for (s = 0; s < rtc_code_set_count; s++) {
        for (c = 0; c < rtc_code_sets[s].count; c++) {
            link_of(&rtc_code_sets[s].codes[c], link, sizeof link);
            if (strcmp(link, wanted) == 0) {
                return &rtc_code_sets[s].codes[c];
            }
        }
    }
    return NULL;
}

/* The taxonomy's messages and schedules, and every retry vector against the helper. */
static void check_guidance(const cJSON *catalog) {
    const cJSON *item;
    long vectors = 0;
    cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(catalog, "categories")) {
        rtc_category category;
        bool found = rtc_category_from_id(text(item, "id"), &category);
        check(found && same_text(rtc_categories[category].user_message, text(item, "user_message")),
              "category user message", text(item, "id"));
    }
    check(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(catalog, "categories")) == RTC_CATEGORY_COUNT,
          "category count", "taxonomy");
    cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(catalog, "retry_policies")) {
        rtc_retry_policy policy;
        bool found = rtc_retry_policy_from_id(text(item, "id"), &policy);
        check(found && same_schedule(rtc_retry_policies[policy].schedule, cJSON_GetObjectItemCaseSensitive(item, "schedule")),
              "policy schedule", text(item, "id"));
    }
    {
        rtc_category none;
        check(!rtc_category_from_id("\001none", &none), "unknown category id", "taxonomy");
    }
    cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(catalog, "retry_vectors")) {
        const rtc_code_info *code = by_link(text(item, "code"));
        const cJSON *want = cJSON_GetObjectItemCaseSensitive(item, "delay_ms");
        uint32_t delay = 0;
        bool retry = rtc_retry_delay(code, (uint32_t)number(item, "attempt"), number(item, "random"), &delay);
        check(code != NULL, "retry vector's code exists", text(item, "code"));
        check(cJSON_IsNull(want) ? !retry : retry && delay == want->valuedouble, "retry delay", text(item, "code"));
        vectors++;
    }
    check(vectors > 0, "retry vectors checked", "catalog");
    printf("c retry vectors: %ld checked\n", vectors);
}

static void check_nan(void) {
    size_t s;
    for (s = 0; s < rtc_code_set_count; s++) {
        const rtc_code_info *code = &rtc_code_sets[s].codes[0];
        uint32_t zero = 1, nan_delay = 2, negative = 3;
        if (code->retry_schedule == NULL || !rtc_retry_delay(code, 1, 0.0, &zero)) {
            continue;
        }
        check(rtc_retry_delay(code, 1, nan(""), &nan_delay) && nan_delay == zero, "NaN counts as 0", code->name);
        check(rtc_retry_delay(code, 1, -0.5, &negative) && negative == zero, "negative counts as 0", code->name);
        return;
    }
}

int main(int argc, char **argv) {
    FILE *file;
    static char buffer[8 * 1024 * 1024];
    size_t size;
    cJSON *catalog;
    const cJSON *provider;
    long codes = 0;
    if (argc != 2 || (file = fopen(argv[1], "rb")) == NULL) {
        fprintf(stderr, "usage: vectors <catalog.json>\n");
        return 2;
    }
    size = fread(buffer, 1, sizeof buffer - 1, file);
    fclose(file);
    buffer[size] = '\0';
    catalog = cJSON_Parse(buffer);
    check(catalog != NULL, "catalog.json parses", argv[1]);
    if (catalog == NULL) {
        return 1;
    }
    cJSON_ArrayForEach(provider, cJSON_GetObjectItemCaseSensitive(catalog, "providers")) {
        const cJSON *set;
        cJSON_ArrayForEach(set, cJSON_GetObjectItemCaseSensitive(provider, "code_sets")) {
            codes += check_set(text(provider, "id"), set);
        }
    }
    check(codes > 0 && codes == number(cJSON_GetObjectItemCaseSensitive(catalog, "counts"), "codes"), "codes checked",
          "catalog");
    check_guidance(catalog);
    check_nan();
    typed_checks();
    cJSON_Delete(catalog);
    printf("c vectors: %ld codes checked\nRESULT %ld passed, %ld failed\n", codes, passed, failed);
    return failed == 0 && passed > 0 ? 0 : 1;
}

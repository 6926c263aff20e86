// The generated header compiled as C++ (g++ and clang++, -std=c++11 -pedantic -Werror), and
// used: its declarations must be valid C++ with C linkage.
#include "rtc_error_catalog.h"

int main() {
    const rtc_code_set *set = rtc_code_set_count > 0 ? &rtc_code_sets[0] : nullptr;
    uint32_t delay = 0;
    bool retry = set != nullptr && rtc_retry_delay(&set->codes[0], 1u, 0.5, &delay);
    return retry && delay == 0u ? 1 : 0;
}

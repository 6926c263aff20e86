/* What a device app does with the library: map the LiveKit reason it was given to guidance,
 * and decide how long to wait. Prints one line per check and a RESULT line. */
#include "rtc_error_catalog.h"

#include <stdio.h>
#include <string.h>

static int passed;
static int failed;

static void check(int ok, const char *what) {
    printf("%s %s\n", ok ? "  ok    " : "  FAILED", what);
    if (ok) {
        passed++;
    } else {
        failed++;
    }
}

int main(void) {
    rtc_livekit_disconnect_reason reason;
    const rtc_code_info *info;
    uint32_t delay = 0;
    check(rtc_livekit_disconnect_reason_from_value(2, &reason) &&
              reason == RTC_LIVEKIT_DISCONNECT_REASON_DUPLICATE_IDENTITY,
          "from_value(2) is DUPLICATE_IDENTITY");
    info = rtc_livekit_disconnect_reason_info(reason);
    check(info != NULL && strcmp(info->name, "DUPLICATE_IDENTITY") == 0 && info->terminal,
          "its info: upstream name, terminal");
    check(info != NULL && info->user_message[0] != '\0', "it has a user message");
    check(!rtc_livekit_disconnect_reason_from_value(-12345, &reason), "an unknown value gives false");
    check(rtc_lookup_name("livekit", "disconnect_reason", "DUPLICATE_IDENTITY") == info, "the registry finds it by name");
    info = rtc_lookup_value("livekit", "disconnect_reason", 0);
    check(info != NULL && rtc_retry_delay(info, 1, 0.0, &delay) == (info->retry_schedule != NULL),
          "the retry helper answers for a code with a schedule");
    check(strcmp(RTC_ERROR_CATALOG_VERSION, "") != 0, "the version macro");
    printf("c consumer (CMake add_subdirectory, catalog %s)\nRESULT %d passed, %d failed\n", RTC_ERROR_CATALOG_VERSION,
           passed, failed);
    return failed == 0 ? 0 : 1;
}

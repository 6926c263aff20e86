// The same library from C++: the header's extern "C" block makes the C symbols link.
#include "rtc_error_catalog.h"

#include <cstdio>
#include <cstring>

int main() {
    rtc_livekit_disconnect_reason reason;
    bool found = rtc_livekit_disconnect_reason_from_name("DUPLICATE_IDENTITY", &reason);
    const rtc_code_info *info = found ? rtc_livekit_disconnect_reason_info(reason) : nullptr;
    bool ok = info != nullptr && info->value == 2;
    std::printf("%s C++ links the C library and finds DUPLICATE_IDENTITY\nRESULT %d passed, %d failed\n",
                ok ? "  ok    " : "  FAILED", ok ? 1 : 0, ok ? 0 : 1);
    return ok ? 0 : 1;
}

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog

import kotlin.jvm.JvmStatic

/** Milliseconds to wait before retry number `attempt` (1 = the first retry) of `code`, or none to give up or when the code has no schedule; `random` is a number in [0, 1) (anything else counts as 0). The rule is in spec/README.md. */
fun retryDelay(
    code: ErrorCode,
    attempt: Int,
    random: Double,
): Long? = code.retrySchedule?.delayMs(attempt, random)

/** The retry-delay helper for Java callers: `Retry.delay(code, attempt, random)`. */
object Retry {
    /** Milliseconds to wait before retry number `attempt` (1 = the first retry) of `code`, or none to give up or when the code has no schedule; `random` is a number in [0, 1) (anything else counts as 0). The rule is in spec/README.md. */
    @JvmStatic
    fun delay(
        code: ErrorCode,
        attempt: Int,
        random: Double,
    ): Long? = retryDelay(code, attempt, random)
}

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog

import kotlin.jvm.JvmStatic
import kotlin.math.floor

/** What kind of event a code reports, the same across providers (the catalog's own taxonomy). */
enum class Category(
    /** The id used in the spec and in every binding, e.g. `network`. */
    val id: String,
    /** A short human-readable name. */
    val title: String,
    /** One paragraph: what it means and what an app should do. */
    val meaning: String,
    /** The default end-user message of the category's codes. */
    val userMessage: String?,
) {
    /** Network: The network path failed or timed out. Usually transient. */
    NETWORK(
        "network",
        "Network",
        "The network path failed or timed out. Usually transient.",
        null,
    ),

    /** Client error: The app used the SDK wrongly. A developer must fix it. */
    CLIENT_ERROR(
        "client_error",
        "Client error",
        "The app used the SDK wrongly. A developer must fix it.",
        null,
    ),
    ;

    /** Lookups. */
    companion object {
        private val byId = entries.associateBy { it.id }

        /** The value with this id, or null. */
        @JvmStatic
        fun fromId(id: String): Category? = byId[id]
    }
}

/** What an app should do about a code, the same across providers (the catalog's own taxonomy). */
enum class RetryPolicy(
    /** The id used in the spec and in every binding, e.g. `network`. */
    val id: String,
    /** A short human-readable name. */
    val title: String,
    /** One paragraph: what it means and what an app should do. */
    val meaning: String,
    /** How long to wait before each retry; null when the policy does not retry on a schedule. */
    val schedule: RetrySchedule?,
) {
    /** Back off and retry: Retry after a delay that grows with each attempt. */
    BACKOFF(
        "backoff",
        "Back off and retry",
        "Retry after a delay that grows with each attempt.",
        null,
    ),

    /** Do not retry: Retrying cannot succeed without a change to the app. */
    NEVER(
        "never",
        "Do not retry",
        "Retrying cannot succeed without a change to the app.",
        null,
    ),
    ;

    /** Lookups. */
    companion object {
        private val byId = entries.associateBy { it.id }

        /** The value with this id, or null. */
        @JvmStatic
        fun fromId(id: String): RetryPolicy? = byId[id]
    }
}

/** Where a code's retry policy or terminal flag comes from. */
enum class Basis {
    /** The provider documents it, or its SDK implements it. */
    PROVIDER,

    /** The catalog's own classification; the code's `rationale` says why. */
    CATALOG,
}

/**
 * Everything the catalog says about one code: the interface every code set's enum implements,
 * so a retry or messaging policy can be written once for codes from any provider.
 */
interface ErrorCode {
    /** The provider's id, e.g. `livekit`. */
    val provider: String

    /** The code set's id, e.g. `disconnect_reason`. */
    val codeSet: String

    /** The wire value: an [Int] or a [String]. */
    val wireValue: Any

    /** The name as the catalog keys it (the upstream name without the set's prefix). */
    val catalogName: String

    /** The name exactly as upstream spells it. */
    val upstreamName: String

    /** One short sentence. */
    val summary: String

    /** What causes it. */
    val cause: String

    /** When it occurs. */
    val whenItOccurs: List<String>

    /** The catalog's category. */
    val category: Category

    /** What an app should do. */
    val retryPolicy: RetryPolicy

    /** Where the retry policy comes from. */
    val retryBasis: Basis

    /** True only when the code always ends the session (`Terminal`); false for `NotTerminal` and for `Depends`, whose condition must be checked. */
    val isTerminal: Boolean
        get() = terminality == Terminality.TERMINAL

    /** Whether the session ends when this code is reported: yes, no, or only under a condition. */
    val terminality: Terminality

    /** With `Depends`: when the code ends the session, in words. */
    val terminalCondition: String?

    /** What to tell the end user (the code's own message or its category's). */
    val userMessage: String

    /** A stable key for localising the user message: `provider.code_set.NAME`. */
    val userMessageKey: String

    /** Ordered steps for developers or operators. */
    val remediation: List<String>

    /** The known root causes, for codes that cover several. */
    val causes: List<String>

    /** Where the remediation comes from. */
    val references: List<String>

    /** The upstream release that introduced the code, where known. */
    val since: String?

    /** How long to wait before each retry; none when the retry policy does not retry on a schedule. */
    val retrySchedule: RetrySchedule?

    /** The SDK's run-time verdict that takes precedence over this guidance, if any. */
    val runtimeSignal: RuntimeSignal?

    /** Where the terminal flag comes from. */
    val terminalBasis: Basis

    /** Why the catalog classified it so, where a basis is the catalog. */
    val rationale: String?

    /** Set when upstream deprecates the code. */
    val deprecation: String?

    /** The equivalent code in the linked code set, if any. */
    val equivalent: ErrorCode?
}

/** Whether a code ends the session: yes, no, or only under a condition. */
enum class Terminality {
    /** The session is over. */
    TERMINAL,

    /** The session goes on. */
    NOT_TERMINAL,

    /** The session ends only under the code's terminal condition (its text says when). */
    DEPENDS,
}

/** How a delay is randomised (AWS's "exponential backoff and jitter"). */
enum class Jitter {
    /** A random whole delay from 0 to the delay. */
    FULL,

    /** Half the delay plus a random part up to the other half. */
    EQUAL,

    /** The delay itself. */
    NONE,
}

/** How long to wait before each retry, and when to give up. */
data class RetrySchedule(
    /** Delay before the first retry, in milliseconds. */
    val initialDelayMs: Int,
    /** Growth per retry in thousandths (1500 = x1.5, 1000 = constant). */
    val multiplierThousandths: Int,
    /** Cap on one delay, in milliseconds (applied before jitter). */
    val maxDelayMs: Int,
    /** How the delay is randomised. */
    val jitter: Jitter,
    /** Retries after which to give up. */
    val maxAttempts: Int,
) {
    /** Milliseconds to wait before retry number `attempt` (1 = the first retry), or none to give up (attempt 0 or past `max_attempts`); `random` is a number in [0, 1) (anything else counts as 0). The rule is in spec/README.md. */
    fun delayMs(
        attempt: Int,
        random: Double,
    ): Long? {
        if (attempt < 1 || attempt > maxAttempts) return null
        // Outside [0, 1), NaN included (every comparison with NaN is false), counts as 0.
        val r = if (random >= 0.0 && random < 1.0) random else 0.0
        val cap = maxDelayMs.toLong()
        var delay = minOf(initialDelayMs.toLong(), cap)
        repeat(attempt - 1) {
            delay = minOf(delay * multiplierThousandths.toLong() / 1000L, cap)
        }
        val jittered =
            when (jitter) {
                Jitter.NONE -> delay
                Jitter.FULL -> floor(r * (delay + 1).toDouble()).toLong()
                Jitter.EQUAL -> delay / 2 + floor(r * (delay - delay / 2 + 1).toDouble()).toLong()
            }
        return minOf(jittered, delay)
    }
}

/** A verdict the provider's SDK gives at run time; it takes precedence over the catalog's static guidance. */
data class RuntimeSignal(
    /** The SDK's field or call, e.g. `MeetingSessionStatus.isTerminal()`. */
    val name: String,
    /** The catalog fields it takes precedence over: `retry`, `terminal`. */
    val overrides: List<String>,
    /** Each value and what it means (empty when they cannot be listed). */
    val values: List<SignalValue>,
    /** What it means, when the values cannot be listed. */
    val meaning: String?,
)

/** One value of a runtime signal. */
data class SignalValue(
    /** The value as the SDK gives it. */
    val value: String,
    /** What it means for the app. */
    val means: String,
)

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.acme

import rtc.errorcatalog.Basis
import rtc.errorcatalog.Category
import rtc.errorcatalog.ErrorCode
import rtc.errorcatalog.RetryPolicy
import rtc.errorcatalog.RetrySchedule
import rtc.errorcatalog.RuntimeSignal
import rtc.errorcatalog.Terminality
import kotlin.jvm.JvmStatic

/**
 * The status the session reports.
 *
 * Upstream: SessionStatus in acme/sdk 1.0.0.
 */
enum class SessionStatus(
    /** The wire value. */
    val value: Int,
    override val catalogName: String,
    override val upstreamName: String,
    override val summary: String,
    override val cause: String,
    override val whenItOccurs: List<String>,
    override val category: Category,
    override val retryPolicy: RetryPolicy,
    override val retryBasis: Basis,
    override val userMessage: String,
    override val userMessageKey: String,
    override val remediation: List<String>,
    override val causes: List<String>,
    override val references: List<String>,
    override val since: String?,
    override val retrySchedule: RetrySchedule?,
    override val runtimeSignal: RuntimeSignal?,
    override val terminality: Terminality,
    override val terminalCondition: String?,
    override val terminalBasis: Basis,
    override val rationale: String?,
    override val deprecation: String?,
) : ErrorCode {
    /** The user left. */
    LEFT(
        value = 0,
        catalogName = "Left",
        upstreamName = "Left",
        summary = "The user left.",
        cause = "The app called leave().",
        whenItOccurs =
            listOf(
                "the user presses Leave",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "acme.session_status.Left",
        remediation =
            listOf(
                "Check the app configuration.",
            ),
        causes = listOf(),
        references = listOf(),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Leaving is deliberate; nothing to retry.",
        deprecation = null,
    ),

    /** The network was lost. */
    NETWORK_LOST(
        value = 1,
        catalogName = "NetworkLost",
        upstreamName = "NetworkLost",
        summary = "The network was lost.",
        cause = "The connection dropped.",
        whenItOccurs =
            listOf(
                "Wi-Fi drops",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "acme.session_status.NetworkLost",
        remediation =
            listOf(
                "Check the app configuration.",
            ),
        causes = listOf(),
        references = listOf(),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),
    ;

    override val provider: String get() = "acme"

    override val codeSet: String get() = "session_status"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** The provider SDK's own verdict on whether this status is a failure. */
    val isFailure: Boolean
        get() =
            when (this) {
                NETWORK_LOST,
                -> true

                else -> false
            }

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): SessionStatus? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): SessionStatus? = byName[name]
    }
}

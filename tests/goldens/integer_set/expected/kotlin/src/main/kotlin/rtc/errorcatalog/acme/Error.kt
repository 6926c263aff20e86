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
 * Why an Acme call failed.
 *
 * Upstream: AcmeError in acme/sdk 1.0.0.
 */
enum class Error(
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
    /** Nothing failed. */
    OK(
        value = 0,
        catalogName = "OK",
        upstreamName = "OK",
        summary = "Nothing failed.",
        cause = "The call succeeded.",
        whenItOccurs =
            listOf(
                "every successful call",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "acme.error.OK",
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
        terminalBasis = Basis.CATALOG,
        rationale = "Success needs no retry.",
        deprecation = null,
    ),

    /** Timed out. */
    TIMEOUT(
        value = -1,
        catalogName = "TIMEOUT",
        upstreamName = "TIMEOUT",
        summary = "Timed out.",
        cause = "The server did not answer in time.",
        whenItOccurs =
            listOf(
                "slow network",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "acme.error.TIMEOUT",
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

    /** The request was malformed. */
    BAD_REQUEST(
        value = 2147483647,
        catalogName = "BAD_REQUEST",
        upstreamName = "BAD_REQUEST",
        summary = "The request was malformed.",
        cause = "The app sent a request the server cannot read.",
        whenItOccurs =
            listOf(
                "a field is missing",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "acme.error.BAD_REQUEST",
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
        rationale = null,
        deprecation = null,
    ),
    ;

    override val provider: String get() = "acme"

    override val codeSet: String get() = "error"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): Error? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): Error? = byName[name]
    }
}

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
 * Why the server disconnected the client.
 *
 * Upstream: DisconnectReason in acme/protocol 2.0.0.
 */
enum class DisconnectReason(
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
    /** The server shut down. */
    SERVER_SHUTDOWN(
        value = 1,
        catalogName = "SERVER_SHUTDOWN",
        upstreamName = "SERVER_SHUTDOWN",
        summary = "The server shut down.",
        cause = "The server is restarting.",
        whenItOccurs =
            listOf(
                "a deploy",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "acme.disconnect_reason.SERVER_SHUTDOWN",
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

    /** A host removed the participant. */
    KICKED(
        value = 3,
        catalogName = "KICKED",
        upstreamName = "KICKED",
        summary = "A host removed the participant.",
        cause = "A host used the remove button.",
        whenItOccurs =
            listOf(
                "moderation",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "acme.disconnect_reason.KICKED",
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
        deprecation = "Upstream now reports removal as 4 in 3.0; kept for older servers.",
    ),
    ;

    override val provider: String get() = "acme"

    override val codeSet: String get() = "disconnect_reason"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): DisconnectReason? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): DisconnectReason? = byName[name]
    }
}

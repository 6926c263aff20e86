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
 * Why the server disconnected the client (protocol level).
 *
 * Upstream: DisconnectReason in acme/protocol 1.0.0.
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

    /** Another client joined with the same identity. */
    DUPLICATE_IDENTITY(
        value = 2,
        catalogName = "DUPLICATE_IDENTITY",
        upstreamName = "DUPLICATE_IDENTITY",
        summary = "Another client joined with the same identity.",
        cause = "The same identity joined elsewhere.",
        whenItOccurs =
            listOf(
                "a second tab",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "acme.disconnect_reason.DUPLICATE_IDENTITY",
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

/**
 * What the client SDK reports.
 *
 * Upstream: ConnectionError in acme/client-sdk 2.0.0.
 */
enum class ConnectionError(
    /** The wire value. */
    val value: String,
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
    /** The server went away. */
    SERVER_GONE(
        value = "server_gone",
        catalogName = "ServerGone",
        upstreamName = "ServerGone",
        summary = "The server went away.",
        cause = "The server closed the connection while shutting down.",
        whenItOccurs =
            listOf(
                "a deploy",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "acme.connection_error.ServerGone",
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

    /** This session was replaced by another. */
    REPLACED(
        value = "replaced",
        catalogName = "Replaced",
        upstreamName = "Replaced",
        summary = "This session was replaced by another.",
        cause = "The same identity joined elsewhere.",
        whenItOccurs =
            listOf(
                "a second tab",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "acme.connection_error.Replaced",
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

    /** A client-only failure with no protocol equivalent. */
    UNLINKED(
        value = "unlinked",
        catalogName = "Unlinked",
        upstreamName = "Unlinked",
        summary = "A client-only failure with no protocol equivalent.",
        cause = "The SDK failed before talking to the server.",
        whenItOccurs =
            listOf(
                "bad configuration",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "acme.connection_error.Unlinked",
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

    override val codeSet: String get() = "connection_error"

    override val wireValue: Any get() = value

    /** The equivalent code in `disconnect_reason`, where one exists. */
    val protocolEquivalent: DisconnectReason?
        get() =
            when (this) {
                SERVER_GONE -> DisconnectReason.SERVER_SHUTDOWN
                REPLACED -> DisconnectReason.DUPLICATE_IDENTITY
                else -> null
            }

    override val equivalent: ErrorCode? get() = protocolEquivalent

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): ConnectionError? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): ConnectionError? = byName[name]
    }
}

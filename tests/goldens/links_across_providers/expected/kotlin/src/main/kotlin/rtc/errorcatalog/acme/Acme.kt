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
 * Room errors, reported by Acme over a Beta server.
 *
 * Upstream: RoomError in acme/sdk 1.0.0.
 */
enum class RoomError(
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
    /** The room is full. */
    ROOM_FULL(
        value = 1,
        catalogName = "ROOM_FULL",
        upstreamName = "ROOM_FULL",
        summary = "The room is full.",
        cause = "The Beta server refused another participant.",
        whenItOccurs =
            listOf(
                "a crowded room",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "acme.room_error.ROOM_FULL",
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

    override val codeSet: String get() = "room_error"

    override val wireValue: Any get() = value

    /** The equivalent code in `reason`, where one exists. */
    val protocolEquivalent: rtc.errorcatalog.beta.Reason?
        get() =
            when (this) {
                ROOM_FULL -> rtc.errorcatalog.beta.Reason.FULL
            }

    override val equivalent: ErrorCode? get() = protocolEquivalent

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): RoomError? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): RoomError? = byName[name]
    }
}

/**
 * Track errors, reported by Acme over a Gamma media server.
 *
 * Upstream: TrackError in acme/sdk 1.0.0.
 */
enum class TrackError(
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
    /** The track was rejected. */
    TRACK_REJECTED(
        value = 1,
        catalogName = "TRACK_REJECTED",
        upstreamName = "TRACK_REJECTED",
        summary = "The track was rejected.",
        cause = "The Gamma media server refused the track.",
        whenItOccurs =
            listOf(
                "an unsupported codec",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "acme.track_error.TRACK_REJECTED",
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

    override val codeSet: String get() = "track_error"

    override val wireValue: Any get() = value

    /** The equivalent code in `reason`, where one exists. */
    val protocolEquivalent: rtc.errorcatalog.gamma.Reason?
        get() =
            when (this) {
                TRACK_REJECTED -> rtc.errorcatalog.gamma.Reason.REJECTED
            }

    override val equivalent: ErrorCode? get() = protocolEquivalent

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): TrackError? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): TrackError? = byName[name]
    }
}

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.amazonivs

import rtc.errorcatalog.Basis
import rtc.errorcatalog.Category
import rtc.errorcatalog.ErrorCode
import rtc.errorcatalog.Jitter
import rtc.errorcatalog.RetryPolicy
import rtc.errorcatalog.RetrySchedule
import rtc.errorcatalog.RuntimeSignal
import rtc.errorcatalog.SignalValue
import rtc.errorcatalog.Terminality
import kotlin.jvm.JvmStatic

/**
 * Code of a StageError that an IVS real-time Stage reports when a join, publish or subscribe operation fails.
 *
 * Upstream: StageErrorCode in <https://aws.amazon.com/ivs/> 1.41.0 (package npm:amazon-ivs-web-broadcast&#64;1.41.0).
 */
enum class StageErrorCode(
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
    /** The stage token is malformed. */
    TOKEN_MALFORMED(
        value = 1,
        catalogName = "TOKEN_MALFORMED",
        upstreamName = "TOKEN_MALFORMED",
        summary = "The stage token is malformed.",
        cause = "The participant token could not be parsed, or the server reported it invalid, wrongly signed or missing. IVS advises checking that the token is not modified (spaces inserted, characters changed) before it reaches the stage.",
        whenItOccurs =
            listOf(
                "constructing a Stage with a token that cannot be parsed",
                "joining when the server rejects the token as invalid or badly signed",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not confirm your access to this call. Please try joining again.",
        userMessageKey = "amazon_ivs.stage_error_code.TOKEN_MALFORMED",
        remediation =
            listOf(
                "Check that nothing changes the token on its way from the backend to the Stage (inserted spaces, truncation, changed characters).",
                "Create a new token with CreateParticipantToken and join with it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "StageError.category",
                listOf("terminal"),
                listOf(
                    SignalValue("JOIN_ERROR", "The error concerns the connection to the stage: a join that fails this way did not complete."),
                    SignalValue("PUBLISH_ERROR", "Only publishing failed; the participant is still in the stage."),
                    SignalValue("SUBSCRIBE_ERROR", "Only a subscription failed; the participant is still in the stage."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "IVS says to create a valid token and retry joining; the SDK marks the underlying error fatal, so the join does not complete.",
        deprecation = null,
    ),

    /** The stage token has expired. */
    TOKEN_EXPIRED(
        value = 2,
        catalogName = "TOKEN_EXPIRED",
        upstreamName = "TOKEN_EXPIRED",
        summary = "The stage token has expired.",
        cause = "The token's expiration time has passed: the SDK checks it before joining, and the server rejects expired tokens.",
        whenItOccurs =
            listOf(
                "calling join() with an expired token",
                "the server reporting the token expired on a join, publish or subscribe request",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.PROVIDER,
        userMessage = "Your access to this session has expired. Please try joining again.",
        userMessageKey = "amazon_ivs.stage_error_code.TOKEN_EXPIRED",
        remediation =
            listOf(
                "Create a new participant token with a later expiry and join with it.",
                "Mint tokens just before joining rather than ahead of time; check the device clock if fresh tokens look expired.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "StageError.category",
                listOf("terminal"),
                listOf(
                    SignalValue("JOIN_ERROR", "The error concerns the connection to the stage: a join that fails this way did not complete."),
                    SignalValue("PUBLISH_ERROR", "Only publishing failed; the participant is still in the stage."),
                    SignalValue("SUBSCRIBE_ERROR", "Only a subscription failed; the participant is still in the stage."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "IVS says to create a non-expired token and retry joining; the SDK marks the underlying error fatal and maps it to a stage disconnect.",
        deprecation = null,
    ),

    /** The operation timed out. */
    TIMEOUT(
        value = 3,
        catalogName = "TIMEOUT",
        upstreamName = "TIMEOUT",
        summary = "The operation timed out.",
        cause = "A join, publish or subscribe did not complete in time. For a join IVS says to check that the stage exists and the token is valid; if both hold, the cause is likely the network.",
        whenItOccurs =
            listOf(
                "joining over a slow or broken network",
                "publishing or subscribing when the media request gets no answer in time",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "amazon_ivs.stage_error_code.TIMEOUT",
        remediation =
            listOf(
                "For a JOIN_ERROR, check that the stage exists and that the token is valid.",
                "If both hold, wait for the device's connectivity to recover, then call refreshStrategy() or leave and join again.",
                "For a publish or subscribe timeout, refresh the strategy; the participant is still in the stage.",
            ),
        causes =
            listOf(
                "the stage does not exist",
                "the token is invalid",
                "a slow or broken network",
            ),
        references =
            listOf(
                "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "StageError.category",
                listOf("terminal"),
                listOf(
                    SignalValue("JOIN_ERROR", "The error concerns the connection to the stage: a join that fails this way did not complete."),
                    SignalValue("PUBLISH_ERROR", "Only publishing failed; the participant is still in the stage."),
                    SignalValue("SUBSCRIBE_ERROR", "Only a subscription failed; the participant is still in the stage."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when StageError.category is JOIN_ERROR; a PUBLISH_ERROR or SUBSCRIBE_ERROR timeout leaves the participant in the stage.",
        terminalBasis = Basis.CATALOG,
        rationale = "IVS says to wait for connectivity to recover, then refresh the strategy or leave and rejoin; only join timeouts end the attempt, while publish and subscribe timeouts leave the participant in the stage.",
        deprecation = null,
    ),

    /** The operation failed; the error details give the cause. */
    FAILED(
        value = 4,
        catalogName = "FAILED",
        upstreamName = "FAILED",
        summary = "The operation failed; the error details give the cause.",
        cause = "Catch-all for failures the SDK does not classify further, such as network failures, internal server errors, bad requests, WebSocket creation failures, a server-forced leave or revoked connection token, and publish or subscribe failures.",
        whenItOccurs =
            listOf(
                "a join, publish or subscribe fails for a reason without a more specific code",
                "the server removes the stage from a shared real-time connection",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "amazon_ivs.stage_error_code.FAILED",
        remediation =
            listOf(
                "Read the error's message and details: this code covers several failures.",
                "For a join, retry with backoff; for a publish or subscribe, refresh the strategy.",
                "If the stage was left (StageEvents.STAGE_LEFT), join again only if the StageLeftReason allows it.",
            ),
        causes =
            listOf(
                "network failures",
                "internal server errors",
                "bad requests",
                "WebSocket creation failures",
                "a server-forced leave or revoked connection token",
                "publish or subscribe failures",
            ),
        references =
            listOf(
                "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "StageError.category",
                listOf("terminal"),
                listOf(
                    SignalValue("JOIN_ERROR", "The error concerns the connection to the stage: a join that fails this way did not complete."),
                    SignalValue("PUBLISH_ERROR", "Only publishing failed; the participant is still in the stage."),
                    SignalValue("SUBSCRIBE_ERROR", "Only a subscription failed; the participant is still in the stage."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal when the SDK marks the underlying error fatal or the stage is left (StageConnectionState disconnected, StageEvents.STAGE_LEFT); otherwise the SDK reconnects and the participant stays.",
        terminalBasis = Basis.CATALOG,
        rationale = "The code groups failures of several kinds, some of which end the session and some of which do not (the SDK reconnects after non-fatal connection errors), so the verdict comes from the stage's connection state; the catalog treats it as an unclassified fault: read the details and retry with backoff.",
        deprecation = null,
    ),

    /** The operation was canceled before it completed. */
    CANCELED(
        value = 5,
        catalogName = "CANCELED",
        upstreamName = "CANCELED",
        summary = "The operation was canceled before it completed.",
        cause = "A join, publish or subscribe was aborted before completion, typically because the app started another join, leave, refreshStrategy or replaceStrategy that superseded it.",
        whenItOccurs =
            listOf(
                "join and leave called repeatedly in quick succession",
                "refreshStrategy or replaceStrategy called while an earlier operation is still running",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "amazon_ivs.stage_error_code.CANCELED",
        remediation =
            listOf(
                "Check the app code for join(), leave(), refreshStrategy() or replaceStrategy() called again before the previous call finished.",
                "Serialise these calls so that each completes before the next starts.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "StageError.category",
                listOf("terminal"),
                listOf(
                    SignalValue("JOIN_ERROR", "The error concerns the connection to the stage: a join that fails this way did not complete."),
                    SignalValue("PUBLISH_ERROR", "Only publishing failed; the participant is still in the stage."),
                    SignalValue("SUBSCRIBE_ERROR", "Only a subscription failed; the participant is still in the stage."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "IVS's guidance is to fix the app code that starts and cancels repeated operations rather than to retry; the SDK marks the underlying abort non-fatal, so the cancellation by itself does not end the session.",
        deprecation = null,
    ),

    /** The stage is at capacity. */
    STAGE_AT_CAPACITY(
        value = 6,
        catalogName = "STAGE_AT_CAPACITY",
        upstreamName = "STAGE_AT_CAPACITY",
        summary = "The stage is at capacity.",
        cause = "The server refused a publish or subscribe request because the stage has no room left for it.",
        whenItOccurs =
            listOf(
                "publishing to a stage that is full",
                "subscribing on a stage that is at its limit",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "This call is full right now. Please try again in a little while.",
        userMessageKey = "amazon_ivs.stage_error_code.STAGE_AT_CAPACITY",
        remediation =
            listOf(
                "Tell the user the stage is full; try again once it is no longer at capacity.",
                "Review the stage's participant and publisher limits if this happens often.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "StageError.category",
                listOf("terminal"),
                listOf(
                    SignalValue("JOIN_ERROR", "The error concerns the connection to the stage: a join that fails this way did not complete."),
                    SignalValue("PUBLISH_ERROR", "Only publishing failed; the participant is still in the stage."),
                    SignalValue("SUBSCRIBE_ERROR", "Only a subscription failed; the participant is still in the stage."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "IVS says to try again when the stage is no longer at capacity; the SDK raises it from publish and subscribe requests, after which the participant is still joined.",
        deprecation = null,
    ),

    /** The stage does not support the codec offered. */
    CODEC_MISMATCH(
        value = 7,
        catalogName = "CODEC_MISMATCH",
        upstreamName = "CODEC_MISMATCH",
        summary = "The stage does not support the codec offered.",
        cause = "The server found no codec shared by the browser's offer and the stage.",
        whenItOccurs =
            listOf(
                "publishing or subscribing from a browser or platform without a codec the stage supports",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Your browser cannot send or receive video in this session. Please try another browser.",
        userMessageKey = "amazon_ivs.stage_error_code.CODEC_MISMATCH",
        remediation =
            listOf(
                "Check which codecs the browser or platform supports; ask the user to switch to a supported browser.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "StageError.category",
                listOf("terminal"),
                listOf(
                    SignalValue("JOIN_ERROR", "The error concerns the connection to the stage: a join that fails this way did not complete."),
                    SignalValue("PUBLISH_ERROR", "Only publishing failed; the participant is still in the stage."),
                    SignalValue("SUBSCRIBE_ERROR", "Only a subscription failed; the participant is still in the stage."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "IVS says to check the browser or platform for codec support, so the same request from the same browser fails again; the failure concerns one publish or subscribe and the participant stays joined.",
        deprecation = null,
    ),

    /** The token lacks permission for the operation. */
    TOKEN_NOT_ALLOWED(
        value = 8,
        catalogName = "TOKEN_NOT_ALLOWED",
        upstreamName = "TOKEN_NOT_ALLOWED",
        summary = "The token lacks permission for the operation.",
        cause = "The token's capabilities do not allow what was requested, for example publishing with a subscribe-only token, or the server refused the join as not authorized.",
        whenItOccurs =
            listOf(
                "publishing with a token without the publish capability",
                "joining when the server refuses the token as not authorized",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.PROVIDER,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "amazon_ivs.stage_error_code.TOKEN_NOT_ALLOWED",
        remediation =
            listOf(
                "Create a new token with the capabilities the operation needs (PUBLISH, SUBSCRIBE) and try again.",
                "If the app should not publish, do not ask the strategy to publish with a subscribe-only token.",
            ),
        causes =
            listOf(
                "publishing with a token without the publish capability",
                "the server refused the join as not authorized",
            ),
        references =
            listOf(
                "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "StageError.category",
                listOf("terminal"),
                listOf(
                    SignalValue("JOIN_ERROR", "The error concerns the connection to the stage: a join that fails this way did not complete."),
                    SignalValue("PUBLISH_ERROR", "Only publishing failed; the participant is still in the stage."),
                    SignalValue("SUBSCRIBE_ERROR", "Only a subscription failed; the participant is still in the stage."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when the server refuses the join (StageError.category JOIN_ERROR); a refused publish (PUBLISH_ERROR) leaves the participant in the stage.",
        terminalBasis = Basis.CATALOG,
        rationale = "IVS says to recreate the token with the correct permissions and try again; a refused join ends the attempt, but a refused publish leaves the participant in the stage.",
        deprecation = null,
    ),

    /** The stage has been deleted. */
    STAGE_DELETED(
        value = 9,
        catalogName = "STAGE_DELETED",
        upstreamName = "STAGE_DELETED",
        summary = "The stage has been deleted.",
        cause = "The stage no longer exists. IVS disconnects participants who are in the session gracefully and fails later joins during join establishment.",
        whenItOccurs =
            listOf(
                "the stage is deleted while the participant is in it",
                "joining a stage that has been deleted",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This session has ended.",
        userMessageKey = "amazon_ivs.stage_error_code.STAGE_DELETED",
        remediation =
            listOf(
                "Do not rejoin: the stage was deleted and its tokens can no longer be used.",
                "Create a new stage and tokens from the backend if the session should go on.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "StageError.category",
                listOf("terminal"),
                listOf(
                    SignalValue("JOIN_ERROR", "The error concerns the connection to the stage: a join that fails this way did not complete."),
                    SignalValue("PUBLISH_ERROR", "Only publishing failed; the participant is still in the stage."),
                    SignalValue("SUBSCRIBE_ERROR", "Only a subscription failed; the participant is still in the stage."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A deleted stage cannot be joined again (StageLeftReason says its token can no longer be used); the app needs a new stage and token.",
        deprecation = null,
    ),

    /** The participant has been disconnected from the stage. */
    PARTICIPANT_DISCONNECTED(
        value = 10,
        catalogName = "PARTICIPANT_DISCONNECTED",
        upstreamName = "PARTICIPANT_DISCONNECTED",
        summary = "The participant has been disconnected from the stage.",
        cause = "The server disconnected the participant; IVS's StageLeftReason ties this to the DisconnectParticipant API and says the token can no longer be used.",
        whenItOccurs =
            listOf(
                "the participant is disconnected while in the session",
                "joining again with the token of a disconnected participant",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You were removed from the session.",
        userMessageKey = "amazon_ivs.stage_error_code.PARTICIPANT_DISCONNECTED",
        remediation =
            listOf(
                "Do not rejoin with the same token: it can no longer be used after DisconnectParticipant.",
                "If the disconnect was not intended, check which service called DisconnectParticipant.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "StageError.category",
                listOf("terminal"),
                listOf(
                    SignalValue("JOIN_ERROR", "The error concerns the connection to the stage: a join that fails this way did not complete."),
                    SignalValue("PUBLISH_ERROR", "Only publishing failed; the participant is still in the stage."),
                    SignalValue("SUBSCRIBE_ERROR", "Only a subscription failed; the participant is still in the stage."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The disconnect was requested on the server side and the token is no longer usable, so rejoining needs a decision and a new token from the app's backend.",
        deprecation = null,
    ),

    /** The token given to exchangeToken is invalid or incompatible. */
    TOKEN_EXCHANGE_REQUEST_INVALID(
        value = 11,
        catalogName = "TOKEN_EXCHANGE_REQUEST_INVALID",
        upstreamName = "TOKEN_EXCHANGE_REQUEST_INVALID",
        summary = "The token given to exchangeToken is invalid or incompatible.",
        cause = "The new token could not be parsed, or it changes a property that must stay the same during an exchange (stageARN, participantID, eventsURL, whipURL, topic).",
        whenItOccurs =
            listOf(
                "calling Stage.exchangeToken with a malformed token",
                "calling Stage.exchangeToken with a token for another stage or participant",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not confirm your access to this call. Please try joining again.",
        userMessageKey = "amazon_ivs.stage_error_code.TOKEN_EXCHANGE_REQUEST_INVALID",
        remediation =
            listOf(
                "Create a token whose immutable properties (stageARN, participantID, eventsURL, whipURL, topic) match the current one.",
                "Call exchangeToken() again with it; the stage keeps running on the current token meanwhile.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "StageError.category",
                listOf("terminal"),
                listOf(
                    SignalValue("JOIN_ERROR", "The error concerns the connection to the stage: a join that fails this way did not complete."),
                    SignalValue("PUBLISH_ERROR", "Only publishing failed; the participant is still in the stage."),
                    SignalValue("SUBSCRIBE_ERROR", "Only a subscription failed; the participant is still in the stage."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "IVS says to create a valid token with matching immutable properties and retry; the SDK rejects the token before contacting the server and stays in the stage with the current token.",
        deprecation = null,
    ),

    /** The server rejected or did not answer the token exchange. */
    TOKEN_EXCHANGE_FAILED(
        value = 12,
        catalogName = "TOKEN_EXCHANGE_FAILED",
        upstreamName = "TOKEN_EXCHANGE_FAILED",
        summary = "The server rejected or did not answer the token exchange.",
        cause = "The token exchange request failed on the server side: an error, a rejection, an invalid response or no response in time.",
        whenItOccurs =
            listOf(
                "calling Stage.exchangeToken when the server returns an error or an invalid response",
                "a token exchange that times out",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "amazon_ivs.stage_error_code.TOKEN_EXCHANGE_FAILED",
        remediation =
            listOf(
                "Join again after a delay with a new token; the stage was left (StageLeftReason failed-exchange).",
                "Alert if it recurs: the server rejected or did not answer the exchange.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "StageError.category",
                listOf("terminal"),
                listOf(
                    SignalValue("JOIN_ERROR", "The error concerns the connection to the stage: a join that fails this way did not complete."),
                    SignalValue("PUBLISH_ERROR", "Only publishing failed; the participant is still in the stage."),
                    SignalValue("SUBSCRIBE_ERROR", "Only a subscription failed; the participant is still in the stage."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "IVS documents that the stage is left when the server rejects an exchange (StageLeftReason failed-exchange); since the failure lies with the server or the network, the catalog suggests rejoining after a delay.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "amazon_ivs"

    override val codeSet: String get() = "stage_error_code"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): StageErrorCode? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): StageErrorCode? = byName[name]
    }
}

/**
 * Which part of a stage session a StageError concerns: the connection to the stage, publishing or subscribing.
 *
 * Upstream: StageErrorCategory in <https://aws.amazon.com/ivs/> 1.41.0 (package npm:amazon-ivs-web-broadcast&#64;1.41.0).
 */
enum class StageErrorCategory(
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
    /** The error concerns the connection to the stage. */
    JOIN_ERROR(
        value = "JOIN_ERROR",
        catalogName = "JOIN_ERROR",
        upstreamName = "JOIN_ERROR",
        summary = "The error concerns the connection to the stage.",
        cause = "Reported for failures in joining or staying connected to the stage, including token checks and token exchange.",
        whenItOccurs =
            listOf(
                "constructing a Stage or calling join()",
                "connection failures during a session",
                "calling Stage.exchangeToken",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.DEPENDS,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "amazon_ivs.stage_error_category.JOIN_ERROR",
        remediation =
            listOf(
                "Decide from the StageErrorCode that comes with it.",
                "Watch StageConnectionState: errored or disconnected means the app must join again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "StageConnectionState (StageEvents.STAGE_CONNECTION_STATE_CHANGED)",
                listOf("terminal"),
                listOf(
                    SignalValue("connected", "The stage connection survived the error."),
                    SignalValue("connecting", "The SDK is establishing the connection again; wait."),
                    SignalValue("errored", "The SDK errored in the middle of a session (d.ts: \"SDK errored in the middle of a session\"); the app must act."),
                    SignalValue("disconnected", "Not connected to the stage: the session is over until the app joins again."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal when the stage connection ends (StageConnectionState disconnected or errored, or StageEvents.STAGE_LEFT); not terminal when the SDK reconnects by itself.",
        terminalBasis = Basis.CATALOG,
        rationale = "A category only groups StageErrorCode values: fatal join errors end the session while others are retried by the SDK, so decide retry and terminality from the accompanying code and the connection state.",
        deprecation = null,
    ),

    /** The error concerns publishing local media to the stage. */
    PUBLISH_ERROR(
        value = "PUBLISH_ERROR",
        catalogName = "PUBLISH_ERROR",
        upstreamName = "PUBLISH_ERROR",
        summary = "The error concerns publishing local media to the stage.",
        cause = "Reported for failures while sending the local participant's media streams to the stage.",
        whenItOccurs =
            listOf(
                "publishing the streams chosen by the stage strategy",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.DEPENDS,
        retryBasis = Basis.CATALOG,
        userMessage = "Your audio or video could not be shared.",
        userMessageKey = "amazon_ivs.stage_error_category.PUBLISH_ERROR",
        remediation =
            listOf(
                "Decide from the StageErrorCode that comes with it; the participant stays in the stage.",
                "Refresh the strategy to publish again once the cause is fixed.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "StageConnectionState (StageEvents.STAGE_CONNECTION_STATE_CHANGED)",
                listOf("terminal"),
                listOf(
                    SignalValue("connected", "The stage connection survived the error."),
                    SignalValue("connecting", "The SDK is establishing the connection again; wait."),
                    SignalValue("errored", "The SDK errored in the middle of a session (d.ts: \"SDK errored in the middle of a session\"); the app must act."),
                    SignalValue("disconnected", "Not connected to the stage: the session is over until the app joins again."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A category only groups StageErrorCode values (capacity, codec, permission, timeout and other failures); decide from the accompanying code. A failed publish does not by itself end the stage session.",
        deprecation = null,
    ),

    /** The error concerns subscribing to a remote participant's media. */
    SUBSCRIBE_ERROR(
        value = "SUBSCRIBE_ERROR",
        catalogName = "SUBSCRIBE_ERROR",
        upstreamName = "SUBSCRIBE_ERROR",
        summary = "The error concerns subscribing to a remote participant's media.",
        cause = "Reported for failures while receiving a remote participant's media streams from the stage.",
        whenItOccurs =
            listOf(
                "subscribing to remote streams chosen by the stage strategy",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.DEPENDS,
        retryBasis = Basis.CATALOG,
        userMessage = "Someone's audio or video could not be loaded.",
        userMessageKey = "amazon_ivs.stage_error_category.SUBSCRIBE_ERROR",
        remediation =
            listOf(
                "Decide from the StageErrorCode that comes with it; the participant stays in the stage.",
                "Refresh the strategy to subscribe again once the cause is fixed.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "StageConnectionState (StageEvents.STAGE_CONNECTION_STATE_CHANGED)",
                listOf("terminal"),
                listOf(
                    SignalValue("connected", "The stage connection survived the error."),
                    SignalValue("connecting", "The SDK is establishing the connection again; wait."),
                    SignalValue("errored", "The SDK errored in the middle of a session (d.ts: \"SDK errored in the middle of a session\"); the app must act."),
                    SignalValue("disconnected", "Not connected to the stage: the session is over until the app joins again."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A category only groups StageErrorCode values (capacity, codec, timeout and other failures); decide from the accompanying code. A failed subscription does not by itself end the stage session.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "amazon_ivs"

    override val codeSet: String get() = "stage_error_category"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): StageErrorCategory? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): StageErrorCategory? = byName[name]
    }
}

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.jitsi

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
 * Error a lib-jitsi-meet conference reports through its CONFERENCE_FAILED or CONFERENCE_ERROR events.
 *
 * Upstream: JitsiConferenceErrors in jitsi/lib-jitsi-meet 0.0.0.
 */
enum class ConferenceError(
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
    /** The client must be authenticated to create the conference. */
    AUTHENTICATION_REQUIRED(
        value = "conference.authenticationRequired",
        catalogName = "AUTHENTICATION_REQUIRED",
        upstreamName = "AUTHENTICATION_REQUIRED",
        summary = "The client must be authenticated to create the conference.",
        cause = "Jicofo answered the conference request with not-authorized: upstream says the \"client must be authenticated to create the conference\".",
        whenItOccurs =
            listOf(
                "the deployment only lets authenticated users (login or JWT) create rooms",
                "a guest arrives before an authenticated host has started the meeting",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        userMessage = "This meeting has not started yet or needs you to sign in. Please sign in or wait for the host.",
        userMessageKey = "jitsi.conference_error.AUTHENTICATION_REQUIRED",
        remediation =
            listOf(
                "Ask the user to log in, or obtain a JWT from the app's backend, and join again.",
                "If guests should wait for a host, show a waiting screen and join again once an authenticated host has started the meeting.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Upstream defines no retry policy; joining succeeds only after the user authenticates (or an authenticated host has created the room), so we map it to getting credentials first.",
        deprecation = null,
    ),

    /** The chat room returned an error for a message. */
    CHAT_ERROR(
        value = "conference.chatError",
        catalogName = "CHAT_ERROR",
        upstreamName = "CHAT_ERROR",
        summary = "The chat room returned an error for a message.",
        cause = "The XMPP multi-user chat sent back a message of type error; its text is passed along with the code.",
        whenItOccurs =
            listOf(
                "a chat message is rejected by the server",
                "any other error-type MUC message that is not a settings error",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Your message could not be sent.",
        userMessageKey = "jitsi.conference_error.CHAT_ERROR",
        remediation =
            listOf(
                "Show the server's text to the user and let them send the message again.",
                "Check the XMPP server's logs for the rejected message if it recurs.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK emits it on CONFERENCE_ERROR and stays in the conference; the server's text is free-form, so the user decides whether to send again.",
        deprecation = null,
    ),

    /** The room's moderators denied access from the lobby. */
    CONFERENCE_ACCESS_DENIED(
        value = "conference.connectionError.accessDenied",
        catalogName = "CONFERENCE_ACCESS_DENIED",
        upstreamName = "CONFERENCE_ACCESS_DENIED",
        summary = "The room's moderators denied access from the lobby.",
        cause = "While the participant waited in the lobby room, a moderator rejected them (upstream: access \"denied by the room moderators\").",
        whenItOccurs =
            listOf(
                "a moderator rejects a knocking participant",
                "the participant is removed from the lobby room",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "A moderator declined your request to join.",
        userMessageKey = "jitsi.conference_error.CONFERENCE_ACCESS_DENIED",
        remediation =
            listOf(
                "Tell the user a moderator declined the request; do not knock again automatically.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A moderator's explicit refusal does not change on retry.",
        deprecation = null,
    ),

    /** The conference room has been destroyed. */
    CONFERENCE_DESTROYED(
        value = "conference.destroyed",
        catalogName = "CONFERENCE_DESTROYED",
        upstreamName = "CONFERENCE_DESTROYED",
        summary = "The conference room has been destroyed.",
        cause = "The MUC room was destroyed on the server; the SDK leaves the room and passes on the destroy reason.",
        whenItOccurs =
            listOf(
                "the meeting was ended for everyone",
                "the lobby room is destroyed without an invitation into the main room",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This meeting has ended.",
        userMessageKey = "jitsi.conference_error.CONFERENCE_DESTROYED",
        remediation =
            listOf(
                "Do not rejoin the same room: it was destroyed on the server.",
                "Show the destroy reason passed with the code, if any.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
        deprecation = null,
    ),

    /** The conference has reached its maximum number of participants. */
    CONFERENCE_MAX_USERS(
        value = "conference.max_users",
        catalogName = "CONFERENCE_MAX_USERS",
        upstreamName = "CONFERENCE_MAX_USERS",
        summary = "The conference has reached its maximum number of participants.",
        cause = "The join presence was rejected with service-unavailable because the room is full; the SDK says whether visitors are supported.",
        whenItOccurs =
            listOf(
                "the room's participant limit is reached",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "This meeting is full. Please try again later.",
        userMessageKey = "jitsi.conference_error.CONFERENCE_MAX_USERS",
        remediation =
            listOf(
                "Tell the user the meeting is full; let them try again later.",
                "Offer to join as a visitor where the deployment supports it (the SDK says so with the code).",
                "Raise the room's participant limit on the server if meetings regularly fill up.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The room may have space later, so the user can try again (or join as a visitor where supported).",
        deprecation = null,
    ),

    /** Joining the conference room failed for an unclassified reason. */
    CONNECTION_ERROR(
        value = "conference.connectionError",
        catalogName = "CONNECTION_ERROR",
        upstreamName = "CONNECTION_ERROR",
        summary = "Joining the conference room failed for an unclassified reason.",
        cause = "The join presence got an error that matched no more specific case, or a not-allowed error on the anonymous domain.",
        whenItOccurs =
            listOf(
                "the MUC returns an unexpected presence error on join",
                "not-allowed on the anonymous domain (Jicofo or Prosody misconfiguration)",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "jitsi.conference_error.CONNECTION_ERROR",
        remediation =
            listOf(
                "Retry the join with backoff.",
                "Check the Prosody and Jicofo configuration if it recurs, in particular not-allowed errors on the anonymous domain.",
            ),
        causes =
            listOf(
                "an unexpected presence error on join",
                "not-allowed on the anonymous domain (Jicofo or Prosody misconfiguration)",
            ),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The cause is unknown, so a bounded retry with backoff is the safest default.",
        deprecation = null,
    ),

    /** A display name is required to join the room. */
    DISPLAY_NAME_REQUIRED(
        value = "conference.display_name_required",
        catalogName = "DISPLAY_NAME_REQUIRED",
        upstreamName = "DISPLAY_NAME_REQUIRED",
        summary = "A display name is required to join the room.",
        cause = "The server rejected the join with displayname-required; the SDK says whether this is because the lobby is enabled.",
        whenItOccurs =
            listOf(
                "the lobby is enabled and the participant has no display name",
                "the room requires participants to give a name",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Please enter your name to join this meeting.",
        userMessageKey = "jitsi.conference_error.DISPLAY_NAME_REQUIRED",
        remediation =
            listOf(
                "Ask the user for a display name, set it, and join again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The join succeeds once the user supplies a name.",
        deprecation = null,
    ),

    /** The focus (Jicofo) could not be reached. */
    FOCUS_DISCONNECTED(
        value = "conference.focusDisconnected",
        catalogName = "FOCUS_DISCONNECTED",
        upstreamName = "FOCUS_DISCONNECTED",
        summary = "The focus (Jicofo) could not be reached.",
        cause = "Upstream: \"focus error happened\"; it was raised when conference requests to Jicofo kept failing, but nothing emits it at this commit.",
        whenItOccurs =
            listOf(
                "conference requests to Jicofo fail (older releases)",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "jitsi.conference_error.FOCUS_DISCONNECTED",
        remediation =
            listOf(
                "Retry the join with backoff.",
                "Check that Jicofo is running and reachable; newer lib-jitsi-meet reports this as JitsiConnectionErrors.CONFERENCE_REQUEST_FAILED instead.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A focus outage is a service fault that may clear, so retry with backoff.",
        deprecation = null,
    ),

    /** The focus (Jicofo) left the conference. */
    FOCUS_LEFT(
        value = "conference.focusLeft",
        catalogName = "FOCUS_LEFT",
        upstreamName = "FOCUS_LEFT",
        summary = "The focus (Jicofo) left the conference.",
        cause = "Jicofo's occupant left the MUC room; the SDK logs that it is leaving the conference and reports the failure.",
        whenItOccurs =
            listOf(
                "Jicofo restarts or drops the conference",
                "the conference is torn down on the server side",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "jitsi.conference_error.FOCUS_LEFT",
        remediation =
            listOf(
                "Join again after a delay, with backoff.",
                "Check Jicofo's logs for a restart or a dropped conference if it recurs.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Without the focus the conference cannot continue, but a new join usually gets a working focus.",
        deprecation = null,
    ),

    /** The server is shutting down gracefully. */
    GRACEFUL_SHUTDOWN(
        value = "conference.gracefulShutdown",
        catalogName = "GRACEFUL_SHUTDOWN",
        upstreamName = "GRACEFUL_SHUTDOWN",
        summary = "The server is shutting down gracefully.",
        cause = "Jicofo refused the conference because it was in graceful shutdown; nothing emits it at this commit.",
        whenItOccurs =
            listOf(
                "Jicofo is in graceful shutdown (older releases)",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The meeting was interrupted by server maintenance. Rejoining should work in a moment.",
        userMessageKey = "jitsi.conference_error.GRACEFUL_SHUTDOWN",
        remediation =
            listOf(
                "Join again after a short delay; the new conference lands on another instance.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The server instance is going away on purpose (maintenance, upgrade, migration); as with LiveKit's SERVER_SHUTDOWN, rejoining after a short delay lands on another instance.",
        deprecation = null,
    ),

    /** The media connection (ICE) failed and could not be restored. */
    ICE_FAILED(
        value = "conference.iceFailed",
        catalogName = "ICE_FAILED",
        upstreamName = "ICE_FAILED",
        summary = "The media connection (ICE) failed and could not be restored.",
        cause = "ICE to the videobridge failed and the SDK's own ICE restarts (up to three, with backoff) or its session-restart request to Jicofo did not recover it.",
        whenItOccurs =
            listOf(
                "firewalls or NAT block the media ports",
                "TURN servers are unreachable",
                "Jicofo rejects the ICE-failure session restart",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "jitsi.conference_error.ICE_FAILED",
        remediation =
            listOf(
                "Join again (reload the conference) with backoff; the SDK has already tried its ICE restarts.",
                "Check that the network allows media to the videobridge (UDP 10000, or TURN over TLS on port 443) and that TURN servers are configured and reachable.",
            ),
        causes =
            listOf(
                "a firewall or NAT blocks the media ports",
                "TURN servers are unreachable",
                "Jicofo rejected the session restart after an ICE failure",
            ),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConference.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/util/Retry.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 2000, 20000, Jitter.FULL, 3),
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK has already exhausted its restarts and logs that the conference should be reloaded, so a bounded rejoin with backoff is what remains.",
        deprecation = null,
    ),

    /** The server-side components are incompatible with this client. */
    INCOMPATIBLE_SERVER_VERSIONS(
        value = "conference.incompatible_server_versions",
        catalogName = "INCOMPATIBLE_SERVER_VERSIONS",
        upstreamName = "INCOMPATIBLE_SERVER_VERSIONS",
        summary = "The server-side components are incompatible with this client.",
        cause = "Upstream: the server components' versions \"are incompatible with the client side\"; the method that emits it is never called at this commit.",
        whenItOccurs =
            listOf(
                "client and server releases do not match (older releases)",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This app needs an update to join this meeting.",
        userMessageKey = "jitsi.conference_error.INCOMPATIBLE_SERVER_VERSIONS",
        remediation =
            listOf(
                "Upgrade the client library or the server components so that their versions match.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A version mismatch needs an upgrade by the app or the operator, not a retry.",
        deprecation = null,
    ),

    /** Only approved members may join the room. */
    MEMBERS_ONLY_ERROR(
        value = "conference.connectionError.membersOnly",
        catalogName = "MEMBERS_ONLY_ERROR",
        upstreamName = "MEMBERS_ONLY_ERROR",
        summary = "Only approved members may join the room.",
        cause = "The join was rejected with registration-required because the room is members-only (lobby); the SDK passes on the lobby room and whether it waits for a host.",
        whenItOccurs =
            listOf(
                "the lobby is enabled and the participant has not been admitted",
                "the meeting waits for a host",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "This meeting has a waiting room. Ask to join and wait for a moderator to let you in.",
        userMessageKey = "jitsi.conference_error.MEMBERS_ONLY_ERROR",
        remediation =
            listOf(
                "Offer the user to knock in the lobby (JitsiConference.joinLobby) and wait to be admitted.",
                "If the meeting waits for a host, show a waiting screen instead.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The user must knock in the lobby (JitsiConference.joinLobby) and be admitted; the SDK does not do that by itself.",
        deprecation = null,
    ),

    /** The participant is not allowed to join the conference. */
    NOT_ALLOWED_ERROR(
        value = "conference.connectionError.notAllowed",
        catalogName = "NOT_ALLOWED_ERROR",
        upstreamName = "NOT_ALLOWED_ERROR",
        summary = "The participant is not allowed to join the conference.",
        cause = "The join was rejected with not-allowed; an AUTH_ERROR_TYPES sub-type and the server's text are passed along with the code.",
        whenItOccurs =
            listOf(
                "room creation is restricted",
                "unauthenticated access is disabled",
                "visitor rules refuse the join",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.DEPENDS,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "jitsi.conference_error.NOT_ALLOWED_ERROR",
        remediation =
            listOf(
                "Decide from the auth_error_type passed with it (the second argument of CONFERENCE_FAILED).",
                "Show the server's text to the user where it explains the refusal.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The accompanying auth_error_type decides what to do, from retrying later to never.",
        deprecation = null,
    ),

    /** The Jingle offer/answer exchange failed. */
    OFFER_ANSWER_FAILED(
        value = "conference.offerAnswerFailed",
        catalogName = "OFFER_ANSWER_FAILED",
        upstreamName = "OFFER_ANSWER_FAILED",
        summary = "The Jingle offer/answer exchange failed.",
        cause = "Accepting a JVB or P2P session offer, sending a P2P invite or applying a P2P answer failed; the underlying error is passed along.",
        whenItOccurs =
            listOf(
                "the browser rejects the remote session description",
                "local media cannot be added to the peer connection",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "jitsi.conference_error.OFFER_ANSWER_FAILED",
        remediation =
            listOf(
                "Join again with backoff.",
                "Log the underlying error passed with the code; check the browser's WebRTC support and the local media tracks if it repeats.",
            ),
        causes =
            listOf(
                "the browser rejected the remote session description",
                "local media could not be added to the peer connection",
            ),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Negotiation failures are often environmental, so a bounded rejoin may help; repeated failures need the user.",
        deprecation = null,
    ),

    /** A password cannot be set for this conference. */
    PASSWORD_NOT_SUPPORTED(
        value = "conference.passwordNotSupported",
        catalogName = "PASSWORD_NOT_SUPPORTED",
        upstreamName = "PASSWORD_NOT_SUPPORTED",
        summary = "A password cannot be set for this conference.",
        cause = "JitsiConference.lock() found no room-secret field in the room configuration, so the promise is rejected with this code.",
        whenItOccurs =
            listOf(
                "a moderator tries to lock the room on a server without password support",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Password protection is not available for this meeting.",
        userMessageKey = "jitsi.conference_error.PASSWORD_NOT_SUPPORTED",
        remediation =
            listOf(
                "Hide the lock option on deployments without room passwords, or enable room passwords on the server (the room-secret field).",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The server configuration lacks the feature, so repeating the call fails again.",
        deprecation = null,
    ),

    /** A password is required to join the conference. */
    PASSWORD_REQUIRED(
        value = "conference.passwordRequired",
        catalogName = "PASSWORD_REQUIRED",
        upstreamName = "PASSWORD_REQUIRED",
        summary = "A password is required to join the conference.",
        cause = "The join presence was rejected with not-authorized because the room is locked.",
        whenItOccurs =
            listOf(
                "the room is password-protected",
                "the password given was wrong or missing",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "This meeting is protected by a password. Please enter it to join.",
        userMessageKey = "jitsi.conference_error.PASSWORD_REQUIRED",
        remediation =
            listOf(
                "Ask the user for the meeting password and call JitsiConference.join with it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The join succeeds once the user enters the right password (JitsiConference.join with the password).",
        deprecation = null,
    ),

    /** The reservation system refused the conference. */
    RESERVATION_ERROR(
        value = "conference.reservationError",
        catalogName = "RESERVATION_ERROR",
        upstreamName = "RESERVATION_ERROR",
        summary = "The reservation system refused the conference.",
        cause = "Jicofo's reply to the conference request carried a reservation-error; its error code and message are passed along.",
        whenItOccurs =
            listOf(
                "the reservation system rejects the room or its time",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This meeting cannot start right now. Please check the meeting time or contact the organiser.",
        userMessageKey = "jitsi.conference_error.RESERVATION_ERROR",
        remediation =
            listOf(
                "Show the reservation system's message passed with the code.",
                "Fix the reservation (room, time, owner) before trying again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The reservation system's verdict does not change until the reservation does.",
        deprecation = null,
    ),

    /** The server rejected a settings change. */
    SETTINGS_ERROR(
        value = "conference.settingsError",
        catalogName = "SETTINGS_ERROR",
        upstreamName = "SETTINGS_ERROR",
        summary = "The server rejected a settings change.",
        cause = "The MUC sent an error message carrying a settings-error text, which is passed along.",
        whenItOccurs =
            listOf(
                "a room settings change is refused by the server",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "That setting could not be changed.",
        userMessageKey = "jitsi.conference_error.SETTINGS_ERROR",
        remediation =
            listOf(
                "Show the server's text; do not repeat the same change.",
                "Check the user's role and the server's room configuration if the change should be allowed.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK emits it on CONFERENCE_ERROR and stays in the conference; the same change would be refused again.",
        deprecation = null,
    ),

    /** No videobridge is available for the conference. */
    VIDEOBRIDGE_NOT_AVAILABLE(
        value = "conference.videobridgeNotAvailable",
        catalogName = "VIDEOBRIDGE_NOT_AVAILABLE",
        upstreamName = "VIDEOBRIDGE_NOT_AVAILABLE",
        summary = "No videobridge is available for the conference.",
        cause = "Jicofo's presence reported bridgeNotAvailable; the SDK reports it once per room.",
        whenItOccurs =
            listOf(
                "all videobridges are full or down",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "This call is full right now. Please try again in a little while.",
        userMessageKey = "jitsi.conference_error.VIDEOBRIDGE_NOT_AVAILABLE",
        remediation =
            listOf(
                "Join again with backoff.",
                "Alert the operator: every videobridge is full or down; add bridge capacity.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                listOf("terminal"),
                listOf(
                    SignalValue("conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."),
                    SignalValue("conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Bridge capacity may free up, so a bounded rejoin with backoff is reasonable.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "jitsi"

    override val codeSet: String get() = "conference_error"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): ConferenceError? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): ConferenceError? = byName[name]
    }
}

/**
 * Sub-type passed with NOT_ALLOWED_ERROR that says why the join was not allowed.
 *
 * Upstream: AUTH_ERROR_TYPES in jitsi/lib-jitsi-meet 0.0.0.
 */
enum class AuthErrorType(
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
    /** The join was not allowed for an unspecified reason. */
    GENERAL(
        value = "general",
        catalogName = "GENERAL",
        upstreamName = "GENERAL",
        summary = "The join was not allowed for an unspecified reason.",
        cause = "The server returned not-allowed without any of the more specific markers the SDK recognises.",
        whenItOccurs =
            listOf(
                "room rules or server policy refuse the join",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "jitsi.auth_error_type.GENERAL",
        remediation =
            listOf(
                "Show the server's text if any; do not retry.",
                "Check the room rules and server policy if the refusal is unexpected.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A plain refusal is not expected to change on retry; in a breakout room the SDK moves the user back to the main room instead of reporting it.",
        deprecation = null,
    ),

    /** A visitor cannot join because no main participants are in the meeting. */
    NO_MAIN_PARTICIPANTS(
        value = "no-main-participants",
        catalogName = "NO_MAIN_PARTICIPANTS",
        upstreamName = "NO_MAIN_PARTICIPANTS",
        summary = "A visitor cannot join because no main participants are in the meeting.",
        cause = "The server refused the visitor's join with no-main-participants in the jitsi:visitors namespace.",
        whenItOccurs =
            listOf(
                "a visitor arrives before the meeting has started",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "The meeting has not started yet. Please try again later.",
        userMessageKey = "jitsi.auth_error_type.NO_MAIN_PARTICIPANTS",
        remediation =
            listOf(
                "Tell the visitor the meeting has not started; let them try again later.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The join can succeed once main participants are present, so the user may try again later.",
        deprecation = null,
    ),

    /** Visitors are not admitted because the room uses a lobby. */
    NO_VISITORS_LOBBY(
        value = "no-visitors-lobby",
        catalogName = "NO_VISITORS_LOBBY",
        upstreamName = "NO_VISITORS_LOBBY",
        summary = "Visitors are not admitted because the room uses a lobby.",
        cause = "The server refused the visitor's join with no-visitors-lobby in the jitsi:visitors namespace.",
        whenItOccurs =
            listOf(
                "a visitor tries to join a room whose lobby is enabled",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This meeting is not open to viewers right now.",
        userMessageKey = "jitsi.auth_error_type.NO_VISITORS_LOBBY",
        remediation =
            listOf(
                "Do not retry as a visitor; join as a participant through the lobby, or turn the lobby off for visitors.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The room's lobby setting must change before a visitor can join.",
        deprecation = null,
    ),

    /** The visitor may not be promoted to a main participant. */
    PROMOTION_NOT_ALLOWED(
        value = "promotion-not-allowed",
        catalogName = "PROMOTION_NOT_ALLOWED",
        upstreamName = "PROMOTION_NOT_ALLOWED",
        summary = "The visitor may not be promoted to a main participant.",
        cause = "The server refused the join with promotion-not-allowed in the jitsi:visitors namespace.",
        whenItOccurs =
            listOf(
                "a visitor tries to join the main room without being allowed",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You can watch this meeting but not join in.",
        userMessageKey = "jitsi.auth_error_type.PROMOTION_NOT_ALLOWED",
        remediation =
            listOf(
                "Stay a visitor; the deployment does not let this visitor become a main participant.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The visitor lacks the right to be promoted, and retrying with the same rights fails again.",
        deprecation = null,
    ),

    /** The client may not create the room. */
    ROOM_CREATION_RESTRICTION(
        value = "room-creation-restriction",
        catalogName = "ROOM_CREATION_RESTRICTION",
        upstreamName = "ROOM_CREATION_RESTRICTION",
        summary = "The client may not create the room.",
        cause = "The text \"Room creation is restricted\" or a room-does-not-exist marker: upstream describes a race where Jicofo left or was leaving the room when the client tried to join.",
        whenItOccurs =
            listOf(
                "Jicofo left the empty room just as the client joined",
                "a reconnect finished after Jicofo had left the room",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "jitsi.auth_error_type.ROOM_CREATION_RESTRICTION",
        remediation =
            listOf(
                "Join again after a short delay; the SDK has already retried up to three times unless disableRoomCreationRetry is set.",
                "If it recurs, check that Jicofo is up and that only Jicofo may create rooms.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/util/Retry.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1500, 1500, 20000, Jitter.FULL, 3),
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK itself retries this race up to three times with jittered backoff (unless disableRoomCreationRetry is set) before reporting it, so a later retry can still succeed.",
        deprecation = null,
    ),

    /** The room does not admit unauthenticated participants. */
    ROOM_UNAUTHENTICATED_ACCESS_DISABLED(
        value = "authentication-required",
        catalogName = "ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
        upstreamName = "ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
        summary = "The room does not admit unauthenticated participants.",
        cause = "The server refused the join with authentication-required in the http://jitsi.org/jitmeet namespace.",
        whenItOccurs =
            listOf(
                "the room disables unauthenticated access and the user has no valid token",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        userMessage = "You need to sign in to join this meeting.",
        userMessageKey = "jitsi.auth_error_type.ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
        remediation =
            listOf(
                "Ask the user to sign in or obtain a JWT from the backend, then join again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Joining needs authentication, so obtain credentials (for example a JWT) and join again.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "jitsi"

    override val codeSet: String get() = "auth_error_type"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): AuthErrorType? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): AuthErrorType? = byName[name]
    }
}

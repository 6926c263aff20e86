// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.amazonchime

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
 * Underlying reason for a meeting session status, mainly as reported to AudioVideoObserver.audioVideoDidStop.
 *
 * Upstream: MeetingSessionStatusCode in aws/amazon-chime-sdk-js 3.32.0 (package npm:amazon-chime-sdk-js&#64;3.32.0).
 */
enum class MeetingSessionStatusCode(
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
    /** No error. */
    OK(
        value = 0,
        catalogName = "OK",
        upstreamName = "OK",
        summary = "No error.",
        cause = "Used internally to mean nothing has failed; the doc comment says it \"will never be returned by `audioVideoDidStop`\".",
        whenItOccurs =
            listOf(
                "internal status checks, e.g. a signal frame with a 2xx status",
                "audioVideoWasDemotedFromPrimaryMeeting after demoteFromPrimaryMeeting was called",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.PROVIDER,
        userMessage = "Everything is working normally.",
        userMessageKey = "amazon_chime.meeting_session_status_code.OK",
        remediation =
            listOf(
                "Nothing to fix: the status means that nothing failed.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The attendee left the meeting normally. */
    LEFT(
        value = 1,
        catalogName = "Left",
        upstreamName = "Left",
        summary = "The attendee left the meeting normally.",
        cause = "The local app stopped the session via AudioVideoControllerFacade.stop.",
        whenItOccurs =
            listOf(
                "the app calls stop() on the audio-video facade",
            ),
        category = Category.ENDED_NORMALLY,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.CATALOG,
        userMessage = "You have left the call.",
        userMessageKey = "amazon_chime.meeting_session_status_code.Left",
        remediation =
            listOf(
                "Nothing to fix: the app called stop(). Clean up the meeting UI.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatus.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A deliberate local leave is not a failure (isFailure() is false), so there is nothing to retry.",
        deprecation = null,
    ),

    /** The same attendee joined from another device or tab. */
    AUDIO_JOINED_FROM_ANOTHER_DEVICE(
        value = 2,
        catalogName = "AudioJoinedFromAnotherDevice",
        upstreamName = "AudioJoinedFromAnotherDevice",
        summary = "The same attendee joined from another device or tab.",
        cause = "Another client joined with the same attendee credentials, replacing this session; the Audio prefix is irrelevant.",
        whenItOccurs =
            listOf(
                "the user opens the meeting in another browser tab, window or on mobile",
                "the app accidentally creates two meeting sessions",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "You joined this meeting from another device or window, so this one was disconnected.",
        userMessageKey = "amazon_chime.meeting_session_status_code.AudioJoinedFromAnotherDevice",
        remediation =
            listOf(
                "Create one meeting session per attendee per device; check that the app does not start two sessions by accident.",
                "Offer the user a button to rejoin here, which ends the other session.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Rejoining would evict the other session, so only rejoin if the user explicitly chooses to.",
        deprecation = null,
    ),

    /** Authentication of the attendee was rejected. */
    AUDIO_AUTHENTICATION_REJECTED(
        value = 3,
        catalogName = "AudioAuthenticationRejected",
        upstreamName = "AudioAuthenticationRejected",
        summary = "Authentication of the attendee was rejected.",
        cause = "The attendee in MeetingSessionCredentials does not match an attendee created via chime::CreateAttendee; this may point at a problem in the app's credential service.",
        whenItOccurs =
            listOf(
                "join with wrong, stale or mismatched attendee credentials (403)",
                "the primary-meeting attendee used for promotion was deleted",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not confirm your access to this call. Please try joining again.",
        userMessageKey = "amazon_chime.meeting_session_status_code.AudioAuthenticationRejected",
        remediation =
            listOf(
                "Request a new attendee from the backend (chime:CreateAttendee) and join with its credentials.",
                "Check that the app's credential service returns the attendee of this meeting, not a stale or mismatched one.",
            ),
        causes =
            listOf(
                "the attendee does not match one created with CreateAttendee",
                "the primary-meeting attendee used for promotion was deleted",
            ),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The credentials were rejected, so only a fresh attendee from the app's backend can succeed.",
        deprecation = null,
    ),

    /** The meeting is at capacity. */
    AUDIO_CALL_AT_CAPACITY(
        value = 4,
        catalogName = "AudioCallAtCapacity",
        upstreamName = "AudioCallAtCapacity",
        summary = "The meeting is at capacity.",
        cause = "The service refused the join because the meeting reached its attendee limit (the doc comment cites 250 attendees).",
        whenItOccurs =
            listOf(
                "joining a full meeting (409)",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "This meeting is full. Please try again later.",
        userMessageKey = "amazon_chime.meeting_session_status_code.AudioCallAtCapacity",
        remediation =
            listOf(
                "Tell the user the meeting is full; let them try again later.",
                "If meetings regularly fill up, plan for larger meetings (for example replica meetings for view-only attendees).",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The doc suggests notifying the user; a later attempt can succeed only once someone leaves.",
        deprecation = null,
    ),

    /** The meeting has already ended. */
    MEETING_ENDED(
        value = 5,
        catalogName = "MeetingEnded",
        upstreamName = "MeetingEnded",
        summary = "The meeting has already ended.",
        cause = "The attendee tried to join, or was in, a meeting that has ended.",
        whenItOccurs =
            listOf(
                "joining an ended meeting",
                "the meeting is deleted or ends while in the call (audio status 410)",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This meeting has ended.",
        userMessageKey = "amazon_chime.meeting_session_status_code.MeetingEnded",
        remediation =
            listOf(
                "Do not rejoin: the meeting no longer exists.",
                "Create a new meeting from the backend if the session should go on.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "An ended meeting cannot be rejoined; the app must create a new meeting.",
        deprecation = null,
    ),

    /** Internal server error related to audio. */
    AUDIO_INTERNAL_SERVER_ERROR(
        value = 6,
        catalogName = "AudioInternalServerError",
        upstreamName = "AudioInternalServerError",
        summary = "Internal server error related to audio.",
        cause = "An audio-related server error (audio status 500), which may come from the audio device or the Amazon Chime SDK service.",
        whenItOccurs =
            listOf(
                "transient service-side audio failures",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "amazon_chime.meeting_session_status_code.AudioInternalServerError",
        remediation =
            listOf(
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "If it recurs across meetings, check the AWS Health Dashboard and contact AWS support.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 2000, 5000, Jitter.FULL, 10),
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The audio service is unavailable. */
    AUDIO_SERVICE_UNAVAILABLE(
        value = 7,
        catalogName = "AudioServiceUnavailable",
        upstreamName = "AudioServiceUnavailable",
        summary = "The audio service is unavailable.",
        cause = "The audio service reported unavailability (audio status 503); documented like AudioInternalServerError.",
        whenItOccurs =
            listOf(
                "audio service temporarily unavailable",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "amazon_chime.meeting_session_status_code.AudioServiceUnavailable",
        remediation =
            listOf(
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "If it recurs across meetings, check the AWS Health Dashboard and contact AWS support.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 2000, 5000, Jitter.FULL, 10),
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The audio connection failed. */
    AUDIO_DISCONNECTED(
        value = 8,
        catalogName = "AudioDisconnected",
        upstreamName = "AudioDisconnected",
        summary = "The audio connection failed.",
        cause = "The service sent an audio status that is neither success nor one of the specifically mapped errors; documented as an internal audio server error.",
        whenItOccurs =
            listOf(
                "unexpected non-2xx audio status from the service",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "amazon_chime.meeting_session_status_code.AudioDisconnected",
        remediation =
            listOf(
                "Start a new session after a delay, with backoff.",
                "Alert if it recurs: the service sent an unexpected audio status.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK gives up on this code, yet it reports a service fault, so a new session after a delay may succeed.",
        deprecation = null,
    ),

    /** Local video must switch to view-only mode. */
    VIDEO_CALL_SWITCH_TO_VIEW_ONLY(
        value = 9,
        catalogName = "VideoCallSwitchToViewOnly",
        upstreamName = "VideoCallSwitchToViewOnly",
        summary = "Local video must switch to view-only mode.",
        cause = "The client asked to send and receive video but the service only allows receiving (signaling status 206), e.g. the video sender limit is reached.",
        whenItOccurs =
            listOf(
                "starting local video when the meeting's video capacity is reached",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Too many people are sharing video right now, so yours was turned off. You can try again later.",
        userMessageKey = "amazon_chime.meeting_session_status_code.VideoCallSwitchToViewOnly",
        remediation =
            listOf(
                "Tell the user their video cannot be shared right now; they can still see and hear others.",
                "Let the user start their video again later (videoSendDidBecomeUnavailable tells the app when it was turned off).",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Internal only; the SDK removes the local tile and calls videoSendDidBecomeUnavailable, and local video can be restarted when the user asks once capacity frees up.",
        deprecation = null,
    ),

    /** The video source capacity was exceeded. */
    VIDEO_CALL_AT_SOURCE_CAPACITY(
        value = 10,
        catalogName = "VideoCallAtSourceCapacity",
        upstreamName = "VideoCallAtSourceCapacity",
        summary = "The video source capacity was exceeded.",
        cause = "Signaling status 509, e.g. joining a video meeting in send-only mode; the doc says to treat it as \"fatal\".",
        whenItOccurs =
            listOf(
                "joining in send-only video mode",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "This call is full right now. Please try again in a little while.",
        userMessageKey = "amazon_chime.meeting_session_status_code.VideoCallAtSourceCapacity",
        remediation =
            listOf(
                "Do not retry: the SDK documents this status as fatal.",
                "Check how the app joins video: a send-only video join is refused.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Category follows the code name and its 509 status; the doc comment says it \"probably should not be retried\".",
        deprecation = null,
    ),

    /** The signaling connection was refused as a bad request. */
    SIGNALING_BAD_REQUEST(
        value = 11,
        catalogName = "SignalingBadRequest",
        upstreamName = "SignalingBadRequest",
        summary = "The signaling connection was refused as a bad request.",
        cause = "A 4xx signaling status, typically because the attendee was deleted via DeleteAttendee or the attendee response of an already ended meeting was reused.",
        whenItOccurs =
            listOf(
                "joining with a deleted attendee",
                "reusing attendee info from an ended meeting created with the same ClientRequestToken",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not confirm your access to this call. Please try joining again.",
        userMessageKey = "amazon_chime.meeting_session_status_code.SignalingBadRequest",
        remediation =
            listOf(
                "Request a new attendee (and, if the meeting ended, a new meeting) from the backend; do not reuse the old CreateAttendee response.",
                "Check that the backend does not reuse a ClientRequestToken of an ended meeting.",
            ),
        causes =
            listOf(
                "the attendee was deleted with DeleteAttendee",
                "the attendee response of an ended meeting was reused",
            ),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The doc says the stale attendee response must not be reused, so a new attendee is needed before joining again.",
        deprecation = null,
    ),

    /** The signaling connection failed or was lost. */
    SIGNALING_INTERNAL_SERVER_ERROR(
        value = 12,
        catalogName = "SignalingInternalServerError",
        upstreamName = "SignalingInternalServerError",
        summary = "The signaling connection failed or was lost.",
        cause = "The signaling connection could not be established because of a server error (5xx) or was lost mid-call; the doc notes it often indicates a network issue for the end user.",
        whenItOccurs =
            listOf(
                "unstable end-user network",
                "signaling websocket closed with a server-failure close code",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "amazon_chime.meeting_session_status_code.SignalingInternalServerError",
        remediation =
            listOf(
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "If it happens often, look at the end user's network first; Amazon notes it often points there.",
            ),
        causes =
            listOf(
                "an unstable end-user network",
                "a Chime service error (HTTP 5xx)",
            ),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 2000, 5000, Jitter.FULL, 10),
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Category follows the doc comment, which says this code often indicates a network issue, though it can also be a Chime service issue.",
        deprecation = null,
    ),

    /** Received an unknown signaling error without a status. */
    SIGNALING_REQUEST_FAILED(
        value = 13,
        catalogName = "SignalingRequestFailed",
        upstreamName = "SignalingRequestFailed",
        summary = "Received an unknown signaling error without a status.",
        cause = "A signaling error frame had no recognizable status; the doc calls it nearly impossible and a sign of a Chime service issue.",
        whenItOccurs =
            listOf(
                "malformed or unexpected signaling error frames",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "amazon_chime.meeting_session_status_code.SignalingRequestFailed",
        remediation =
            listOf(
                "Start a new session after a delay, with backoff.",
                "Report it to AWS support with the meeting and attendee IDs if it recurs: the SDK calls it a sign of a service issue.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK stops on it and the doc attributes it to the service, so a fresh attempt after a delay is reasonable.",
        deprecation = null,
    ),

    /** The signaling websocket closed unexpectedly mid-meeting. */
    SIGNALING_CHANNEL_CLOSED_UNEXPECTEDLY(
        value = 14,
        catalogName = "SignalingChannelClosedUnexpectedly",
        upstreamName = "SignalingChannelClosedUnexpectedly",
        summary = "The signaling websocket closed unexpectedly mid-meeting.",
        cause = "The websocket signaling channel dropped, most often from a client-side network change, less often from the backend forcing a reconnect or AWS networking issues.",
        whenItOccurs =
            listOf(
                "switching WiFi networks or other client network changes",
                "the backend detects client issues (e.g. decryption) and closes the connection",
                "unexpected backend networking issues",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "amazon_chime.meeting_session_status_code.SignalingChannelClosedUnexpectedly",
        remediation =
            listOf(
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "If it happens often, look for network changes on the client (Wi-Fi switches, VPNs).",
            ),
        causes =
            listOf(
                "a client network change such as switching Wi-Fi",
                "the backend closed the connection after detecting client problems",
                "AWS networking issues",
            ),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
                "amazon-chime-sdk-js@3.32.0 CHANGELOG.md (3.27.0: reconnect immediately when the WebSocket is lost)",
                "https://github.com/aws/amazon-chime-sdk-js/commit/5c3d2242d98044072ae69313630b02294d63e6dc",
            ),
        since = "3.27.0",
        retrySchedule = RetrySchedule(1000, 2000, 5000, Jitter.FULL, 10),
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** Timed out gathering ICE candidates. */
    ICE_GATHERING_TIMEOUT_WORKAROUND(
        value = 15,
        catalogName = "ICEGatheringTimeoutWorkaround",
        upstreamName = "ICEGatheringTimeoutWorkaround",
        summary = "Timed out gathering ICE candidates.",
        cause = "ICE candidate gathering did not complete in time; in Chrome this can mean the browser is in a bad state after a VPN reconnect (webrtc issue 9097).",
        whenItOccurs =
            listOf(
                "VPN reconnects in Chrome",
                "restrictive networks blocking ICE",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "amazon_chime.meeting_session_status_code.ICEGatheringTimeoutWorkaround",
        remediation =
            listOf(
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "If it persists in Chrome after a VPN change, ask the user to restart the browser (webrtc issue 9097).",
            ),
        causes =
            listOf(
                "Chrome in a bad state after a VPN reconnect",
                "a network that blocks ICE",
            ),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 2000, 5000, Jitter.FULL, 10),
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** A reconnect was triggered by poor connection health. */
    CONNECTION_HEALTH_RECONNECT(
        value = 16,
        catalogName = "ConnectionHealthReconnect",
        upstreamName = "ConnectionHealthReconnect",
        summary = "A reconnect was triggered by poor connection health.",
        cause = "The connection health policy (ConnectionHealthPolicyConfiguration) judged the connection unhealthy and triggered a reconnect.",
        whenItOccurs =
            listOf(
                "missed pongs, no received packets or bad audio delay",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "amazon_chime.meeting_session_status_code.ConnectionHealthReconnect",
        remediation =
            listOf(
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "Tune ConnectionHealthPolicyConfiguration only if reconnects fire on healthy connections.",
            ),
        causes =
            listOf(
                "missed pongs",
                "no packets received",
                "bad audio delay",
            ),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 2000, 5000, Jitter.FULL, 10),
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The RealtimeController failed. */
    REALTIME_API_FAILED(
        value = 17,
        catalogName = "RealtimeApiFailed",
        upstreamName = "RealtimeApiFailed",
        summary = "The RealtimeController failed.",
        cause = "A callback passed to a RealtimeController API threw an error or otherwise failed.",
        whenItOccurs =
            listOf(
                "an app callback registered with realtime APIs throws",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app and the meeting stopped. Please rejoin.",
        userMessageKey = "amazon_chime.meeting_session_status_code.RealtimeApiFailed",
        remediation =
            listOf(
                "Fix the callback the app passed to the RealtimeController API: it threw an error.",
                "Catch errors inside realtime callbacks so one bad handler does not end the session.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The failure is in the app's own callback code, which must be fixed before a retry can help.",
        deprecation = null,
    ),

    /** A connection step failed without a more specific reason. */
    TASK_FAILED(
        value = 18,
        catalogName = "TaskFailed",
        upstreamName = "TaskFailed",
        summary = "A connection step failed without a more specific reason.",
        cause = "A step connecting to the Amazon Chime SDK backends failed; the doc says this may indicate end-user connection issues \"and should be retried\".",
        whenItOccurs =
            listOf(
                "generic failures during connect, reconnect or update",
                "connection timeouts",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "amazon_chime.meeting_session_status_code.TaskFailed",
        remediation =
            listOf(
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "If it ends the session, look at the SDK log for the step that failed, then offer a rejoin.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 2000, 5000, Jitter.FULL, 10),
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Category is unknown because the SDK uses this code for any connection step that fails without a more specific status.",
        deprecation = null,
    ),

    /** Media negotiation failed due to incompatible SDP. */
    INCOMPATIBLE_SDP(
        value = 19,
        catalogName = "IncompatibleSDP",
        upstreamName = "IncompatibleSDP",
        summary = "Media negotiation failed due to incompatible SDP.",
        cause = "Media negotiation failed, possibly from an SDK issue or an unsupported browser; the doc suggests checking DefaultBrowserBehavior().isSupported() before the call.",
        whenItOccurs =
            listOf(
                "unsupported browsers",
                "video codec negotiation problems",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "amazon_chime.meeting_session_status_code.IncompatibleSDP",
        remediation =
            listOf(
                "Nothing to do at first: the controller restarts local video by itself.",
                "Check DefaultBrowserBehavior().isSupported() before joining and tell users of unsupported browsers to switch.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The controller handles this code itself by restarting local video (handleMeetingSessionStatus).",
        deprecation = null,
    ),

    /** TURN credentials were refused because the meeting ended or the attendee was removed. */
    TURN_CREDENTIALS_FORBIDDEN(
        value = 20,
        catalogName = "TURNCredentialsForbidden",
        upstreamName = "TURNCredentialsForbidden",
        summary = "TURN credentials were refused because the meeting ended or the attendee was removed.",
        cause = "The media channel's TURN credential request was forbidden; the doc calls it analogous to MeetingEnded but detected through the media channel.",
        whenItOccurs =
            listOf(
                "joining a meeting that has ended",
                "the attendee was removed",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This meeting has ended or you are no longer part of it.",
        userMessageKey = "amazon_chime.meeting_session_status_code.TURNCredentialsForbidden",
        remediation =
            listOf(
                "Do not rejoin with the same attendee: the meeting has ended or the attendee was removed.",
                "Create a new meeting or attendee from the backend if the session should go on.",
            ),
        causes =
            listOf(
                "the meeting has ended",
                "the attendee was removed",
            ),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Like MeetingEnded, the meeting or attendee no longer exists, so the same join cannot succeed.",
        deprecation = null,
    ),

    /** The attendee did not show up on the roster. */
    NO_ATTENDEE_PRESENT(
        value = 21,
        catalogName = "NoAttendeePresent",
        upstreamName = "NoAttendeePresent",
        summary = "The attendee did not show up on the roster.",
        cause = "The attendee never appeared in the meeting roster after connecting, which may come from the end user's audio device or from the Amazon Chime SDK.",
        whenItOccurs =
            listOf(
                "initial connection where attendee presence is not confirmed in time",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "amazon_chime.meeting_session_status_code.NoAttendeePresent",
        remediation =
            listOf(
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "If it ends the session, check the user's audio device, then offer a rejoin.",
            ),
        causes =
            listOf(
                "a problem with the end user's audio device",
                "a problem in the Amazon Chime SDK",
            ),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 2000, 5000, Jitter.FULL, 10),
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Category is unknown because the doc names both a device problem and an SDK problem as possible causes.",
        deprecation = null,
    ),

    /** The attendee was removed from the meeting. */
    AUDIO_ATTENDEE_REMOVED(
        value = 22,
        catalogName = "AudioAttendeeRemoved",
        upstreamName = "AudioAttendeeRemoved",
        summary = "The attendee was removed from the meeting.",
        cause = "The session ended because the attendee was deleted via chime::DeleteAttendee (audio status 411).",
        whenItOccurs =
            listOf(
                "the app backend or another party calls DeleteAttendee",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You were removed from the meeting.",
        userMessageKey = "amazon_chime.meeting_session_status_code.AudioAttendeeRemoved",
        remediation =
            listOf(
                "Do not rejoin automatically: the attendee was deleted with DeleteAttendee.",
                "If the removal was not intended, check which service called DeleteAttendee.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The removal was deliberate and the attendee no longer exists; the doc suggests notifying the user.",
        deprecation = null,
    ),

    /** The attendee's primary-meeting credentials were revoked. */
    AUDIO_VIDEO_WAS_REMOVED_FROM_PRIMARY_MEETING(
        value = 23,
        catalogName = "AudioVideoWasRemovedFromPrimaryMeeting",
        upstreamName = "AudioVideoWasRemovedFromPrimaryMeeting",
        summary = "The attendee's primary-meeting credentials were revoked.",
        cause = "Used only by promotion functions; the primary meeting attendee used for promotion was revoked or deleted, so the replica client is demoted.",
        whenItOccurs =
            listOf(
                "DeleteAttendee is called on the primary meeting attendee while promoted",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You can no longer speak or share video in this meeting, but you can keep watching.",
        userMessageKey = "amazon_chime.meeting_session_status_code.AudioVideoWasRemovedFromPrimaryMeeting",
        remediation =
            listOf(
                "Keep the replica session running; the attendee is back to view-only.",
                "Promote again only with a new primary-meeting attendee from the backend.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The primary credentials were revoked on purpose, so promoting again with them cannot succeed; the replica session itself continues.",
        deprecation = null,
    ),

    /** The attendee was demoted after a disconnection. */
    AUDIO_VIDEO_DISCONNECTED_WHILE_PROMOTED(
        value = 24,
        catalogName = "AudioVideoDisconnectedWhilePromoted",
        upstreamName = "AudioVideoDisconnectedWhilePromoted",
        summary = "The attendee was demoted after a disconnection.",
        cause = "Used only by promotion functions; any disconnection while promoted to the primary meeting triggers an automatic demotion.",
        whenItOccurs =
            listOf(
                "the connection drops and reconnects while promoted",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Your connection dropped, so you are back to watching only. You can ask to join in again.",
        userMessageKey = "amazon_chime.meeting_session_status_code.AudioVideoDisconnectedWhilePromoted",
        remediation =
            listOf(
                "Offer the user a way to promote again (promoteToPrimaryMeeting); the SDK does not do it by itself.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The doc says the attendee must promote itself again; the SDK does not re-promote, so the app does it when the user wants.",
        deprecation = null,
    ),

    /** Reserved code for an audio disconnect. */
    AUDIO_DISCONNECT_AUDIO(
        value = 25,
        catalogName = "AudioDisconnectAudio",
        upstreamName = "AudioDisconnectAudio",
        summary = "Reserved code for an audio disconnect.",
        cause = "Reserved and used only internally (audio status 302); never passed to audioVideoDidStop.",
        whenItOccurs =
            listOf(
                "the service sends audio status 302",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "amazon_chime.meeting_session_status_code.AudioDisconnectAudio",
        remediation =
            listOf(
                "Nothing to do: the code is reserved and only used inside the SDK.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
                "amazon-chime-sdk-js@3.32.0 CHANGELOG.md (3.4.0: Add the reserved status code AudioDisconnectAudio)",
            ),
        since = "3.4.0",
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The code is documented only as reserved and the controller takes no action on it, as it is neither terminal nor a failure.",
        deprecation = null,
    ),

    /** The encoded transform worker manager failed. */
    ENCODED_TRANSFORM_MANAGER_FAILED(
        value = 26,
        catalogName = "EncodedTransformManagerFailed",
        upstreamName = "EncodedTransformManagerFailed",
        summary = "The encoded transform worker manager failed.",
        cause = "The encoded transform worker failed during the meeting, possibly from a media-processing issue or browser support for encoded transforms.",
        whenItOccurs =
            listOf(
                "encoded transform worker errors after the session is connected",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "amazon_chime.meeting_session_status_code.EncodedTransformManagerFailed",
        remediation =
            listOf(
                "Nothing to do at first: the controller reconnects by itself without encoded transforms.",
                "Check that the browser supports encoded transforms (RTCRtpScriptTransform or insertable streams) and look at the worker's errors in the log.",
            ),
        causes = listOf(),
        references =
            listOf(
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
                "https://github.com/aws/amazon-chime-sdk-js/commit/2df262f1177155ca6b060f7dcdf9f9acc88acbde (released in 3.31.0)",
            ),
        since = "3.31.0",
        retrySchedule = RetrySchedule(1000, 2000, 5000, Jitter.FULL, 10),
        runtimeSignal =
            RuntimeSignal(
                "MeetingSessionStatus.isTerminal()",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("true", "The session is over and the audio-video controller will not retry; handle the code as final."),
                    SignalValue("false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The controller reconnects on its own without transforms (onEncodedTransformWorkerManagerFailed calls reconnect); category reflects the browser media-pipeline cause.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "amazon_chime"

    override val codeSet: String get() = "meeting_session_status_code"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** The provider SDK's own verdict on whether this status is a failure. */
    val isFailure: Boolean
        get() =
            when (this) {
                AUDIO_AUTHENTICATION_REJECTED,
                AUDIO_CALL_AT_CAPACITY,
                AUDIO_INTERNAL_SERVER_ERROR,
                AUDIO_SERVICE_UNAVAILABLE,
                AUDIO_DISCONNECTED,
                VIDEO_CALL_AT_SOURCE_CAPACITY,
                SIGNALING_BAD_REQUEST,
                SIGNALING_INTERNAL_SERVER_ERROR,
                SIGNALING_REQUEST_FAILED,
                SIGNALING_CHANNEL_CLOSED_UNEXPECTEDLY,
                ICE_GATHERING_TIMEOUT_WORKAROUND,
                CONNECTION_HEALTH_RECONNECT,
                REALTIME_API_FAILED,
                TASK_FAILED,
                NO_ATTENDEE_PRESENT,
                -> true

                else -> false
            }

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): MeetingSessionStatusCode? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): MeetingSessionStatusCode? = byName[name]
    }
}

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.amazonchime

import rtc.errorcatalog.Basis
import rtc.errorcatalog.Category
import rtc.errorcatalog.ErrorCode
import rtc.errorcatalog.RetryPolicy
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
    override val isTerminal: Boolean,
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
        isTerminal = false,
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
        isTerminal = true,
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
        isTerminal = true,
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
        isTerminal = true,
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
        isTerminal = true,
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
        isTerminal = true,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = true,
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
        isTerminal = false,
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
        isTerminal = true,
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
        isTerminal = true,
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
        isTerminal = false,
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
        isTerminal = true,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = true,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = true,
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
        isTerminal = false,
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
        isTerminal = true,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = false,
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
        isTerminal = false,
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

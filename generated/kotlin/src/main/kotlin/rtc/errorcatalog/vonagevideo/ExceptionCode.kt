// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.vonagevideo

import rtc.errorcatalog.Basis
import rtc.errorcatalog.Category
import rtc.errorcatalog.ErrorCode
import rtc.errorcatalog.Jitter
import rtc.errorcatalog.RetryPolicy
import rtc.errorcatalog.RetrySchedule
import rtc.errorcatalog.RuntimeSignal
import rtc.errorcatalog.Terminality
import kotlin.jvm.JvmStatic

/**
 * Integer error code of OpenTok.js (OT.ExceptionCodes), carried as the code property of the errors passed to completion handlers and rejected promises, and of exception events.
 *
 * Upstream: OT.ExceptionCodes in <https://tokbox.com/developer/sdks/js/> 2.35.2 (package npm:&#64;opentok/client&#64;2.35.2).
 */
enum class ExceptionCode(
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
    /** An internal error in the SDK. */
    JS_EXCEPTION(
        value = 2000,
        catalogName = "JS_EXCEPTION",
        upstreamName = "JS_EXCEPTION",
        summary = "An internal error in the SDK.",
        cause = "The SDK met a state it cannot handle (an internal JavaScript exception); its docs call 2000 \"Internal Error\" and list it among the errors any method can report.",
        whenItOccurs =
            listOf(
                "an exception event from OTError.handleJsException, for example a Subscriber created without a session",
                "any SDK call that fails on an unexpected internal error",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "vonage_video.exception_code.JS_EXCEPTION",
        remediation =
            listOf(
                "Log the error's message and name, reconnect to the session if it is no longer connected, and try the action again.",
                "If it recurs, capture the SDK logs (OT.setLogLevel) and report it to Vonage support with the OT.version value.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: general errors)",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/ot_error_class.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The docs advise reconnecting to the session and trying the action again, so a retry is the provider's advice. Whether the session survives depends on what threw; the code itself does not end the session, so the catalog treats it as not terminal.",
        deprecation = null,
    ),

    /** The token or API key was rejected. */
    AUTHENTICATION_ERROR(
        value = 1004,
        catalogName = "AUTHENTICATION_ERROR",
        upstreamName = "AUTHENTICATION_ERROR",
        summary = "The token or API key was rejected.",
        cause = "The session's server refused the credentials: the token has expired, is malformed or was made for another session, or the API key is missing or wrong.",
        whenItOccurs =
            listOf(
                "Session.connect() with an expired or invalid token",
                "OT.initSession() without an API key",
                "the session-info request answers HTTP 403",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not confirm your access to this call. Please try joining again.",
        userMessageKey = "vonage_video.exception_code.AUTHENTICATION_ERROR",
        remediation =
            listOf(
                "Fetch a fresh token from the app's backend and connect again.",
                "Check that the token was generated for this session ID with the same API key, by a current Vonage Video server SDK.",
                "Check the API key passed to OT.initSession().",
            ),
        causes =
            listOf(
                "an expired token",
                "a token for another session or another API key",
                "a missing or wrong API key",
            ),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.connect())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/mapStatusCodeToErrorCode.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The docs name an expired or invalid token or API key as the causes; a new token from the app's backend fixes the common case, and twice refused means the key or token generation itself is wrong.",
        deprecation = null,
    ),

    /** The session ID is not valid. */
    INVALID_SESSION_ID(
        value = 1005,
        catalogName = "INVALID_SESSION_ID",
        upstreamName = "INVALID_SESSION_ID",
        summary = "The session ID is not valid.",
        cause = "The session ID passed to OT.initSession() is empty or malformed, or the service does not know it.",
        whenItOccurs =
            listOf(
                "OT.initSession() with a missing or malformed session ID",
                "the session-info request answers HTTP 400 or 404",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "vonage_video.exception_code.INVALID_SESSION_ID",
        remediation =
            listOf(
                "Create session IDs with a current Vonage Video server SDK and pass them unchanged to OT.initSession().",
                "Check that the session ID and the API key belong to the same project.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.connect())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/mapStatusCodeToErrorCode.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The same session ID fails every time; the app or its backend must supply a valid one.",
        deprecation = null,
    ),

    /** The client could not connect to the session. */
    CONNECT_FAILED(
        value = 1006,
        catalogName = "CONNECT_FAILED",
        upstreamName = "CONNECT_FAILED",
        summary = "The client could not connect to the session.",
        cause = "The connection to the session's servers could not be set up, most often because of the client's network.",
        whenItOccurs =
            listOf(
                "Session.connect() when the signalling WebSocket cannot be opened",
                "the session-info request gets no answer or an empty one (ANVIL_CONNECT_FAILED, ANVIL_EMPTY_RESPONSE_BODY are reported as 1006)",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "vonage_video.exception_code.CONNECT_FAILED",
        remediation =
            listOf(
                "Check the client's network connection, then call Session.connect() again after a delay.",
                "If it fails behind a corporate network, check that the firewall allows the Vonage Video endpoints, or configure an IP proxy (OT.setProxyUrl).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.connect())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The docs point at the client's network connection, which is usually a passing condition; the SDK has already retried the session-info request, so the app backs off before connecting again.",
        deprecation = null,
    ),

    /** The connection to the session was rejected. */
    CONNECT_REJECTED(
        value = 1007,
        catalogName = "CONNECT_REJECTED",
        upstreamName = "CONNECT_REJECTED",
        summary = "The connection to the session was rejected.",
        cause = "The SDK titles this code \"Connect Rejected\": the service refused the connection. The 2.35.2 sources never raise it by name.",
        whenItOccurs =
            listOf(
                "connecting to a session that the service refuses",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "vonage_video.exception_code.CONNECT_REJECTED",
        remediation =
            listOf(
                "Check the token's role and expiry and the session's settings in the app's backend before connecting again.",
                "Report it to Vonage support with the session ID if the cause is not clear.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/errorCodeToErrorTitleMap.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A rejected connection is a decision by the service, so retrying unchanged is expected to fail again; the connect attempt is over.",
        deprecation = null,
    ),

    /** Connecting to the session timed out. */
    CONNECTION_TIMEOUT(
        value = 1008,
        catalogName = "CONNECTION_TIMEOUT",
        upstreamName = "CONNECTION_TIMEOUT",
        summary = "Connecting to the session timed out.",
        cause = "The SDK titles this code \"Connect Time-out\": the connection was not set up in time. The 2.35.2 sources never raise it by name.",
        whenItOccurs =
            listOf(
                "a slow or lossy network while connecting",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "vonage_video.exception_code.CONNECTION_TIMEOUT",
        remediation =
            listOf(
                "Check the client's network connection, then connect again after a delay.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/errorCodeToErrorTitleMap.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A timeout is usually a passing network condition; the connect attempt is over, and a later one may succeed.",
        deprecation = null,
    ),

    /** The client is not connected to the session. */
    NOT_CONNECTED(
        value = 1010,
        catalogName = "NOT_CONNECTED",
        upstreamName = "NOT_CONNECTED",
        summary = "The client is not connected to the session.",
        cause = "A method that needs a connected session was called before Session.connect() succeeded or after the session disconnected.",
        whenItOccurs =
            listOf(
                "Session.publish(), forceDisconnect(), forceUnpublish() or forceMuteStream()/forceMuteAll() before sessionConnected",
                "the same calls after the session has disconnected",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "vonage_video.exception_code.NOT_CONNECTED",
        remediation =
            listOf(
                "Call the method only after Session.connect() has completed without error (or after the sessionConnected event).",
                "If the session disconnected, connect again first.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.forceDisconnect(), forceUnpublish(), publish())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/forceMuteErrors.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Repeating the call in the same state fails again; the app must wait for the session to be connected. Only the call failed, nothing that was running ends.",
        deprecation = null,
    ),

    /** A parameter passed to the SDK is not valid. */
    INVALID_PARAMETER(
        value = 1011,
        catalogName = "INVALID_PARAMETER",
        upstreamName = "INVALID_PARAMETER",
        summary = "A parameter passed to the SDK is not valid.",
        cause = "A method received a missing, wrongly typed or out-of-range parameter.",
        whenItOccurs =
            listOf(
                "OT.initPublisher() with invalid publisher properties",
                "force-mute or other session calls with an invalid stream or option",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "vonage_video.exception_code.INVALID_PARAMETER",
        remediation =
            listOf(
                "Read the error's message, which names the parameter, and fix the call.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: general errors)",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same parameters are refused every time; a developer must fix the call. Only the call failed.",
        deprecation = null,
    ),

    /** The WebRTC peer connection of a publisher or subscriber failed. */
    P2P_CONNECTION_FAILED(
        value = 1013,
        catalogName = "P2P_CONNECTION_FAILED",
        upstreamName = "P2P_CONNECTION_FAILED",
        summary = "The WebRTC peer connection of a publisher or subscriber failed.",
        cause = "The media connection (RTCPeerConnection) for a published or subscribed stream could not be set up or broke.",
        whenItOccurs =
            listOf(
                "Session.subscribe() when the peer connection fails",
                "a publisher's peer connection fails",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "vonage_video.exception_code.P2P_CONNECTION_FAILED",
        remediation =
            listOf(
                "Republish or resubscribe the stream after a short delay; if it keeps failing, reconnect to the session.",
                "If it fails for many users, check that UDP and the TURN fallback are allowed by their networks.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.subscribe())",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The docs advise republishing, resubscribing or reconnecting. The failure is that of one publisher or subscriber; the session itself stays connected.",
        deprecation = null,
    ),

    /** A request to the Vonage Video API failed. */
    API_RESPONSE_FAILURE(
        value = 1014,
        catalogName = "API_RESPONSE_FAILURE",
        upstreamName = "API_RESPONSE_FAILURE",
        summary = "A request to the Vonage Video API failed.",
        cause = "The SDK titles this code \"API Response Failure\": a call to the service did not get a usable answer. The 2.35.2 sources never raise it by name.",
        whenItOccurs =
            listOf(
                "a request to the service fails or answers unexpectedly",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "vonage_video.exception_code.API_RESPONSE_FAILURE",
        remediation =
            listOf(
                "Retry the operation after a delay.",
                "If it persists, check the Vonage API status page and report it with the session ID.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/errorCodeToErrorTitleMap.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A failed service response is usually transient; the code names a failed request, not the end of the session.",
        deprecation = null,
    ),

    /** The publisher's or subscriber's peer connection is not connected. */
    PEER_CONNECTION_NOT_CONNECTED(
        value = 1015,
        catalogName = "PEER_CONNECTION_NOT_CONNECTED",
        upstreamName = "PEER_CONNECTION_NOT_CONNECTED",
        summary = "The publisher's or subscriber's peer connection is not connected.",
        cause = "A method that needs the media connection (statistics) was called while the peer connection was not set up yet or already closed.",
        whenItOccurs =
            listOf(
                "Publisher.getRtcStatsReport() or Subscriber.getRtcStatsReport() before the stream is flowing",
                "Subscriber.getStats() after the peer connection closed",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "vonage_video.exception_code.PEER_CONNECTION_NOT_CONNECTED",
        remediation =
            listOf(
                "Call the statistics methods only after the publisher or subscriber is connected (after streamCreated / the subscriber's connected state), and retry later if it fails.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors of getRtcStatsReport())",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The peer connection often comes up moments later, so the call can succeed on a later attempt; only the statistics call failed.",
        deprecation = null,
    ),

    /** The connection is refused under the terms of service (export compliance). */
    TERMS_OF_SERVICE_FAILURE(
        value = 1026,
        catalogName = "TERMS_OF_SERVICE_FAILURE",
        upstreamName = "TERMS_OF_SERVICE_FAILURE",
        summary = "The connection is refused under the terms of service (export compliance).",
        cause = "The service refused the connection for a terms-of-service reason; the SDK titles it \"Terms of Service Violation: Export Compliance\".",
        whenItOccurs =
            listOf(
                "connecting from a place or an account the service may not serve under export rules",
                "the session-info request answers HTTP 409",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This service is not available where you are.",
        userMessageKey = "vonage_video.exception_code.TERMS_OF_SERVICE_FAILURE",
        remediation =
            listOf(
                "Do not retry; tell the user the service is not available to them.",
                "Operators can review the Vonage terms of use and contact Vonage support about the account.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.connect())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/mapStatusCodeToErrorCode.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A compliance refusal is not transient; only a change of account or location can change it.",
        deprecation = null,
    ),

    /** The session has reached its limit of simultaneous connections. */
    CONNECTION_LIMIT_EXCEEDED(
        value = 1027,
        catalogName = "CONNECTION_LIMIT_EXCEEDED",
        upstreamName = "CONNECTION_LIMIT_EXCEEDED",
        summary = "The session has reached its limit of simultaneous connections.",
        cause = "The client tried to connect to a session that already holds as many connections as it may.",
        whenItOccurs =
            listOf(
                "Session.connect() to a full session",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "This call is full right now. Please try again in a little while.",
        userMessageKey = "vonage_video.exception_code.CONNECTION_LIMIT_EXCEEDED",
        remediation =
            listOf(
                "Tell the user the call is full and let them try again later.",
                "If sessions are often full, route users to more sessions or review the session's connection limit with Vonage.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.connect())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/RaptorSession/raptor/RaptorSocket.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The session is full until someone leaves, which the client cannot know; the user decides when to try again, as for the other full-room codes.",
        deprecation = null,
    ),

    /** The stream could not be published. */
    UNABLE_TO_PUBLISH(
        value = 1500,
        catalogName = "UNABLE_TO_PUBLISH",
        upstreamName = "UNABLE_TO_PUBLISH",
        summary = "The stream could not be published.",
        cause = "Publishing failed. The docs list a token without the publisher role, camera or microphone access denied, and an HTTP page in Chrome; the SDK also reports 1500 for an invalid publisher argument, a stream the server would not create (for example an unencrypted publisher in an encrypted session) and other publisher peer-connection failures.",
        whenItOccurs =
            listOf(
                "Session.publish() with a token whose role is subscriber",
                "the user denies camera or microphone access",
                "the page is served over plain HTTP",
                "Session.publish() with an argument that is not a Publisher or its target element",
                "publishing without encryption to a session that requires it",
                "the publisher's media connection fails for another reason",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.DEPENDS,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not share your camera or microphone.",
        userMessageKey = "vonage_video.exception_code.UNABLE_TO_PUBLISH",
        remediation =
            listOf(
                "Decide from the error's name; for OT_PERMISSION_DENIED give the user a token with the publisher role, for OT_INVALID_PARAMETER fix the call.",
                "On the publisher's accessDenied event, ask the user to allow camera and microphone access.",
                "Serve the page over HTTPS.",
                "Give publishing users a token with the publisher or moderator role (Session.capabilities.publish shows it), and enable encryption on publishers of encrypted sessions.",
            ),
        causes =
            listOf(
                "a token without the publisher role",
                "camera or microphone access denied",
                "a page served over HTTP",
                "an invalid argument to Session.publish()",
                "a stream the server refused to create",
                "a publisher peer-connection failure",
            ),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.publish())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/interpretPeerConnectionError.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/createStreamErrorMap.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "error.name",
                listOf("retry"),
                listOf(),
                "The OT_* name the SDK puts on the same error says which failure this is: OT_PERMISSION_DENIED (the token's role does not allow publishing: never retry), OT_INVALID_PARAMETER (fix the call), OT_STREAM_CREATE_FAILED (the server refused the stream), or a peer-connection name. The SDK's docs tell apps to use the name, not the deprecated code.",
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The code groups failures that need opposite handling (a permission is never granted by retrying, a media failure may pass); the error's name (OT_PERMISSION_DENIED, OT_INVALID_PARAMETER, OT_STREAM_CREATE_FAILED, ...) tells them apart. Only the publish failed; the session stays connected.",
        deprecation = null,
    ),

    /** The stream could not be subscribed to. */
    UNABLE_TO_SUBSCRIBE(
        value = 1501,
        catalogName = "UNABLE_TO_SUBSCRIBE",
        upstreamName = "UNABLE_TO_SUBSCRIBE",
        summary = "The stream could not be subscribed to.",
        cause = "Subscribing did not complete; the docs say \"in a reasonable amount of time\", and the SDK also reports 1501 for other subscriber peer-connection failures.",
        whenItOccurs =
            listOf(
                "Session.subscribe() times out",
                "the subscriber's media connection fails for another reason",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.DEPENDS,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "vonage_video.exception_code.UNABLE_TO_SUBSCRIBE",
        remediation =
            listOf(
                "Decide from the error's name; for a timeout, resubscribe after a delay.",
                "If it fails for many users, check their networks allow UDP and the TURN fallback.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.subscribe())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/interpretPeerConnectionError.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "error.name",
                listOf("retry"),
                listOf(),
                "The OT_* name the SDK puts on the same error says which failure this is, for example OT_TIMEOUT for a subscribe that did not complete in time (resubscribe) or a peer-connection name. The SDK's docs tell apps to use the name, not the deprecated code.",
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The code covers timeouts and other subscriber failures alike; the error's name says which. Only this subscriber failed; the session stays connected.",
        deprecation = null,
    ),

    /** The browser cannot decode the stream's video format. */
    UNSUPPORTED_VIDEO_CODEC(
        value = 1502,
        catalogName = "UNSUPPORTED_VIDEO_CODEC",
        upstreamName = "UNSUPPORTED_VIDEO_CODEC",
        summary = "The browser cannot decode the stream's video format.",
        cause = "The subscribed stream uses a video codec that this browser does not support.",
        whenItOccurs =
            listOf(
                "Session.subscribe() to a stream encoded in a codec the browser lacks",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "This video cannot be played in your browser. Try another browser.",
        userMessageKey = "vonage_video.exception_code.UNSUPPORTED_VIDEO_CODEC",
        remediation =
            listOf(
                "Suggest a browser that supports the session's codec.",
                "Choose a codec every target browser supports for the session (for example VP8), or set the publishers' preferredVideoCodecs.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.subscribe())",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same browser fails the same stream again; the user can switch browser, or the session's codec settings must change. Only this subscriber failed.",
        deprecation = null,
    ),

    /** This client may not force other clients to disconnect. */
    UNABLE_TO_FORCE_DISCONNECT(
        value = 1520,
        catalogName = "UNABLE_TO_FORCE_DISCONNECT",
        upstreamName = "UNABLE_TO_FORCE_DISCONNECT",
        summary = "This client may not force other clients to disconnect.",
        cause = "Session.forceDisconnect() needs a token with the moderator role, and this client's token does not have it.",
        whenItOccurs =
            listOf(
                "Session.forceDisconnect() with a publisher or subscriber token",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "vonage_video.exception_code.UNABLE_TO_FORCE_DISCONNECT",
        remediation =
            listOf(
                "Issue moderator tokens to the clients that must remove others, and check Session.capabilities.forceDisconnect before calling.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.forceDisconnect())",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The token's role does not change by retrying; only the call failed.",
        deprecation = null,
    ),

    /** This client may not force other clients to stop publishing. */
    UNABLE_TO_FORCE_UNPUBLISH(
        value = 1530,
        catalogName = "UNABLE_TO_FORCE_UNPUBLISH",
        upstreamName = "UNABLE_TO_FORCE_UNPUBLISH",
        summary = "This client may not force other clients to stop publishing.",
        cause = "Session.forceUnpublish() needs a token with the moderator role, and this client's token does not have it.",
        whenItOccurs =
            listOf(
                "Session.forceUnpublish() with a publisher or subscriber token",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "vonage_video.exception_code.UNABLE_TO_FORCE_UNPUBLISH",
        remediation =
            listOf(
                "Issue moderator tokens to the clients that must stop others' streams, and check Session.capabilities.forceUnpublish before calling.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.forceUnpublish())",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The token's role does not change by retrying; only the call failed.",
        deprecation = null,
    ),

    /** This client may not force other streams to mute. */
    UNABLE_TO_FORCE_MUTE(
        value = 1540,
        catalogName = "UNABLE_TO_FORCE_MUTE",
        upstreamName = "UNABLE_TO_FORCE_MUTE",
        summary = "This client may not force other streams to mute.",
        cause = "Session.forceMuteStream() and forceMuteAll() need a token with the moderator role, and this client's token does not have it.",
        whenItOccurs =
            listOf(
                "Session.forceMuteStream() or Session.forceMuteAll() with a publisher or subscriber token",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "vonage_video.exception_code.UNABLE_TO_FORCE_MUTE",
        remediation =
            listOf(
                "Issue moderator tokens to the clients that must mute others, and check Session.capabilities.forceMute before calling.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/forceMuteErrors.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The token's role does not change by retrying; only the call failed.",
        deprecation = null,
    ),

    /** The publisher's ICE negotiation failed. */
    PUBLISHER_ICE_WORKFLOW_FAILED(
        value = 1553,
        catalogName = "PUBLISHER_ICE_WORKFLOW_FAILED",
        upstreamName = "PUBLISHER_ICE_WORKFLOW_FAILED",
        summary = "The publisher's ICE negotiation failed.",
        cause = "The WebRTC ICE exchange that connects a publisher's media could not find a working network path.",
        whenItOccurs =
            listOf(
                "Session.publish() on a network that blocks UDP and TURN",
                "the publisher's network changes during setup",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "vonage_video.exception_code.PUBLISHER_ICE_WORKFLOW_FAILED",
        remediation =
            listOf(
                "Publish again after a delay; if it keeps failing, reconnect to the session.",
                "Check that the user's network allows UDP or the TURN relay (TCP/TLS 443).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.publish())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/interpretPeerConnectionError.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The docs advise publishing again or reconnecting to the session. Only the publisher failed; the session stays connected.",
        deprecation = null,
    ),

    /** The subscriber's ICE negotiation failed. */
    SUBSCRIBER_ICE_WORKFLOW_FAILED(
        value = 1554,
        catalogName = "SUBSCRIBER_ICE_WORKFLOW_FAILED",
        upstreamName = "SUBSCRIBER_ICE_WORKFLOW_FAILED",
        summary = "The subscriber's ICE negotiation failed.",
        cause = "The WebRTC ICE exchange that connects a subscriber's media could not find a working network path.",
        whenItOccurs =
            listOf(
                "Session.subscribe() on a network that blocks UDP and TURN",
                "the subscriber's network changes during setup",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "vonage_video.exception_code.SUBSCRIBER_ICE_WORKFLOW_FAILED",
        remediation =
            listOf(
                "Resubscribe after a delay; if it keeps failing, reconnect to the session.",
                "Check that the user's network allows UDP or the TURN relay (TCP/TLS 443).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.subscribe())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/interpretPeerConnectionError.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The docs advise resubscribing or reconnecting to the session. Only the subscriber failed; the session stays connected.",
        deprecation = null,
    ),

    /** The session has reached its limit of simultaneous streams. */
    STREAM_LIMIT_EXCEEDED(
        value = 1605,
        catalogName = "STREAM_LIMIT_EXCEEDED",
        upstreamName = "STREAM_LIMIT_EXCEEDED",
        summary = "The session has reached its limit of simultaneous streams.",
        cause = "The client tried to subscribe to a stream in a session that already carries as many streams as it may.",
        whenItOccurs =
            listOf(
                "Session.subscribe() in a session at its stream limit",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "This call is full right now. Please try again in a little while.",
        userMessageKey = "vonage_video.exception_code.STREAM_LIMIT_EXCEEDED",
        remediation =
            listOf(
                "Subscribe to fewer streams (for example only the active speakers), and try again when streams end.",
                "Review the session's stream limits with Vonage if the use case needs more.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.subscribe())",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The limit lifts only when other streams stop, which the client cannot see; the user or the app's layout decides when to try again. The session stays connected.",
        deprecation = null,
    ),

    /** The Vonage Video API server answered unexpectedly. */
    UNEXPECTED_SERVER_RESPONSE(
        value = 2001,
        catalogName = "UNEXPECTED_SERVER_RESPONSE",
        upstreamName = "UNEXPECTED_SERVER_RESPONSE",
        summary = "The Vonage Video API server answered unexpectedly.",
        cause = "The service returned a response the SDK could not use, or an error it does not know.",
        whenItOccurs =
            listOf(
                "Session.connect() (the session-info request fails after the SDK's own retries, or the signalling server answers unexpectedly)",
                "Session.publish(), Session.subscribe(), Session.signal() or a force-mute call",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "vonage_video.exception_code.UNEXPECTED_SERVER_RESPONSE",
        remediation =
            listOf(
                "Try the operation again later, after a delay.",
                "If it persists, check the Vonage API status page and report it with the session ID.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: Session.connect(), publish(), signal(), subscribe())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertRumorError.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal when Session.connect() reports it (the connect attempt is over); after publish, subscribe, signal or force-mute only that call failed and the session stays connected.",
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** OT.reportIssue() could not send the report. */
    REPORT_ISSUE_ERROR(
        value = 2011,
        catalogName = "REPORT_ISSUE_ERROR",
        upstreamName = "REPORT_ISSUE_ERROR",
        summary = "OT.reportIssue() could not send the report.",
        cause = "The issue report could not reach Vonage, usually because of the client's network.",
        whenItOccurs =
            listOf(
                "OT.reportIssue() while offline or behind a blocking network",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "vonage_video.exception_code.REPORT_ISSUE_ERROR",
        remediation =
            listOf(
                "Check the client's network connection and call OT.reportIssue() again after a delay.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling OT.reportIssue())",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The docs point at the client's network connection, which usually recovers; only the report failed.",
        deprecation = null,
    ),

    /** OT.setProxyUrl() was called too late. */
    SET_PROXY_URL_TIMING_ERROR(
        value = 2021,
        catalogName = "SET_PROXY_URL_TIMING_ERROR",
        upstreamName = "SET_PROXY_URL_TIMING_ERROR",
        summary = "OT.setProxyUrl() was called too late.",
        cause = "The IP proxy URL was set after a Session or Publisher object had been created, so it cannot take effect.",
        whenItOccurs =
            listOf(
                "OT.setProxyUrl() after OT.initSession() or OT.initPublisher()",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "vonage_video.exception_code.SET_PROXY_URL_TIMING_ERROR",
        remediation =
            listOf(
                "Call OT.setProxyUrl() before any other Vonage Video method, before any session or publisher is created.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling OT.setProxyUrl())",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The order of calls is fixed in the app's code; calling again changes nothing. Nothing that was running ends.",
        deprecation = null,
    ),

    /** OT.setProxyUrl() was called a second time. */
    PROXY_URL_ALREADY_SET_ERROR(
        value = 2022,
        catalogName = "PROXY_URL_ALREADY_SET_ERROR",
        upstreamName = "PROXY_URL_ALREADY_SET_ERROR",
        summary = "OT.setProxyUrl() was called a second time.",
        cause = "The IP proxy URL had already been set; the SDK ignores the new value.",
        whenItOccurs =
            listOf(
                "OT.setProxyUrl() called more than once in a page",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "vonage_video.exception_code.PROXY_URL_ALREADY_SET_ERROR",
        remediation =
            listOf(
                "Set the proxy URL once, at start-up; reload the page to use another one.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling OT.setProxyUrl())",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The first proxy URL stays in effect whatever the app does; calling again changes nothing.",
        deprecation = null,
    ),

    /** The browser does not support getRtcStatsReport(). */
    GET_RTC_STATS_REPORT_NOT_SUPPORTED(
        value = 2031,
        catalogName = "GET_RTC_STATS_REPORT_NOT_SUPPORTED",
        upstreamName = "GET_RTC_STATS_REPORT_NOT_SUPPORTED",
        summary = "The browser does not support getRtcStatsReport().",
        cause = "The browser lacks the standard RTCPeerConnection.getStats() that Publisher.getRtcStatsReport() and Subscriber.getRtcStatsReport() need.",
        whenItOccurs =
            listOf(
                "getRtcStatsReport() in an old browser (the docs name Chrome 57 and lower)",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "vonage_video.exception_code.GET_RTC_STATS_REPORT_NOT_SUPPORTED",
        remediation =
            listOf(
                "Fall back to Publisher.getStats() / Subscriber.getStats(), or ask the user to update the browser.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors of getRtcStatsReport())",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The browser's abilities do not change by retrying; only the statistics call failed.",
        deprecation = null,
    ),

    /** The session-info response was not well-formed JSON. */
    ANVIL_BADLY_FORMED_RESPONSE(
        value = 3001,
        catalogName = "ANVIL_BADLY_FORMED_RESPONSE",
        upstreamName = "ANVIL_BADLY_FORMED_RESPONSE",
        summary = "The session-info response was not well-formed JSON.",
        cause = "The request that fetches the session's details at Session.connect() returned a body that is not the JSON the SDK expects.",
        whenItOccurs =
            listOf(
                "Session.connect(), while the SDK fetches the session's details",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "vonage_video.exception_code.ANVIL_BADLY_FORMED_RESPONSE",
        remediation =
            listOf(
                "Nothing to do while the SDK retries; handle the 2001 that Session.connect() reports if the retries fail.",
                "If it recurs, check that no proxy or captive portal rewrites the SDK's HTTPS traffic.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(600, 2000, 1200, Jitter.NONE, 2),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 2001 (UNEXPECTED_SERVER_RESPONSE), so this code is never the final one.",
        deprecation = null,
    ),

    /** The session-info request got an HTTP error status. */
    ANVIL_INVALID_HTTP_STATUS(
        value = 3002,
        catalogName = "ANVIL_INVALID_HTTP_STATUS",
        upstreamName = "ANVIL_INVALID_HTTP_STATUS",
        summary = "The session-info request got an HTTP error status.",
        cause = "The request that fetches the session's details at Session.connect() was answered with a status outside 2xx.",
        whenItOccurs =
            listOf(
                "Session.connect(), while the SDK fetches the session's details",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "vonage_video.exception_code.ANVIL_INVALID_HTTP_STATUS",
        remediation =
            listOf(
                "Nothing to do while the SDK retries; handle the 2001 that Session.connect() reports if the retries fail.",
                "If it recurs, check the status in the SDK's log and whether a proxy answers in the service's place.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(600, 2000, 1200, Jitter.NONE, 2),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 2001 (UNEXPECTED_SERVER_RESPONSE), so this code is never the final one.",
        deprecation = null,
    ),

    /** The session-info response could not be parsed. */
    ANVIL_XDOMAIN_OR_PARSING_ERROR(
        value = 3003,
        catalogName = "ANVIL_XDOMAIN_OR_PARSING_ERROR",
        upstreamName = "ANVIL_XDOMAIN_OR_PARSING_ERROR",
        summary = "The session-info response could not be parsed.",
        cause = "The request that fetches the session's details at Session.connect() returned text that fails to parse as JSON, as a cross-domain or rewritten response does.",
        whenItOccurs =
            listOf(
                "Session.connect(), while the SDK fetches the session's details",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "vonage_video.exception_code.ANVIL_XDOMAIN_OR_PARSING_ERROR",
        remediation =
            listOf(
                "Nothing to do while the SDK retries; handle the 2001 that Session.connect() reports if the retries fail.",
                "If it recurs, check that no proxy, captive portal or content filter rewrites the SDK's HTTPS traffic.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(600, 2000, 1200, Jitter.NONE, 2),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 2001 (UNEXPECTED_SERVER_RESPONSE), so this code is never the final one.",
        deprecation = null,
    ),

    /** The session-info request failed before it was sent. */
    ANVIL_UNKNOWN_HTTP_ERROR(
        value = 3004,
        catalogName = "ANVIL_UNKNOWN_HTTP_ERROR",
        upstreamName = "ANVIL_UNKNOWN_HTTP_ERROR",
        summary = "The session-info request failed before it was sent.",
        cause = "The HTTP client failed while preparing the request that fetches the session's details at Session.connect(), with neither a request sent nor a response received.",
        whenItOccurs =
            listOf(
                "Session.connect(), while the SDK fetches the session's details",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "vonage_video.exception_code.ANVIL_UNKNOWN_HTTP_ERROR",
        remediation =
            listOf(
                "Nothing to do while the SDK retries; handle the 2001 that Session.connect() reports if the retries fail.",
                "If it recurs, log the error's message and check the proxy URL and the page's security policy (Content-Security-Policy connect-src).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(600, 2000, 1200, Jitter.NONE, 2),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 2001 (UNEXPECTED_SERVER_RESPONSE), so this code is never the final one.",
        deprecation = null,
    ),

    /** The session-info service returned an error the SDK does not know. */
    ANVIL_UNEXPECTED_ERROR_CODE(
        value = 3005,
        catalogName = "ANVIL_UNEXPECTED_ERROR_CODE",
        upstreamName = "ANVIL_UNEXPECTED_ERROR_CODE",
        summary = "The session-info service returned an error the SDK does not know.",
        cause = "The session-info response carried an error whose status the SDK maps to no exception code (it knows 400, 403, 404, 409 and 500).",
        whenItOccurs =
            listOf(
                "Session.connect(), while the SDK fetches the session's details",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "vonage_video.exception_code.ANVIL_UNEXPECTED_ERROR_CODE",
        remediation =
            listOf(
                "Nothing to do while the SDK retries; handle the 2001 that Session.connect() reports if the retries fail.",
                "If it recurs, report the error message from the SDK's log to Vonage support with the session ID.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/mapStatusCodeToErrorCode.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(600, 2000, 1200, Jitter.NONE, 2),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 2001 (UNEXPECTED_SERVER_RESPONSE), so this code is never the final one.",
        deprecation = null,
    ),

    /** The session-info response was empty. */
    ANVIL_EMPTY_RESPONSE_BODY(
        value = 3006,
        catalogName = "ANVIL_EMPTY_RESPONSE_BODY",
        upstreamName = "ANVIL_EMPTY_RESPONSE_BODY",
        summary = "The session-info response was empty.",
        cause = "The request that fetches the session's details at Session.connect() returned an empty body; the SDK's own message blames a probable loss of connectivity.",
        whenItOccurs =
            listOf(
                "Session.connect() on a connection that drops during the request",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "vonage_video.exception_code.ANVIL_EMPTY_RESPONSE_BODY",
        remediation =
            listOf(
                "Nothing to do while the SDK retries; handle the 1006 that Session.connect() reports if the retries fail.",
                "If it recurs, check the client's network connection.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(600, 2000, 1200, Jitter.NONE, 2),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 1006 (CONNECT_FAILED), so this code is never the final one.",
        deprecation = null,
    ),

    /** The session-info request got no response. */
    ANVIL_CONNECT_FAILED(
        value = 3007,
        catalogName = "ANVIL_CONNECT_FAILED",
        upstreamName = "ANVIL_CONNECT_FAILED",
        summary = "The session-info request got no response.",
        cause = "The request that fetches the session's details at Session.connect() was sent but no response came back.",
        whenItOccurs =
            listOf(
                "Session.connect() while offline, or behind a network that blocks the Vonage Video endpoints",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "vonage_video.exception_code.ANVIL_CONNECT_FAILED",
        remediation =
            listOf(
                "Nothing to do while the SDK retries; handle the 1006 that Session.connect() reports if the retries fail.",
                "If it recurs, check the client's network connection and that the firewall allows the Vonage Video endpoints.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(600, 2000, 1200, Jitter.NONE, 2),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 1006 (CONNECT_FAILED), so this code is never the final one.",
        deprecation = null,
    ),

    /** The SDK could not query the browser's media engine. */
    UNABLE_TO_ACCESS_MEDIA_ENGINE(
        value = 5001,
        catalogName = "UNABLE_TO_ACCESS_MEDIA_ENGINE",
        upstreamName = "UNABLE_TO_ACCESS_MEDIA_ENGINE",
        summary = "The SDK could not query the browser's media engine.",
        cause = "OT.getSupportedCodecs() could not create the local peer connection and offer it uses to list the browser's codecs.",
        whenItOccurs =
            listOf(
                "OT.getSupportedCodecs() in a browser with WebRTC disabled or restricted",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Your browser does not allow video calls right now. Check its settings, or try another browser.",
        userMessageKey = "vonage_video.exception_code.UNABLE_TO_ACCESS_MEDIA_ENGINE",
        remediation =
            listOf(
                "Check that WebRTC is available (not disabled by a browser setting, an extension or an enterprise policy), or suggest another browser.",
                "Treat the supported-codec list as unknown and fall back to the session's default codec.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/getSupportedCodecs.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The browser's WebRTC support does not change by retrying; the user can enable it or switch browser. Only the codec query failed.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "vonage_video"

    override val codeSet: String get() = "exception_code"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): ExceptionCode? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): ExceptionCode? = byName[name]
    }
}

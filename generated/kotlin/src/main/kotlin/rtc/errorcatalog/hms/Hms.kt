// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.hms

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
 * Failures of the signalling WebSocket to the 100ms server (ErrorCodes.WebSocketConnectionErrors).
 *
 * Upstream: ErrorCodes.WebSocketConnectionErrors in 100mslive/web-sdks 0.15.2 (package npm:&#64;100mslive/hms-video-store&#64;0.15.2).
 */
enum class WebsocketConnectionErrors(
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
    /** The signalling WebSocket could not be opened. */
    FAILED_TO_CONNECT(
        value = 1000,
        catalogName = "FAILED_TO_CONNECT",
        upstreamName = "FAILED_TO_CONNECT",
        summary = "The signalling WebSocket could not be opened.",
        cause = "The browser reported an error on the WebSocket to the 100ms signalling server before it opened (\"Error opening websocket connection\").",
        whenItOccurs =
            listOf(
                "join or preview while the network is down or unstable",
                "a firewall, proxy or antivirus blocks WebSocket connections to the 100ms servers",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not connect to the call. Check your internet connection; we are trying again.",
        userMessageKey = "hms.websocket_connection_errors.FAILED_TO_CONNECT",
        remediation =
            listOf(
                "Do not rejoin from the app while isTerminal is false; the SDK retries the connection by itself.",
                "If the error arrives with isTerminal true, offer the user a rejoin.",
                "If it happens on one network only, allow WebSocket (wss) traffic to the 100ms servers through the firewall or proxy.",
            ),
        causes =
            listOf(
                "no network connectivity",
                "a firewall, proxy or antivirus that blocks WebSockets",
            ),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Not terminal while the SDK retries the connection (room state Reconnecting); terminal once the retries have failed for 60 s, when the SDK sets isTerminal to true and leaves the room.",
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The signalling connection was lost. */
    WEBSOCKET_CONNECTION_LOST(
        value = 1003,
        catalogName = "WEBSOCKET_CONNECTION_LOST",
        upstreamName = "WEBSOCKET_CONNECTION_LOST",
        summary = "The signalling connection was lost.",
        cause = "The signalling WebSocket is not connected (it closed, or pings went unanswered) while the SDK needed it; pending requests are rejected with this code.",
        whenItOccurs =
            listOf(
                "the network drops or changes during a call (Wi-Fi to mobile data, laptop sleep)",
                "a request such as join or a metadata update is sent while the signalling connection is down",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "hms.websocket_connection_errors.WEBSOCKET_CONNECTION_LOST",
        remediation =
            listOf(
                "Show that the call is reconnecting (onReconnecting, room state Reconnecting) and wait; the SDK reconnects by itself.",
                "If the error arrives with isTerminal true, offer the user a rejoin.",
                "Retry an app request that failed with this code once the room is connected again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/RetryScheduler.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1000, 1000, Jitter.NONE, 60),
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Not terminal while the SDK reconnects the signalling channel (room state Reconnecting); terminal once the reconnection has failed for 60 s, when the SDK sets isTerminal to true and leaves the room.",
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The signalling WebSocket closed while it was being opened. */
    ABNORMAL_CLOSE(
        value = 1006,
        catalogName = "ABNORMAL_CLOSE",
        upstreamName = "ABNORMAL_CLOSE",
        summary = "The signalling WebSocket closed while it was being opened.",
        cause = "The WebSocket to the signalling server closed with a code other than 1000 before the connection was established.",
        whenItOccurs =
            listOf(
                "the server or a proxy drops the WebSocket during the opening handshake",
                "an unstable network at join time",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not connect to the call. Check your internet connection; we are trying again.",
        userMessageKey = "hms.websocket_connection_errors.ABNORMAL_CLOSE",
        remediation =
            listOf(
                "Do not rejoin from the app while isTerminal is false; the SDK retries the connection by itself.",
                "If the error arrives with isTerminal true, offer the user a rejoin.",
                "If it recurs on one network, check for a proxy that terminates WebSockets early.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Not terminal while the SDK retries the connection (room state Reconnecting); terminal once the retries have failed for 60 s, when the SDK sets isTerminal to true and leaves the room.",
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),
    ;

    override val provider: String get() = "hms"

    override val codeSet: String get() = "websocket_connection_errors"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): WebsocketConnectionErrors? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): WebsocketConnectionErrors? = byName[name]
    }
}

/**
 * Failures of the HTTP calls the SDK makes before and around a session (init, token, feedback) (ErrorCodes.APIErrors).
 *
 * Upstream: ErrorCodes.APIErrors in 100mslive/web-sdks 0.15.2 (package npm:&#64;100mslive/hms-video-store&#64;0.15.2).
 */
enum class ApiErrors(
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
    /** An HTTP API of the 100ms service answered with an error. */
    SERVER_ERRORS(
        value = 2000,
        catalogName = "SERVER_ERRORS",
        upstreamName = "SERVER_ERRORS",
        summary = "An HTTP API of the 100ms service answered with an error.",
        cause = "Declared for errors returned by the 100ms HTTP endpoints (the init endpoint, token and feedback APIs); in 0.15.2 the SDK reports such errors with the server's own code in place of 2000, under the exception name ServerErrors.",
        whenItOccurs =
            listOf(
                "the init endpoint refuses the token or the room (an HTTP error status)",
                "the token or feedback API of the 100ms service fails",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.DEPENDS,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "hms.api_errors.SERVER_ERRORS",
        remediation =
            listOf(
                "Read HMSException.code and description; in 0.15.2 they carry the server's status or error code, not 2000.",
                "Retry with backoff for 5xx and 429; for 401 or 403 fetch a new token; for other 4xx fix the request (room, role, token claims).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/init/index.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "The SDK decides per call; errors from the init endpoint during join are created terminal (the factory's default), errors from fetching an auth token by room code are not.",
        terminalBasis = Basis.PROVIDER,
        rationale = "The code stands for a family of server answers; whether a retry helps depends on the HTTP status or server code carried in its place (a 5xx or 429 is transient, a 4xx is not).",
        deprecation = null,
    ),

    /** The SDK has no init configuration to connect with. */
    INIT_CONFIG_NOT_AVAILABLE(
        value = 2002,
        catalogName = "INIT_CONFIG_NOT_AVAILABLE",
        upstreamName = "INIT_CONFIG_NOT_AVAILABLE",
        summary = "The SDK has no init configuration to connect with.",
        cause = "The SDK tried to open the signalling connection before it had the configuration (signalling endpoint, ICE servers) that the init endpoint returns (\"Init Config not found\").",
        whenItOccurs =
            listOf(
                "the init request failed or was skipped and the join went on to open the signalling connection",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "hms.api_errors.INIT_CONFIG_NOT_AVAILABLE",
        remediation =
            listOf(
                "Retry the join after a short delay; each join fetches the init configuration again.",
                "If it persists, check that the app can reach the init endpoint (a custom initEndpoint in the join config, or the default https://prod-init.100ms.live) and look at the earlier error for the init request.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/constants.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The configuration comes from a fresh init request, so a new join attempt after a short wait can succeed; repeated failures point at the init endpoint.",
        deprecation = null,
    ),

    /** A 100ms HTTP endpoint could not be reached. */
    ENDPOINT_UNREACHABLE(
        value = 2003,
        catalogName = "ENDPOINT_UNREACHABLE",
        upstreamName = "ENDPOINT_UNREACHABLE",
        summary = "A 100ms HTTP endpoint could not be reached.",
        cause = "The request to the init, token or feedback endpoint failed at the network level, or the init endpoint answered 404.",
        whenItOccurs =
            listOf(
                "the device is offline when the app joins",
                "a firewall or ad blocker blocks the 100ms domains",
                "a wrong custom init endpoint",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not reach the call service. Check your internet connection and try again.",
        userMessageKey = "hms.api_errors.ENDPOINT_UNREACHABLE",
        remediation =
            listOf(
                "Check the network connection and retry the join with backoff.",
                "Allow the 100ms domains through firewalls, proxies and content blockers.",
                "If the app sets a custom init endpoint, check its URL.",
            ),
        causes =
            listOf(
                "no network connectivity",
                "the 100ms domains are blocked",
                "a wrong endpoint URL (HTTP 404)",
            ),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/init/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Not terminal as created; when the browser reports that it is offline (navigator.onLine false) during connect, the SDK retries and sets isTerminal to true if it has not recovered within 60 s.",
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK retries by itself only while the browser is offline; otherwise the join fails at once and a later attempt, after the network is back, is the app's to make.",
        deprecation = null,
    ),

    /** The auth token is not a well-formed JWT. */
    INVALID_TOKEN_FORMAT(
        value = 2004,
        catalogName = "INVALID_TOKEN_FORMAT",
        upstreamName = "INVALID_TOKEN_FORMAT",
        summary = "The auth token is not a well-formed JWT.",
        cause = "The token passed to join or preview is empty, or does not have the three dot-separated parts (header, payload, signature) of a JWT, or its payload cannot be decoded.",
        whenItOccurs =
            listOf(
                "the app passes an empty, undefined or truncated token",
                "the app passes a room code or another string in place of the auth token",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not confirm your access to this call. Please try joining again.",
        userMessageKey = "hms.api_errors.INVALID_TOKEN_FORMAT",
        remediation =
            listOf(
                "Fetch a fresh auth token (from the app's backend, or with getAuthTokenByRoomCode) and join again.",
                "Check that the app passes the token itself, complete, and not a room code or an error body.",
            ),
        causes =
            listOf(
                "an empty or undefined token",
                "a token cut short or altered on its way to the client",
            ),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/jwt.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The same string fails the same way every time; only a correct token, fetched again from the app's backend or the token API, can succeed.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "hms"

    override val codeSet: String get() = "api_errors"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): ApiErrors? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): ApiErrors? = byName[name]
    }
}

/**
 * Failures to capture, publish or play local and remote media tracks (ErrorCodes.TracksErrors), reported as HMSTrackException.
 *
 * Upstream: ErrorCodes.TracksErrors in 100mslive/web-sdks 0.15.2 (package npm:&#64;100mslive/hms-video-store&#64;0.15.2).
 */
enum class TracksErrors(
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
    /** Getting or changing a local track failed for a reason the SDK did not classify. */
    GENERIC_TRACK(
        value = 3000,
        catalogName = "GENERIC_TRACK",
        upstreamName = "GENERIC_TRACK",
        summary = "Getting or changing a local track failed for a reason the SDK did not classify.",
        cause = "A getUserMedia or getDisplayMedia failure that matched none of the specific browser errors, or another track operation failed (for example cropping a screen share, or a retry after all constraints were dropped).",
        whenItOccurs =
            listOf(
                "an unusual browser or driver error while starting the camera, microphone or screen share",
                "cropping a screen-share capture to a region fails",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not start your camera, microphone or screen share. Please try again.",
        userMessageKey = "hms.tracks_errors.GENERIC_TRACK",
        remediation =
            listOf(
                "Log HMSException.description and nativeError, which carry the browser's own error.",
                "Let the user retry the device, pick another one, or reload the page.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/LocalTrackManager.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The cause is unknown, so the catalog does not retry blindly; letting the user try the device again, or another device, is the safe choice.",
        deprecation = null,
    ),

    /** The user denied access to the camera, microphone or screen. */
    CANT_ACCESS_CAPTURE_DEVICE(
        value = 3001,
        catalogName = "CANT_ACCESS_CAPTURE_DEVICE",
        upstreamName = "CANT_ACCESS_CAPTURE_DEVICE",
        summary = "The user denied access to the camera, microphone or screen.",
        cause = "The browser refused the capture request with NotAllowedError, usually because the user (or a site setting) blocked the permission.",
        whenItOccurs =
            listOf(
                "the user clicks Block on the browser's permission prompt",
                "the site's camera or microphone permission was blocked earlier",
                "the user cancels the screen-share picker",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Access to your camera, microphone or screen was blocked. Allow it in your browser's settings, then try again.",
        userMessageKey = "hms.tracks_errors.CANT_ACCESS_CAPTURE_DEVICE",
        remediation =
            listOf(
                "Tell the user which device was blocked (HMSTrackException.trackType) and how to allow it in the browser's site settings.",
                "Let the user join or stay in the call without that device.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The browser keeps refusing until the user grants the permission, so a retry only makes sense after they have changed it.",
        deprecation = null,
    ),

    /** No capture device of the requested kind is available. */
    DEVICE_NOT_AVAILABLE(
        value = 3002,
        catalogName = "DEVICE_NOT_AVAILABLE",
        upstreamName = "DEVICE_NOT_AVAILABLE",
        summary = "No capture device of the requested kind is available.",
        cause = "The browser reported NotFoundError (or a \"device not found\" message) for the camera, microphone or screen requested.",
        whenItOccurs =
            listOf(
                "the device has no camera or microphone, or it is disabled",
                "the selected device was unplugged",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not find your camera or microphone. Connect one, or choose another, and try again.",
        userMessageKey = "hms.tracks_errors.DEVICE_NOT_AVAILABLE",
        remediation =
            listOf(
                "Ask the user to connect or enable a device, or to choose another one, then try again.",
                "Let the user continue without that device.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Nothing changes until the user connects or enables a device, or picks another one.",
        deprecation = null,
    ),

    /** The capture device is in use by another application. */
    DEVICE_IN_USE(
        value = 3003,
        catalogName = "DEVICE_IN_USE",
        upstreamName = "DEVICE_IN_USE",
        summary = "The capture device is in use by another application.",
        cause = "The browser reported NotReadableError; the device exists and access was granted, but it could not be opened, typically because another application holds it.",
        whenItOccurs =
            listOf(
                "another video-call app or browser tab is using the camera",
                "a driver or hardware fault keeps the device from starting",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Your camera or microphone is being used by another app. Close it and try again.",
        userMessageKey = "hms.tracks_errors.DEVICE_IN_USE",
        remediation =
            listOf(
                "Ask the user to close other applications or tabs using the device, then try again.",
                "Offer another device if one is available.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The device frees up only when the other application lets go of it, which the user has to do.",
        deprecation = null,
    ),

    /** Access to a capture device was lost during the call. */
    DEVICE_LOST_MIDWAY(
        value = 3004,
        catalogName = "DEVICE_LOST_MIDWAY",
        upstreamName = "DEVICE_LOST_MIDWAY",
        summary = "Access to a capture device was lost during the call.",
        cause = "Declared for a capture device that stops delivering media mid-call (unplugged, taken over or switched off); 0.15.2 has a factory for it but never raises it.",
        whenItOccurs =
            listOf(
                "a USB camera or headset is unplugged during the call",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Your camera or microphone stopped working. Check it, or choose another, and try again.",
        userMessageKey = "hms.tracks_errors.DEVICE_LOST_MIDWAY",
        remediation =
            listOf(
                "Ask the user to reconnect the device or select another one, then re-enable the track.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The device has to come back, or another be chosen, before capture can resume.",
        deprecation = null,
    ),

    /** Neither audio nor video was requested. */
    NOTHING_TO_RETURN(
        value = 3005,
        catalogName = "NOTHING_TO_RETURN",
        upstreamName = "NOTHING_TO_RETURN",
        summary = "Neither audio nor video was requested.",
        cause = "Track settings asked for no audio and no video, or the browser refused the capture request with TypeError (which getUserMedia raises for an empty request).",
        whenItOccurs =
            listOf(
                "building track settings with both audio and video set to null",
                "preview or join configured to publish nothing, while the SDK still asks for tracks",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "hms.tracks_errors.NOTHING_TO_RETURN",
        remediation =
            listOf(
                "Request audio, video or both in the track settings, or skip getting local tracks when the role publishes nothing.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/media/settings/HMSTrackSettings.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The same settings produce the same empty request; the app has to ask for at least one kind of media.",
        deprecation = null,
    ),

    /** Simulcast was enabled without video settings. */
    INVALID_VIDEO_SETTINGS(
        value = 3006,
        catalogName = "INVALID_VIDEO_SETTINGS",
        upstreamName = "INVALID_VIDEO_SETTINGS",
        summary = "Simulcast was enabled without video settings.",
        cause = "The track settings builder was asked for simulcast while its video settings are null.",
        whenItOccurs =
            listOf(
                "building HMSTrackSettings with simulcast on and no video",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "hms.tracks_errors.INVALID_VIDEO_SETTINGS",
        remediation =
            listOf(
                "Provide video settings when enabling simulcast, or turn simulcast off for audio-only publishing.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/media/settings/HMSTrackSettings.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A configuration error that repeats until the app's settings change.",
        deprecation = null,
    ),

    /** The codec cannot be changed during a call. */
    CODEC_CHANGE_NOT_PERMITTED(
        value = 3007,
        catalogName = "CODEC_CHANGE_NOT_PERMITTED",
        upstreamName = "CODEC_CHANGE_NOT_PERMITTED",
        summary = "The codec cannot be changed during a call.",
        cause = "Declared for an attempt to change a track's codec mid-call (\"Codec can't be changed mid call\"); 0.15.2 has a factory for it but never raises it.",
        whenItOccurs =
            listOf(
                "changing video codec settings after joining",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "hms.tracks_errors.CODEC_CHANGE_NOT_PERMITTED",
        remediation =
            listOf(
                "Choose the codec before joining; change it only by leaving and joining again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK does not allow the change during a call, so repeating it fails the same way.",
        deprecation = null,
    ),

    /** The browser blocked audio playback until the user interacts with the page. */
    AUTOPLAY_ERROR(
        value = 3008,
        catalogName = "AUTOPLAY_ERROR",
        upstreamName = "AUTOPLAY_ERROR",
        summary = "The browser blocked audio playback until the user interacts with the page.",
        cause = "Playing a remote audio track failed with NotAllowedError because the browser's autoplay policy needs a user gesture first (\"Autoplay blocked because the user didn't interact with the document first\"); the exception is named AutoplayBlocked.",
        whenItOccurs =
            listOf(
                "remote audio starts before the user has clicked or tapped on the page",
                "joining from a page opened without user interaction",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Tap or click anywhere to turn on the call's audio.",
        userMessageKey = "hms.tracks_errors.AUTOPLAY_ERROR",
        remediation =
            listOf(
                "Show a button that asks the user to enable audio, and call unblockAudio() from its click handler.",
                "Have the user click a join button before joining, so that playback follows a user gesture.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/audio-sink-manager/AudioSinkManager.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Only a user gesture lifts the browser's autoplay block; retrying playback without one fails again.",
        deprecation = null,
    ),

    /** The device cannot satisfy the requested constraints. */
    OVER_CONSTRAINED(
        value = 3009,
        catalogName = "OVER_CONSTRAINED",
        upstreamName = "OVER_CONSTRAINED",
        summary = "The device cannot satisfy the requested constraints.",
        cause = "The browser reported OverconstrainedError; the requested resolution, frame rate or device id cannot be met by the hardware.",
        whenItOccurs =
            listOf(
                "requesting a resolution or frame rate the camera does not support",
                "requesting a deviceId that is no longer present",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "hms.tracks_errors.OVER_CONSTRAINED",
        remediation =
            listOf(
                "Relax the constraints in the track settings (resolution, frame rate), or drop a stale deviceId.",
                "Read HMSException.description, which names the constraint the browser could not satisfy.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/LocalTrackManager.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The same constraints fail on the same hardware. The SDK itself retries once without constraints (src/sdk/LocalTrackManager.ts), so the app should not repeat the original request.",
        deprecation = null,
    ),

    /** No sound is coming from the microphone. */
    NO_AUDIO_DETECTED(
        value = 3010,
        catalogName = "NO_AUDIO_DETECTED",
        upstreamName = "NO_AUDIO_DETECTED",
        summary = "No sound is coming from the microphone.",
        cause = "The SDK's audio presence check found no input on the local microphone track (\"No audio input detected from microphone\").",
        whenItOccurs =
            listOf(
                "the microphone is muted in hardware or in the operating system",
                "the wrong input device is selected",
                "a faulty microphone",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "We can't hear you. Check your microphone, or choose another one.",
        userMessageKey = "hms.tracks_errors.NO_AUDIO_DETECTED",
        remediation =
            listOf(
                "Tell the user, and offer a microphone picker.",
                "Suggest checking the hardware mute switch and the operating system's input settings.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The microphone keeps producing silence until the user checks it or selects another input.",
        deprecation = null,
    ),

    /** The operating system denied access to the capture device. */
    SYSTEM_DENIED_PERMISSION(
        value = 3011,
        catalogName = "SYSTEM_DENIED_PERMISSION",
        upstreamName = "SYSTEM_DENIED_PERMISSION",
        summary = "The operating system denied access to the capture device.",
        cause = "The browser was refused access by the operating system (Chrome's NotAllowedError \"denied by system\", or NotFoundError on Firefox, which the SDK maps here as well).",
        whenItOccurs =
            listOf(
                "the browser lacks camera, microphone or screen-recording permission in macOS or Windows privacy settings",
                "a device management policy blocks the device",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Your computer's settings are blocking the camera, microphone or screen share. Allow your browser in the system settings, then try again.",
        userMessageKey = "hms.tracks_errors.SYSTEM_DENIED_PERMISSION",
        remediation =
            listOf(
                "Tell the user to allow the browser in the operating system's privacy settings (camera, microphone or screen recording), then restart the browser if needed.",
                "Let the user continue without that device meanwhile.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The browser's own permission is not enough; the user must allow the browser in the operating system's settings (often followed by a browser restart).",
        deprecation = null,
    ),

    /** The user shared something other than the current tab. */
    CURRENT_TAB_NOT_SHARED(
        value = 3012,
        catalogName = "CURRENT_TAB_NOT_SHARED",
        upstreamName = "CURRENT_TAB_NOT_SHARED",
        summary = "The user shared something other than the current tab.",
        cause = "Screen sharing was started with forceCurrentTab true, but the capture handle shows the user picked another tab, window or screen.",
        whenItOccurs =
            listOf(
                "an app that needs the current tab shared, and the user chooses another surface in the picker",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Please share this tab to continue.",
        userMessageKey = "hms.tracks_errors.CURRENT_TAB_NOT_SHARED",
        remediation =
            listOf(
                "Ask the user to start screen sharing again and choose the current tab.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/LocalTrackManager.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Only the user's choice in the browser picker can fix it.",
        deprecation = null,
    ),

    /** Playing a remote participant's audio failed. */
    AUDIO_PLAYBACK_ERROR(
        value = 3013,
        catalogName = "AUDIO_PLAYBACK_ERROR",
        upstreamName = "AUDIO_PLAYBACK_ERROR",
        summary = "Playing a remote participant's audio failed.",
        cause = "The audio element that plays a remote audio track raised an error (its MediaError code is in the description); the exception is named \"Audio playback error\".",
        whenItOccurs =
            listOf(
                "the browser cannot decode the incoming audio",
                "the audio output device fails",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.CATALOG,
        userMessage = "There was a problem playing the call's audio. If you can't hear others, try rejoining.",
        userMessageKey = "hms.tracks_errors.AUDIO_PLAYBACK_ERROR",
        remediation =
            listOf(
                "Log the MediaError code from the description; for a decode error the SDK recreates the audio element by itself after about 500 ms.",
                "If audio stays silent, let the user pick another output device or rejoin.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/audio-sink-manager/AudioSinkManager.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "For a decode error, the usual case, the SDK recreates the audio element by itself after about 500 ms; for other media errors it does not, so the catalog's advice is to wait first and offer a rejoin only if audio stays silent.",
        deprecation = null,
    ),

    /** The selected device could no longer be found. */
    SELECTED_DEVICE_MISSING(
        value = 3014,
        catalogName = "SELECTED_DEVICE_MISSING",
        upstreamName = "SELECTED_DEVICE_MISSING",
        summary = "The selected device could no longer be found.",
        cause = "After a device change, the SDK could not find the audio input (or output) the user had selected, nor a replacement (\"Could not detect selected ... device\").",
        whenItOccurs =
            listOf(
                "the selected headset or microphone is unplugged and no other device is available",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not find your selected audio device. Check it's connected, or choose another.",
        userMessageKey = "hms.tracks_errors.SELECTED_DEVICE_MISSING",
        remediation =
            listOf(
                "Ask the user to reconnect the device or select another one.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/device-manager/DeviceManager.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The call can continue once the user connects a device or picks another one; the SDK reports it in its device-change analytics.",
        deprecation = null,
    ),

    /** A local track is publishing no media. */
    NO_DATA(
        value = 3015,
        catalogName = "NO_DATA",
        upstreamName = "NO_DATA",
        summary = "A local track is publishing no media.",
        cause = "A local track is muted by the system or has ended before publishing, so it sends no data; the SDK's description says another application may have taken the camera or microphone, or an incoming phone call. The exception is named \"Track does not have any data\".",
        whenItOccurs =
            listOf(
                "on mobile browsers, a phone or WhatsApp call is in progress when the user joins",
                "another application takes priority over the camera or microphone",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Your camera or microphone is busy with another app or call. End it, then turn your camera or microphone off and on again.",
        userMessageKey = "hms.tracks_errors.NO_DATA",
        remediation =
            listOf(
                "Tell the user another app or call holds the device, and let them toggle the track once it is free.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the track or device named in the exception (trackType) is affected."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The device is held elsewhere, as with DEVICE_IN_USE; the track carries data again only after the other use ends.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "hms"

    override val codeSet: String get() = "tracks_errors"

    override val wireValue: Any get() = value

    /** The equivalent code in `media_capture_error`, where one exists. */
    val protocolEquivalent: rtc.errorcatalog.webplatform.MediaCaptureError?
        get() =
            when (this) {
                CANT_ACCESS_CAPTURE_DEVICE -> rtc.errorcatalog.webplatform.MediaCaptureError.NOT_ALLOWED_ERROR
                DEVICE_NOT_AVAILABLE -> rtc.errorcatalog.webplatform.MediaCaptureError.NOT_FOUND_ERROR
                DEVICE_IN_USE -> rtc.errorcatalog.webplatform.MediaCaptureError.NOT_READABLE_ERROR
                NOTHING_TO_RETURN -> rtc.errorcatalog.webplatform.MediaCaptureError.TYPE_ERROR
                OVER_CONSTRAINED -> rtc.errorcatalog.webplatform.MediaCaptureError.OVERCONSTRAINED_ERROR
                else -> null
            }

    override val equivalent: ErrorCode? get() = protocolEquivalent

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): TracksErrors? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): TracksErrors? = byName[name]
    }
}

/**
 * Failures of the WebRTC peer connections that carry the media (ErrorCodes.WebrtcErrors).
 *
 * Upstream: ErrorCodes.WebrtcErrors in 100mslive/web-sdks 0.15.2 (package npm:&#64;100mslive/hms-video-store&#64;0.15.2).
 */
enum class WebrtcErrors(
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
    /** Creating an SDP offer failed. */
    CREATE_OFFER_FAILED(
        value = 4001,
        catalogName = "CREATE_OFFER_FAILED",
        upstreamName = "CREATE_OFFER_FAILED",
        summary = "Creating an SDP offer failed.",
        cause = "The browser's RTCPeerConnection.createOffer rejected while the SDK negotiated the publish connection.",
        whenItOccurs =
            listOf(
                "publishing or renegotiating after a track change",
                "a browser or extension that interferes with WebRTC",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "hms.webrtc_errors.CREATE_OFFER_FAILED",
        remediation =
            listOf(
                "Retry the action that triggered the negotiation (publishing or unmuting a track) after a short delay.",
                "If it repeats, log the description and nativeError, and suggest another browser or disabling extensions that touch WebRTC.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK does not end the session for it, and a later negotiation (for example after the next track change) can succeed; repeated failures point at the browser.",
        deprecation = null,
    ),

    /** Creating an SDP answer failed. */
    CREATE_ANSWER_FAILED(
        value = 4002,
        catalogName = "CREATE_ANSWER_FAILED",
        upstreamName = "CREATE_ANSWER_FAILED",
        summary = "Creating an SDP answer failed.",
        cause = "The browser's RTCPeerConnection.createAnswer rejected while the SDK answered the server's offer for the subscribe connection.",
        whenItOccurs =
            listOf(
                "subscribing to remote tracks, at join or when others publish",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "hms.webrtc_errors.CREATE_ANSWER_FAILED",
        remediation =
            listOf(
                "Log the description and nativeError; if remote media stays missing, offer the user a rejoin.",
                "If it repeats, suggest another browser or disabling extensions that touch WebRTC.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK does not end the session for it, and the server's next offer can succeed; repeated failures point at the browser.",
        deprecation = null,
    ),

    /** Applying the local SDP description failed. */
    SET_LOCAL_DESCRIPTION_FAILED(
        value = 4003,
        catalogName = "SET_LOCAL_DESCRIPTION_FAILED",
        upstreamName = "SET_LOCAL_DESCRIPTION_FAILED",
        summary = "Applying the local SDP description failed.",
        cause = "The browser's RTCPeerConnection.setLocalDescription rejected the offer or answer the SDK created.",
        whenItOccurs =
            listOf(
                "negotiating the publish or subscribe connection",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "hms.webrtc_errors.SET_LOCAL_DESCRIPTION_FAILED",
        remediation =
            listOf(
                "Retry the action that triggered the negotiation after a short delay; if media stays missing, offer a rejoin.",
                "Log the description and nativeError for the 100ms support team.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK does not end the session for it, and a new negotiation can succeed; repeated failures point at the browser.",
        deprecation = null,
    ),

    /** Applying the server's SDP description failed. */
    SET_REMOTE_DESCRIPTION_FAILED(
        value = 4004,
        catalogName = "SET_REMOTE_DESCRIPTION_FAILED",
        upstreamName = "SET_REMOTE_DESCRIPTION_FAILED",
        summary = "Applying the server's SDP description failed.",
        cause = "The browser's RTCPeerConnection.setRemoteDescription rejected the server's offer or answer, or, during join, the publish answer was discarded because a newer offer was in flight.",
        whenItOccurs =
            listOf(
                "joining, while the publish connection is negotiated",
                "a codec or SDP feature the browser does not accept",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "hms.webrtc_errors.SET_REMOTE_DESCRIPTION_FAILED",
        remediation =
            listOf(
                "Tell the user the call could not connect and offer a rejoin.",
                "If it repeats, log the description and nativeError and report it with the browser version to 100ms.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK marks it terminal and leaves the room; the app can only offer the user a new join.",
        deprecation = null,
    ),

    /** The media connection failed. */
    ICE_FAILURE(
        value = 4005,
        catalogName = "ICE_FAILURE",
        upstreamName = "ICE_FAILURE",
        summary = "The media connection failed.",
        cause = "A peer connection's state became failed (ICE could not find or keep a working path), or its DTLS transport stayed connecting or failed past the configured timeout.",
        whenItOccurs =
            listOf(
                "firewalls or VPNs that block UDP and the TURN fallback",
                "a network change the connection could not survive",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "hms.webrtc_errors.ICE_FAILURE",
        remediation =
            listOf(
                "Show that the call is reconnecting and wait; the SDK restarts ICE by itself.",
                "If the error arrives with isTerminal true, offer a rejoin; if it recurs on one network, allow UDP or TURN over TLS (port 443) to the 100ms servers.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/RetryScheduler.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Not terminal while the SDK restarts ICE (room state Reconnecting); terminal when the restart has not recovered within 60 s, or at once when the DTLS transport is stuck past its timeout (the SDK creates that one with isTerminal true).",
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The media connection was interrupted. */
    ICE_DISCONNECTED(
        value = 4006,
        catalogName = "ICE_DISCONNECTED",
        upstreamName = "ICE_DISCONNECTED",
        summary = "The media connection was interrupted.",
        cause = "A peer connection stayed disconnected (not failed) for longer than the SDK's grace period (ICE_DISCONNECTION_TIMEOUT, 5 s).",
        whenItOccurs =
            listOf(
                "a brief network outage or a switch between networks",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "hms.webrtc_errors.ICE_DISCONNECTED",
        remediation =
            listOf(
                "Show that the call is reconnecting and wait; the SDK restarts ICE by itself.",
                "If the error arrives with isTerminal true, offer the user a rejoin.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/constants.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Not terminal while the SDK restarts ICE (room state Reconnecting); terminal when the restart has not recovered within 60 s.",
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** Reading WebRTC statistics failed. */
    STATS_FAILED(
        value = 4007,
        catalogName = "STATS_FAILED",
        upstreamName = "STATS_FAILED",
        summary = "Reading WebRTC statistics failed.",
        cause = "RTCPeerConnection.getStats, or processing its report, failed while the SDK collected connection statistics.",
        whenItOccurs =
            listOf(
                "collecting stats while a peer connection is closing",
                "a browser that returns incomplete stats",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Call quality information is temporarily unavailable.",
        userMessageKey = "hms.webrtc_errors.STATS_FAILED",
        remediation =
            listOf(
                "No action is needed for the call; log it if stats-based features (quality indicators) matter to the app.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/rtc-stats/HMSWebrtcStats.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The call itself is unaffected and the SDK collects statistics again on its next interval; there is nothing for the app to retry.",
        deprecation = null,
    ),

    /** The server's answer was dropped because a newer offer is in flight. */
    PUBLISH_ANSWER_SUPERSEDED(
        value = 4008,
        catalogName = "PUBLISH_ANSWER_SUPERSEDED",
        upstreamName = "PUBLISH_ANSWER_SUPERSEDED",
        summary = "The server's answer was dropped because a newer offer is in flight.",
        cause = "The answer to a publish offer arrived after the SDK had already staged a newer offer, so the SDK discarded it.",
        whenItOccurs =
            listOf(
                "tracks published or changed in quick succession, so negotiations overlap",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "hms.webrtc_errors.PUBLISH_ANSWER_SUPERSEDED",
        remediation =
            listOf(
                "Nothing to do; the newer negotiation carries the change. The factory's doc comment says \"Non-terminal; the owner retries\".",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),
    ;

    override val provider: String get() = "hms"

    override val codeSet: String get() = "webrtc_errors"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): WebrtcErrors? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): WebrtcErrors? = byName[name]
    }
}

/**
 * Errors answering requests sent over the signalling connection, such as join (ErrorCodes.WebsocketMethodErrors).
 *
 * Upstream: ErrorCodes.WebsocketMethodErrors in 100mslive/web-sdks 0.15.2 (package npm:&#64;100mslive/hms-video-store&#64;0.15.2).
 */
enum class WebsocketMethodErrors(
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
    /** The 100ms server answered a signalling request with an error. */
    SERVER_ERRORS(
        value = 5000,
        catalogName = "SERVER_ERRORS",
        upstreamName = "SERVER_ERRORS",
        summary = "The 100ms server answered a signalling request with an error.",
        cause = "Declared for errors the server returns over the signalling connection (a JSON-RPC error, or an on-error message it pushes); in 0.15.2 the SDK reports them with the server's own code in place of 5000, under the exception name ServerErrors.",
        whenItOccurs =
            listOf(
                "the server refuses a join (for example an invalid room, role or token claims)",
                "a request such as a role change, recording start or metadata update is rejected",
                "the server pushes an error during the session",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.DEPENDS,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "hms.websocket_method_errors.SERVER_ERRORS",
        remediation =
            listOf(
                "Read HMSException.code, action and description; in 0.15.2 they carry the server's code and message, not 5000.",
                "For a failed request other than join, fix the request (permissions of the role, parameters) or retry later for 5xx.",
                "If isTerminal is true, offer the user a rejoin.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the request named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal when the failed request was join, offer, answer or trickle, or the server pushed the error (on-error); not terminal for other requests. During join the SDK retries 5xx and 429 answers (not terminal while it does) and makes 410 terminal.",
        terminalBasis = Basis.PROVIDER,
        rationale = "The code stands for a family of server answers; whether a retry helps depends on the server code carried in its place.",
        deprecation = null,
    ),

    /** The client has already joined, or is joining, this room. */
    ALREADY_JOINED(
        value = 5001,
        catalogName = "ALREADY_JOINED",
        upstreamName = "ALREADY_JOINED",
        summary = "The client has already joined, or is joining, this room.",
        cause = "join was called while the transport was neither disconnected nor reconnecting (\"Cannot join a meeting in ... state\").",
        whenItOccurs =
            listOf(
                "join called twice, for example by a re-rendered component",
                "join called again before leave has finished",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "hms.websocket_method_errors.ALREADY_JOINED",
        remediation =
            listOf(
                "Call join once per session; guard against repeated calls (React effects) and call leave before joining again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the request named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The existing session is unaffected; calling join again is the app's mistake.",
        deprecation = null,
    ),

    /** Join was called while a preview is in progress. */
    CANNOT_JOIN_PREVIEW_IN_PROGRESS(
        value = 5002,
        catalogName = "CANNOT_JOIN_PREVIEW_IN_PROGRESS",
        upstreamName = "CANNOT_JOIN_PREVIEW_IN_PROGRESS",
        summary = "Join was called while a preview is in progress.",
        cause = "Declared for a join that starts before preview has finished (\"Cannot join if preview is in progress\"); 0.15.2 has a factory for it but reports this case as NOT_READY (6003).",
        whenItOccurs =
            listOf(
                "calling join immediately after preview, without waiting for preview to finish",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "hms.websocket_method_errors.CANNOT_JOIN_PREVIEW_IN_PROGRESS",
        remediation =
            listOf(
                "Wait for preview to complete (onPreview) before calling join.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the request named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The call order is the app's; waiting for preview to finish fixes it.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "hms"

    override val codeSet: String get() = "websocket_method_errors"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): WebsocketMethodErrors? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): WebsocketMethodErrors? = byName[name]
    }
}

/**
 * Errors in how the SDK is used or in the environment it runs in, and unclassified failures (ErrorCodes.GenericErrors).
 *
 * Upstream: ErrorCodes.GenericErrors in 100mslive/web-sdks 0.15.2 (package npm:&#64;100mslive/hms-video-store&#64;0.15.2).
 */
enum class GenericErrors(
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
    /** The call needs a joined room, and the client is not connected. */
    NOT_CONNECTED(
        value = 6000,
        catalogName = "NOT_CONNECTED",
        upstreamName = "NOT_CONNECTED",
        summary = "The call needs a joined room, and the client is not connected.",
        cause = "An SDK method that needs a joined session (changing roles, sending messages, recording or transcription requests, mid-call preview) was called before join completed or after leave.",
        whenItOccurs =
            listOf(
                "calling a room action before join has succeeded or after leaving",
                "a UI control still active after the session ended",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "hms.generic_errors.NOT_CONNECTED",
        remediation =
            listOf(
                "Call room actions only while the room is connected (selectIsConnectedToRoom), and disable the controls otherwise.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."),
                    SignalValue("false", "The session goes on; only the call named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The call fails the same way until the app has joined; the app must call it at the right time.",
        deprecation = null,
    ),

    /** An unknown signalling error. */
    SIGNALLING(
        value = 6001,
        catalogName = "SIGNALLING",
        upstreamName = "SIGNALLING",
        summary = "An unknown signalling error.",
        cause = "Declared for an unclassified failure of a signalling action (\"Unknown signalling error\"); in 0.15.2 it is raised only when stopTranscription is called without its parameters.",
        whenItOccurs =
            listOf(
                "stopping a transcription without passing the mode",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "hms.generic_errors.SIGNALLING",
        remediation =
            listOf(
                "Pass the transcription parameters (the mode to stop) to stopTranscription.",
                "For any other occurrence, log the action and description and report them to 100ms.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."),
                    SignalValue("false", "The session goes on; only the call named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "In this release its one use is a missing argument, which repeats until the app passes it.",
        deprecation = null,
    ),

    /** An unexpected error inside the SDK. */
    UNKNOWN(
        value = 6002,
        catalogName = "UNKNOWN",
        upstreamName = "UNKNOWN",
        summary = "An unexpected error inside the SDK.",
        cause = "An error that is not an HMSException reached a place where the SDK wraps it (\"Unknown exception\"), such as a failed renegotiation of the publish or subscribe connection or a failed server migration.",
        whenItOccurs =
            listOf(
                "a renegotiation fails with a browser error",
                "moving to another media server (SFU migration) fails",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "hms.generic_errors.UNKNOWN",
        remediation =
            listOf(
                "Log the action, description and nativeError, and report them to 100ms if they recur.",
                "If isTerminal is true or media is missing, offer the user a rejoin.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."),
                    SignalValue("false", "The session goes on; only the call named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal when it comes from a failed subscribe renegotiation, which moves the transport to Failed and makes the SDK leave the room; not terminal elsewhere (publish renegotiation, server migration).",
        terminalBasis = Basis.PROVIDER,
        rationale = "The cause is unknown; the catalog leaves the next step to the user (rejoin if the call ended or media is missing) rather than retrying blindly.",
        deprecation = null,
    ),

    /** The SDK is not ready for this call yet. */
    NOT_READY(
        value = 6003,
        catalogName = "NOT_READY",
        upstreamName = "NOT_READY",
        summary = "The SDK is not ready for this call yet.",
        cause = "join was called while a preview is still in progress (\"Preview is in progress, can't join\").",
        whenItOccurs =
            listOf(
                "calling join right after preview without waiting for it to finish",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "hms.generic_errors.NOT_READY",
        remediation =
            listOf(
                "Wait for preview to complete (onPreview, or the room state Preview) before calling join.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."),
                    SignalValue("false", "The session goes on; only the call named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The call order is the app's; waiting for preview to finish fixes it.",
        deprecation = null,
    ),

    /** A message could not be parsed as JSON. */
    JSON_PARSING_FAILED(
        value = 6004,
        catalogName = "JSON_PARSING_FAILED",
        upstreamName = "JSON_PARSING_FAILED",
        summary = "A message could not be parsed as JSON.",
        cause = "Declared for a signalling message that is not valid JSON (\"Failed to parse JSON message\"); 0.15.2 has a factory for it but never raises it.",
        whenItOccurs =
            listOf(
                "a corrupted or unexpected message from the server",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "hms.generic_errors.JSON_PARSING_FAILED",
        remediation =
            listOf(
                "Log the description (it includes the message) and report it to 100ms.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."),
                    SignalValue("false", "The session goes on; only the call named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A malformed message from the service is not something the app can repeat or fix; it only needs reporting.",
        deprecation = null,
    ),

    /** Metadata for a remote track is missing. */
    TRACK_METADATA_MISSING(
        value = 6005,
        catalogName = "TRACK_METADATA_MISSING",
        upstreamName = "TRACK_METADATA_MISSING",
        summary = "Metadata for a remote track is missing.",
        cause = "Declared for a remote track that arrives without the track metadata the server should have sent; 0.15.2 has a factory for it but never raises it.",
        whenItOccurs =
            listOf(
                "a remote track added before its description reached the client",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "hms.generic_errors.TRACK_METADATA_MISSING",
        remediation =
            listOf(
                "Log and report it to 100ms; if a participant's media is missing, a rejoin refreshes the room state.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."),
                    SignalValue("false", "The session goes on; only the call named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "An inconsistency between the server's messages and the media; the app cannot fix it by retrying.",
        deprecation = null,
    ),

    /** The WebRTC track for a remote track is missing. */
    RTC_TRACK_MISSING(
        value = 6006,
        catalogName = "RTC_TRACK_MISSING",
        upstreamName = "RTC_TRACK_MISSING",
        summary = "The WebRTC track for a remote track is missing.",
        cause = "Declared for track metadata from the server with no matching media track on the peer connection; 0.15.2 has a factory for it but never raises it.",
        whenItOccurs =
            listOf(
                "the server announces a track that the subscribe connection never received",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "hms.generic_errors.RTC_TRACK_MISSING",
        remediation =
            listOf(
                "Log and report it to 100ms; if a participant's media is missing, a rejoin refreshes the room state.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."),
                    SignalValue("false", "The session goes on; only the call named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "An inconsistency between the server's messages and the media; the app cannot fix it by retrying.",
        deprecation = null,
    ),

    /** Metadata for a peer is missing. */
    PEER_METADATA_MISSING(
        value = 6007,
        catalogName = "PEER_METADATA_MISSING",
        upstreamName = "PEER_METADATA_MISSING",
        summary = "Metadata for a peer is missing.",
        cause = "Declared for a message about a peer the client has no record of; 0.15.2 has a factory for it but never raises it.",
        whenItOccurs =
            listOf(
                "a notification about a peer that arrives before the peer's join notification",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "hms.generic_errors.PEER_METADATA_MISSING",
        remediation =
            listOf(
                "Log and report it to 100ms; if the peer list looks wrong, a rejoin refreshes the room state.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."),
                    SignalValue("false", "The session goes on; only the call named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "An inconsistency in the server's messages; the app cannot fix it by retrying.",
        deprecation = null,
    ),

    /** The requested role does not exist in the room's policy. */
    INVALID_ROLE(
        value = 6008,
        catalogName = "INVALID_ROLE",
        upstreamName = "INVALID_ROLE",
        summary = "The requested role does not exist in the room's policy.",
        cause = "A role name given to preview (asRole) or found for the local peer is not one of the roles defined for the room (\"Invalid role. Join with valid role\").",
        whenItOccurs =
            listOf(
                "previewing or joining as a role name with a typo, or one deleted from the room's template",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "hms.generic_errors.INVALID_ROLE",
        remediation =
            listOf(
                "Use a role defined in the room's template (100ms dashboard), and issue tokens for existing roles.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/store/Store.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."),
                    SignalValue("false", "The session goes on; only the call named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK marks it terminal; the same role name fails again until the app or the room template is fixed.",
        deprecation = null,
    ),

    /** Preview was called while another preview is in progress. */
    PREVIEW_IN_PROGRESS(
        value = 6009,
        catalogName = "PREVIEW_IN_PROGRESS",
        upstreamName = "PREVIEW_IN_PROGRESS",
        summary = "Preview was called while another preview is in progress.",
        cause = "preview was called again before the previous preview finished (\"Preview already called\").",
        whenItOccurs =
            listOf(
                "preview triggered twice, for example by a re-rendered component",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "hms.generic_errors.PREVIEW_IN_PROGRESS",
        remediation =
            listOf(
                "Call preview once and wait for it to finish; guard against repeated calls from UI effects.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."),
                    SignalValue("false", "The session goes on; only the call named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The first preview goes on; the second call is the app's mistake.",
        deprecation = null,
    ),

    /** The browser exposes no media devices API. */
    MISSING_MEDIADEVICES(
        value = 6010,
        catalogName = "MISSING_MEDIADEVICES",
        upstreamName = "MISSING_MEDIADEVICES",
        summary = "The browser exposes no media devices API.",
        cause = "navigator.mediaDevices is undefined, which browsers do on pages not served over HTTPS or localhost; the SDK says it \"won't work on this website\".",
        whenItOccurs =
            listOf(
                "the app is served over plain HTTP from a host other than localhost",
                "an embedded web view without media device support",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Calls are not supported on this page. Please open it over a secure (https) connection or in another browser.",
        userMessageKey = "hms.generic_errors.MISSING_MEDIADEVICES",
        remediation =
            listOf(
                "Serve the app over HTTPS (or localhost during development).",
                "In web views, enable camera and microphone support.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/validations.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."),
                    SignalValue("false", "The session goes on; only the call named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK marks it terminal; nothing changes until the page is served from a secure origin.",
        deprecation = null,
    ),

    /** The browser does not provide WebRTC. */
    MISSING_RTCPEERCONNECTION(
        value = 6011,
        catalogName = "MISSING_RTCPEERCONNECTION",
        upstreamName = "MISSING_RTCPEERCONNECTION",
        summary = "The browser does not provide WebRTC.",
        cause = "RTCPeerConnection was not found, because the browser does not support WebRTC or an extension blocks it.",
        whenItOccurs =
            listOf(
                "an old or unsupported browser",
                "a privacy extension or policy that disables WebRTC",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Your browser does not support calls, or an extension is blocking them. Try another browser, or turn off extensions that block WebRTC.",
        userMessageKey = "hms.generic_errors.MISSING_RTCPEERCONNECTION",
        remediation =
            listOf(
                "Tell the user to use a supported browser or disable extensions that block WebRTC, then join again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/validations.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."),
                    SignalValue("false", "The session goes on; only the call named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK marks it terminal; the user can fix it by switching browser or disabling the blocking extension, then joining again.",
        deprecation = null,
    ),

    /** The browser denied access to localStorage. */
    LOCAL_STORAGE_ACCESS_DENIED(
        value = 6012,
        catalogName = "LOCAL_STORAGE_ACCESS_DENIED",
        upstreamName = "LOCAL_STORAGE_ACCESS_DENIED",
        summary = "The browser denied access to localStorage.",
        cause = "Reading window.localStorage threw, usually because the browser's privacy settings block site storage (for example in a third-party iframe); the SDK logs it and uses an in-memory polyfill.",
        whenItOccurs =
            listOf(
                "the app runs in a third-party iframe with storage blocked",
                "the browser blocks cookies and site data",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Some of your settings can't be saved in this browser.",
        userMessageKey = "hms.generic_errors.LOCAL_STORAGE_ACCESS_DENIED",
        remediation =
            listOf(
                "Nothing is required; if remembered settings matter, allow site storage for the app's origin or avoid third-party iframes.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/local-storage.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."),
                    SignalValue("false", "The session goes on; only the call named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK carries on without persistent storage, so there is nothing to retry; only remembered settings are lost.",
        deprecation = null,
    ),

    /** An SDK call was given invalid arguments or called in an invalid state. */
    VALIDATION_FAILED(
        value = 6013,
        catalogName = "VALIDATION_FAILED",
        upstreamName = "VALIDATION_FAILED",
        summary = "An SDK call was given invalid arguments or called in an invalid state.",
        cause = "The SDK rejected a call before sending it, because a peer or role does not exist, a required parameter is missing, or leave was called before join could complete.",
        whenItOccurs =
            listOf(
                "acting on a peer that has left, or on a role that does not exist",
                "leaving while the join is still in progress",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "hms.generic_errors.VALIDATION_FAILED",
        remediation =
            listOf(
                "Read the message, which names what failed validation, and fix the arguments or the timing of the call.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."),
                    SignalValue("false", "The session goes on; only the call named in HMSException.action failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The same arguments fail the same way; the app has to fix the call.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "hms"

    override val codeSet: String get() = "generic_errors"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): GenericErrors? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): GenericErrors? = byName[name]
    }
}

/**
 * Failures adding or running an audio or video plugin, such as a virtual background or noise suppression (ErrorFactory.MediaPluginErrors).
 *
 * Upstream: ErrorFactory.MediaPluginErrors in 100mslive/web-sdks 0.15.2 (package npm:&#64;100mslive/hms-video-store&#64;0.15.2).
 */
enum class MediaPluginErrors(
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
    /** The plugin does not support this browser or platform. */
    PLATFORM_NOT_SUPPORTED(
        value = 7001,
        catalogName = "PlatformNotSupported",
        upstreamName = "PlatformNotSupported",
        summary = "The plugin does not support this browser or platform.",
        cause = "The plugin's own support check reported PLATFORM_NOT_SUPPORTED when it was added (\"Check HMS Docs to see the list of supported platforms\").",
        whenItOccurs =
            listOf(
                "adding a virtual-background or noise-suppression plugin on a browser or OS it does not support",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This effect is not available in your browser.",
        userMessageKey = "hms.media_plugin_errors.PlatformNotSupported",
        remediation =
            listOf(
                "Check the plugin's support (its checkSupport method) before offering the feature, and hide it where unsupported.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/HMSVideoPluginsManager.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the plugin named in HMSException.action's call failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The platform does not change between attempts; the app should check support before offering the feature.",
        deprecation = null,
    ),

    /** The plugin failed to initialise. */
    INIT_FAILED(
        value = 7002,
        catalogName = "InitFailed",
        upstreamName = "InitFailed",
        summary = "The plugin failed to initialise.",
        cause = "The plugin's init step threw while it was being added (\"Plugin init failed\"), for example because its model or WebAssembly files could not be loaded.",
        whenItOccurs =
            listOf(
                "the plugin's assets cannot be downloaded (network, content security policy)",
                "the device lacks the resources the plugin needs",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not turn on this effect. Please try again.",
        userMessageKey = "hms.media_plugin_errors.InitFailed",
        remediation =
            listOf(
                "Retry adding the plugin after a short delay, a bounded number of times.",
                "Check that the plugin's assets are allowed by the page's content security policy and reachable.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/VideoPluginsAnalytics.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/AudioPluginsAnalytics.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the plugin named in HMSException.action's call failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Initialisation often fails on loading assets, which a later attempt can get past; repeated failures point at the environment.",
        deprecation = null,
    ),

    /** The plugin failed while processing media. */
    PROCESSING_FAILED(
        value = 7003,
        catalogName = "ProcessingFailed",
        upstreamName = "ProcessingFailed",
        summary = "The plugin failed while processing media.",
        cause = "Processing frames or audio through the plugin threw (\"Plugin processing failed\"), or a plugin was added after the plugin manager was cleaned up.",
        whenItOccurs =
            listOf(
                "a plugin error while the effect is running",
                "adding an audio plugin after its track was released",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "This effect stopped working. Try turning it off and on again.",
        userMessageKey = "hms.media_plugin_errors.ProcessingFailed",
        remediation =
            listOf(
                "Remove the plugin and let the user enable it again; log the description.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/VideoPluginsAnalytics.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the plugin named in HMSException.action's call failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A running plugin that failed is unlikely to recover by itself; the user can turn the effect off and on again.",
        deprecation = null,
    ),

    /** A plugin is already being added. */
    ADD_ALREADY_IN_PROGRESS(
        value = 7004,
        catalogName = "AddAlreadyInProgress",
        upstreamName = "AddAlreadyInProgress",
        summary = "A plugin is already being added.",
        cause = "addPlugin was called while an earlier add on the same track had not finished (\"Plugin add already in progress\").",
        whenItOccurs =
            listOf(
                "the user toggles an effect several times quickly",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "hms.media_plugin_errors.AddAlreadyInProgress",
        remediation =
            listOf(
                "Await addPlugin before calling it again, and disable the effect toggle while an add is in progress.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/HMSVideoPluginsManager.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the plugin named in HMSException.action's call failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The earlier add goes on; the app should wait for it rather than repeat the call.",
        deprecation = null,
    ),

    /** The plugin does not support this device. */
    DEVICE_NOT_SUPPORTED(
        value = 7005,
        catalogName = "DeviceNotSupported",
        upstreamName = "DeviceNotSupported",
        summary = "The plugin does not support this device.",
        cause = "The plugin's own support check reported DEVICE_NOT_SUPPORTED when it was added (\"Check HMS Docs to see the list of supported devices\").",
        whenItOccurs =
            listOf(
                "adding a plugin on a device without the required capabilities (for example a mobile device for some effects)",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This effect is not available on your device.",
        userMessageKey = "hms.media_plugin_errors.DeviceNotSupported",
        remediation =
            listOf(
                "Check the plugin's support before offering the feature, and hide it on unsupported devices.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/HMSVideoPluginsManager.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the plugin named in HMSException.action's call failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The device does not change between attempts; the app should check support before offering the feature.",
        deprecation = null,
    ),

    /** The plugin is not enabled for this room. */
    NOT_ALLOWED_FOR_ROOM(
        value = 7006,
        catalogName = "NotAllowedForRoom",
        upstreamName = "NotAllowedForRoom",
        summary = "The plugin is not enabled for this room.",
        cause = "The room does not allow the plugin; in 0.15.2 this is the Krisp noise-cancellation plugin added in a room where noise cancellation is not enabled.",
        whenItOccurs =
            listOf(
                "adding HMSKrispPlugin in a room whose template does not enable noise cancellation",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This effect is not available in this call.",
        userMessageKey = "hms.media_plugin_errors.NotAllowedForRoom",
        remediation =
            listOf(
                "Enable noise cancellation for the room's template in the 100ms dashboard, or hide the option when the room does not allow it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the plugin named in HMSException.action's call failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The room's settings decide it; retrying fails until an operator enables the feature.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "hms"

    override val codeSet: String get() = "media_plugin_errors"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): MediaPluginErrors? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): MediaPluginErrors? = byName[name]
    }
}

/**
 * Errors from the playlist manager that plays audio or video files into the call (ErrorCodes.PlaylistErrors).
 *
 * Upstream: ErrorCodes.PlaylistErrors in 100mslive/web-sdks 0.15.2 (package npm:&#64;100mslive/hms-video-store&#64;0.15.2).
 */
enum class PlaylistErrors(
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
    /** There is no playlist entry to play. */
    NO_ENTRY_TO_PLAY(
        value = 8001,
        catalogName = "NO_ENTRY_TO_PLAY",
        upstreamName = "NO_ENTRY_TO_PLAY",
        summary = "There is no playlist entry to play.",
        cause = "A playlist action needs an entry, but the playlist is empty, has reached its end, or nothing is playing (for example a seek with no current item).",
        whenItOccurs =
            listOf(
                "playing next or previous past the ends of the playlist",
                "seeking when no item is playing",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "hms.playlist_errors.NO_ENTRY_TO_PLAY",
        remediation =
            listOf(
                "Check the playlist's state (selectors for the current item and list) before calling next, previous or seek, and disable those controls when they do not apply.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/playlist-manager/PlaylistManager.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the playlist call failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The playlist's state makes the action impossible; repeating it fails the same way.",
        deprecation = null,
    ),

    /** No playlist entry is playing. */
    NO_ENTRY_IS_PLAYING(
        value = 8002,
        catalogName = "NO_ENTRY_IS_PLAYING",
        upstreamName = "NO_ENTRY_IS_PLAYING",
        summary = "No playlist entry is playing.",
        cause = "Declared for a playlist action that needs a playing entry (\"No entry is playing at this time\"); 0.15.2 has a factory for it but never raises it.",
        whenItOccurs =
            listOf(
                "acting on the current item while nothing is playing",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "hms.playlist_errors.NO_ENTRY_IS_PLAYING",
        remediation =
            listOf(
                "Check that an item is playing before acting on the current item.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                listOf("terminal"),
                listOf(
                    SignalValue("true", "The SDK has left the room (room state Failed); any recovery is a new join."),
                    SignalValue("false", "The session goes on; only the playlist call failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The playlist's state makes the action impossible; repeating it fails the same way.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "hms"

    override val codeSet: String get() = "playlist_errors"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): PlaylistErrors? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): PlaylistErrors? = byName[name]
    }
}

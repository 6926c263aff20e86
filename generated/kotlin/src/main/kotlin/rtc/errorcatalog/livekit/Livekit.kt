// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.livekit

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
 * Reason why the ESP32 SDK's room connection failed or is being retried.
 *
 * Upstream: livekit_failure_reason_t in livekit/client-sdk-esp32 v0.3.10.
 */
enum class FailureReason(
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
    /** No failure has occurred. */
    NONE(
        value = 0,
        catalogName = "NONE",
        upstreamName = "LIVEKIT_FAILURE_REASON_NONE",
        summary = "No failure has occurred.",
        cause = "The room is connecting, connected, or was closed by the app, so there is nothing to report.",
        whenItOccurs =
            listOf(
                "the connection is up or being set up for the first time",
                "the app closed the room, or the server sent a leave with reason CLIENT_INITIATED",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.PROVIDER,
        userMessage = "Everything is working normally.",
        userMessageKey = "livekit.failure_reason.NONE",
        remediation =
            listOf(
                "Nothing to fix: treat it as the absence of an error (log it at debug level at most).",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The LiveKit server could not be reached. */
    UNREACHABLE(
        value = 1,
        catalogName = "UNREACHABLE",
        upstreamName = "LIVEKIT_FAILURE_REASON_UNREACHABLE",
        summary = "The LiveKit server could not be reached.",
        cause = "The signalling websocket could not be opened, for example because of a network outage, a wrong URL, a TLS handshake failure or an offline server.",
        whenItOccurs =
            listOf(
                "the websocket reports an error without an HTTP status",
                "reported while the SDK is reconnecting (state RECONNECTING)",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "livekit.failure_reason.UNREACHABLE",
        remediation =
            listOf(
                "Do nothing from the app while the room state is RECONNECTING: the SDK is retrying by itself.",
                "Show the user that the call is reconnecting.",
                "If the state becomes FAILED, handle the final failure reason the SDK then reports (often MAX_RETRIES).",
                "If it ends in FAILED, check that the server URL is right and reachable from the device's network (DNS, TLS, firewall).",
            ),
        causes =
            listOf(
                "no network on the device",
                "a wrong server URL",
                "a TLS handshake failure",
                "the server is offline",
            ),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/utils.c",
            ),
        since = null,
        retrySchedule = RetrySchedule(200, 2000, 7000, Jitter.EQUAL, 7),
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The access token is malformed. */
    BAD_TOKEN(
        value = 2,
        catalogName = "BAD_TOKEN",
        upstreamName = "LIVEKIT_FAILURE_REASON_BAD_TOKEN",
        summary = "The access token is malformed.",
        cause = "The server answered the signalling handshake with HTTP 400, for example because the token's identity or room is missing, empty or too long.",
        whenItOccurs =
            listOf(
                "connecting with a token that lacks identity or room",
                "connecting with a token whose identity or room exceeds the maximum length",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not confirm your access to this call. Please try again in a moment.",
        userMessageKey = "livekit.failure_reason.BAD_TOKEN",
        remediation =
            listOf(
                "Check how the backend builds the token: it must carry an identity and a room name, each within LiveKit's length limits.",
                "Mint a new token with those fields and connect with it.",
                "Do not retry with the same token: the server refuses it again.",
            ),
        causes =
            listOf(
                "the token has no identity or no room",
                "the identity or room name is too long",
            ),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK stops without retrying on this client-side failure, and only a correctly built token from the app's backend can succeed.",
        deprecation = null,
    ),

    /** The token is not valid for joining the room. */
    UNAUTHORIZED(
        value = 3,
        catalogName = "UNAUTHORIZED",
        upstreamName = "LIVEKIT_FAILURE_REASON_UNAUTHORIZED",
        summary = "The token is not valid for joining the room.",
        cause = "The server answered the signalling handshake with HTTP 401, for example because the token has expired or lacks the needed grants.",
        whenItOccurs =
            listOf(
                "the token has expired",
                "the token does not grant joining this room",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not confirm your access to this call. Please try joining again.",
        userMessageKey = "livekit.failure_reason.UNAUTHORIZED",
        remediation =
            listOf(
                "Fetch a new token from the app's backend and connect again.",
                "If a fresh token is refused too, check that it grants roomJoin for this room and that the API key and secret match the server.",
                "Check the device's clock if tokens look expired as soon as they are issued.",
            ),
        causes =
            listOf(
                "the token has expired",
                "the token does not grant joining this room",
                "the token was signed with the wrong key",
            ),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK stops without retrying on this client-side failure, and the upstream doc blames an expired or under-privileged token, so a fresh token is needed.",
        deprecation = null,
    ),

    /** A WebRTC peer connection could not be established or failed. */
    RTC(
        value = 4,
        catalogName = "RTC",
        upstreamName = "LIVEKIT_FAILURE_REASON_RTC",
        summary = "A WebRTC peer connection could not be established or failed.",
        cause = "The publisher or subscriber peer connection reported disconnected or failed while connecting or while connected.",
        whenItOccurs =
            listOf(
                "ICE or DTLS setup fails during join",
                "an established peer connection drops",
                "reported while the SDK is reconnecting (state RECONNECTING)",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "livekit.failure_reason.RTC",
        remediation =
            listOf(
                "Do nothing from the app while the room state is RECONNECTING: the SDK is retrying by itself.",
                "Show the user that the call is reconnecting.",
                "If the state becomes FAILED, handle the final failure reason the SDK then reports (often MAX_RETRIES).",
                "If it ends in FAILED, check that the network lets WebRTC through (UDP, or TURN over TLS on port 443) and that the server's ICE/TURN settings are right.",
            ),
        causes =
            listOf(
                "ICE or DTLS cannot complete through the network",
                "an established peer connection drops",
            ),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
            ),
        since = null,
        retrySchedule = RetrySchedule(200, 2000, 7000, Jitter.EQUAL, 7),
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The SDK gave up after the maximum number of reconnect attempts. */
    MAX_RETRIES(
        value = 5,
        catalogName = "MAX_RETRIES",
        upstreamName = "LIVEKIT_FAILURE_REASON_MAX_RETRIES",
        summary = "The SDK gave up after the maximum number of reconnect attempts.",
        cause = "Every automatic retry failed, and the attempt count exceeded CONFIG_LK_MAX_RETRIES (7 by default).",
        whenItOccurs =
            listOf(
                "repeated unreachable, ping-timeout, RTC or server-side handshake failures",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not reconnect to the call. Check your internet connection, then try again.",
        userMessageKey = "livekit.failure_reason.MAX_RETRIES",
        remediation =
            listOf(
                "Let the user rejoin when they choose; the SDK has already retried CONFIG_LK_MAX_RETRIES times.",
                "Look in the log at the failure reasons of the individual attempts to find the underlying cause.",
                "Raise CONFIG_LK_MAX_RETRIES (0-100) only if the device's network is known to recover slowly.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/Kconfig",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK has already backed off and retried, so a new attempt should wait for the user or the network to change; most retried failures are network related.",
        deprecation = null,
    ),

    /** The server stopped answering pings in time. */
    PING_TIMEOUT(
        value = 6,
        catalogName = "PING_TIMEOUT",
        upstreamName = "LIVEKIT_FAILURE_REASON_PING_TIMEOUT",
        summary = "The server stopped answering pings in time.",
        cause = "No pong arrived within the ping timeout announced in the join response, so the SDK closed the signalling websocket.",
        whenItOccurs =
            listOf(
                "the network drops silently while connected",
                "reported while the SDK is reconnecting (state RECONNECTING)",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "livekit.failure_reason.PING_TIMEOUT",
        remediation =
            listOf(
                "Do nothing from the app while the room state is RECONNECTING: the SDK is retrying by itself.",
                "Show the user that the call is reconnecting.",
                "If the state becomes FAILED, handle the final failure reason the SDK then reports (often MAX_RETRIES).",
                "If it happens often, check the device's network for silent drops (Wi-Fi power saving, NAT timeouts).",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
            ),
        since = null,
        retrySchedule = RetrySchedule(200, 2000, 7000, Jitter.EQUAL, 7),
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** Another participant joined with the same identity. */
    DUPLICATE_IDENTITY(
        value = 7,
        catalogName = "DUPLICATE_IDENTITY",
        upstreamName = "LIVEKIT_FAILURE_REASON_DUPLICATE_IDENTITY",
        summary = "Another participant joined with the same identity.",
        cause = "The server sent a leave request because a newer connection used this participant's identity.",
        whenItOccurs =
            listOf(
                "the same user joins from a second device or tab",
                "two devices share one token identity",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "You joined this call from another device or window, so this one was disconnected.",
        userMessageKey = "livekit.failure_reason.DUPLICATE_IDENTITY",
        remediation =
            listOf(
                "Give each device or tab its own participant identity when minting tokens.",
                "Offer the user a button to rejoin here, which disconnects the other session.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Reconnecting automatically would push out the other session in turn, so only the user should decide to rejoin.",
        deprecation = null,
    ),

    /** The LiveKit server instance is shutting down. */
    SERVER_SHUTDOWN(
        value = 8,
        catalogName = "SERVER_SHUTDOWN",
        upstreamName = "LIVEKIT_FAILURE_REASON_SERVER_SHUTDOWN",
        summary = "The LiveKit server instance is shutting down.",
        cause = "The server sent a leave request with reason SERVER_SHUTDOWN because it is going away.",
        whenItOccurs =
            listOf(
                "a server is drained or restarted for deployment or scaling",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The call was interrupted by server maintenance. Reconnecting should work in a moment.",
        userMessageKey = "livekit.failure_reason.SERVER_SHUTDOWN",
        remediation =
            listOf(
                "Join again after a short delay; the new connection is routed to a healthy server.",
                "No fix is needed on the device: servers are drained during deployments and scaling.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The ESP32 SDK ends the connection on any server leave, but a new join after a short delay is normally routed to a healthy server.",
        deprecation = null,
    ),

    /** The participant was removed through the room service API. */
    PARTICIPANT_REMOVED(
        value = 9,
        catalogName = "PARTICIPANT_REMOVED",
        upstreamName = "LIVEKIT_FAILURE_REASON_PARTICIPANT_REMOVED",
        summary = "The participant was removed through the room service API.",
        cause = "A backend called RoomService.RemoveParticipant for this participant.",
        whenItOccurs =
            listOf(
                "a moderator or backend kicks the device from the room",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You were removed from the call.",
        userMessageKey = "livekit.failure_reason.PARTICIPANT_REMOVED",
        remediation =
            listOf(
                "Do not rejoin automatically: a backend removed this participant on purpose.",
                "If the removal was not intended, check which service called RoomService.RemoveParticipant.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The removal was a deliberate decision by the app's backend, so rejoining without its consent would undo it.",
        deprecation = null,
    ),

    /** The room was deleted through the room service API. */
    ROOM_DELETED(
        value = 10,
        catalogName = "ROOM_DELETED",
        upstreamName = "LIVEKIT_FAILURE_REASON_ROOM_DELETED",
        summary = "The room was deleted through the room service API.",
        cause = "A backend called RoomService.DeleteRoom for the room.",
        whenItOccurs =
            listOf(
                "the app's backend ends the room for everyone",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This call has ended.",
        userMessageKey = "livekit.failure_reason.ROOM_DELETED",
        remediation =
            listOf(
                "Do not rejoin the same room: it was deleted through RoomService.DeleteRoom.",
                "Start a new room from the backend if the session should go on.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
        deprecation = null,
    ),

    /** The server does not know the session the client tried to resume. */
    STATE_MISMATCH(
        value = 11,
        catalogName = "STATE_MISMATCH",
        upstreamName = "LIVEKIT_FAILURE_REASON_STATE_MISMATCH",
        summary = "The server does not know the session the client tried to resume.",
        cause = "The server rejected the connection because it holds no state for the session the client presented.",
        whenItOccurs =
            listOf(
                "the server already dropped the session after a long network outage",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was lost for too long. Please join again.",
        userMessageKey = "livekit.failure_reason.STATE_MISMATCH",
        remediation =
            listOf(
                "Do a fresh join (not a resume) after a short delay; the server no longer holds the old session.",
                "If it recurs, look for long network gaps on the device.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The old session is gone, but a fresh full join normally succeeds, so the app may reconnect after a delay.",
        deprecation = null,
    ),

    /** The client could not finish joining the room. */
    JOIN_INCOMPLETE(
        value = 12,
        catalogName = "JOIN_INCOMPLETE",
        upstreamName = "LIVEKIT_FAILURE_REASON_JOIN_INCOMPLETE",
        summary = "The client could not finish joining the room.",
        cause = "The server gave up on the participant because the connection was not fully established in time.",
        whenItOccurs =
            listOf(
                "the signalling connection works but media transports never come up",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "livekit.failure_reason.JOIN_INCOMPLETE",
        remediation =
            listOf(
                "Join again with backoff.",
                "If it keeps failing, check that the network allows WebRTC media (UDP or TURN over TLS) as well as the signalling websocket.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Join failures are usually transient network or ICE problems, so a delayed new join is reasonable, with the user told if it keeps failing.",
        deprecation = null,
    ),

    /** The server asked the client to move its connection elsewhere. */
    MIGRATION(
        value = 13,
        catalogName = "MIGRATION",
        upstreamName = "LIVEKIT_FAILURE_REASON_MIGRATION",
        summary = "The server asked the client to move its connection elsewhere.",
        cause = "A LiveKit Cloud server requested that the participant migrate to another server; the ESP32 SDK does not migrate and ends the connection instead.",
        whenItOccurs =
            listOf(
                "LiveKit Cloud rebalances or drains a server",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The call moved to another server. Reconnecting should work in a moment.",
        userMessageKey = "livekit.failure_reason.MIGRATION",
        remediation =
            listOf(
                "Join again after a short delay; this SDK does not migrate by itself.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The server wants the participant connected elsewhere, so a new join after a short delay is the expected follow-up.",
        deprecation = null,
    ),

    /** The signalling connection was closed unexpectedly. */
    SIGNAL_CLOSE(
        value = 14,
        catalogName = "SIGNAL_CLOSE",
        upstreamName = "LIVEKIT_FAILURE_REASON_SIGNAL_CLOSE",
        summary = "The signalling connection was closed unexpectedly.",
        cause = "The server reported that the signalling websocket closed without a clean leave.",
        whenItOccurs =
            listOf(
                "the signalling connection drops and the server reports the reason in a leave request",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "livekit.failure_reason.SIGNAL_CLOSE",
        remediation =
            listOf(
                "Join again with backoff.",
                "If it recurs, check the device's network stability and any proxy that closes long-lived websockets.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A dropped signalling link is usually transient, so reconnecting with backoff is reasonable.",
        deprecation = null,
    ),

    /** The room closed because all standard and ingress participants left. */
    ROOM_CLOSED(
        value = 15,
        catalogName = "ROOM_CLOSED",
        upstreamName = "LIVEKIT_FAILURE_REASON_ROOM_CLOSED",
        summary = "The room closed because all standard and ingress participants left.",
        cause = "The server closed the room once no standard or ingress participant remained in it.",
        whenItOccurs =
            listOf(
                "everyone else left the room",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "The call has ended because everyone else left.",
        userMessageKey = "livekit.failure_reason.ROOM_CLOSED",
        remediation =
            listOf(
                "Do not rejoin automatically; let the user start or join a new call.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The session ended naturally, so only the user should decide to start or join a new one.",
        deprecation = null,
    ),

    /** The SIP callee did not answer in time. */
    SIP_USER_UNAVAILABLE(
        value = 16,
        catalogName = "SIP_USER_UNAVAILABLE",
        upstreamName = "LIVEKIT_FAILURE_REASON_SIP_USER_UNAVAILABLE",
        summary = "The SIP callee did not answer in time.",
        cause = "A SIP call placed for the room was not answered before its timeout.",
        whenItOccurs =
            listOf(
                "the called phone rings out or is switched off",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "The person you called did not answer.",
        userMessageKey = "livekit.failure_reason.SIP_USER_UNAVAILABLE",
        remediation =
            listOf(
                "Let the user decide whether to call again later.",
                "Check the ringing timeout of the SIP call if calls end too early.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Calling again only helps once the callee is reachable, which the user has to judge.",
        deprecation = null,
    ),

    /** The SIP callee rejected the call. */
    SIP_USER_REJECTED(
        value = 17,
        catalogName = "SIP_USER_REJECTED",
        upstreamName = "LIVEKIT_FAILURE_REASON_SIP_USER_REJECTED",
        summary = "The SIP callee rejected the call.",
        cause = "The called party declined the SIP call, for example because the line was busy.",
        whenItOccurs =
            listOf(
                "the callee declines the call",
                "the line is busy",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "The person you called declined the call or was busy.",
        userMessageKey = "livekit.failure_reason.SIP_USER_REJECTED",
        remediation =
            listOf(
                "Let the user decide whether to call again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The other party refused the call, so only the user should decide to call again.",
        deprecation = null,
    ),

    /** The SIP trunk failed or answered unexpectedly. */
    SIP_TRUNK_FAILURE(
        value = 18,
        catalogName = "SIP_TRUNK_FAILURE",
        upstreamName = "LIVEKIT_FAILURE_REASON_SIP_TRUNK_FAILURE",
        summary = "The SIP trunk failed or answered unexpectedly.",
        cause = "The SIP signalling with the trunk provider failed or returned an unexpected response.",
        whenItOccurs =
            listOf(
                "the SIP trunk is misconfigured or down",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The phone call could not be connected. Please try again later.",
        userMessageKey = "livekit.failure_reason.SIP_TRUNK_FAILURE",
        remediation =
            listOf(
                "Check the SIP trunk's configuration (address, credentials, allowed numbers) and its provider's status.",
                "Retry with backoff; alert the operator if it recurs.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A trunk failure lies outside the client and may clear, so retry with backoff and alert if it recurs.",
        deprecation = null,
    ),

    /** The server timed out the participant's session. */
    CONNECTION_TIMEOUT(
        value = 19,
        catalogName = "CONNECTION_TIMEOUT",
        upstreamName = "LIVEKIT_FAILURE_REASON_CONNECTION_TIMEOUT",
        summary = "The server timed out the participant's session.",
        cause = "The server stopped hearing from the participant for too long and ended its session.",
        whenItOccurs =
            listOf(
                "the device loses connectivity for longer than the server allows",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "livekit.failure_reason.CONNECTION_TIMEOUT",
        remediation =
            listOf(
                "Join again with backoff once the device is back online.",
                "If it recurs, look for long gaps in the device's connectivity.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Timeouts usually come from transient connectivity loss, so reconnecting with backoff is reasonable.",
        deprecation = null,
    ),

    /** A media stream failed or timed out. */
    MEDIA_FAILURE(
        value = 20,
        catalogName = "MEDIA_FAILURE",
        upstreamName = "LIVEKIT_FAILURE_REASON_MEDIA_FAILURE",
        summary = "A media stream failed or timed out.",
        cause = "The server ended the session because media stopped flowing or the media path failed.",
        whenItOccurs =
            listOf(
                "media packets stop arriving at the server",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "livekit.failure_reason.MEDIA_FAILURE",
        remediation =
            listOf(
                "Join again with backoff.",
                "If it repeats, check that the network lets media through (UDP, or TURN over TLS on port 443).",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Media failures are often transient network or firewall issues, so a delayed rejoin may work, with the user told if it repeats.",
        deprecation = null,
    ),

    /** A failure not covered by the other reasons. */
    OTHER(
        value = 21,
        catalogName = "OTHER",
        upstreamName = "LIVEKIT_FAILURE_REASON_OTHER",
        summary = "A failure not covered by the other reasons.",
        cause = "The SDK hit a failure it does not classify; upstream asks developers to check the console log and report the issue.",
        whenItOccurs =
            listOf(
                "the signalling websocket closed without a ping timeout, or the handshake got an HTTP 5xx (the SDK retries)",
                "the handshake got an HTTP 4xx other than 400/401 (the SDK stops)",
                "the server sent a leave with UNKNOWN_REASON, AGENT_ERROR or another reason the SDK does not map (the SDK stops)",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.DEPENDS,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "livekit.failure_reason.OTHER",
        remediation =
            listOf(
                "Read the room state: while it is RECONNECTING the SDK is retrying, so wait; once it is FAILED the connection is over.",
                "Check the console log for the HTTP status or leave reason behind it, as upstream asks, and report unknown cases to LiveKit.",
                "After FAILED, offer the user a retry.",
            ),
        causes =
            listOf(
                "the signalling websocket closed without a ping timeout (the SDK retries)",
                "the handshake got an HTTP 5xx (the SDK retries)",
                "the handshake got an HTTP 4xx other than 400 or 401 (the SDK stops)",
                "the server sent a leave with UNKNOWN_REASON, AGENT_ERROR or a reason the SDK does not know (the SDK stops)",
            ),
        references =
            listOf(
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."),
                    SignalValue("LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal once the room state is LIVEKIT_CONNECTION_STATE_FAILED; not terminal while it is LIVEKIT_CONNECTION_STATE_RECONNECTING, when the SDK is retrying by itself.",
        terminalBasis = Basis.CATALOG,
        rationale = "The SDK reports OTHER both while it retries by itself (state RECONNECTING) and after it has given up (state FAILED), so the verdict comes from the connection state.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "livekit"

    override val codeSet: String get() = "failure_reason"

    override val wireValue: Any get() = value

    /** The equivalent code in `disconnect_reason`, where one exists. */
    val protocolEquivalent: DisconnectReason?
        get() =
            when (this) {
                DUPLICATE_IDENTITY -> DisconnectReason.DUPLICATE_IDENTITY
                SERVER_SHUTDOWN -> DisconnectReason.SERVER_SHUTDOWN
                PARTICIPANT_REMOVED -> DisconnectReason.PARTICIPANT_REMOVED
                ROOM_DELETED -> DisconnectReason.ROOM_DELETED
                STATE_MISMATCH -> DisconnectReason.STATE_MISMATCH
                JOIN_INCOMPLETE -> DisconnectReason.JOIN_FAILURE
                MIGRATION -> DisconnectReason.MIGRATION
                SIGNAL_CLOSE -> DisconnectReason.SIGNAL_CLOSE
                ROOM_CLOSED -> DisconnectReason.ROOM_CLOSED
                SIP_USER_UNAVAILABLE -> DisconnectReason.USER_UNAVAILABLE
                SIP_USER_REJECTED -> DisconnectReason.USER_REJECTED
                SIP_TRUNK_FAILURE -> DisconnectReason.SIP_TRUNK_FAILURE
                CONNECTION_TIMEOUT -> DisconnectReason.CONNECTION_TIMEOUT
                MEDIA_FAILURE -> DisconnectReason.MEDIA_FAILURE
                else -> null
            }

    override val equivalent: ErrorCode? get() = protocolEquivalent

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): FailureReason? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): FailureReason? = byName[name]
    }
}

/**
 * Reason why a participant was disconnected from a LiveKit room (LiveKit protocol).
 *
 * Upstream: DisconnectReason in livekit/protocol 2.23.0 (package npm:livekit-client&#64;2.23.0).
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
    /** No specific reason was given. */
    UNKNOWN_REASON(
        value = 0,
        catalogName = "UNKNOWN_REASON",
        upstreamName = "UNKNOWN_REASON",
        summary = "No specific reason was given.",
        cause = "The disconnect was not attributed to any of the defined reasons.",
        whenItOccurs =
            listOf(
                "the server or SDK could not classify the disconnect",
                "livekit-client fails to connect for an unclassified reason (timeout, internal error)",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "livekit.disconnect_reason.UNKNOWN_REASON",
        remediation =
            listOf(
                "Retry the join with backoff.",
                "Log the error that came with it (livekit-client reports unclassified connect failures, timeouts and internal errors this way) and check the server logs for the participant.",
            ),
        causes =
            listOf(
                "the server did not give a reason",
                "livekit-client failed to connect for an unclassified reason",
            ),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "livekit-client@2.23.0 src/room/RTCEngine.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Without a reason the failure may be transient, so a bounded retry with backoff is the safest default.",
        deprecation = null,
    ),

    /** The client itself ended the connection. */
    CLIENT_INITIATED(
        value = 1,
        catalogName = "CLIENT_INITIATED",
        upstreamName = "CLIENT_INITIATED",
        summary = "The client itself ended the connection.",
        cause = "The local app disconnected from the room, or cancelled a connection attempt.",
        whenItOccurs =
            listOf(
                "the app calls room.disconnect()",
                "a pending connect is aborted",
            ),
        category = Category.ENDED_NORMALLY,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.PROVIDER,
        userMessage = "You have left the call.",
        userMessageKey = "livekit.disconnect_reason.CLIENT_INITIATED",
        remediation =
            listOf(
                "Nothing to fix: the app called room.disconnect() or cancelled a pending connect. Clean up the UI.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** Another participant with the same identity joined the room. */
    DUPLICATE_IDENTITY(
        value = 2,
        catalogName = "DUPLICATE_IDENTITY",
        upstreamName = "DUPLICATE_IDENTITY",
        summary = "Another participant with the same identity joined the room.",
        cause = "The server disconnected this participant because a newer connection used its identity.",
        whenItOccurs =
            listOf(
                "the same user joins from a second device or tab",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "You joined this call from another device or window, so this one was disconnected.",
        userMessageKey = "livekit.disconnect_reason.DUPLICATE_IDENTITY",
        remediation =
            listOf(
                "Give each device or tab its own participant identity when minting tokens.",
                "Offer the user a button to rejoin here, which disconnects the other session.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Reconnecting automatically would push out the other session in turn, so only the user should decide to rejoin.",
        deprecation = null,
    ),

    /** The server instance is shutting down. */
    SERVER_SHUTDOWN(
        value = 3,
        catalogName = "SERVER_SHUTDOWN",
        upstreamName = "SERVER_SHUTDOWN",
        summary = "The server instance is shutting down.",
        cause = "The LiveKit server handling the participant is going away and disconnected it.",
        whenItOccurs =
            listOf(
                "a server is drained or restarted for deployment or scaling",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The call was interrupted by server maintenance. Reconnecting should work in a moment.",
        userMessageKey = "livekit.disconnect_reason.SERVER_SHUTDOWN",
        remediation =
            listOf(
                "Join again after a short delay; the new connection reaches a healthy server.",
                "When the server asks for a resume or reconnect (LeaveRequest.action), livekit-client does it by itself and this reason is not reported.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "livekit-client@2.23.0 src/room/RTCEngine.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDKs reconnect by themselves only when the server's leave asks them to; once this reason is reported the session is over, but a new join after a delay normally reaches a healthy server.",
        deprecation = null,
    ),

    /** The participant was removed through the room service API. */
    PARTICIPANT_REMOVED(
        value = 4,
        catalogName = "PARTICIPANT_REMOVED",
        upstreamName = "PARTICIPANT_REMOVED",
        summary = "The participant was removed through the room service API.",
        cause = "A backend called RoomService.RemoveParticipant for this participant.",
        whenItOccurs =
            listOf(
                "a moderator or backend kicks the participant",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You were removed from the call.",
        userMessageKey = "livekit.disconnect_reason.PARTICIPANT_REMOVED",
        remediation =
            listOf(
                "Do not rejoin automatically: a backend removed this participant on purpose.",
                "If the removal was not intended, check which service called RoomService.RemoveParticipant.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The removal was a deliberate decision by the app's backend, so rejoining without its consent would undo it.",
        deprecation = null,
    ),

    /** The room was deleted through the room service API. */
    ROOM_DELETED(
        value = 5,
        catalogName = "ROOM_DELETED",
        upstreamName = "ROOM_DELETED",
        summary = "The room was deleted through the room service API.",
        cause = "A backend called RoomService.DeleteRoom for the room.",
        whenItOccurs =
            listOf(
                "the app's backend ends the room for everyone",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This call has ended.",
        userMessageKey = "livekit.disconnect_reason.ROOM_DELETED",
        remediation =
            listOf(
                "Do not rejoin the same room: it was deleted through RoomService.DeleteRoom.",
                "Start a new room from the backend if the session should go on.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
        deprecation = null,
    ),

    /** The server does not know the session the client tried to resume. */
    STATE_MISMATCH(
        value = 6,
        catalogName = "STATE_MISMATCH",
        upstreamName = "STATE_MISMATCH",
        summary = "The server does not know the session the client tried to resume.",
        cause = "The client tried to resume a session for which the server holds no state.",
        whenItOccurs =
            listOf(
                "a resume after a long network outage, when the server has already dropped the session",
                "livekit-client detects that its transport silently died and no engine is left to reconnect",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was lost for too long. Please join again.",
        userMessageKey = "livekit.disconnect_reason.STATE_MISMATCH",
        remediation =
            listOf(
                "Do a fresh join after a short delay; the server no longer holds the old session.",
                "If it recurs, look for long network gaps or a browser tab that was suspended.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The old session is gone, but a fresh full join normally succeeds, so the app may reconnect after a delay.",
        deprecation = null,
    ),

    /** The client could not connect fully. */
    JOIN_FAILURE(
        value = 7,
        catalogName = "JOIN_FAILURE",
        upstreamName = "JOIN_FAILURE",
        summary = "The client could not connect fully.",
        cause = "The participant never finished establishing its connection to the room.",
        whenItOccurs =
            listOf(
                "signalling works but media transports never come up",
                "livekit-client cannot reach the server while joining",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "livekit.disconnect_reason.JOIN_FAILURE",
        remediation =
            listOf(
                "Join again with backoff.",
                "If it keeps failing, check that the server URL is reachable and that the network allows WebRTC media (UDP or TURN over TLS).",
            ),
        causes =
            listOf(
                "media transports never came up after signalling worked",
                "livekit-client could not reach the server while joining",
            ),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "livekit-client@2.23.0 src/room/RTCEngine.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Join failures are usually transient network or ICE problems, so a delayed new join is reasonable, with the user told if it keeps failing.",
        deprecation = null,
    ),

    /** The server asked the participant to move its connection elsewhere. */
    MIGRATION(
        value = 8,
        catalogName = "MIGRATION",
        upstreamName = "MIGRATION",
        summary = "The server asked the participant to move its connection elsewhere.",
        cause = "A LiveKit Cloud server requested that the participant migrate its connection to another server.",
        whenItOccurs =
            listOf(
                "LiveKit Cloud rebalances or drains a server",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The call moved to another server. Reconnecting should work in a moment.",
        userMessageKey = "livekit.disconnect_reason.MIGRATION",
        remediation =
            listOf(
                "Join again after a short delay if the SDK did not already reconnect.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The server wants the participant connected elsewhere, so a new join after a short delay is the expected follow-up when the SDK did not already reconnect.",
        deprecation = null,
    ),

    /** The signalling websocket closed unexpectedly. */
    SIGNAL_CLOSE(
        value = 9,
        catalogName = "SIGNAL_CLOSE",
        upstreamName = "SIGNAL_CLOSE",
        summary = "The signalling websocket closed unexpectedly.",
        cause = "The signalling connection between client and server dropped without a clean leave.",
        whenItOccurs =
            listOf(
                "the network drops the websocket",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "livekit.disconnect_reason.SIGNAL_CLOSE",
        remediation =
            listOf(
                "Join again with backoff.",
                "If it recurs, check for proxies or firewalls that close long-lived websockets.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A dropped signalling link is usually transient, so reconnecting with backoff is reasonable.",
        deprecation = null,
    ),

    /** The room closed because all standard and ingress participants left. */
    ROOM_CLOSED(
        value = 10,
        catalogName = "ROOM_CLOSED",
        upstreamName = "ROOM_CLOSED",
        summary = "The room closed because all standard and ingress participants left.",
        cause = "The server closed the room once no standard or ingress participant remained in it.",
        whenItOccurs =
            listOf(
                "everyone else left the room",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "The call has ended because everyone else left.",
        userMessageKey = "livekit.disconnect_reason.ROOM_CLOSED",
        remediation =
            listOf(
                "Do not rejoin automatically; let the user start or join a new call.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "https://github.com/livekit/protocol/commit/b92b88cd (#778)",
            ),
        since = "@livekit/protocol 1.19.2",
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The session ended naturally, so only the user should decide to start or join a new one.",
        deprecation = null,
    ),

    /** The SIP callee did not answer in time. */
    USER_UNAVAILABLE(
        value = 11,
        catalogName = "USER_UNAVAILABLE",
        upstreamName = "USER_UNAVAILABLE",
        summary = "The SIP callee did not answer in time.",
        cause = "A SIP call placed for the room was not answered before its timeout.",
        whenItOccurs =
            listOf(
                "the called phone rings out or is switched off",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "The person you called did not answer.",
        userMessageKey = "livekit.disconnect_reason.USER_UNAVAILABLE",
        remediation =
            listOf(
                "Let the user decide whether to call again later.",
                "Check the ringing timeout of the SIP call if calls end too early.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "https://github.com/livekit/protocol/commit/2406243b (#828)",
            ),
        since = "@livekit/protocol 1.24.0",
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Calling again only helps once the callee is reachable, which the user has to judge.",
        deprecation = null,
    ),

    /** The SIP callee rejected the call. */
    USER_REJECTED(
        value = 12,
        catalogName = "USER_REJECTED",
        upstreamName = "USER_REJECTED",
        summary = "The SIP callee rejected the call.",
        cause = "The called party declined the SIP call, for example because the line was busy.",
        whenItOccurs =
            listOf(
                "the callee declines the call or the line is busy",
                "livekit-client's join is refused as not allowed (HTTP 4xx)",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "The call was declined.",
        userMessageKey = "livekit.disconnect_reason.USER_REJECTED",
        remediation =
            listOf(
                "For a SIP call, let the user decide whether to call again.",
                "For a livekit-client join refused as not allowed (HTTP 4xx), check the token's grants and the room's settings.",
            ),
        causes =
            listOf(
                "the SIP callee declined or was busy",
                "livekit-client's join was refused as not allowed (HTTP 4xx)",
            ),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "livekit-client@2.23.0 src/room/RTCEngine.ts",
                "https://github.com/livekit/protocol/commit/2406243b (#828)",
            ),
        since = "@livekit/protocol 1.24.0",
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The other party refused, so only the user should decide to try again.",
        deprecation = null,
    ),

    /** The SIP trunk failed or answered unexpectedly. */
    SIP_TRUNK_FAILURE(
        value = 13,
        catalogName = "SIP_TRUNK_FAILURE",
        upstreamName = "SIP_TRUNK_FAILURE",
        summary = "The SIP trunk failed or answered unexpectedly.",
        cause = "The SIP signalling with the trunk provider failed or returned an unexpected response.",
        whenItOccurs =
            listOf(
                "the SIP trunk is misconfigured or down",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The phone call could not be connected. Please try again later.",
        userMessageKey = "livekit.disconnect_reason.SIP_TRUNK_FAILURE",
        remediation =
            listOf(
                "Check the SIP trunk's configuration (address, credentials, allowed numbers) and its provider's status.",
                "Retry with backoff; alert the operator if it recurs.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "https://github.com/livekit/protocol/commit/5bd7e73f (#845)",
            ),
        since = "@livekit/protocol 1.28.0",
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "A trunk failure lies outside the client and may clear, so retry with backoff and alert if it recurs.",
        deprecation = null,
    ),

    /** The server timed out the participant's session. */
    CONNECTION_TIMEOUT(
        value = 14,
        catalogName = "CONNECTION_TIMEOUT",
        upstreamName = "CONNECTION_TIMEOUT",
        summary = "The server timed out the participant's session.",
        cause = "The server stopped hearing from the participant for too long and ended its session.",
        whenItOccurs =
            listOf(
                "the client loses connectivity for longer than the server allows",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "livekit.disconnect_reason.CONNECTION_TIMEOUT",
        remediation =
            listOf(
                "Join again with backoff once the client is back online.",
                "If it recurs, look for long gaps in the client's connectivity.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "https://github.com/livekit/protocol/commit/218e1318 (#1037)",
            ),
        since = "@livekit/protocol 1.37.0",
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Timeouts usually come from transient connectivity loss, so reconnecting with backoff is reasonable.",
        deprecation = null,
    ),

    /** A media stream failed or timed out. */
    MEDIA_FAILURE(
        value = 15,
        catalogName = "MEDIA_FAILURE",
        upstreamName = "MEDIA_FAILURE",
        summary = "A media stream failed or timed out.",
        cause = "The session ended because media stopped flowing or the media path failed.",
        whenItOccurs =
            listOf(
                "media packets stop arriving",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "livekit.disconnect_reason.MEDIA_FAILURE",
        remediation =
            listOf(
                "Join again with backoff.",
                "If it repeats, check that the network lets media through (UDP, or TURN over TLS on port 443).",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "https://github.com/livekit/protocol/commit/573c85ba (#1085)",
            ),
        since = "@livekit/protocol 1.39.0",
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Media failures are often transient network or firewall issues, so a delayed rejoin may work, with the user told if it repeats.",
        deprecation = null,
    ),

    /** An agent encountered an error. */
    AGENT_ERROR(
        value = 16,
        catalogName = "AGENT_ERROR",
        upstreamName = "AGENT_ERROR",
        summary = "An agent encountered an error.",
        cause = "A LiveKit agent taking part in the session failed, and the participant was disconnected for that reason.",
        whenItOccurs =
            listOf(
                "an agent job crashes or reports an error",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The assistant in this call ran into a problem. Please try again in a moment.",
        userMessageKey = "livekit.disconnect_reason.AGENT_ERROR",
        remediation =
            listOf(
                "Check the agent's logs for the job that failed.",
                "Retry with backoff; alert if it recurs.",
            ),
        causes = listOf(),
        references =
            listOf(
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "https://github.com/livekit/protocol/commit/bb5cf392 (#1434)",
            ),
        since = "@livekit/protocol 1.45.0",
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "LeaveRequest.action",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."),
                    SignalValue("RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."),
                    SignalValue("RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The failure is on the agent side rather than the client's, so retry with backoff and alert if it recurs.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "livekit"

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

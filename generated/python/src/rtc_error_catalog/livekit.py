# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `livekit`."""

from __future__ import annotations

from enum import IntEnum
from typing import Final

from rtc_error_catalog._taxonomy import (
    Basis,
    Category,
    CodeInfo,
    Jitter,
    RetryPolicy,
    RetrySchedule,
    RuntimeSignal,
    SignalValue,
    Terminality,
)


# Reason why the ESP32 SDK's room connection failed or is being retried.
# Upstream: livekit_failure_reason_t in livekit/client-sdk-esp32 v0.3.10.
class FailureReason(IntEnum):
    """A code set of provider `livekit`: `failure_reason`."""

    # No failure has occurred.
    NONE = 0

    # The LiveKit server could not be reached.
    UNREACHABLE = 1

    # The access token is malformed.
    BAD_TOKEN = 2

    # The token is not valid for joining the room.
    UNAUTHORIZED = 3

    # A WebRTC peer connection could not be established or failed.
    RTC = 4

    # The SDK gave up after the maximum number of reconnect attempts.
    MAX_RETRIES = 5

    # The server stopped answering pings in time.
    PING_TIMEOUT = 6

    # Another participant joined with the same identity.
    DUPLICATE_IDENTITY = 7

    # The LiveKit server instance is shutting down.
    SERVER_SHUTDOWN = 8

    # The participant was removed through the room service API.
    PARTICIPANT_REMOVED = 9

    # The room was deleted through the room service API.
    ROOM_DELETED = 10

    # The server does not know the session the client tried to resume.
    STATE_MISMATCH = 11

    # The client could not finish joining the room.
    JOIN_INCOMPLETE = 12

    # The server asked the client to move its connection elsewhere.
    MIGRATION = 13

    # The signalling connection was closed unexpectedly.
    SIGNAL_CLOSE = 14

    # The room closed because all standard and ingress participants left.
    ROOM_CLOSED = 15

    # The SIP callee did not answer in time.
    SIP_USER_UNAVAILABLE = 16

    # The SIP callee rejected the call.
    SIP_USER_REJECTED = 17

    # The SIP trunk failed or answered unexpectedly.
    SIP_TRUNK_FAILURE = 18

    # The server timed out the participant's session.
    CONNECTION_TIMEOUT = 19

    # A media stream failed or timed out.
    MEDIA_FAILURE = 20

    # A failure not covered by the other reasons.
    OTHER = 21

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _FAILURE_REASON_INFO[self.name]

    @property
    def protocol_equivalent(self) -> DisconnectReason | None:
        """The equivalent code in the linked code set, if any."""
        name = _FAILURE_REASON_EQUIVALENT.get(self.name)
        return None if name is None else DisconnectReason[name]

    @staticmethod
    def from_value(value: int) -> FailureReason | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return FailureReason(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> FailureReason | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in FailureReason:
            if _FAILURE_REASON_INFO[code.name].name == name:
                return code
        return None


_FAILURE_REASON_INFO: Final = {
    "NONE": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=0,
        name="LIVEKIT_FAILURE_REASON_NONE",
        catalog_name="NONE",
        summary="No failure has occurred.",
        cause="The room is connecting, connected, or was closed by the app, so there is nothing to report.",
        when=(
            "the connection is up or being set up for the first time",
            "the app closed the room, or the server sent a leave with reason CLIENT_INITIATED",
        ),
        category=Category.NOT_AN_ERROR,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Everything is working normally.",
        user_message_key="livekit.failure_reason.NONE",
        remediation=(
            "Nothing to fix: treat it as the absence of an error (log it at debug level at most).",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "UNREACHABLE": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=1,
        name="LIVEKIT_FAILURE_REASON_UNREACHABLE",
        catalog_name="UNREACHABLE",
        summary="The LiveKit server could not be reached.",
        cause="The signalling websocket could not be opened, for example because of a network outage, a wrong URL, a TLS handshake failure or an offline server.",
        when=(
            "the websocket reports an error without an HTTP status",
            "reported while the SDK is reconnecting (state RECONNECTING)",
        ),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=200,
            multiplier_thousandths=2000,
            max_delay_ms=7000,
            jitter=Jitter.EQUAL,
            max_attempts=7,
        ),
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="livekit.failure_reason.UNREACHABLE",
        remediation=(
            "Do nothing from the app while the room state is RECONNECTING: the SDK is retrying by itself.",
            "Show the user that the call is reconnecting.",
            "If the state becomes FAILED, handle the final failure reason the SDK then reports (often MAX_RETRIES).",
            "If it ends in FAILED, check that the server URL is right and reachable from the device's network (DNS, TLS, firewall).",
        ),
        causes=(
            "no network on the device",
            "a wrong server URL",
            "a TLS handshake failure",
            "the server is offline",
        ),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/utils.c",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "BAD_TOKEN": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=2,
        name="LIVEKIT_FAILURE_REASON_BAD_TOKEN",
        catalog_name="BAD_TOKEN",
        summary="The access token is malformed.",
        cause="The server answered the signalling handshake with HTTP 400, for example because the token's identity or room is missing, empty or too long.",
        when=(
            "connecting with a token that lacks identity or room",
            "connecting with a token whose identity or room exceeds the maximum length",
        ),
        category=Category.CREDENTIALS,
        retry_policy=RetryPolicy.REFRESH_CREDENTIALS,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=100,
            multiplier_thousandths=2000,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=2,
        ),
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not confirm your access to this call. Please try again in a moment.",
        user_message_key="livekit.failure_reason.BAD_TOKEN",
        remediation=(
            "Check how the backend builds the token: it must carry an identity and a room name, each within LiveKit's length limits.",
            "Mint a new token with those fields and connect with it.",
            "Do not retry with the same token: the server refuses it again.",
        ),
        causes=(
            "the token has no identity or no room",
            "the identity or room name is too long",
        ),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
        ),
        since=None,
        rationale="The SDK stops without retrying on this client-side failure, and only a correctly built token from the app's backend can succeed.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "UNAUTHORIZED": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=3,
        name="LIVEKIT_FAILURE_REASON_UNAUTHORIZED",
        catalog_name="UNAUTHORIZED",
        summary="The token is not valid for joining the room.",
        cause="The server answered the signalling handshake with HTTP 401, for example because the token has expired or lacks the needed grants.",
        when=(
            "the token has expired",
            "the token does not grant joining this room",
        ),
        category=Category.CREDENTIALS,
        retry_policy=RetryPolicy.REFRESH_CREDENTIALS,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=100,
            multiplier_thousandths=2000,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=2,
        ),
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not confirm your access to this call. Please try joining again.",
        user_message_key="livekit.failure_reason.UNAUTHORIZED",
        remediation=(
            "Fetch a new token from the app's backend and connect again.",
            "If a fresh token is refused too, check that it grants roomJoin for this room and that the API key and secret match the server.",
            "Check the device's clock if tokens look expired as soon as they are issued.",
        ),
        causes=(
            "the token has expired",
            "the token does not grant joining this room",
            "the token was signed with the wrong key",
        ),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
        ),
        since=None,
        rationale="The SDK stops without retrying on this client-side failure, and the upstream doc blames an expired or under-privileged token, so a fresh token is needed.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "RTC": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=4,
        name="LIVEKIT_FAILURE_REASON_RTC",
        catalog_name="RTC",
        summary="A WebRTC peer connection could not be established or failed.",
        cause="The publisher or subscriber peer connection reported disconnected or failed while connecting or while connected.",
        when=(
            "ICE or DTLS setup fails during join",
            "an established peer connection drops",
            "reported while the SDK is reconnecting (state RECONNECTING)",
        ),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=200,
            multiplier_thousandths=2000,
            max_delay_ms=7000,
            jitter=Jitter.EQUAL,
            max_attempts=7,
        ),
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="livekit.failure_reason.RTC",
        remediation=(
            "Do nothing from the app while the room state is RECONNECTING: the SDK is retrying by itself.",
            "Show the user that the call is reconnecting.",
            "If the state becomes FAILED, handle the final failure reason the SDK then reports (often MAX_RETRIES).",
            "If it ends in FAILED, check that the network lets WebRTC through (UDP, or TURN over TLS on port 443) and that the server's ICE/TURN settings are right.",
        ),
        causes=(
            "ICE or DTLS cannot complete through the network",
            "an established peer connection drops",
        ),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "MAX_RETRIES": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=5,
        name="LIVEKIT_FAILURE_REASON_MAX_RETRIES",
        catalog_name="MAX_RETRIES",
        summary="The SDK gave up after the maximum number of reconnect attempts.",
        cause="Every automatic retry failed, and the attempt count exceeded CONFIG_LK_MAX_RETRIES (7 by default).",
        when=(
            "repeated unreachable, ping-timeout, RTC or server-side handshake failures",
        ),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not reconnect to the call. Check your internet connection, then try again.",
        user_message_key="livekit.failure_reason.MAX_RETRIES",
        remediation=(
            "Let the user rejoin when they choose; the SDK has already retried CONFIG_LK_MAX_RETRIES times.",
            "Look in the log at the failure reasons of the individual attempts to find the underlying cause.",
            "Raise CONFIG_LK_MAX_RETRIES (0-100) only if the device's network is known to recover slowly.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/Kconfig",
        ),
        since=None,
        rationale="The SDK has already backed off and retried, so a new attempt should wait for the user or the network to change; most retried failures are network related.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PING_TIMEOUT": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=6,
        name="LIVEKIT_FAILURE_REASON_PING_TIMEOUT",
        catalog_name="PING_TIMEOUT",
        summary="The server stopped answering pings in time.",
        cause="No pong arrived within the ping timeout announced in the join response, so the SDK closed the signalling websocket.",
        when=(
            "the network drops silently while connected",
            "reported while the SDK is reconnecting (state RECONNECTING)",
        ),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=200,
            multiplier_thousandths=2000,
            max_delay_ms=7000,
            jitter=Jitter.EQUAL,
            max_attempts=7,
        ),
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="livekit.failure_reason.PING_TIMEOUT",
        remediation=(
            "Do nothing from the app while the room state is RECONNECTING: the SDK is retrying by itself.",
            "Show the user that the call is reconnecting.",
            "If the state becomes FAILED, handle the final failure reason the SDK then reports (often MAX_RETRIES).",
            "If it happens often, check the device's network for silent drops (Wi-Fi power saving, NAT timeouts).",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "DUPLICATE_IDENTITY": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=7,
        name="LIVEKIT_FAILURE_REASON_DUPLICATE_IDENTITY",
        catalog_name="DUPLICATE_IDENTITY",
        summary="Another participant joined with the same identity.",
        cause="The server sent a leave request because a newer connection used this participant's identity.",
        when=(
            "the same user joins from a second device or tab",
            "two devices share one token identity",
        ),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You joined this call from another device or window, so this one was disconnected.",
        user_message_key="livekit.failure_reason.DUPLICATE_IDENTITY",
        remediation=(
            "Give each device or tab its own participant identity when minting tokens.",
            "Offer the user a button to rejoin here, which disconnects the other session.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="Reconnecting automatically would push out the other session in turn, so only the user should decide to rejoin.",
        deprecated=None,
        failure=None,
        protocol_equivalent=2,
    ),
    "SERVER_SHUTDOWN": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=8,
        name="LIVEKIT_FAILURE_REASON_SERVER_SHUTDOWN",
        catalog_name="SERVER_SHUTDOWN",
        summary="The LiveKit server instance is shutting down.",
        cause="The server sent a leave request with reason SERVER_SHUTDOWN because it is going away.",
        when=("a server is drained or restarted for deployment or scaling",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The call was interrupted by server maintenance. Reconnecting should work in a moment.",
        user_message_key="livekit.failure_reason.SERVER_SHUTDOWN",
        remediation=(
            "Join again after a short delay; the new connection is routed to a healthy server.",
            "No fix is needed on the device: servers are drained during deployments and scaling.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="The ESP32 SDK ends the connection on any server leave, but a new join after a short delay is normally routed to a healthy server.",
        deprecated=None,
        failure=None,
        protocol_equivalent=3,
    ),
    "PARTICIPANT_REMOVED": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=9,
        name="LIVEKIT_FAILURE_REASON_PARTICIPANT_REMOVED",
        catalog_name="PARTICIPANT_REMOVED",
        summary="The participant was removed through the room service API.",
        cause="A backend called RoomService.RemoveParticipant for this participant.",
        when=("a moderator or backend kicks the device from the room",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You were removed from the call.",
        user_message_key="livekit.failure_reason.PARTICIPANT_REMOVED",
        remediation=(
            "Do not rejoin automatically: a backend removed this participant on purpose.",
            "If the removal was not intended, check which service called RoomService.RemoveParticipant.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="The removal was a deliberate decision by the app's backend, so rejoining without its consent would undo it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=4,
    ),
    "ROOM_DELETED": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=10,
        name="LIVEKIT_FAILURE_REASON_ROOM_DELETED",
        catalog_name="ROOM_DELETED",
        summary="The room was deleted through the room service API.",
        cause="A backend called RoomService.DeleteRoom for the room.",
        when=("the app's backend ends the room for everyone",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This call has ended.",
        user_message_key="livekit.failure_reason.ROOM_DELETED",
        remediation=(
            "Do not rejoin the same room: it was deleted through RoomService.DeleteRoom.",
            "Start a new room from the backend if the session should go on.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
        deprecated=None,
        failure=None,
        protocol_equivalent=5,
    ),
    "STATE_MISMATCH": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=11,
        name="LIVEKIT_FAILURE_REASON_STATE_MISMATCH",
        catalog_name="STATE_MISMATCH",
        summary="The server does not know the session the client tried to resume.",
        cause="The server rejected the connection because it holds no state for the session the client presented.",
        when=("the server already dropped the session after a long network outage",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was lost for too long. Please join again.",
        user_message_key="livekit.failure_reason.STATE_MISMATCH",
        remediation=(
            "Do a fresh join (not a resume) after a short delay; the server no longer holds the old session.",
            "If it recurs, look for long network gaps on the device.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="The old session is gone, but a fresh full join normally succeeds, so the app may reconnect after a delay.",
        deprecated=None,
        failure=None,
        protocol_equivalent=6,
    ),
    "JOIN_INCOMPLETE": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=12,
        name="LIVEKIT_FAILURE_REASON_JOIN_INCOMPLETE",
        catalog_name="JOIN_INCOMPLETE",
        summary="The client could not finish joining the room.",
        cause="The server gave up on the participant because the connection was not fully established in time.",
        when=("the signalling connection works but media transports never come up",),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="livekit.failure_reason.JOIN_INCOMPLETE",
        remediation=(
            "Join again with backoff.",
            "If it keeps failing, check that the network allows WebRTC media (UDP or TURN over TLS) as well as the signalling websocket.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="Join failures are usually transient network or ICE problems, so a delayed new join is reasonable, with the user told if it keeps failing.",
        deprecated=None,
        failure=None,
        protocol_equivalent=7,
    ),
    "MIGRATION": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=13,
        name="LIVEKIT_FAILURE_REASON_MIGRATION",
        catalog_name="MIGRATION",
        summary="The server asked the client to move its connection elsewhere.",
        cause="A LiveKit Cloud server requested that the participant migrate to another server; the ESP32 SDK does not migrate and ends the connection instead.",
        when=("LiveKit Cloud rebalances or drains a server",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The call moved to another server. Reconnecting should work in a moment.",
        user_message_key="livekit.failure_reason.MIGRATION",
        remediation=(
            "Join again after a short delay; this SDK does not migrate by itself.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="The server wants the participant connected elsewhere, so a new join after a short delay is the expected follow-up.",
        deprecated=None,
        failure=None,
        protocol_equivalent=8,
    ),
    "SIGNAL_CLOSE": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=14,
        name="LIVEKIT_FAILURE_REASON_SIGNAL_CLOSE",
        catalog_name="SIGNAL_CLOSE",
        summary="The signalling connection was closed unexpectedly.",
        cause="The server reported that the signalling websocket closed without a clean leave.",
        when=(
            "the signalling connection drops and the server reports the reason in a leave request",
        ),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="livekit.failure_reason.SIGNAL_CLOSE",
        remediation=(
            "Join again with backoff.",
            "If it recurs, check the device's network stability and any proxy that closes long-lived websockets.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="A dropped signalling link is usually transient, so reconnecting with backoff is reasonable.",
        deprecated=None,
        failure=None,
        protocol_equivalent=9,
    ),
    "ROOM_CLOSED": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=15,
        name="LIVEKIT_FAILURE_REASON_ROOM_CLOSED",
        catalog_name="ROOM_CLOSED",
        summary="The room closed because all standard and ingress participants left.",
        cause="The server closed the room once no standard or ingress participant remained in it.",
        when=("everyone else left the room",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The call has ended because everyone else left.",
        user_message_key="livekit.failure_reason.ROOM_CLOSED",
        remediation=(
            "Do not rejoin automatically; let the user start or join a new call.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="The session ended naturally, so only the user should decide to start or join a new one.",
        deprecated=None,
        failure=None,
        protocol_equivalent=10,
    ),
    "SIP_USER_UNAVAILABLE": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=16,
        name="LIVEKIT_FAILURE_REASON_SIP_USER_UNAVAILABLE",
        catalog_name="SIP_USER_UNAVAILABLE",
        summary="The SIP callee did not answer in time.",
        cause="A SIP call placed for the room was not answered before its timeout.",
        when=("the called phone rings out or is switched off",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The person you called did not answer.",
        user_message_key="livekit.failure_reason.SIP_USER_UNAVAILABLE",
        remediation=(
            "Let the user decide whether to call again later.",
            "Check the ringing timeout of the SIP call if calls end too early.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="Calling again only helps once the callee is reachable, which the user has to judge.",
        deprecated=None,
        failure=None,
        protocol_equivalent=11,
    ),
    "SIP_USER_REJECTED": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=17,
        name="LIVEKIT_FAILURE_REASON_SIP_USER_REJECTED",
        catalog_name="SIP_USER_REJECTED",
        summary="The SIP callee rejected the call.",
        cause="The called party declined the SIP call, for example because the line was busy.",
        when=(
            "the callee declines the call",
            "the line is busy",
        ),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The person you called declined the call or was busy.",
        user_message_key="livekit.failure_reason.SIP_USER_REJECTED",
        remediation=("Let the user decide whether to call again.",),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="The other party refused the call, so only the user should decide to call again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=12,
    ),
    "SIP_TRUNK_FAILURE": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=18,
        name="LIVEKIT_FAILURE_REASON_SIP_TRUNK_FAILURE",
        catalog_name="SIP_TRUNK_FAILURE",
        summary="The SIP trunk failed or answered unexpectedly.",
        cause="The SIP signalling with the trunk provider failed or returned an unexpected response.",
        when=("the SIP trunk is misconfigured or down",),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The phone call could not be connected. Please try again later.",
        user_message_key="livekit.failure_reason.SIP_TRUNK_FAILURE",
        remediation=(
            "Check the SIP trunk's configuration (address, credentials, allowed numbers) and its provider's status.",
            "Retry with backoff; alert the operator if it recurs.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="A trunk failure lies outside the client and may clear, so retry with backoff and alert if it recurs.",
        deprecated=None,
        failure=None,
        protocol_equivalent=13,
    ),
    "CONNECTION_TIMEOUT": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=19,
        name="LIVEKIT_FAILURE_REASON_CONNECTION_TIMEOUT",
        catalog_name="CONNECTION_TIMEOUT",
        summary="The server timed out the participant's session.",
        cause="The server stopped hearing from the participant for too long and ended its session.",
        when=("the device loses connectivity for longer than the server allows",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="livekit.failure_reason.CONNECTION_TIMEOUT",
        remediation=(
            "Join again with backoff once the device is back online.",
            "If it recurs, look for long gaps in the device's connectivity.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="Timeouts usually come from transient connectivity loss, so reconnecting with backoff is reasonable.",
        deprecated=None,
        failure=None,
        protocol_equivalent=14,
    ),
    "MEDIA_FAILURE": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=20,
        name="LIVEKIT_FAILURE_REASON_MEDIA_FAILURE",
        catalog_name="MEDIA_FAILURE",
        summary="A media stream failed or timed out.",
        cause="The server ended the session because media stopped flowing or the media path failed.",
        when=("media packets stop arriving at the server",),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="livekit.failure_reason.MEDIA_FAILURE",
        remediation=(
            "Join again with backoff.",
            "If it repeats, check that the network lets media through (UDP, or TURN over TLS on port 443).",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="Media failures are often transient network or firewall issues, so a delayed rejoin may work, with the user told if it repeats.",
        deprecated=None,
        failure=None,
        protocol_equivalent=15,
    ),
    "OTHER": CodeInfo(
        provider="livekit",
        code_set="failure_reason",
        value=21,
        name="LIVEKIT_FAILURE_REASON_OTHER",
        catalog_name="OTHER",
        summary="A failure not covered by the other reasons.",
        cause="The SDK hit a failure it does not classify; upstream asks developers to check the console log and report the issue.",
        when=(
            "the signalling websocket closed without a ping timeout, or the handshake got an HTTP 5xx (the SDK retries)",
            "the handshake got an HTTP 4xx other than 400/401 (the SDK stops)",
            "the server sent a leave with UNKNOWN_REASON, AGENT_ERROR or another reason the SDK does not map (the SDK stops)",
        ),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.DEPENDS,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_RECONNECTING",
                    means="The SDK is retrying by itself; the reason is not final and the app should wait.",
                ),
                SignalValue(
                    value="LIVEKIT_CONNECTION_STATE_FAILED",
                    means="The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal once the room state is LIVEKIT_CONNECTION_STATE_FAILED; not terminal while it is LIVEKIT_CONNECTION_STATE_RECONNECTING, when the SDK is retrying by itself.",
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong. Please try again.",
        user_message_key="livekit.failure_reason.OTHER",
        remediation=(
            "Read the room state: while it is RECONNECTING the SDK is retrying, so wait; once it is FAILED the connection is over.",
            "Check the console log for the HTTP status or leave reason behind it, as upstream asks, and report unknown cases to LiveKit.",
            "After FAILED, offer the user a retry.",
        ),
        causes=(
            "the signalling websocket closed without a ping timeout (the SDK retries)",
            "the handshake got an HTTP 5xx (the SDK retries)",
            "the handshake got an HTTP 4xx other than 400 or 401 (the SDK stops)",
            "the server sent a leave with UNKNOWN_REASON, AGENT_ERROR or a reason the SDK does not know (the SDK stops)",
        ),
        references=(
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
        ),
        since=None,
        rationale="The SDK reports OTHER both while it retries by itself (state RECONNECTING) and after it has given up (state FAILED), so the verdict comes from the connection state.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}
_FAILURE_REASON_EQUIVALENT: Final = {
    "DUPLICATE_IDENTITY": "DUPLICATE_IDENTITY",
    "SERVER_SHUTDOWN": "SERVER_SHUTDOWN",
    "PARTICIPANT_REMOVED": "PARTICIPANT_REMOVED",
    "ROOM_DELETED": "ROOM_DELETED",
    "STATE_MISMATCH": "STATE_MISMATCH",
    "JOIN_INCOMPLETE": "JOIN_FAILURE",
    "MIGRATION": "MIGRATION",
    "SIGNAL_CLOSE": "SIGNAL_CLOSE",
    "ROOM_CLOSED": "ROOM_CLOSED",
    "SIP_USER_UNAVAILABLE": "USER_UNAVAILABLE",
    "SIP_USER_REJECTED": "USER_REJECTED",
    "SIP_TRUNK_FAILURE": "SIP_TRUNK_FAILURE",
    "CONNECTION_TIMEOUT": "CONNECTION_TIMEOUT",
    "MEDIA_FAILURE": "MEDIA_FAILURE",
}


# Reason why a participant was disconnected from a LiveKit room (LiveKit protocol).
# Upstream: DisconnectReason in livekit/protocol 2.23.0 (package npm:livekit-client@2.23.0).
class DisconnectReason(IntEnum):
    """A code set of provider `livekit`: `disconnect_reason`."""

    # No specific reason was given.
    UNKNOWN_REASON = 0

    # The client itself ended the connection.
    CLIENT_INITIATED = 1

    # Another participant with the same identity joined the room.
    DUPLICATE_IDENTITY = 2

    # The server instance is shutting down.
    SERVER_SHUTDOWN = 3

    # The participant was removed through the room service API.
    PARTICIPANT_REMOVED = 4

    # The room was deleted through the room service API.
    ROOM_DELETED = 5

    # The server does not know the session the client tried to resume.
    STATE_MISMATCH = 6

    # The client could not connect fully.
    JOIN_FAILURE = 7

    # The server asked the participant to move its connection elsewhere.
    MIGRATION = 8

    # The signalling websocket closed unexpectedly.
    SIGNAL_CLOSE = 9

    # The room closed because all standard and ingress participants left.
    ROOM_CLOSED = 10

    # The SIP callee did not answer in time.
    USER_UNAVAILABLE = 11

    # The SIP callee rejected the call.
    USER_REJECTED = 12

    # The SIP trunk failed or answered unexpectedly.
    SIP_TRUNK_FAILURE = 13

    # The server timed out the participant's session.
    CONNECTION_TIMEOUT = 14

    # A media stream failed or timed out.
    MEDIA_FAILURE = 15

    # An agent encountered an error.
    AGENT_ERROR = 16

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _DISCONNECT_REASON_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> DisconnectReason | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return DisconnectReason(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> DisconnectReason | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in DisconnectReason:
            if _DISCONNECT_REASON_INFO[code.name].name == name:
                return code
        return None


_DISCONNECT_REASON_INFO: Final = {
    "UNKNOWN_REASON": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=0,
        name="UNKNOWN_REASON",
        catalog_name="UNKNOWN_REASON",
        summary="No specific reason was given.",
        cause="The disconnect was not attributed to any of the defined reasons.",
        when=(
            "the server or SDK could not classify the disconnect",
            "livekit-client fails to connect for an unclassified reason (timeout, internal error)",
        ),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="livekit.disconnect_reason.UNKNOWN_REASON",
        remediation=(
            "Retry the join with backoff.",
            "Log the error that came with it (livekit-client reports unclassified connect failures, timeouts and internal errors this way) and check the server logs for the participant.",
        ),
        causes=(
            "the server did not give a reason",
            "livekit-client failed to connect for an unclassified reason",
        ),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            "livekit-client@2.23.0 src/room/RTCEngine.ts",
        ),
        since=None,
        rationale="Without a reason the failure may be transient, so a bounded retry with backoff is the safest default.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CLIENT_INITIATED": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=1,
        name="CLIENT_INITIATED",
        catalog_name="CLIENT_INITIATED",
        summary="The client itself ended the connection.",
        cause="The local app disconnected from the room, or cancelled a connection attempt.",
        when=(
            "the app calls room.disconnect()",
            "a pending connect is aborted",
        ),
        category=Category.ENDED_NORMALLY,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You have left the call.",
        user_message_key="livekit.disconnect_reason.CLIENT_INITIATED",
        remediation=(
            "Nothing to fix: the app called room.disconnect() or cancelled a pending connect. Clean up the UI.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "DUPLICATE_IDENTITY": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=2,
        name="DUPLICATE_IDENTITY",
        catalog_name="DUPLICATE_IDENTITY",
        summary="Another participant with the same identity joined the room.",
        cause="The server disconnected this participant because a newer connection used its identity.",
        when=("the same user joins from a second device or tab",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You joined this call from another device or window, so this one was disconnected.",
        user_message_key="livekit.disconnect_reason.DUPLICATE_IDENTITY",
        remediation=(
            "Give each device or tab its own participant identity when minting tokens.",
            "Offer the user a button to rejoin here, which disconnects the other session.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="Reconnecting automatically would push out the other session in turn, so only the user should decide to rejoin.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SERVER_SHUTDOWN": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=3,
        name="SERVER_SHUTDOWN",
        catalog_name="SERVER_SHUTDOWN",
        summary="The server instance is shutting down.",
        cause="The LiveKit server handling the participant is going away and disconnected it.",
        when=("a server is drained or restarted for deployment or scaling",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The call was interrupted by server maintenance. Reconnecting should work in a moment.",
        user_message_key="livekit.disconnect_reason.SERVER_SHUTDOWN",
        remediation=(
            "Join again after a short delay; the new connection reaches a healthy server.",
            "When the server asks for a resume or reconnect (LeaveRequest.action), livekit-client does it by itself and this reason is not reported.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            "livekit-client@2.23.0 src/room/RTCEngine.ts",
        ),
        since=None,
        rationale="The SDKs reconnect by themselves only when the server's leave asks them to; once this reason is reported the session is over, but a new join after a delay normally reaches a healthy server.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PARTICIPANT_REMOVED": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=4,
        name="PARTICIPANT_REMOVED",
        catalog_name="PARTICIPANT_REMOVED",
        summary="The participant was removed through the room service API.",
        cause="A backend called RoomService.RemoveParticipant for this participant.",
        when=("a moderator or backend kicks the participant",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You were removed from the call.",
        user_message_key="livekit.disconnect_reason.PARTICIPANT_REMOVED",
        remediation=(
            "Do not rejoin automatically: a backend removed this participant on purpose.",
            "If the removal was not intended, check which service called RoomService.RemoveParticipant.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="The removal was a deliberate decision by the app's backend, so rejoining without its consent would undo it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ROOM_DELETED": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=5,
        name="ROOM_DELETED",
        catalog_name="ROOM_DELETED",
        summary="The room was deleted through the room service API.",
        cause="A backend called RoomService.DeleteRoom for the room.",
        when=("the app's backend ends the room for everyone",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This call has ended.",
        user_message_key="livekit.disconnect_reason.ROOM_DELETED",
        remediation=(
            "Do not rejoin the same room: it was deleted through RoomService.DeleteRoom.",
            "Start a new room from the backend if the session should go on.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "STATE_MISMATCH": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=6,
        name="STATE_MISMATCH",
        catalog_name="STATE_MISMATCH",
        summary="The server does not know the session the client tried to resume.",
        cause="The client tried to resume a session for which the server holds no state.",
        when=(
            "a resume after a long network outage, when the server has already dropped the session",
            "livekit-client detects that its transport silently died and no engine is left to reconnect",
        ),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was lost for too long. Please join again.",
        user_message_key="livekit.disconnect_reason.STATE_MISMATCH",
        remediation=(
            "Do a fresh join after a short delay; the server no longer holds the old session.",
            "If it recurs, look for long network gaps or a browser tab that was suspended.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="The old session is gone, but a fresh full join normally succeeds, so the app may reconnect after a delay.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "JOIN_FAILURE": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=7,
        name="JOIN_FAILURE",
        catalog_name="JOIN_FAILURE",
        summary="The client could not connect fully.",
        cause="The participant never finished establishing its connection to the room.",
        when=(
            "signalling works but media transports never come up",
            "livekit-client cannot reach the server while joining",
        ),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="livekit.disconnect_reason.JOIN_FAILURE",
        remediation=(
            "Join again with backoff.",
            "If it keeps failing, check that the server URL is reachable and that the network allows WebRTC media (UDP or TURN over TLS).",
        ),
        causes=(
            "media transports never came up after signalling worked",
            "livekit-client could not reach the server while joining",
        ),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            "livekit-client@2.23.0 src/room/RTCEngine.ts",
        ),
        since=None,
        rationale="Join failures are usually transient network or ICE problems, so a delayed new join is reasonable, with the user told if it keeps failing.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "MIGRATION": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=8,
        name="MIGRATION",
        catalog_name="MIGRATION",
        summary="The server asked the participant to move its connection elsewhere.",
        cause="A LiveKit Cloud server requested that the participant migrate its connection to another server.",
        when=("LiveKit Cloud rebalances or drains a server",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The call moved to another server. Reconnecting should work in a moment.",
        user_message_key="livekit.disconnect_reason.MIGRATION",
        remediation=(
            "Join again after a short delay if the SDK did not already reconnect.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="The server wants the participant connected elsewhere, so a new join after a short delay is the expected follow-up when the SDK did not already reconnect.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SIGNAL_CLOSE": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=9,
        name="SIGNAL_CLOSE",
        catalog_name="SIGNAL_CLOSE",
        summary="The signalling websocket closed unexpectedly.",
        cause="The signalling connection between client and server dropped without a clean leave.",
        when=("the network drops the websocket",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="livekit.disconnect_reason.SIGNAL_CLOSE",
        remediation=(
            "Join again with backoff.",
            "If it recurs, check for proxies or firewalls that close long-lived websockets.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
        ),
        since=None,
        rationale="A dropped signalling link is usually transient, so reconnecting with backoff is reasonable.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ROOM_CLOSED": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=10,
        name="ROOM_CLOSED",
        catalog_name="ROOM_CLOSED",
        summary="The room closed because all standard and ingress participants left.",
        cause="The server closed the room once no standard or ingress participant remained in it.",
        when=("everyone else left the room",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The call has ended because everyone else left.",
        user_message_key="livekit.disconnect_reason.ROOM_CLOSED",
        remediation=(
            "Do not rejoin automatically; let the user start or join a new call.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            "https://github.com/livekit/protocol/commit/b92b88cd (#778)",
        ),
        since="@livekit/protocol 1.19.2",
        rationale="The session ended naturally, so only the user should decide to start or join a new one.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "USER_UNAVAILABLE": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=11,
        name="USER_UNAVAILABLE",
        catalog_name="USER_UNAVAILABLE",
        summary="The SIP callee did not answer in time.",
        cause="A SIP call placed for the room was not answered before its timeout.",
        when=("the called phone rings out or is switched off",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The person you called did not answer.",
        user_message_key="livekit.disconnect_reason.USER_UNAVAILABLE",
        remediation=(
            "Let the user decide whether to call again later.",
            "Check the ringing timeout of the SIP call if calls end too early.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            "https://github.com/livekit/protocol/commit/2406243b (#828)",
        ),
        since="@livekit/protocol 1.24.0",
        rationale="Calling again only helps once the callee is reachable, which the user has to judge.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "USER_REJECTED": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=12,
        name="USER_REJECTED",
        catalog_name="USER_REJECTED",
        summary="The SIP callee rejected the call.",
        cause="The called party declined the SIP call, for example because the line was busy.",
        when=(
            "the callee declines the call or the line is busy",
            "livekit-client's join is refused as not allowed (HTTP 4xx)",
        ),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The call was declined.",
        user_message_key="livekit.disconnect_reason.USER_REJECTED",
        remediation=(
            "For a SIP call, let the user decide whether to call again.",
            "For a livekit-client join refused as not allowed (HTTP 4xx), check the token's grants and the room's settings.",
        ),
        causes=(
            "the SIP callee declined or was busy",
            "livekit-client's join was refused as not allowed (HTTP 4xx)",
        ),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            "livekit-client@2.23.0 src/room/RTCEngine.ts",
            "https://github.com/livekit/protocol/commit/2406243b (#828)",
        ),
        since="@livekit/protocol 1.24.0",
        rationale="The other party refused, so only the user should decide to try again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SIP_TRUNK_FAILURE": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=13,
        name="SIP_TRUNK_FAILURE",
        catalog_name="SIP_TRUNK_FAILURE",
        summary="The SIP trunk failed or answered unexpectedly.",
        cause="The SIP signalling with the trunk provider failed or returned an unexpected response.",
        when=("the SIP trunk is misconfigured or down",),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The phone call could not be connected. Please try again later.",
        user_message_key="livekit.disconnect_reason.SIP_TRUNK_FAILURE",
        remediation=(
            "Check the SIP trunk's configuration (address, credentials, allowed numbers) and its provider's status.",
            "Retry with backoff; alert the operator if it recurs.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            "https://github.com/livekit/protocol/commit/5bd7e73f (#845)",
        ),
        since="@livekit/protocol 1.28.0",
        rationale="A trunk failure lies outside the client and may clear, so retry with backoff and alert if it recurs.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONNECTION_TIMEOUT": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=14,
        name="CONNECTION_TIMEOUT",
        catalog_name="CONNECTION_TIMEOUT",
        summary="The server timed out the participant's session.",
        cause="The server stopped hearing from the participant for too long and ended its session.",
        when=("the client loses connectivity for longer than the server allows",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="livekit.disconnect_reason.CONNECTION_TIMEOUT",
        remediation=(
            "Join again with backoff once the client is back online.",
            "If it recurs, look for long gaps in the client's connectivity.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            "https://github.com/livekit/protocol/commit/218e1318 (#1037)",
        ),
        since="@livekit/protocol 1.37.0",
        rationale="Timeouts usually come from transient connectivity loss, so reconnecting with backoff is reasonable.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "MEDIA_FAILURE": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=15,
        name="MEDIA_FAILURE",
        catalog_name="MEDIA_FAILURE",
        summary="A media stream failed or timed out.",
        cause="The session ended because media stopped flowing or the media path failed.",
        when=("media packets stop arriving",),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="livekit.disconnect_reason.MEDIA_FAILURE",
        remediation=(
            "Join again with backoff.",
            "If it repeats, check that the network lets media through (UDP, or TURN over TLS on port 443).",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            "https://github.com/livekit/protocol/commit/573c85ba (#1085)",
        ),
        since="@livekit/protocol 1.39.0",
        rationale="Media failures are often transient network or firewall issues, so a delayed rejoin may work, with the user told if it repeats.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "AGENT_ERROR": CodeInfo(
        provider="livekit",
        code_set="disconnect_reason",
        value=16,
        name="AGENT_ERROR",
        catalog_name="AGENT_ERROR",
        summary="An agent encountered an error.",
        cause="A LiveKit agent taking part in the session failed, and the participant was disconnected for that reason.",
        when=("an agent job crashes or reports an error",),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="LeaveRequest.action",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="DISCONNECT (0)",
                    means="The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                ),
                SignalValue(
                    value="RESUME (1)",
                    means="The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                ),
                SignalValue(
                    value="RECONNECT (2)",
                    means="The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The assistant in this call ran into a problem. Please try again in a moment.",
        user_message_key="livekit.disconnect_reason.AGENT_ERROR",
        remediation=(
            "Check the agent's logs for the job that failed.",
            "Retry with backoff; alert if it recurs.",
        ),
        causes=(),
        references=(
            "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            "https://github.com/livekit/protocol/commit/bb5cf392 (#1434)",
        ),
        since="@livekit/protocol 1.45.0",
        rationale="The failure is on the agent side rather than the client's, so retry with backoff and alert if it recurs.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}

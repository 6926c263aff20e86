# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `hms`."""

from __future__ import annotations

from enum import IntEnum
from typing import Final

from rtc_error_catalog import web_platform
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


# Failures of the signalling WebSocket to the 100ms server (ErrorCodes.WebSocketConnectionErrors).
# Upstream: ErrorCodes.WebSocketConnectionErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
class WebsocketConnectionErrors(IntEnum):
    """A code set of provider `hms`: `websocket_connection_errors`."""

    # The signalling WebSocket could not be opened.
    FAILED_TO_CONNECT = 1000

    # The signalling connection was lost.
    WEBSOCKET_CONNECTION_LOST = 1003

    # The signalling WebSocket closed while it was being opened.
    ABNORMAL_CLOSE = 1006

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _WEBSOCKET_CONNECTION_ERRORS_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> WebsocketConnectionErrors | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return WebsocketConnectionErrors(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> WebsocketConnectionErrors | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in WebsocketConnectionErrors:
            if _WEBSOCKET_CONNECTION_ERRORS_INFO[code.name].name == name:
                return code
        return None


_WEBSOCKET_CONNECTION_ERRORS_INFO: Final = {
    "FAILED_TO_CONNECT": CodeInfo(
        provider="hms",
        code_set="websocket_connection_errors",
        value=1000,
        name="FAILED_TO_CONNECT",
        catalog_name="FAILED_TO_CONNECT",
        summary="The signalling WebSocket could not be opened.",
        cause='The browser reported an error on the WebSocket to the 100ms signalling server before it opened ("Error opening websocket connection").',
        when=(
            "join or preview while the network is down or unstable",
            "a firewall, proxy or antivirus blocks WebSocket connections to the 100ms servers",
        ),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=120000,
            jitter=Jitter.EQUAL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Not terminal while the SDK retries the connection (room state Reconnecting); terminal once the retries have failed for 60 s, when the SDK sets isTerminal to true and leaves the room.",
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect to the call. Check your internet connection; we are trying again.",
        user_message_key="hms.websocket_connection_errors.FAILED_TO_CONNECT",
        remediation=(
            "Do not rejoin from the app while isTerminal is false; the SDK retries the connection by itself.",
            "If the error arrives with isTerminal true, offer the user a rejoin.",
            "If it happens on one network only, allow WebSocket (wss) traffic to the 100ms servers through the firewall or proxy.",
        ),
        causes=(
            "no network connectivity",
            "a firewall, proxy or antivirus that blocks WebSockets",
        ),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "WEBSOCKET_CONNECTION_LOST": CodeInfo(
        provider="hms",
        code_set="websocket_connection_errors",
        value=1003,
        name="WEBSOCKET_CONNECTION_LOST",
        catalog_name="WEBSOCKET_CONNECTION_LOST",
        summary="The signalling connection was lost.",
        cause="The signalling WebSocket is not connected (it closed, or pings went unanswered) while the SDK needed it; pending requests are rejected with this code.",
        when=(
            "the network drops or changes during a call (Wi-Fi to mobile data, laptop sleep)",
            "a request such as join or a metadata update is sent while the signalling connection is down",
        ),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1000,
            max_delay_ms=1000,
            jitter=Jitter.NONE,
            max_attempts=60,
        ),
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Not terminal while the SDK reconnects the signalling channel (room state Reconnecting); terminal once the reconnection has failed for 60 s, when the SDK sets isTerminal to true and leaves the room.",
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="hms.websocket_connection_errors.WEBSOCKET_CONNECTION_LOST",
        remediation=(
            "Show that the call is reconnecting (onReconnecting, room state Reconnecting) and wait; the SDK reconnects by itself.",
            "If the error arrives with isTerminal true, offer the user a rejoin.",
            "Retry an app request that failed with this code once the room is connected again.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/RetryScheduler.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ABNORMAL_CLOSE": CodeInfo(
        provider="hms",
        code_set="websocket_connection_errors",
        value=1006,
        name="ABNORMAL_CLOSE",
        catalog_name="ABNORMAL_CLOSE",
        summary="The signalling WebSocket closed while it was being opened.",
        cause="The WebSocket to the signalling server closed with a code other than 1000 before the connection was established.",
        when=(
            "the server or a proxy drops the WebSocket during the opening handshake",
            "an unstable network at join time",
        ),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=120000,
            jitter=Jitter.EQUAL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Not terminal while the SDK retries the connection (room state Reconnecting); terminal once the retries have failed for 60 s, when the SDK sets isTerminal to true and leaves the room.",
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect to the call. Check your internet connection; we are trying again.",
        user_message_key="hms.websocket_connection_errors.ABNORMAL_CLOSE",
        remediation=(
            "Do not rejoin from the app while isTerminal is false; the SDK retries the connection by itself.",
            "If the error arrives with isTerminal true, offer the user a rejoin.",
            "If it recurs on one network, check for a proxy that terminates WebSockets early.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Failures of the HTTP calls the SDK makes before and around a session (init, token, feedback) (ErrorCodes.APIErrors).
# Upstream: ErrorCodes.APIErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
class ApiErrors(IntEnum):
    """A code set of provider `hms`: `api_errors`."""

    # An HTTP API of the 100ms service answered with an error.
    SERVER_ERRORS = 2000

    # The SDK has no init configuration to connect with.
    INIT_CONFIG_NOT_AVAILABLE = 2002

    # A 100ms HTTP endpoint could not be reached.
    ENDPOINT_UNREACHABLE = 2003

    # The auth token is not a well-formed JWT.
    INVALID_TOKEN_FORMAT = 2004

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _API_ERRORS_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> ApiErrors | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return ApiErrors(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> ApiErrors | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in ApiErrors:
            if _API_ERRORS_INFO[code.name].name == name:
                return code
        return None


_API_ERRORS_INFO: Final = {
    "SERVER_ERRORS": CodeInfo(
        provider="hms",
        code_set="api_errors",
        value=2000,
        name="SERVER_ERRORS",
        catalog_name="SERVER_ERRORS",
        summary="An HTTP API of the 100ms service answered with an error.",
        cause="Declared for errors returned by the 100ms HTTP endpoints (the init endpoint, token and feedback APIs); in 0.15.2 the SDK reports such errors with the server's own code in place of 2000, under the exception name ServerErrors.",
        when=(
            "the init endpoint refuses the token or the room (an HTTP error status)",
            "the token or feedback API of the 100ms service fails",
        ),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.DEPENDS,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="The SDK decides per call; errors from the init endpoint during join are created terminal (the factory's default), errors from fetching an auth token by room code are not.",
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="hms.api_errors.SERVER_ERRORS",
        remediation=(
            "Read HMSException.code and description; in 0.15.2 they carry the server's status or error code, not 2000.",
            "Retry with backoff for 5xx and 429; for 401 or 403 fetch a new token; for other 4xx fix the request (room, role, token claims).",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/init/index.ts",
        ),
        since=None,
        rationale="The code stands for a family of server answers; whether a retry helps depends on the HTTP status or server code carried in its place (a 5xx or 429 is transient, a 4xx is not).",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INIT_CONFIG_NOT_AVAILABLE": CodeInfo(
        provider="hms",
        code_set="api_errors",
        value=2002,
        name="INIT_CONFIG_NOT_AVAILABLE",
        catalog_name="INIT_CONFIG_NOT_AVAILABLE",
        summary="The SDK has no init configuration to connect with.",
        cause='The SDK tried to open the signalling connection before it had the configuration (signalling endpoint, ICE servers) that the init endpoint returns ("Init Config not found").',
        when=(
            "the init request failed or was skipped and the join went on to open the signalling connection",
        ),
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
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="hms.api_errors.INIT_CONFIG_NOT_AVAILABLE",
        remediation=(
            "Retry the join after a short delay; each join fetches the init configuration again.",
            "If it persists, check that the app can reach the init endpoint (a custom initEndpoint in the join config, or the default https://prod-init.100ms.live) and look at the earlier error for the init request.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/constants.ts",
        ),
        since=None,
        rationale="The configuration comes from a fresh init request, so a new join attempt after a short wait can succeed; repeated failures point at the init endpoint.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ENDPOINT_UNREACHABLE": CodeInfo(
        provider="hms",
        code_set="api_errors",
        value=2003,
        name="ENDPOINT_UNREACHABLE",
        catalog_name="ENDPOINT_UNREACHABLE",
        summary="A 100ms HTTP endpoint could not be reached.",
        cause="The request to the init, token or feedback endpoint failed at the network level, or the init endpoint answered 404.",
        when=(
            "the device is offline when the app joins",
            "a firewall or ad blocker blocks the 100ms domains",
            "a wrong custom init endpoint",
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
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Not terminal as created; when the browser reports that it is offline (navigator.onLine false) during connect, the SDK retries and sets isTerminal to true if it has not recovered within 60 s.",
        terminal_basis=Basis.PROVIDER,
        user_message="We could not reach the call service. Check your internet connection and try again.",
        user_message_key="hms.api_errors.ENDPOINT_UNREACHABLE",
        remediation=(
            "Check the network connection and retry the join with backoff.",
            "Allow the 100ms domains through firewalls, proxies and content blockers.",
            "If the app sets a custom init endpoint, check its URL.",
        ),
        causes=(
            "no network connectivity",
            "the 100ms domains are blocked",
            "a wrong endpoint URL (HTTP 404)",
        ),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/init/index.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
        ),
        since=None,
        rationale="The SDK retries by itself only while the browser is offline; otherwise the join fails at once and a later attempt, after the network is back, is the app's to make.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INVALID_TOKEN_FORMAT": CodeInfo(
        provider="hms",
        code_set="api_errors",
        value=2004,
        name="INVALID_TOKEN_FORMAT",
        catalog_name="INVALID_TOKEN_FORMAT",
        summary="The auth token is not a well-formed JWT.",
        cause="The token passed to join or preview is empty, or does not have the three dot-separated parts (header, payload, signature) of a JWT, or its payload cannot be decoded.",
        when=(
            "the app passes an empty, undefined or truncated token",
            "the app passes a room code or another string in place of the auth token",
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
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not confirm your access to this call. Please try joining again.",
        user_message_key="hms.api_errors.INVALID_TOKEN_FORMAT",
        remediation=(
            "Fetch a fresh auth token (from the app's backend, or with getAuthTokenByRoomCode) and join again.",
            "Check that the app passes the token itself, complete, and not a room code or an error body.",
        ),
        causes=(
            "an empty or undefined token",
            "a token cut short or altered on its way to the client",
        ),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/jwt.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
        ),
        since=None,
        rationale="The same string fails the same way every time; only a correct token, fetched again from the app's backend or the token API, can succeed.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Failures to capture, publish or play local and remote media tracks (ErrorCodes.TracksErrors), reported as HMSTrackException.
# Upstream: ErrorCodes.TracksErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
class TracksErrors(IntEnum):
    """A code set of provider `hms`: `tracks_errors`."""

    # Getting or changing a local track failed for a reason the SDK did not classify.
    GENERIC_TRACK = 3000

    # The user denied access to the camera, microphone or screen.
    CANT_ACCESS_CAPTURE_DEVICE = 3001

    # No capture device of the requested kind is available.
    DEVICE_NOT_AVAILABLE = 3002

    # The capture device is in use by another application.
    DEVICE_IN_USE = 3003

    # Access to a capture device was lost during the call.
    DEVICE_LOST_MIDWAY = 3004

    # Neither audio nor video was requested.
    NOTHING_TO_RETURN = 3005

    # Simulcast was enabled without video settings.
    INVALID_VIDEO_SETTINGS = 3006

    # The codec cannot be changed during a call.
    CODEC_CHANGE_NOT_PERMITTED = 3007

    # The browser blocked audio playback until the user interacts with the page.
    AUTOPLAY_ERROR = 3008

    # The device cannot satisfy the requested constraints.
    OVER_CONSTRAINED = 3009

    # No sound is coming from the microphone.
    NO_AUDIO_DETECTED = 3010

    # The operating system denied access to the capture device.
    SYSTEM_DENIED_PERMISSION = 3011

    # The user shared something other than the current tab.
    CURRENT_TAB_NOT_SHARED = 3012

    # Playing a remote participant's audio failed.
    AUDIO_PLAYBACK_ERROR = 3013

    # The selected device could no longer be found.
    SELECTED_DEVICE_MISSING = 3014

    # A local track is publishing no media.
    NO_DATA = 3015

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _TRACKS_ERRORS_INFO[self.name]

    @property
    def protocol_equivalent(self) -> web_platform.MediaCaptureError | None:
        """The equivalent code in the linked code set, if any."""
        name = _TRACKS_ERRORS_EQUIVALENT.get(self.name)
        return None if name is None else web_platform.MediaCaptureError[name]

    @staticmethod
    def from_value(value: int) -> TracksErrors | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return TracksErrors(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> TracksErrors | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in TracksErrors:
            if _TRACKS_ERRORS_INFO[code.name].name == name:
                return code
        return None


_TRACKS_ERRORS_INFO: Final = {
    "GENERIC_TRACK": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3000,
        name="GENERIC_TRACK",
        catalog_name="GENERIC_TRACK",
        summary="Getting or changing a local track failed for a reason the SDK did not classify.",
        cause="A getUserMedia or getDisplayMedia failure that matched none of the specific browser errors, or another track operation failed (for example cropping a screen share, or a retry after all constraints were dropped).",
        when=(
            "an unusual browser or driver error while starting the camera, microphone or screen share",
            "cropping a screen-share capture to a region fails",
        ),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not start your camera, microphone or screen share. Please try again.",
        user_message_key="hms.tracks_errors.GENERIC_TRACK",
        remediation=(
            "Log HMSException.description and nativeError, which carry the browser's own error.",
            "Let the user retry the device, pick another one, or reload the page.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/LocalTrackManager.ts",
        ),
        since=None,
        rationale="The cause is unknown, so the catalog does not retry blindly; letting the user try the device again, or another device, is the safe choice.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CANT_ACCESS_CAPTURE_DEVICE": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3001,
        name="CANT_ACCESS_CAPTURE_DEVICE",
        catalog_name="CANT_ACCESS_CAPTURE_DEVICE",
        summary="The user denied access to the camera, microphone or screen.",
        cause="The browser refused the capture request with NotAllowedError, usually because the user (or a site setting) blocked the permission.",
        when=(
            "the user clicks Block on the browser's permission prompt",
            "the site's camera or microphone permission was blocked earlier",
            "the user cancels the screen-share picker",
        ),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Access to your camera, microphone or screen was blocked. Allow it in your browser's settings, then try again.",
        user_message_key="hms.tracks_errors.CANT_ACCESS_CAPTURE_DEVICE",
        remediation=(
            "Tell the user which device was blocked (HMSTrackException.trackType) and how to allow it in the browser's site settings.",
            "Let the user join or stay in the call without that device.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
        ),
        since=None,
        rationale="The browser keeps refusing until the user grants the permission, so a retry only makes sense after they have changed it.",
        deprecated=None,
        failure=None,
        protocol_equivalent="NotAllowedError",
    ),
    "DEVICE_NOT_AVAILABLE": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3002,
        name="DEVICE_NOT_AVAILABLE",
        catalog_name="DEVICE_NOT_AVAILABLE",
        summary="No capture device of the requested kind is available.",
        cause='The browser reported NotFoundError (or a "device not found" message) for the camera, microphone or screen requested.',
        when=(
            "the device has no camera or microphone, or it is disabled",
            "the selected device was unplugged",
        ),
        category=Category.USER_INPUT,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not find your camera or microphone. Connect one, or choose another, and try again.",
        user_message_key="hms.tracks_errors.DEVICE_NOT_AVAILABLE",
        remediation=(
            "Ask the user to connect or enable a device, or to choose another one, then try again.",
            "Let the user continue without that device.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
        ),
        since=None,
        rationale="Nothing changes until the user connects or enables a device, or picks another one.",
        deprecated=None,
        failure=None,
        protocol_equivalent="NotFoundError",
    ),
    "DEVICE_IN_USE": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3003,
        name="DEVICE_IN_USE",
        catalog_name="DEVICE_IN_USE",
        summary="The capture device is in use by another application.",
        cause="The browser reported NotReadableError; the device exists and access was granted, but it could not be opened, typically because another application holds it.",
        when=(
            "another video-call app or browser tab is using the camera",
            "a driver or hardware fault keeps the device from starting",
        ),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your camera or microphone is being used by another app. Close it and try again.",
        user_message_key="hms.tracks_errors.DEVICE_IN_USE",
        remediation=(
            "Ask the user to close other applications or tabs using the device, then try again.",
            "Offer another device if one is available.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
        ),
        since=None,
        rationale="The device frees up only when the other application lets go of it, which the user has to do.",
        deprecated=None,
        failure=None,
        protocol_equivalent="NotReadableError",
    ),
    "DEVICE_LOST_MIDWAY": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3004,
        name="DEVICE_LOST_MIDWAY",
        catalog_name="DEVICE_LOST_MIDWAY",
        summary="Access to a capture device was lost during the call.",
        cause="Declared for a capture device that stops delivering media mid-call (unplugged, taken over or switched off); 0.15.2 has a factory for it but never raises it.",
        when=("a USB camera or headset is unplugged during the call",),
        category=Category.USER_INPUT,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your camera or microphone stopped working. Check it, or choose another, and try again.",
        user_message_key="hms.tracks_errors.DEVICE_LOST_MIDWAY",
        remediation=(
            "Ask the user to reconnect the device or select another one, then re-enable the track.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
        ),
        since=None,
        rationale="The device has to come back, or another be chosen, before capture can resume.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NOTHING_TO_RETURN": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3005,
        name="NOTHING_TO_RETURN",
        catalog_name="NOTHING_TO_RETURN",
        summary="Neither audio nor video was requested.",
        cause="Track settings asked for no audio and no video, or the browser refused the capture request with TypeError (which getUserMedia raises for an empty request).",
        when=(
            "building track settings with both audio and video set to null",
            "preview or join configured to publish nothing, while the SDK still asks for tracks",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="hms.tracks_errors.NOTHING_TO_RETURN",
        remediation=(
            "Request audio, video or both in the track settings, or skip getting local tracks when the role publishes nothing.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/media/settings/HMSTrackSettings.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
        ),
        since=None,
        rationale="The same settings produce the same empty request; the app has to ask for at least one kind of media.",
        deprecated=None,
        failure=None,
        protocol_equivalent="TypeError",
    ),
    "INVALID_VIDEO_SETTINGS": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3006,
        name="INVALID_VIDEO_SETTINGS",
        catalog_name="INVALID_VIDEO_SETTINGS",
        summary="Simulcast was enabled without video settings.",
        cause="The track settings builder was asked for simulcast while its video settings are null.",
        when=("building HMSTrackSettings with simulcast on and no video",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="hms.tracks_errors.INVALID_VIDEO_SETTINGS",
        remediation=(
            "Provide video settings when enabling simulcast, or turn simulcast off for audio-only publishing.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/media/settings/HMSTrackSettings.ts",
        ),
        since=None,
        rationale="A configuration error that repeats until the app's settings change.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CODEC_CHANGE_NOT_PERMITTED": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3007,
        name="CODEC_CHANGE_NOT_PERMITTED",
        catalog_name="CODEC_CHANGE_NOT_PERMITTED",
        summary="The codec cannot be changed during a call.",
        cause="Declared for an attempt to change a track's codec mid-call (\"Codec can't be changed mid call\"); 0.15.2 has a factory for it but never raises it.",
        when=("changing video codec settings after joining",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="hms.tracks_errors.CODEC_CHANGE_NOT_PERMITTED",
        remediation=(
            "Choose the codec before joining; change it only by leaving and joining again.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
        ),
        since=None,
        rationale="The SDK does not allow the change during a call, so repeating it fails the same way.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "AUTOPLAY_ERROR": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3008,
        name="AUTOPLAY_ERROR",
        catalog_name="AUTOPLAY_ERROR",
        summary="The browser blocked audio playback until the user interacts with the page.",
        cause="Playing a remote audio track failed with NotAllowedError because the browser's autoplay policy needs a user gesture first (\"Autoplay blocked because the user didn't interact with the document first\"); the exception is named AutoplayBlocked.",
        when=(
            "remote audio starts before the user has clicked or tapped on the page",
            "joining from a page opened without user interaction",
        ),
        category=Category.USER_INPUT,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Tap or click anywhere to turn on the call's audio.",
        user_message_key="hms.tracks_errors.AUTOPLAY_ERROR",
        remediation=(
            "Show a button that asks the user to enable audio, and call unblockAudio() from its click handler.",
            "Have the user click a join button before joining, so that playback follows a user gesture.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/audio-sink-manager/AudioSinkManager.ts",
        ),
        since=None,
        rationale="Only a user gesture lifts the browser's autoplay block; retrying playback without one fails again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "OVER_CONSTRAINED": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3009,
        name="OVER_CONSTRAINED",
        catalog_name="OVER_CONSTRAINED",
        summary="The device cannot satisfy the requested constraints.",
        cause="The browser reported OverconstrainedError; the requested resolution, frame rate or device id cannot be met by the hardware.",
        when=(
            "requesting a resolution or frame rate the camera does not support",
            "requesting a deviceId that is no longer present",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="hms.tracks_errors.OVER_CONSTRAINED",
        remediation=(
            "Relax the constraints in the track settings (resolution, frame rate), or drop a stale deviceId.",
            "Read HMSException.description, which names the constraint the browser could not satisfy.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/LocalTrackManager.ts",
        ),
        since=None,
        rationale="The same constraints fail on the same hardware. The SDK itself retries once without constraints (src/sdk/LocalTrackManager.ts), so the app should not repeat the original request.",
        deprecated=None,
        failure=None,
        protocol_equivalent="OverconstrainedError",
    ),
    "NO_AUDIO_DETECTED": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3010,
        name="NO_AUDIO_DETECTED",
        catalog_name="NO_AUDIO_DETECTED",
        summary="No sound is coming from the microphone.",
        cause='The SDK\'s audio presence check found no input on the local microphone track ("No audio input detected from microphone").',
        when=(
            "the microphone is muted in hardware or in the operating system",
            "the wrong input device is selected",
            "a faulty microphone",
        ),
        category=Category.USER_INPUT,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We can't hear you. Check your microphone, or choose another one.",
        user_message_key="hms.tracks_errors.NO_AUDIO_DETECTED",
        remediation=(
            "Tell the user, and offer a microphone picker.",
            "Suggest checking the hardware mute switch and the operating system's input settings.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
        ),
        since=None,
        rationale="The microphone keeps producing silence until the user checks it or selects another input.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SYSTEM_DENIED_PERMISSION": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3011,
        name="SYSTEM_DENIED_PERMISSION",
        catalog_name="SYSTEM_DENIED_PERMISSION",
        summary="The operating system denied access to the capture device.",
        cause='The browser was refused access by the operating system (Chrome\'s NotAllowedError "denied by system", or NotFoundError on Firefox, which the SDK maps here as well).',
        when=(
            "the browser lacks camera, microphone or screen-recording permission in macOS or Windows privacy settings",
            "a device management policy blocks the device",
        ),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your computer's settings are blocking the camera, microphone or screen share. Allow your browser in the system settings, then try again.",
        user_message_key="hms.tracks_errors.SYSTEM_DENIED_PERMISSION",
        remediation=(
            "Tell the user to allow the browser in the operating system's privacy settings (camera, microphone or screen recording), then restart the browser if needed.",
            "Let the user continue without that device meanwhile.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
        ),
        since=None,
        rationale="The browser's own permission is not enough; the user must allow the browser in the operating system's settings (often followed by a browser restart).",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CURRENT_TAB_NOT_SHARED": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3012,
        name="CURRENT_TAB_NOT_SHARED",
        catalog_name="CURRENT_TAB_NOT_SHARED",
        summary="The user shared something other than the current tab.",
        cause="Screen sharing was started with forceCurrentTab true, but the capture handle shows the user picked another tab, window or screen.",
        when=(
            "an app that needs the current tab shared, and the user chooses another surface in the picker",
        ),
        category=Category.USER_INPUT,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Please share this tab to continue.",
        user_message_key="hms.tracks_errors.CURRENT_TAB_NOT_SHARED",
        remediation=(
            "Ask the user to start screen sharing again and choose the current tab.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/LocalTrackManager.ts",
        ),
        since=None,
        rationale="Only the user's choice in the browser picker can fix it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "AUDIO_PLAYBACK_ERROR": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3013,
        name="AUDIO_PLAYBACK_ERROR",
        catalog_name="AUDIO_PLAYBACK_ERROR",
        summary="Playing a remote participant's audio failed.",
        cause='The audio element that plays a remote audio track raised an error (its MediaError code is in the description); the exception is named "Audio playback error".',
        when=(
            "the browser cannot decode the incoming audio",
            "the audio output device fails",
        ),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=120000,
            jitter=Jitter.EQUAL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="There was a problem playing the call's audio. If you can't hear others, try rejoining.",
        user_message_key="hms.tracks_errors.AUDIO_PLAYBACK_ERROR",
        remediation=(
            "Log the MediaError code from the description; for a decode error the SDK recreates the audio element by itself after about 500 ms.",
            "If audio stays silent, let the user pick another output device or rejoin.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/audio-sink-manager/AudioSinkManager.ts",
        ),
        since=None,
        rationale="For a decode error, the usual case, the SDK recreates the audio element by itself after about 500 ms; for other media errors it does not, so the catalog's advice is to wait first and offer a rejoin only if audio stays silent.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SELECTED_DEVICE_MISSING": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3014,
        name="SELECTED_DEVICE_MISSING",
        catalog_name="SELECTED_DEVICE_MISSING",
        summary="The selected device could no longer be found.",
        cause='After a device change, the SDK could not find the audio input (or output) the user had selected, nor a replacement ("Could not detect selected ... device").',
        when=(
            "the selected headset or microphone is unplugged and no other device is available",
        ),
        category=Category.USER_INPUT,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not find your selected audio device. Check it's connected, or choose another.",
        user_message_key="hms.tracks_errors.SELECTED_DEVICE_MISSING",
        remediation=("Ask the user to reconnect the device or select another one.",),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/device-manager/DeviceManager.ts",
        ),
        since=None,
        rationale="The call can continue once the user connects a device or picks another one; the SDK reports it in its device-change analytics.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NO_DATA": CodeInfo(
        provider="hms",
        code_set="tracks_errors",
        value=3015,
        name="NO_DATA",
        catalog_name="NO_DATA",
        summary="A local track is publishing no media.",
        cause='A local track is muted by the system or has ended before publishing, so it sends no data; the SDK\'s description says another application may have taken the camera or microphone, or an incoming phone call. The exception is named "Track does not have any data".',
        when=(
            "on mobile browsers, a phone or WhatsApp call is in progress when the user joins",
            "another application takes priority over the camera or microphone",
        ),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the track or device named in the exception (trackType) is affected.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your camera or microphone is busy with another app or call. End it, then turn your camera or microphone off and on again.",
        user_message_key="hms.tracks_errors.NO_DATA",
        remediation=(
            "Tell the user another app or call holds the device, and let them toggle the track once it is free.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
        ),
        since=None,
        rationale="The device is held elsewhere, as with DEVICE_IN_USE; the track carries data again only after the other use ends.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}
_TRACKS_ERRORS_EQUIVALENT: Final = {
    "CANT_ACCESS_CAPTURE_DEVICE": "NOT_ALLOWED_ERROR",
    "DEVICE_NOT_AVAILABLE": "NOT_FOUND_ERROR",
    "DEVICE_IN_USE": "NOT_READABLE_ERROR",
    "NOTHING_TO_RETURN": "TYPE_ERROR",
    "OVER_CONSTRAINED": "OVERCONSTRAINED_ERROR",
}


# Failures of the WebRTC peer connections that carry the media (ErrorCodes.WebrtcErrors).
# Upstream: ErrorCodes.WebrtcErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
class WebrtcErrors(IntEnum):
    """A code set of provider `hms`: `webrtc_errors`."""

    # Creating an SDP offer failed.
    CREATE_OFFER_FAILED = 4001

    # Creating an SDP answer failed.
    CREATE_ANSWER_FAILED = 4002

    # Applying the local SDP description failed.
    SET_LOCAL_DESCRIPTION_FAILED = 4003

    # Applying the server's SDP description failed.
    SET_REMOTE_DESCRIPTION_FAILED = 4004

    # The media connection failed.
    ICE_FAILURE = 4005

    # The media connection was interrupted.
    ICE_DISCONNECTED = 4006

    # Reading WebRTC statistics failed.
    STATS_FAILED = 4007

    # The server's answer was dropped because a newer offer is in flight.
    PUBLISH_ANSWER_SUPERSEDED = 4008

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _WEBRTC_ERRORS_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> WebrtcErrors | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return WebrtcErrors(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> WebrtcErrors | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in WebrtcErrors:
            if _WEBRTC_ERRORS_INFO[code.name].name == name:
                return code
        return None


_WEBRTC_ERRORS_INFO: Final = {
    "CREATE_OFFER_FAILED": CodeInfo(
        provider="hms",
        code_set="webrtc_errors",
        value=4001,
        name="CREATE_OFFER_FAILED",
        catalog_name="CREATE_OFFER_FAILED",
        summary="Creating an SDP offer failed.",
        cause="The browser's RTCPeerConnection.createOffer rejected while the SDK negotiated the publish connection.",
        when=(
            "publishing or renegotiating after a track change",
            "a browser or extension that interferes with WebRTC",
        ),
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
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="hms.webrtc_errors.CREATE_OFFER_FAILED",
        remediation=(
            "Retry the action that triggered the negotiation (publishing or unmuting a track) after a short delay.",
            "If it repeats, log the description and nativeError, and suggest another browser or disabling extensions that touch WebRTC.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts",
        ),
        since=None,
        rationale="The SDK does not end the session for it, and a later negotiation (for example after the next track change) can succeed; repeated failures point at the browser.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CREATE_ANSWER_FAILED": CodeInfo(
        provider="hms",
        code_set="webrtc_errors",
        value=4002,
        name="CREATE_ANSWER_FAILED",
        catalog_name="CREATE_ANSWER_FAILED",
        summary="Creating an SDP answer failed.",
        cause="The browser's RTCPeerConnection.createAnswer rejected while the SDK answered the server's offer for the subscribe connection.",
        when=("subscribing to remote tracks, at join or when others publish",),
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
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="hms.webrtc_errors.CREATE_ANSWER_FAILED",
        remediation=(
            "Log the description and nativeError; if remote media stays missing, offer the user a rejoin.",
            "If it repeats, suggest another browser or disabling extensions that touch WebRTC.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts",
        ),
        since=None,
        rationale="The SDK does not end the session for it, and the server's next offer can succeed; repeated failures point at the browser.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SET_LOCAL_DESCRIPTION_FAILED": CodeInfo(
        provider="hms",
        code_set="webrtc_errors",
        value=4003,
        name="SET_LOCAL_DESCRIPTION_FAILED",
        catalog_name="SET_LOCAL_DESCRIPTION_FAILED",
        summary="Applying the local SDP description failed.",
        cause="The browser's RTCPeerConnection.setLocalDescription rejected the offer or answer the SDK created.",
        when=("negotiating the publish or subscribe connection",),
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
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="hms.webrtc_errors.SET_LOCAL_DESCRIPTION_FAILED",
        remediation=(
            "Retry the action that triggered the negotiation after a short delay; if media stays missing, offer a rejoin.",
            "Log the description and nativeError for the 100ms support team.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts",
        ),
        since=None,
        rationale="The SDK does not end the session for it, and a new negotiation can succeed; repeated failures point at the browser.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SET_REMOTE_DESCRIPTION_FAILED": CodeInfo(
        provider="hms",
        code_set="webrtc_errors",
        value=4004,
        name="SET_REMOTE_DESCRIPTION_FAILED",
        catalog_name="SET_REMOTE_DESCRIPTION_FAILED",
        summary="Applying the server's SDP description failed.",
        cause="The browser's RTCPeerConnection.setRemoteDescription rejected the server's offer or answer, or, during join, the publish answer was discarded because a newer offer was in flight.",
        when=(
            "joining, while the publish connection is negotiated",
            "a codec or SDP feature the browser does not accept",
        ),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="hms.webrtc_errors.SET_REMOTE_DESCRIPTION_FAILED",
        remediation=(
            "Tell the user the call could not connect and offer a rejoin.",
            "If it repeats, log the description and nativeError and report it with the browser version to 100ms.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
        ),
        since=None,
        rationale="The SDK marks it terminal and leaves the room; the app can only offer the user a new join.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ICE_FAILURE": CodeInfo(
        provider="hms",
        code_set="webrtc_errors",
        value=4005,
        name="ICE_FAILURE",
        catalog_name="ICE_FAILURE",
        summary="The media connection failed.",
        cause="A peer connection's state became failed (ICE could not find or keep a working path), or its DTLS transport stayed connecting or failed past the configured timeout.",
        when=(
            "firewalls or VPNs that block UDP and the TURN fallback",
            "a network change the connection could not survive",
        ),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=120000,
            jitter=Jitter.EQUAL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Not terminal while the SDK restarts ICE (room state Reconnecting); terminal when the restart has not recovered within 60 s, or at once when the DTLS transport is stuck past its timeout (the SDK creates that one with isTerminal true).",
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="hms.webrtc_errors.ICE_FAILURE",
        remediation=(
            "Show that the call is reconnecting and wait; the SDK restarts ICE by itself.",
            "If the error arrives with isTerminal true, offer a rejoin; if it recurs on one network, allow UDP or TURN over TLS (port 443) to the 100ms servers.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/RetryScheduler.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ICE_DISCONNECTED": CodeInfo(
        provider="hms",
        code_set="webrtc_errors",
        value=4006,
        name="ICE_DISCONNECTED",
        catalog_name="ICE_DISCONNECTED",
        summary="The media connection was interrupted.",
        cause="A peer connection stayed disconnected (not failed) for longer than the SDK's grace period (ICE_DISCONNECTION_TIMEOUT, 5 s).",
        when=("a brief network outage or a switch between networks",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=120000,
            jitter=Jitter.EQUAL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Not terminal while the SDK restarts ICE (room state Reconnecting); terminal when the restart has not recovered within 60 s.",
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="hms.webrtc_errors.ICE_DISCONNECTED",
        remediation=(
            "Show that the call is reconnecting and wait; the SDK restarts ICE by itself.",
            "If the error arrives with isTerminal true, offer the user a rejoin.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/constants.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "STATS_FAILED": CodeInfo(
        provider="hms",
        code_set="webrtc_errors",
        value=4007,
        name="STATS_FAILED",
        catalog_name="STATS_FAILED",
        summary="Reading WebRTC statistics failed.",
        cause="RTCPeerConnection.getStats, or processing its report, failed while the SDK collected connection statistics.",
        when=(
            "collecting stats while a peer connection is closing",
            "a browser that returns incomplete stats",
        ),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Call quality information is temporarily unavailable.",
        user_message_key="hms.webrtc_errors.STATS_FAILED",
        remediation=(
            "No action is needed for the call; log it if stats-based features (quality indicators) matter to the app.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/rtc-stats/HMSWebrtcStats.ts",
        ),
        since=None,
        rationale="The call itself is unaffected and the SDK collects statistics again on its next interval; there is nothing for the app to retry.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PUBLISH_ANSWER_SUPERSEDED": CodeInfo(
        provider="hms",
        code_set="webrtc_errors",
        value=4008,
        name="PUBLISH_ANSWER_SUPERSEDED",
        catalog_name="PUBLISH_ANSWER_SUPERSEDED",
        summary="The server's answer was dropped because a newer offer is in flight.",
        cause="The answer to a publish offer arrived after the SDK had already staged a newer offer, so the SDK discarded it.",
        when=(
            "tracks published or changed in quick succession, so negotiations overlap",
        ),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=120000,
            jitter=Jitter.EQUAL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="hms.webrtc_errors.PUBLISH_ANSWER_SUPERSEDED",
        remediation=(
            'Nothing to do; the newer negotiation carries the change. The factory\'s doc comment says "Non-terminal; the owner retries".',
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Errors answering requests sent over the signalling connection, such as join (ErrorCodes.WebsocketMethodErrors).
# Upstream: ErrorCodes.WebsocketMethodErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
class WebsocketMethodErrors(IntEnum):
    """A code set of provider `hms`: `websocket_method_errors`."""

    # The 100ms server answered a signalling request with an error.
    SERVER_ERRORS = 5000

    # The client has already joined, or is joining, this room.
    ALREADY_JOINED = 5001

    # Join was called while a preview is in progress.
    CANNOT_JOIN_PREVIEW_IN_PROGRESS = 5002

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _WEBSOCKET_METHOD_ERRORS_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> WebsocketMethodErrors | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return WebsocketMethodErrors(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> WebsocketMethodErrors | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in WebsocketMethodErrors:
            if _WEBSOCKET_METHOD_ERRORS_INFO[code.name].name == name:
                return code
        return None


_WEBSOCKET_METHOD_ERRORS_INFO: Final = {
    "SERVER_ERRORS": CodeInfo(
        provider="hms",
        code_set="websocket_method_errors",
        value=5000,
        name="SERVER_ERRORS",
        catalog_name="SERVER_ERRORS",
        summary="The 100ms server answered a signalling request with an error.",
        cause="Declared for errors the server returns over the signalling connection (a JSON-RPC error, or an on-error message it pushes); in 0.15.2 the SDK reports them with the server's own code in place of 5000, under the exception name ServerErrors.",
        when=(
            "the server refuses a join (for example an invalid room, role or token claims)",
            "a request such as a role change, recording start or metadata update is rejected",
            "the server pushes an error during the session",
        ),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.DEPENDS,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the request named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal when the failed request was join, offer, answer or trickle, or the server pushed the error (on-error); not terminal for other requests. During join the SDK retries 5xx and 429 answers (not terminal while it does) and makes 410 terminal.",
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="hms.websocket_method_errors.SERVER_ERRORS",
        remediation=(
            "Read HMSException.code, action and description; in 0.15.2 they carry the server's code and message, not 5000.",
            "For a failed request other than join, fix the request (permissions of the role, parameters) or retry later for 5xx.",
            "If isTerminal is true, offer the user a rejoin.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
        ),
        since=None,
        rationale="The code stands for a family of server answers; whether a retry helps depends on the server code carried in its place.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ALREADY_JOINED": CodeInfo(
        provider="hms",
        code_set="websocket_method_errors",
        value=5001,
        name="ALREADY_JOINED",
        catalog_name="ALREADY_JOINED",
        summary="The client has already joined, or is joining, this room.",
        cause='join was called while the transport was neither disconnected nor reconnecting ("Cannot join a meeting in ... state").',
        when=(
            "join called twice, for example by a re-rendered component",
            "join called again before leave has finished",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the request named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="hms.websocket_method_errors.ALREADY_JOINED",
        remediation=(
            "Call join once per session; guard against repeated calls (React effects) and call leave before joining again.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
        ),
        since=None,
        rationale="The existing session is unaffected; calling join again is the app's mistake.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CANNOT_JOIN_PREVIEW_IN_PROGRESS": CodeInfo(
        provider="hms",
        code_set="websocket_method_errors",
        value=5002,
        name="CANNOT_JOIN_PREVIEW_IN_PROGRESS",
        catalog_name="CANNOT_JOIN_PREVIEW_IN_PROGRESS",
        summary="Join was called while a preview is in progress.",
        cause='Declared for a join that starts before preview has finished ("Cannot join if preview is in progress"); 0.15.2 has a factory for it but reports this case as NOT_READY (6003).',
        when=(
            "calling join immediately after preview, without waiting for preview to finish",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the request named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="hms.websocket_method_errors.CANNOT_JOIN_PREVIEW_IN_PROGRESS",
        remediation=("Wait for preview to complete (onPreview) before calling join.",),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
        ),
        since=None,
        rationale="The call order is the app's; waiting for preview to finish fixes it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Errors in how the SDK is used or in the environment it runs in, and unclassified failures (ErrorCodes.GenericErrors).
# Upstream: ErrorCodes.GenericErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
class GenericErrors(IntEnum):
    """A code set of provider `hms`: `generic_errors`."""

    # The call needs a joined room, and the client is not connected.
    NOT_CONNECTED = 6000

    # An unknown signalling error.
    SIGNALLING = 6001

    # An unexpected error inside the SDK.
    UNKNOWN = 6002

    # The SDK is not ready for this call yet.
    NOT_READY = 6003

    # A message could not be parsed as JSON.
    JSON_PARSING_FAILED = 6004

    # Metadata for a remote track is missing.
    TRACK_METADATA_MISSING = 6005

    # The WebRTC track for a remote track is missing.
    RTC_TRACK_MISSING = 6006

    # Metadata for a peer is missing.
    PEER_METADATA_MISSING = 6007

    # The requested role does not exist in the room's policy.
    INVALID_ROLE = 6008

    # Preview was called while another preview is in progress.
    PREVIEW_IN_PROGRESS = 6009

    # The browser exposes no media devices API.
    MISSING_MEDIADEVICES = 6010

    # The browser does not provide WebRTC.
    MISSING_RTCPEERCONNECTION = 6011

    # The browser denied access to localStorage.
    LOCAL_STORAGE_ACCESS_DENIED = 6012

    # An SDK call was given invalid arguments or called in an invalid state.
    VALIDATION_FAILED = 6013

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _GENERIC_ERRORS_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> GenericErrors | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return GenericErrors(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> GenericErrors | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in GenericErrors:
            if _GENERIC_ERRORS_INFO[code.name].name == name:
                return code
        return None


_GENERIC_ERRORS_INFO: Final = {
    "NOT_CONNECTED": CodeInfo(
        provider="hms",
        code_set="generic_errors",
        value=6000,
        name="NOT_CONNECTED",
        catalog_name="NOT_CONNECTED",
        summary="The call needs a joined room, and the client is not connected.",
        cause="An SDK method that needs a joined session (changing roles, sending messages, recording or transcription requests, mid-call preview) was called before join completed or after leave.",
        when=(
            "calling a room action before join has succeeded or after leaving",
            "a UI control still active after the session ended",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the call named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="hms.generic_errors.NOT_CONNECTED",
        remediation=(
            "Call room actions only while the room is connected (selectIsConnectedToRoom), and disable the controls otherwise.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
        ),
        since=None,
        rationale="The call fails the same way until the app has joined; the app must call it at the right time.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SIGNALLING": CodeInfo(
        provider="hms",
        code_set="generic_errors",
        value=6001,
        name="SIGNALLING",
        catalog_name="SIGNALLING",
        summary="An unknown signalling error.",
        cause='Declared for an unclassified failure of a signalling action ("Unknown signalling error"); in 0.15.2 it is raised only when stopTranscription is called without its parameters.',
        when=("stopping a transcription without passing the mode",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the call named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="hms.generic_errors.SIGNALLING",
        remediation=(
            "Pass the transcription parameters (the mode to stop) to stopTranscription.",
            "For any other occurrence, log the action and description and report them to 100ms.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
        ),
        since=None,
        rationale="In this release its one use is a missing argument, which repeats until the app passes it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "UNKNOWN": CodeInfo(
        provider="hms",
        code_set="generic_errors",
        value=6002,
        name="UNKNOWN",
        catalog_name="UNKNOWN",
        summary="An unexpected error inside the SDK.",
        cause='An error that is not an HMSException reached a place where the SDK wraps it ("Unknown exception"), such as a failed renegotiation of the publish or subscribe connection or a failed server migration.',
        when=(
            "a renegotiation fails with a browser error",
            "moving to another media server (SFU migration) fails",
        ),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the call named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal when it comes from a failed subscribe renegotiation, which moves the transport to Failed and makes the SDK leave the room; not terminal elsewhere (publish renegotiation, server migration).",
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="hms.generic_errors.UNKNOWN",
        remediation=(
            "Log the action, description and nativeError, and report them to 100ms if they recur.",
            "If isTerminal is true or media is missing, offer the user a rejoin.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
        ),
        since=None,
        rationale="The cause is unknown; the catalog leaves the next step to the user (rejoin if the call ended or media is missing) rather than retrying blindly.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NOT_READY": CodeInfo(
        provider="hms",
        code_set="generic_errors",
        value=6003,
        name="NOT_READY",
        catalog_name="NOT_READY",
        summary="The SDK is not ready for this call yet.",
        cause='join was called while a preview is still in progress ("Preview is in progress, can\'t join").',
        when=("calling join right after preview without waiting for it to finish",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the call named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="hms.generic_errors.NOT_READY",
        remediation=(
            "Wait for preview to complete (onPreview, or the room state Preview) before calling join.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
        ),
        since=None,
        rationale="The call order is the app's; waiting for preview to finish fixes it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "JSON_PARSING_FAILED": CodeInfo(
        provider="hms",
        code_set="generic_errors",
        value=6004,
        name="JSON_PARSING_FAILED",
        catalog_name="JSON_PARSING_FAILED",
        summary="A message could not be parsed as JSON.",
        cause='Declared for a signalling message that is not valid JSON ("Failed to parse JSON message"); 0.15.2 has a factory for it but never raises it.',
        when=("a corrupted or unexpected message from the server",),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the call named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="hms.generic_errors.JSON_PARSING_FAILED",
        remediation=(
            "Log the description (it includes the message) and report it to 100ms.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
        ),
        since=None,
        rationale="A malformed message from the service is not something the app can repeat or fix; it only needs reporting.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "TRACK_METADATA_MISSING": CodeInfo(
        provider="hms",
        code_set="generic_errors",
        value=6005,
        name="TRACK_METADATA_MISSING",
        catalog_name="TRACK_METADATA_MISSING",
        summary="Metadata for a remote track is missing.",
        cause="Declared for a remote track that arrives without the track metadata the server should have sent; 0.15.2 has a factory for it but never raises it.",
        when=("a remote track added before its description reached the client",),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the call named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="hms.generic_errors.TRACK_METADATA_MISSING",
        remediation=(
            "Log and report it to 100ms; if a participant's media is missing, a rejoin refreshes the room state.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
        ),
        since=None,
        rationale="An inconsistency between the server's messages and the media; the app cannot fix it by retrying.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "RTC_TRACK_MISSING": CodeInfo(
        provider="hms",
        code_set="generic_errors",
        value=6006,
        name="RTC_TRACK_MISSING",
        catalog_name="RTC_TRACK_MISSING",
        summary="The WebRTC track for a remote track is missing.",
        cause="Declared for track metadata from the server with no matching media track on the peer connection; 0.15.2 has a factory for it but never raises it.",
        when=(
            "the server announces a track that the subscribe connection never received",
        ),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the call named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="hms.generic_errors.RTC_TRACK_MISSING",
        remediation=(
            "Log and report it to 100ms; if a participant's media is missing, a rejoin refreshes the room state.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
        ),
        since=None,
        rationale="An inconsistency between the server's messages and the media; the app cannot fix it by retrying.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PEER_METADATA_MISSING": CodeInfo(
        provider="hms",
        code_set="generic_errors",
        value=6007,
        name="PEER_METADATA_MISSING",
        catalog_name="PEER_METADATA_MISSING",
        summary="Metadata for a peer is missing.",
        cause="Declared for a message about a peer the client has no record of; 0.15.2 has a factory for it but never raises it.",
        when=(
            "a notification about a peer that arrives before the peer's join notification",
        ),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the call named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="hms.generic_errors.PEER_METADATA_MISSING",
        remediation=(
            "Log and report it to 100ms; if the peer list looks wrong, a rejoin refreshes the room state.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
        ),
        since=None,
        rationale="An inconsistency in the server's messages; the app cannot fix it by retrying.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INVALID_ROLE": CodeInfo(
        provider="hms",
        code_set="generic_errors",
        value=6008,
        name="INVALID_ROLE",
        catalog_name="INVALID_ROLE",
        summary="The requested role does not exist in the room's policy.",
        cause='A role name given to preview (asRole) or found for the local peer is not one of the roles defined for the room ("Invalid role. Join with valid role").',
        when=(
            "previewing or joining as a role name with a typo, or one deleted from the room's template",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the call named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="hms.generic_errors.INVALID_ROLE",
        remediation=(
            "Use a role defined in the room's template (100ms dashboard), and issue tokens for existing roles.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/store/Store.ts",
        ),
        since=None,
        rationale="The SDK marks it terminal; the same role name fails again until the app or the room template is fixed.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PREVIEW_IN_PROGRESS": CodeInfo(
        provider="hms",
        code_set="generic_errors",
        value=6009,
        name="PREVIEW_IN_PROGRESS",
        catalog_name="PREVIEW_IN_PROGRESS",
        summary="Preview was called while another preview is in progress.",
        cause='preview was called again before the previous preview finished ("Preview already called").',
        when=("preview triggered twice, for example by a re-rendered component",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the call named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="hms.generic_errors.PREVIEW_IN_PROGRESS",
        remediation=(
            "Call preview once and wait for it to finish; guard against repeated calls from UI effects.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
        ),
        since=None,
        rationale="The first preview goes on; the second call is the app's mistake.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "MISSING_MEDIADEVICES": CodeInfo(
        provider="hms",
        code_set="generic_errors",
        value=6010,
        name="MISSING_MEDIADEVICES",
        catalog_name="MISSING_MEDIADEVICES",
        summary="The browser exposes no media devices API.",
        cause='navigator.mediaDevices is undefined, which browsers do on pages not served over HTTPS or localhost; the SDK says it "won\'t work on this website".',
        when=(
            "the app is served over plain HTTP from a host other than localhost",
            "an embedded web view without media device support",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the call named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Calls are not supported on this page. Please open it over a secure (https) connection or in another browser.",
        user_message_key="hms.generic_errors.MISSING_MEDIADEVICES",
        remediation=(
            "Serve the app over HTTPS (or localhost during development).",
            "In web views, enable camera and microphone support.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/validations.ts",
        ),
        since=None,
        rationale="The SDK marks it terminal; nothing changes until the page is served from a secure origin.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "MISSING_RTCPEERCONNECTION": CodeInfo(
        provider="hms",
        code_set="generic_errors",
        value=6011,
        name="MISSING_RTCPEERCONNECTION",
        catalog_name="MISSING_RTCPEERCONNECTION",
        summary="The browser does not provide WebRTC.",
        cause="RTCPeerConnection was not found, because the browser does not support WebRTC or an extension blocks it.",
        when=(
            "an old or unsupported browser",
            "a privacy extension or policy that disables WebRTC",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the call named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your browser does not support calls, or an extension is blocking them. Try another browser, or turn off extensions that block WebRTC.",
        user_message_key="hms.generic_errors.MISSING_RTCPEERCONNECTION",
        remediation=(
            "Tell the user to use a supported browser or disable extensions that block WebRTC, then join again.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/validations.ts",
        ),
        since=None,
        rationale="The SDK marks it terminal; the user can fix it by switching browser or disabling the blocking extension, then joining again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LOCAL_STORAGE_ACCESS_DENIED": CodeInfo(
        provider="hms",
        code_set="generic_errors",
        value=6012,
        name="LOCAL_STORAGE_ACCESS_DENIED",
        catalog_name="LOCAL_STORAGE_ACCESS_DENIED",
        summary="The browser denied access to localStorage.",
        cause="Reading window.localStorage threw, usually because the browser's privacy settings block site storage (for example in a third-party iframe); the SDK logs it and uses an in-memory polyfill.",
        when=(
            "the app runs in a third-party iframe with storage blocked",
            "the browser blocks cookies and site data",
        ),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the call named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Some of your settings can't be saved in this browser.",
        user_message_key="hms.generic_errors.LOCAL_STORAGE_ACCESS_DENIED",
        remediation=(
            "Nothing is required; if remembered settings matter, allow site storage for the app's origin or avoid third-party iframes.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/local-storage.ts",
        ),
        since=None,
        rationale="The SDK carries on without persistent storage, so there is nothing to retry; only remembered settings are lost.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "VALIDATION_FAILED": CodeInfo(
        provider="hms",
        code_set="generic_errors",
        value=6013,
        name="VALIDATION_FAILED",
        catalog_name="VALIDATION_FAILED",
        summary="An SDK call was given invalid arguments or called in an invalid state.",
        cause="The SDK rejected a call before sending it, because a peer or role does not exist, a required parameter is missing, or leave was called before join could complete.",
        when=(
            "acting on a peer that has left, or on a role that does not exist",
            "leaving while the join is still in progress",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the call named in HMSException.action failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="hms.generic_errors.VALIDATION_FAILED",
        remediation=(
            "Read the message, which names what failed validation, and fix the arguments or the timing of the call.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
        ),
        since=None,
        rationale="The same arguments fail the same way; the app has to fix the call.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Failures adding or running an audio or video plugin, such as a virtual background or noise suppression (ErrorFactory.MediaPluginErrors).
# Upstream: ErrorFactory.MediaPluginErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
class MediaPluginErrors(IntEnum):
    """A code set of provider `hms`: `media_plugin_errors`."""

    # The plugin does not support this browser or platform.
    PLATFORM_NOT_SUPPORTED = 7001

    # The plugin failed to initialise.
    INIT_FAILED = 7002

    # The plugin failed while processing media.
    PROCESSING_FAILED = 7003

    # A plugin is already being added.
    ADD_ALREADY_IN_PROGRESS = 7004

    # The plugin does not support this device.
    DEVICE_NOT_SUPPORTED = 7005

    # The plugin is not enabled for this room.
    NOT_ALLOWED_FOR_ROOM = 7006

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _MEDIA_PLUGIN_ERRORS_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> MediaPluginErrors | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return MediaPluginErrors(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> MediaPluginErrors | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in MediaPluginErrors:
            if _MEDIA_PLUGIN_ERRORS_INFO[code.name].name == name:
                return code
        return None


_MEDIA_PLUGIN_ERRORS_INFO: Final = {
    "PLATFORM_NOT_SUPPORTED": CodeInfo(
        provider="hms",
        code_set="media_plugin_errors",
        value=7001,
        name="PlatformNotSupported",
        catalog_name="PlatformNotSupported",
        summary="The plugin does not support this browser or platform.",
        cause='The plugin\'s own support check reported PLATFORM_NOT_SUPPORTED when it was added ("Check HMS Docs to see the list of supported platforms").',
        when=(
            "adding a virtual-background or noise-suppression plugin on a browser or OS it does not support",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the plugin named in HMSException.action's call failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This effect is not available in your browser.",
        user_message_key="hms.media_plugin_errors.PlatformNotSupported",
        remediation=(
            "Check the plugin's support (its checkSupport method) before offering the feature, and hide it where unsupported.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/HMSVideoPluginsManager.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts",
        ),
        since=None,
        rationale="The platform does not change between attempts; the app should check support before offering the feature.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INIT_FAILED": CodeInfo(
        provider="hms",
        code_set="media_plugin_errors",
        value=7002,
        name="InitFailed",
        catalog_name="InitFailed",
        summary="The plugin failed to initialise.",
        cause='The plugin\'s init step threw while it was being added ("Plugin init failed"), for example because its model or WebAssembly files could not be loaded.',
        when=(
            "the plugin's assets cannot be downloaded (network, content security policy)",
            "the device lacks the resources the plugin needs",
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
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the plugin named in HMSException.action's call failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not turn on this effect. Please try again.",
        user_message_key="hms.media_plugin_errors.InitFailed",
        remediation=(
            "Retry adding the plugin after a short delay, a bounded number of times.",
            "Check that the plugin's assets are allowed by the page's content security policy and reachable.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/VideoPluginsAnalytics.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/AudioPluginsAnalytics.ts",
        ),
        since=None,
        rationale="Initialisation often fails on loading assets, which a later attempt can get past; repeated failures point at the environment.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PROCESSING_FAILED": CodeInfo(
        provider="hms",
        code_set="media_plugin_errors",
        value=7003,
        name="ProcessingFailed",
        catalog_name="ProcessingFailed",
        summary="The plugin failed while processing media.",
        cause='Processing frames or audio through the plugin threw ("Plugin processing failed"), or a plugin was added after the plugin manager was cleaned up.',
        when=(
            "a plugin error while the effect is running",
            "adding an audio plugin after its track was released",
        ),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the plugin named in HMSException.action's call failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This effect stopped working. Try turning it off and on again.",
        user_message_key="hms.media_plugin_errors.ProcessingFailed",
        remediation=(
            "Remove the plugin and let the user enable it again; log the description.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/VideoPluginsAnalytics.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts",
        ),
        since=None,
        rationale="A running plugin that failed is unlikely to recover by itself; the user can turn the effect off and on again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ADD_ALREADY_IN_PROGRESS": CodeInfo(
        provider="hms",
        code_set="media_plugin_errors",
        value=7004,
        name="AddAlreadyInProgress",
        catalog_name="AddAlreadyInProgress",
        summary="A plugin is already being added.",
        cause='addPlugin was called while an earlier add on the same track had not finished ("Plugin add already in progress").',
        when=("the user toggles an effect several times quickly",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the plugin named in HMSException.action's call failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="hms.media_plugin_errors.AddAlreadyInProgress",
        remediation=(
            "Await addPlugin before calling it again, and disable the effect toggle while an add is in progress.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/HMSVideoPluginsManager.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts",
        ),
        since=None,
        rationale="The earlier add goes on; the app should wait for it rather than repeat the call.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "DEVICE_NOT_SUPPORTED": CodeInfo(
        provider="hms",
        code_set="media_plugin_errors",
        value=7005,
        name="DeviceNotSupported",
        catalog_name="DeviceNotSupported",
        summary="The plugin does not support this device.",
        cause='The plugin\'s own support check reported DEVICE_NOT_SUPPORTED when it was added ("Check HMS Docs to see the list of supported devices").',
        when=(
            "adding a plugin on a device without the required capabilities (for example a mobile device for some effects)",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the plugin named in HMSException.action's call failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This effect is not available on your device.",
        user_message_key="hms.media_plugin_errors.DeviceNotSupported",
        remediation=(
            "Check the plugin's support before offering the feature, and hide it on unsupported devices.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/HMSVideoPluginsManager.ts",
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts",
        ),
        since=None,
        rationale="The device does not change between attempts; the app should check support before offering the feature.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NOT_ALLOWED_FOR_ROOM": CodeInfo(
        provider="hms",
        code_set="media_plugin_errors",
        value=7006,
        name="NotAllowedForRoom",
        catalog_name="NotAllowedForRoom",
        summary="The plugin is not enabled for this room.",
        cause="The room does not allow the plugin; in 0.15.2 this is the Krisp noise-cancellation plugin added in a room where noise cancellation is not enabled.",
        when=(
            "adding HMSKrispPlugin in a room whose template does not enable noise cancellation",
        ),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the plugin named in HMSException.action's call failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This effect is not available in this call.",
        user_message_key="hms.media_plugin_errors.NotAllowedForRoom",
        remediation=(
            "Enable noise cancellation for the room's template in the 100ms dashboard, or hide the option when the room does not allow it.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts",
        ),
        since=None,
        rationale="The room's settings decide it; retrying fails until an operator enables the feature.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Errors from the playlist manager that plays audio or video files into the call (ErrorCodes.PlaylistErrors).
# Upstream: ErrorCodes.PlaylistErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
class PlaylistErrors(IntEnum):
    """A code set of provider `hms`: `playlist_errors`."""

    # There is no playlist entry to play.
    NO_ENTRY_TO_PLAY = 8001

    # No playlist entry is playing.
    NO_ENTRY_IS_PLAYING = 8002

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _PLAYLIST_ERRORS_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> PlaylistErrors | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return PlaylistErrors(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> PlaylistErrors | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in PlaylistErrors:
            if _PLAYLIST_ERRORS_INFO[code.name].name == name:
                return code
        return None


_PLAYLIST_ERRORS_INFO: Final = {
    "NO_ENTRY_TO_PLAY": CodeInfo(
        provider="hms",
        code_set="playlist_errors",
        value=8001,
        name="NO_ENTRY_TO_PLAY",
        catalog_name="NO_ENTRY_TO_PLAY",
        summary="There is no playlist entry to play.",
        cause="A playlist action needs an entry, but the playlist is empty, has reached its end, or nothing is playing (for example a seek with no current item).",
        when=(
            "playing next or previous past the ends of the playlist",
            "seeking when no item is playing",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the playlist call failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="hms.playlist_errors.NO_ENTRY_TO_PLAY",
        remediation=(
            "Check the playlist's state (selectors for the current item and list) before calling next, previous or seek, and disable those controls when they do not apply.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/playlist-manager/PlaylistManager.ts",
        ),
        since=None,
        rationale="The playlist's state makes the action impossible; repeating it fails the same way.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NO_ENTRY_IS_PLAYING": CodeInfo(
        provider="hms",
        code_set="playlist_errors",
        value=8002,
        name="NO_ENTRY_IS_PLAYING",
        catalog_name="NO_ENTRY_IS_PLAYING",
        summary="No playlist entry is playing.",
        cause='Declared for a playlist action that needs a playing entry ("No entry is playing at this time"); 0.15.2 has a factory for it but never raises it.',
        when=("acting on the current item while nothing is playing",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="true",
                    means="The SDK has left the room (room state Failed); any recovery is a new join.",
                ),
                SignalValue(
                    value="false",
                    means="The session goes on; only the playlist call failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="hms.playlist_errors.NO_ENTRY_IS_PLAYING",
        remediation=(
            "Check that an item is playing before acting on the current item.",
        ),
        causes=(),
        references=(
            "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
        ),
        since=None,
        rationale="The playlist's state makes the action impossible; repeating it fails the same way.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}

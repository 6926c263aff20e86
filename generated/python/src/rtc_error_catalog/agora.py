# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `agora`."""

from __future__ import annotations

from enum import StrEnum
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


# Code of an AgoraRTCError, the error the Agora Web SDK's methods reject with (error.code).
# Upstream: AgoraRTCErrorCode in https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html 4.24.8 (package npm:@agora-js/shared@4.24.8).
class AgoraRtcErrorCode(StrEnum):
    """A code set of provider `agora`: `agora_rtc_error_code`."""

    # An unexpected error occurred inside the SDK.
    UNEXPECTED_ERROR = "UNEXPECTED_ERROR"

    # An Agora server answered with an unexpected response.
    UNEXPECTED_RESPONSE = "UNEXPECTED_RESPONSE"

    # A protobuf-encoded server response could not be understood.
    PB_ERROR = "PB_ERROR"

    # An operation timed out.
    TIMEOUT = "TIMEOUT"

    # A call was given an invalid parameter.
    INVALID_PARAMS = "INVALID_PARAMS"

    # The camera or microphone could not be read.
    NOT_READABLE = "NOT_READABLE"

    # The browser or environment does not support the requested feature.
    NOT_SUPPORTED = "NOT_SUPPORTED"

    # The call is not allowed in the current state.
    INVALID_OPERATION = "INVALID_OPERATION"

    # The operation was cancelled before it finished.
    OPERATION_ABORTED = "OPERATION_ABORTED"

    # The page is not in a secure context.
    WEB_SECURITY_RESTRICT = "WEB_SECURITY_RESTRICT"

    # The SDP offer/answer exchange with Agora failed.
    EXCHANGE_SDP_FAILED = "EXCHANGE_SDP_FAILED"

    # A remote ICE candidate could not be added.
    ADD_CANDIDATE_FAILED = "ADD_CANDIDATE_FAILED"

    # A data channel operation failed.
    DATACHANNEL_FAILED = "DATACHANNEL_FAILED"

    # An HTTP request failed because of the network.
    NETWORK_ERROR = "NETWORK_ERROR"

    # An HTTP request timed out.
    NETWORK_TIMEOUT = "NETWORK_TIMEOUT"

    # An HTTP request got an error status.
    NETWORK_RESPONSE_ERROR = "NETWORK_RESPONSE_ERROR"

    # An SDK method call took longer than its time limit.
    API_INVOKE_TIMEOUT = "API_INVOKE_TIMEOUT"

    # The list of media devices could not be read.
    ENUMERATE_DEVICES_FAILED = "ENUMERATE_DEVICES_FAILED"

    # The requested camera or microphone was not found.
    DEVICE_NOT_FOUND = "DEVICE_NOT_FOUND"

    # The Electron API needed for screen sharing is missing.
    ELECTRON_IS_NULL = "ELECTRON_IS_NULL"

    # Electron could not list the screens and windows to share.
    ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR = (
        "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR"
    )

    # The Chrome screen-sharing extension did not respond.
    CHROME_PLUGIN_NO_RESPONSE = "CHROME_PLUGIN_NO_RESPONSE"

    # The Chrome screen-sharing extension is not installed.
    CHROME_PLUGIN_NOT_INSTALL = "CHROME_PLUGIN_NOT_INSTALL"

    # The media constraints cannot be met by the device.
    MEDIA_OPTION_INVALID = "MEDIA_OPTION_INVALID"

    # Access to the camera, microphone or screen was denied.
    PERMISSION_DENIED = "PERMISSION_DENIED"

    # A media constraint cannot be satisfied.
    CONSTRAINT_NOT_SATISFIED = "CONSTRAINT_NOT_SATISFIED"

    # The track is disabled.
    TRACK_IS_DISABLED = "TRACK_IS_DISABLED"

    # The visibility of the video element could not be read.
    GET_VIDEO_ELEMENT_VISIBLE_ERROR = "GET_VIDEO_ELEMENT_VISIBLE_ERROR"

    # Sharing system audio with the screen was not allowed.
    SHARE_AUDIO_NOT_ALLOWED = "SHARE_AUDIO_NOT_ALLOWED"

    # The low-quality video stream could not be encoded.
    LOW_STREAM_ENCODING_ERROR = "LOW_STREAM_ENCODING_ERROR"

    # The encoding parameters could not be applied.
    SET_ENCODING_PARAMETER_ERROR = "SET_ENCODING_PARAMETER_ERROR"

    # The track cannot move to the requested state.
    TRACK_STATE_UNREACHABLE = "TRACK_STATE_UNREACHABLE"

    # The user ID could not be mapped from a string account.
    INVALID_UINT_UID_FROM_STRING_UID = "INVALID_UINT_UID_FROM_STRING_UID"

    # No cloud proxy server could be obtained.
    CAN_NOT_GET_PROXY_SERVER = "CAN_NOT_GET_PROXY_SERVER"

    # No edge (gateway) server could be obtained.
    CAN_NOT_GET_GATEWAY_SERVER = "CAN_NOT_GET_GATEWAY_SERVER"

    # The gateway address is empty.
    VOID_GATEWAY_ADDRESS = "VOID_GATEWAY_ADDRESS"

    # The same user ID is already in this channel from this page.
    UID_CONFLICT = "UID_CONFLICT"

    # The access point's combined response could not be parsed.
    MULTI_UNILBS_RESPONSE_ERROR = "MULTI_UNILBS_RESPONSE_ERROR"

    # The access ticket could not be renewed.
    UPDATE_TICKET_FAILED = "UPDATE_TICKET_FAILED"

    # The token has expired.
    TOKEN_EXPIRE = "TOKEN_EXPIRE"

    # The local track is not valid for this call.
    INVALID_LOCAL_TRACK = "INVALID_LOCAL_TRACK"

    # The track passed is of the wrong kind.
    INVALID_TRACK = "INVALID_TRACK"

    # The RTP sender for the track was not found.
    SENDER_NOT_FOUND = "SENDER_NOT_FOUND"

    # The browser could not create an SDP offer.
    CREATE_OFFER_FAILED = "CREATE_OFFER_FAILED"

    # The SDP answer could not be applied.
    SET_ANSWER_FAILED = "SET_ANSWER_FAILED"

    # The ICE connection failed.
    ICE_FAILED = "ICE_FAILED"

    # The peer connection is closed.
    PC_CLOSED = "PC_CLOSED"

    # The sender's track could not be replaced.
    SENDER_REPLACE_FAILED = "SENDER_REPLACE_FAILED"

    # The browser's media capabilities could not be read.
    GET_LOCAL_CAPABILITIES_FAILED = "GET_LOCAL_CAPABILITIES_FAILED"

    # The local connection parameters could not be gathered.
    GET_LOCAL_CONNECTION_PARAMS_FAILED = "GET_LOCAL_CONNECTION_PARAMS_FAILED"

    # Subscribing to a remote user's track failed.
    SUBSCRIBE_FAILED = "SUBSCRIBE_FAILED"

    # Unsubscribing from a remote user failed.
    UNSUBSCRIBE_FAILED = "UNSUBSCRIBE_FAILED"

    # The media connection to the gateway was lost.
    GATEWAY_P2P_LOST = "GATEWAY_P2P_LOST"

    # No ICE candidate was gathered.
    NO_ICE_CANDIDATE = "NO_ICE_CANDIDATE"

    # Only one video track can be published at a time.
    CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS = "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS"

    # A disabled video track is already published.
    EXIST_DISABLED_VIDEO_TRACK = "EXIST_DISABLED_VIDEO_TRACK"

    # The remote user is not in the channel.
    INVALID_REMOTE_USER = "INVALID_REMOTE_USER"

    # The remote user has not published the requested media.
    REMOTE_USER_IS_NOT_PUBLISHED = "REMOTE_USER_IS_NOT_PUBLISHED"

    # A custom report could not be sent.
    CUSTOM_REPORT_SEND_FAILED = "CUSTOM_REPORT_SEND_FAILED"

    # Custom reports are sent too often.
    CUSTOM_REPORT_FREQUENCY_TOO_HIGH = "CUSTOM_REPORT_FREQUENCY_TOO_HIGH"

    # The audio file could not be downloaded.
    FETCH_AUDIO_FILE_FAILED = "FETCH_AUDIO_FILE_FAILED"

    # The local audio file could not be read.
    READ_LOCAL_AUDIO_FILE_ERROR = "READ_LOCAL_AUDIO_FILE_ERROR"

    # The audio file could not be decoded.
    DECODE_AUDIO_FILE_FAILED = "DECODE_AUDIO_FILE_FAILED"

    # The WebSocket operation was aborted.
    WS_ABORT = "WS_ABORT"

    # The signalling WebSocket disconnected.
    WS_DISCONNECT = "WS_DISCONNECT"

    # The signalling WebSocket failed.
    WS_ERR = "WS_ERR"

    # An external signalling request was aborted.
    EXTERNAL_SIGNAL_ABORT = "EXTERNAL_SIGNAL_ABORT"

    # A live-streaming task for this URL already exists.
    LIVE_STREAMING_TASK_CONFLICT = "LIVE_STREAMING_TASK_CONFLICT"

    # A live-streaming argument is invalid.
    LIVE_STREAMING_INVALID_ARGUMENT = "LIVE_STREAMING_INVALID_ARGUMENT"

    # Agora's streaming server failed.
    LIVE_STREAMING_INTERNAL_SERVER_ERROR = "LIVE_STREAMING_INTERNAL_SERVER_ERROR"

    # The streaming URL is already in use.
    LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED = (
        "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED"
    )

    # Transcoding settings were given without transcoding enabled.
    LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED = (
        "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED"
    )

    # The CDN failed.
    LIVE_STREAMING_CDN_ERROR = "LIVE_STREAMING_CDN_ERROR"

    # The stream to push is missing or unusable.
    LIVE_STREAMING_INVALID_RAW_STREAM = "LIVE_STREAMING_INVALID_RAW_STREAM"

    # Too many streaming URLs.
    LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT = (
        "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT"
    )

    # A transcoding image could not be loaded.
    LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE = "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE"

    # Streaming requests are too frequent.
    LIVE_STREAMING_WARN_FREQUENT_REQUEST = "LIVE_STREAMING_WARN_FREQUENT_REQUEST"

    # A WebGL error occurred.
    WEBGL_INTERNAL_ERROR = "WEBGL_INTERNAL_ERROR"

    # The beauty effect processor failed.
    BEAUTY_PROCESSOR_INTERNAL_ERROR = "BEAUTY_PROCESSOR_INTERNAL_ERROR"

    # The media relay did not reach the expected state.
    CROSS_CHANNEL_WAIT_STATUS_ERROR = "CROSS_CHANNEL_WAIT_STATUS_ERROR"

    # The media relay could not join the source channel.
    CROSS_CHANNEL_FAILED_JOIN_SRC = "CROSS_CHANNEL_FAILED_JOIN_SEC"

    # The media relay could not join a destination channel.
    CROSS_CHANNEL_FAILED_JOIN_DEST = "CROSS_CHANNEL_FAILED_JOIN_DEST"

    # The media relay could not send media to the destination.
    CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST = (
        "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST"
    )

    # The media relay service answered with an error.
    CROSS_CHANNEL_SERVER_ERROR_RESPONSE = "CROSS_CHANNEL_SERVER_ERROR_RESPONSE"

    # The metadata is too large.
    METADATA_OUT_OF_RANGE = "METADATA_OUT_OF_RANGE"

    # Local echo cancellation could not be set up.
    LOCAL_AEC_ERROR = "LOCAL_AEC_ERROR"

    # The extension is not valid.
    INVALID_PLUGIN = "INVALID_PLUGIN"

    # The media connection was dropped during an operation.
    DISCONNECT_P2P = "DISCONNECT_P2P"

    # A video frame image could not be converted.
    CONVERTING_IMAGEDATA_TO_BLOB_FAILED = "CONVERTING_IMAGEDATA_TO_BLOB_FAILED"

    # A video frame could not be converted to an image.
    CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED = "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED"

    # Joining through the data channel timed out.
    INIT_DATACHANNEL_TIMEOUT = "INIT_DATACHANNEL_TIMEOUT"

    # The data channel could not be created.
    CREATE_DATACHANNEL_ERROR = "CREATE_DATACHANNEL_ERROR"

    # The data channel did not connect in time.
    DATACHANNEL_CONNECTION_TIMEOUT = "DATACHANNEL_CONNECTION_TIMEOUT"

    # The operation is prohibited by the project's configuration.
    PROHIBITED_OPERATION = "PROHIBITED_OPERATION"

    # An image for content moderation could not be uploaded.
    IMAGE_MODERATION_UPLOAD_FAILED = "IMAGE_MODERATION_UPLOAD_FAILED"

    # A peer-to-peer message request failed.
    P2P_MESSAGE_FAILED = "P2P_MESSAGE_FAILED"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _AGORA_RTC_ERROR_CODE_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> AgoraRtcErrorCode | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return AgoraRtcErrorCode(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> AgoraRtcErrorCode | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in AgoraRtcErrorCode:
            if _AGORA_RTC_ERROR_CODE_INFO[code.name].name == name:
                return code
        return None


_AGORA_RTC_ERROR_CODE_INFO: Final = {
    "UNEXPECTED_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="UNEXPECTED_ERROR",
        name="UNEXPECTED_ERROR",
        catalog_name="UNEXPECTED_ERROR",
        summary="An unexpected error occurred inside the SDK.",
        cause="A catch-all the SDK uses when a call fails in a way it has no more specific code for, such as an unrecognised getUserMedia error or a broken internal state.",
        when=(
            "a browser API fails with an error name the SDK does not map",
            "an internal SDK invariant is broken",
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong. Please try again.",
        user_message_key="agora.agora_rtc_error_code.UNEXPECTED_ERROR",
        remediation=(
            "Log the error's message and data: they carry the underlying browser or SDK error.",
            "Retry the call once after a short delay; if it keeps failing, report it to Agora support with the SDK logs.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="The code says nothing about the cause, so one delayed retry is reasonable; repeated failures need the logs.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "UNEXPECTED_RESPONSE": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="UNEXPECTED_RESPONSE",
        name="UNEXPECTED_RESPONSE",
        catalog_name="UNEXPECTED_RESPONSE",
        summary="An Agora server answered with an unexpected response.",
        cause="A server (gateway, access point or live-streaming service) returned an error status or a body the SDK could not use; the message carries the server's description.",
        when=(
            "join() or a streaming call gets an error response from an Agora service",
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="agora.agora_rtc_error_code.UNEXPECTED_RESPONSE",
        remediation=(
            "Read the error's data (code, desc): it names the server's reason.",
            "Retry with backoff; if the same server description repeats, check the app ID, token and channel settings.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The server refused or garbled the request; the SDK marks some of these retryable itself, so a delayed retry is the general answer.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PB_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="PB_ERROR",
        name="PB_ERROR",
        catalog_name="PB_ERROR",
        summary="A protobuf-encoded server response could not be understood.",
        cause="The SDK could not decode a binary (protobuf) response from Agora's access point, for example an unknown response type from the SDP endpoint.",
        when=(
            "joining through the SDP endpoint returns a response the SDK does not recognise",
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="agora.agora_rtc_error_code.PB_ERROR",
        remediation=(
            "Retry the join with backoff.",
            "If it persists, upgrade agora-rtc-sdk-ng: the service may speak a newer protocol than this SDK release.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="A malformed or unknown server response is usually transient or a version mismatch; one delayed retry, then report.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "TIMEOUT": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="TIMEOUT",
        name="TIMEOUT",
        catalog_name="TIMEOUT",
        summary="An operation timed out.",
        cause="A request or an internal wait (for a server reply or a state change) did not finish within the SDK's time limit.",
        when=(
            "a slow or lossy network delays a server reply",
            "a signalling ping gets no answer",
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.TIMEOUT",
        remediation=(
            "Retry the call with backoff.",
            "If timeouts are frequent, check the user's network (firewall, proxy, packet loss) and consider setting a proxy or TURN server.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="A timeout is the typical transient failure; retrying after a delay usually works.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INVALID_PARAMS": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="INVALID_PARAMS",
        name="INVALID_PARAMS",
        catalog_name="INVALID_PARAMS",
        summary="A call was given an invalid parameter.",
        cause="The SDK's argument checks refused a value: a wrong type, a value outside its allowed range or set, or a malformed configuration object.",
        when=(
            "passing a string where a number is expected, or an out-of-range value",
            "a ClientConfig or track configuration with an unknown option value",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="agora.agora_rtc_error_code.INVALID_PARAMS",
        remediation=(
            "Read the error message: it names the parameter and the allowed values or range.",
            "Fix the call in the app; do not retry it unchanged.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
        ),
        since=None,
        rationale="The same arguments fail the same checks every time; the app must change them.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NOT_READABLE": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="NOT_READABLE",
        name="NOT_READABLE",
        catalog_name="NOT_READABLE",
        summary="The camera or microphone could not be read.",
        cause="getUserMedia failed with NotReadableError, which the SDK maps to this code: access was granted but the device could not be started.",
        when=(
            "another application or tab holds the camera or microphone",
            "a hardware or driver fault",
        ),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Your camera or microphone is being used by another application. Close it and try again.",
        user_message_key="agora.agora_rtc_error_code.NOT_READABLE",
        remediation=(
            "Tell the user the device is busy and let them retry after closing the other application or tab.",
            "Offer to continue without this device or to pick another one.",
        ),
        causes=(
            "another application or tab holds the device",
            "a hardware or driver fault",
        ),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="The call can go on without the device; the user must free it (close the other app) before a retry can work.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NOT_SUPPORTED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="NOT_SUPPORTED",
        name="NOT_SUPPORTED",
        catalog_name="NOT_SUPPORTED",
        summary="The browser or environment does not support the requested feature.",
        cause="The SDK found that the browser lacks an API it needs (an AudioContext, an audio processor, a codec, screen-sharing audio, ...) or getUserMedia failed with NotSupportedError.",
        when=(
            "creating a track or using a feature on a browser that lacks it",
            "calling a method the d.ts documents as Chrome/Edge-only on another browser",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="This feature is not supported on your browser. Please try a recent version of Chrome, Edge, Firefox or Safari.",
        user_message_key="agora.agora_rtc_error_code.NOT_SUPPORTED",
        remediation=(
            "Call AgoraRTC.checkSystemRequirements() before starting, and hide features the browser lacks.",
            "Ask the user to switch to a supported browser.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
        ),
        since=None,
        rationale="The same browser keeps lacking the feature; only another browser or a different feature choice helps.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INVALID_OPERATION": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="INVALID_OPERATION",
        name="INVALID_OPERATION",
        catalog_name="INVALID_OPERATION",
        summary="The call is not allowed in the current state.",
        cause="The SDK refused an operation that does not fit the current state: operating a closed track, joining twice, publishing before joining, calling methods in the wrong order.",
        when=(
            "calling join() while already joining or joined",
            "using a track after close()",
            "publishing before join() has resolved",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="agora.agora_rtc_error_code.INVALID_OPERATION",
        remediation=(
            "Read the error message: it says which state the call conflicts with.",
            "Fix the order of calls in the app (await join() before publish(), do not reuse closed tracks).",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The call sequence is wrong; repeating it in the same state fails again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "OPERATION_ABORTED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="OPERATION_ABORTED",
        name="OPERATION_ABORTED",
        catalog_name="OPERATION_ABORTED",
        summary="The operation was cancelled before it finished.",
        cause="The SDK cancelled a pending request or retry loop, usually because the app called leave() or started a new operation that supersedes it.",
        when=(
            "leave() is called while join() is still pending",
            "a request is cancelled when the client is reset",
        ),
        category=Category.ENDED_NORMALLY,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="You have left the call.",
        user_message_key="agora.agora_rtc_error_code.OPERATION_ABORTED",
        remediation=(
            "Usually nothing to fix: the app itself cancelled the operation (for example by leaving).",
            "If it was not intended, check for a leave() or a second join() racing with the call.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The cancellation follows the app's own action, so there is nothing to retry.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "WEB_SECURITY_RESTRICT": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="WEB_SECURITY_RESTRICT",
        name="WEB_SECURITY_RESTRICT",
        catalog_name="WEB_SECURITY_RESTRICT",
        summary="The page is not in a secure context.",
        cause="The browser restricts media and WebRTC APIs to secure contexts; the SDK reports this when the page is served over plain HTTP from a host other than localhost.",
        when=("the app is served over http:// from a real host name or IP address",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="This page cannot use your camera or microphone because it is not secure. Please use the https:// address.",
        user_message_key="agora.agora_rtc_error_code.WEB_SECURITY_RESTRICT",
        remediation=("Serve the app over HTTPS (or localhost during development).",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The page's origin must change (HTTPS); retrying on the same page cannot succeed. The catalog counts it terminal because nothing can start.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "EXCHANGE_SDP_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="EXCHANGE_SDP_FAILED",
        name="EXCHANGE_SDP_FAILED",
        catalog_name="EXCHANGE_SDP_FAILED",
        summary="The SDP offer/answer exchange with Agora failed.",
        cause="Setting up or updating the WebRTC peer connection failed while exchanging session descriptions with Agora's gateway (P2PConnection connect, update or send).",
        when=(
            "publishing or subscribing while the network is unstable",
            "the browser rejects the remote description",
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="agora.agora_rtc_error_code.EXCHANGE_SDP_FAILED",
        remediation=(
            "Retry the publish or subscribe with backoff.",
            "If it keeps failing on one browser, check for browser extensions or policies that interfere with WebRTC.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="Negotiation failures are often transient; the catalog retries with backoff and leaves repeated failures to the user's environment.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ADD_CANDIDATE_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="ADD_CANDIDATE_FAILED",
        name="ADD_CANDIDATE_FAILED",
        catalog_name="ADD_CANDIDATE_FAILED",
        summary="A remote ICE candidate could not be added.",
        cause="The browser refused an ICE candidate received from Agora (P2PConnection.addRemoteCandidate).",
        when=("the peer connection was closed or reset while candidates arrived",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="agora.agora_rtc_error_code.ADD_CANDIDATE_FAILED",
        remediation=(
            "Retry the operation with backoff.",
            "If it repeats, collect the SDK logs and the browser version for Agora support.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="A single refused candidate rarely stops the connection; retrying the media operation is enough.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "DATACHANNEL_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="DATACHANNEL_FAILED",
        name="DATACHANNEL_FAILED",
        catalog_name="DATACHANNEL_FAILED",
        summary="A data channel operation failed.",
        cause="Creating, using or stopping a WebRTC data channel on the peer connection failed.",
        when=(
            "stopping data channels on a connection that is already closing",
            "the browser refuses a data channel",
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Some call features are not working right now. Please try again.",
        user_message_key="agora.agora_rtc_error_code.DATACHANNEL_FAILED",
        remediation=(
            "Retry the data-channel operation with backoff.",
            "If the app depends on data streams, check that the browser supports RTCDataChannel.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="Data channels carry auxiliary data; the media session usually goes on, so a delayed retry of the data operation is enough.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NETWORK_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="NETWORK_ERROR",
        name="NETWORK_ERROR",
        catalog_name="NETWORK_ERROR",
        summary="An HTTP request failed because of the network.",
        cause="An HTTP request (to the access point, log or report servers) failed without a response, typically because the host is unreachable or the connection was reset.",
        when=(
            "the user is offline or behind a firewall that blocks Agora's domains",
            "DNS or proxy failures",
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.NETWORK_ERROR",
        remediation=(
            "Retry with backoff.",
            "If it keeps failing, check that Agora's domains and ports are allowed by the user's firewall, or configure the cloud proxy.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
        ),
        since=None,
        rationale="Network failures are usually transient; retry with backoff.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NETWORK_TIMEOUT": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="NETWORK_TIMEOUT",
        name="NETWORK_TIMEOUT",
        catalog_name="NETWORK_TIMEOUT",
        summary="An HTTP request timed out.",
        cause="An HTTP request was aborted because it took too long (axios ECONNABORTED).",
        when=(
            "a slow or congested network",
            "a proxy that holds requests",
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.NETWORK_TIMEOUT",
        remediation=(
            "Retry with backoff.",
            "If timeouts persist, check the user's network quality and proxy settings.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
        ),
        since=None,
        rationale="A timed-out request is typically transient; retry with backoff.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NETWORK_RESPONSE_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="NETWORK_RESPONSE_ERROR",
        name="NETWORK_RESPONSE_ERROR",
        catalog_name="NETWORK_RESPONSE_ERROR",
        summary="An HTTP request got an error status.",
        cause="An HTTP request reached a server but the response had an error status; the error's message is the status code.",
        when=("an Agora HTTP service answers 4xx or 5xx",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="agora.agora_rtc_error_code.NETWORK_RESPONSE_ERROR",
        remediation=(
            "Log the HTTP status carried in the message.",
            "Retry with backoff; a repeated 4xx points at the app's configuration (app ID, token, region).",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
        ),
        since=None,
        rationale="Most such statuses are server-side or transient; retry with backoff and look at the status if it repeats.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "API_INVOKE_TIMEOUT": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="API_INVOKE_TIMEOUT",
        name="API_INVOKE_TIMEOUT",
        catalog_name="API_INVOKE_TIMEOUT",
        summary="An SDK method call took longer than its time limit.",
        cause="The SDK's API-call tracking (in @agora-js/report) records a public call such as join() or publish() as timed out when it has not settled within its timeout, and reports it with this code.",
        when=("a join() or publish() that hangs on a slow network",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.API_INVOKE_TIMEOUT",
        remediation=(
            "Retry the call with backoff.",
            "Check the user's network if calls time out often.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/report@4.24.8 AgoraRTC_N-report.esm.mjs",
        ),
        since=None,
        rationale="A timeout is treated like other timeouts: transient, retry with backoff.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ENUMERATE_DEVICES_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="ENUMERATE_DEVICES_FAILED",
        name="ENUMERATE_DEVICES_FAILED",
        catalog_name="ENUMERATE_DEVICES_FAILED",
        summary="The list of media devices could not be read.",
        cause="navigator.mediaDevices.enumerateDevices failed when the SDK listed cameras, microphones or speakers.",
        when=(
            "calling getDevices(), getCameras() or getMicrophones() in a browser that blocks device enumeration",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="We could not list your cameras and microphones. Check your browser's permissions and try again.",
        user_message_key="agora.agora_rtc_error_code.ENUMERATE_DEVICES_FAILED",
        remediation=(
            "Ask for media permission first (create a track), then enumerate devices.",
            'Check browser policies or iframe permissions (allow="camera; microphone").',
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="Enumeration depends on the browser's permissions and policies; the user may need to grant access or change browsers before a retry helps.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "DEVICE_NOT_FOUND": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="DEVICE_NOT_FOUND",
        name="DEVICE_NOT_FOUND",
        catalog_name="DEVICE_NOT_FOUND",
        summary="The requested camera or microphone was not found.",
        cause="getUserMedia failed with NotFoundError (or DevicesNotFoundError), or the device ID passed to the SDK matches no device.",
        when=(
            "no camera or microphone is connected",
            "a stale deviceId after the device was unplugged",
        ),
        category=Category.USER_INPUT,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="No camera or microphone was found. Connect one, or choose another device, and try again.",
        user_message_key="agora.agora_rtc_error_code.DEVICE_NOT_FOUND",
        remediation=(
            "Tell the user no device was found and let them connect or pick one.",
            "Refresh the device list (getDevices()) instead of reusing stored device IDs.",
        ),
        causes=(
            "no device of that kind is connected",
            "the stored deviceId no longer exists",
        ),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="The user must connect or choose a device; retrying without that fails again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ELECTRON_IS_NULL": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="ELECTRON_IS_NULL",
        name="ELECTRON_IS_NULL",
        catalog_name="ELECTRON_IS_NULL",
        summary="The Electron API needed for screen sharing is missing.",
        cause="Screen sharing under Electron needs Electron's desktopCapturer, which the SDK could not find.",
        when=(
            "screen sharing in an Electron app whose renderer does not expose Electron's APIs",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="agora.agora_rtc_error_code.ELECTRON_IS_NULL",
        remediation=(
            "Expose Electron's desktopCapturer to the renderer (nodeIntegration or a preload script), or pass the source yourself.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="The app's Electron configuration must change; retrying does not help.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR",
        name="ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR",
        catalog_name="ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR",
        summary="Electron could not list the screens and windows to share.",
        cause="The call to Electron's desktopCapturer.getSources failed.",
        when=(
            "screen sharing in Electron without the needed permissions (for example macOS screen-recording permission)",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="We could not access your screen. Check your system's screen-recording permission and try again.",
        user_message_key="agora.agora_rtc_error_code.ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR",
        remediation=(
            "Check the OS screen-recording permission for the Electron app.",
            "Log the underlying Electron error carried in the message.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="Usually an OS permission the user must grant; retry after that.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CHROME_PLUGIN_NO_RESPONSE": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CHROME_PLUGIN_NO_RESPONSE",
        name="CHROME_PLUGIN_NO_RESPONSE",
        catalog_name="CHROME_PLUGIN_NO_RESPONSE",
        summary="The Chrome screen-sharing extension did not respond.",
        cause="Legacy Chrome screen sharing through an extension: the extension did not answer the SDK's request.",
        when=(
            "screen sharing with extensionId set, but the extension is not installed properly",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Screen sharing is not available right now. Please check your browser extension and try again.",
        user_message_key="agora.agora_rtc_error_code.CHROME_PLUGIN_NO_RESPONSE",
        remediation=(
            "Do not use the legacy extension path: modern browsers share the screen without an extension.",
            "If it is required, check that the extension is installed and its ID matches.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="The user must install or repair the extension before it can work; modern Chrome needs no extension.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CHROME_PLUGIN_NOT_INSTALL": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CHROME_PLUGIN_NOT_INSTALL",
        name="CHROME_PLUGIN_NOT_INSTALL",
        catalog_name="CHROME_PLUGIN_NOT_INSTALL",
        summary="The Chrome screen-sharing extension is not installed.",
        cause="Legacy Chrome screen sharing through an extension: the extension named by the app is not installed.",
        when=(
            "screen sharing with extensionId set on a browser without the extension",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Screen sharing is not available right now. Please check your browser extension and try again.",
        user_message_key="agora.agora_rtc_error_code.CHROME_PLUGIN_NOT_INSTALL",
        remediation=(
            "Drop the extension requirement, or prompt the user to install it.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="The user must install the extension, or the app must stop requiring it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "MEDIA_OPTION_INVALID": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="MEDIA_OPTION_INVALID",
        name="MEDIA_OPTION_INVALID",
        catalog_name="MEDIA_OPTION_INVALID",
        summary="The media constraints cannot be met by the device.",
        cause='getUserMedia failed with OverconstrainedError, TrackStartError or "Starting video failed": the requested resolution, frame rate or device options do not fit the device.',
        when=(
            "an encoder configuration the camera cannot deliver",
            "a device that fails to start with the given options",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Your camera or microphone could not be started with these settings. Please try again or use another device.",
        user_message_key="agora.agora_rtc_error_code.MEDIA_OPTION_INVALID",
        remediation=(
            "Use a lower or preset encoder configuration, or fewer exact constraints.",
            "Fall back to default options when creating the track.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="The same constraints keep failing on the same device; the app must relax them.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PERMISSION_DENIED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="PERMISSION_DENIED",
        name="PERMISSION_DENIED",
        catalog_name="PERMISSION_DENIED",
        summary="Access to the camera, microphone or screen was denied.",
        cause="getUserMedia or getDisplayMedia failed with NotAllowedError, PermissionDeniedError or InvalidStateError: the user, the browser or a policy refused access.",
        when=(
            "the user clicks Block, or cancels the screen picker",
            "the site's permission is blocked in browser settings",
            'an iframe without allow="camera; microphone"',
        ),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Access to your camera or microphone was blocked. Allow it in your browser settings and try again.",
        user_message_key="agora.agora_rtc_error_code.PERMISSION_DENIED",
        remediation=(
            "Tell the user how to allow access in the browser, then let them retry.",
            'For embedded apps, add allow="camera; microphone; display-capture" to the iframe.',
        ),
        causes=(
            "the user refused",
            "browser or OS settings block the site",
            "a missing iframe permission",
        ),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="Only the user (or the page's policy) can grant access; the call can go on without the device.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONSTRAINT_NOT_SATISFIED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CONSTRAINT_NOT_SATISFIED",
        name="CONSTRAINT_NOT_SATISFIED",
        catalog_name="CONSTRAINT_NOT_SATISFIED",
        summary="A media constraint cannot be satisfied.",
        cause="getUserMedia failed with ConstraintNotSatisfiedError (a legacy name for an unsatisfiable constraint).",
        when=("older browsers given exact constraints the device cannot meet",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Your camera or microphone could not be started with these settings. Please try again or use another device.",
        user_message_key="agora.agora_rtc_error_code.CONSTRAINT_NOT_SATISFIED",
        remediation=(
            "Relax exact constraints (resolution, frame rate, deviceId) or use SDK presets.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="The same constraints keep failing; relax them.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "TRACK_IS_DISABLED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="TRACK_IS_DISABLED",
        name="TRACK_IS_DISABLED",
        catalog_name="TRACK_IS_DISABLED",
        summary="The track is disabled.",
        cause="The app tried to change a track that is disabled with setEnabled(false), for example its encoder configuration.",
        when=("calling setEncoderConfiguration() on a disabled track",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="agora.agora_rtc_error_code.TRACK_IS_DISABLED",
        remediation=(
            "Enable the track (setEnabled(true)) before changing it, or apply the change when it is enabled again.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "GET_VIDEO_ELEMENT_VISIBLE_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="GET_VIDEO_ELEMENT_VISIBLE_ERROR",
        name="GET_VIDEO_ELEMENT_VISIBLE_ERROR",
        catalog_name="GET_VIDEO_ELEMENT_VISIBLE_ERROR",
        summary="The visibility of the video element could not be read.",
        cause="getVideoElementVisibleStatus() failed to inspect the <video> element that plays the track.",
        when=("calling it while the track is not playing or its element is detached",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="agora.agora_rtc_error_code.GET_VIDEO_ELEMENT_VISIBLE_ERROR",
        remediation=(
            "Call it only while the track is playing in an element attached to the page.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SHARE_AUDIO_NOT_ALLOWED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="SHARE_AUDIO_NOT_ALLOWED",
        name="SHARE_AUDIO_NOT_ALLOWED",
        catalog_name="SHARE_AUDIO_NOT_ALLOWED",
        summary="Sharing system audio with the screen was not allowed.",
        cause="createScreenVideoTrack() was asked for audio (withAudio: enable) but the user did not tick the share-audio option, or the browser offers none.",
        when=(
            'the user unchecks "Share audio" in the picker',
            "sharing a source that has no audio",
        ),
        category=Category.USER_INPUT,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message='Screen audio was not shared. To share it, tick the "Share audio" option and try again.',
        user_message_key="agora.agora_rtc_error_code.SHARE_AUDIO_NOT_ALLOWED",
        remediation=(
            'Use withAudio: "auto" to accept a screen share without audio, or ask the user to tick the share-audio option.',
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="The user decides in the browser's picker; only a new attempt with their choice can succeed.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LOW_STREAM_ENCODING_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="LOW_STREAM_ENCODING_ERROR",
        name="LOW_STREAM_ENCODING_ERROR",
        catalog_name="LOW_STREAM_ENCODING_ERROR",
        summary="The low-quality video stream could not be encoded.",
        cause="Setting up or updating the low-quality (dual-stream) video encoding failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="agora.agora_rtc_error_code.LOW_STREAM_ENCODING_ERROR",
        remediation=(
            "Check the low-stream parameters passed to setLowStreamParameter().",
        ),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="An encoding failure may be transient; retry with backoff.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SET_ENCODING_PARAMETER_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="SET_ENCODING_PARAMETER_ERROR",
        name="SET_ENCODING_PARAMETER_ERROR",
        catalog_name="SET_ENCODING_PARAMETER_ERROR",
        summary="The encoding parameters could not be applied.",
        cause="Setting the RTP encoding parameters on a sender failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="agora.agora_rtc_error_code.SET_ENCODING_PARAMETER_ERROR",
        remediation=("Check the encoder configuration; use presets where possible.",),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="An encoding failure may be transient; retry with backoff.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "TRACK_STATE_UNREACHABLE": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="TRACK_STATE_UNREACHABLE",
        name="TRACK_STATE_UNREACHABLE",
        catalog_name="TRACK_STATE_UNREACHABLE",
        summary="The track cannot move to the requested state.",
        cause="setEnabled and setMuted conflict: a muted track cannot be enabled or disabled, and a disabled track cannot be muted or unmuted.",
        when=(
            "calling setEnabled() on a muted track",
            "calling setMuted() on a disabled track",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="agora.agora_rtc_error_code.TRACK_STATE_UNREACHABLE",
        remediation=(
            "Use either setEnabled() or setMuted() for a track, or undo one before calling the other.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INVALID_UINT_UID_FROM_STRING_UID": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="INVALID_UINT_UID_FROM_STRING_UID",
        name="INVALID_UINT_UID_FROM_STRING_UID",
        catalog_name="INVALID_UINT_UID_FROM_STRING_UID",
        summary="The user ID could not be mapped from a string account.",
        cause="When joining with a string user account, the SDK asks Agora for the matching integer UID; the reply was missing or invalid.",
        when=("join() with a string uid while the user-account service fails",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="agora.agora_rtc_error_code.INVALID_UINT_UID_FROM_STRING_UID",
        remediation=(
            "Retry join() with backoff.",
            "Consider integer UIDs if string accounts are not needed.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The join cannot complete without the integer UID; the failure is on the service side, so a delayed new join is reasonable. Terminal because it rejects join().",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CAN_NOT_GET_PROXY_SERVER": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CAN_NOT_GET_PROXY_SERVER",
        name="CAN_NOT_GET_PROXY_SERVER",
        catalog_name="CAN_NOT_GET_PROXY_SERVER",
        summary="No cloud proxy server could be obtained.",
        cause="With the cloud proxy enabled, the SDK could not get a proxy server address. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("startProxyServer() is used and the proxy service is unreachable",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.CAN_NOT_GET_PROXY_SERVER",
        remediation=(
            "Check that the cloud proxy is enabled for the project in Agora Console.",
            "Retry with backoff.",
        ),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="Without a proxy the join cannot proceed; retry with backoff. Terminal because it rejects join().",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CAN_NOT_GET_GATEWAY_SERVER": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CAN_NOT_GET_GATEWAY_SERVER",
        name="CAN_NOT_GET_GATEWAY_SERVER",
        catalog_name="CAN_NOT_GET_GATEWAY_SERVER",
        summary="No edge (gateway) server could be obtained.",
        cause="join() asks Agora's access point for edge servers; none came back (no edge services in the response, or every access-point request failed).",
        when=(
            "the access point is unreachable from the user's network",
            "the project's region or app ID gives no edge servers",
            "a wrong or disabled app ID",
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.CAN_NOT_GET_GATEWAY_SERVER",
        remediation=(
            "Check the app ID and the area set with setArea().",
            "Retry join() with backoff; if it never succeeds, check that the user's firewall allows Agora's domains or use the cloud proxy.",
        ),
        causes=(
            "network or firewall blocks the access point",
            "a wrong or disabled app ID",
            "an area restriction with no servers",
        ),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="join() rejects and nothing is connected; the access point is usually unreachable for network reasons, so the catalog retries with backoff. The SDK carries its own retry hint in the error's data.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "VOID_GATEWAY_ADDRESS": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="VOID_GATEWAY_ADDRESS",
        name="VOID_GATEWAY_ADDRESS",
        catalog_name="VOID_GATEWAY_ADDRESS",
        summary="The gateway address is empty.",
        cause="The access point returned an empty edge-server address. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="agora.agora_rtc_error_code.VOID_GATEWAY_ADDRESS",
        remediation=("Retry join() with backoff.",),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="Without an address the join cannot proceed; a delayed retry may get a valid one. Terminal because it rejects join().",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "UID_CONFLICT": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="UID_CONFLICT",
        name="UID_CONFLICT",
        catalog_name="UID_CONFLICT",
        summary="The same user ID is already in this channel from this page.",
        cause="join() was called with a UID that another client on the same page already uses in the same channel; the SDK refuses it before contacting the server.",
        when=("two AgoraRTCClient instances join one channel with the same uid",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="agora.agora_rtc_error_code.UID_CONFLICT",
        remediation=(
            "Give every client in a channel its own UID (or pass null to let Agora assign one).",
            "Leave with the other client before rejoining with the same UID.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The SDK refuses the same UID every time; the app must use another UID or leave with the other client first. Terminal because it rejects join().",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "MULTI_UNILBS_RESPONSE_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="MULTI_UNILBS_RESPONSE_ERROR",
        name="MULTI_UNILBS_RESPONSE_ERROR",
        catalog_name="MULTI_UNILBS_RESPONSE_ERROR",
        summary="The access point's combined response could not be parsed.",
        cause="The SDK could not parse one part of the access point's multi-service (unilbs) response during join().",
        when=("the access point returns an incomplete or unexpected response",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="agora.agora_rtc_error_code.MULTI_UNILBS_RESPONSE_ERROR",
        remediation=(
            "Retry join() with backoff; report repeated failures to Agora support with the SDK logs.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="A server-side fault; retry the join with backoff. Terminal because it rejects join().",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "UPDATE_TICKET_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="UPDATE_TICKET_FAILED",
        name="UPDATE_TICKET_FAILED",
        catalog_name="UPDATE_TICKET_FAILED",
        summary="The access ticket could not be renewed.",
        cause="The SDK refreshes a ticket from the access point during a session; the request failed or the response had no ticket.",
        when=("the access point refuses or fails the ticket update",),
        category=Category.SERVICE_FAULT,
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="agora.agora_rtc_error_code.UPDATE_TICKET_FAILED",
        remediation=(
            "Nothing to do in the app unless the connection state changes; log it.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The ticket is the SDK's internal concern; it decides itself whether to retry (the error carries its own retry flag). The channel connection goes on.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "TOKEN_EXPIRE": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="TOKEN_EXPIRE",
        name="TOKEN_EXPIRE",
        catalog_name="TOKEN_EXPIRE",
        summary="The token has expired.",
        cause='The token used to join has passed its expiry; the server refused it ("dynamic key expired") and the SDK closes the connection with the disconnect reason TOKEN_EXPIRE.',
        when=(
            "joining with an old token",
            "staying in the channel past the token's expiry without renewToken()",
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal when the connection closes with it (connection-state-change to DISCONNECTED, reason TOKEN_EXPIRE) or when join() rejects with it; not terminal when another call rejects with it while the client is still connected.",
        terminal_basis=Basis.CATALOG,
        user_message="Your access to this call has expired. Please join again.",
        user_message_key="agora.agora_rtc_error_code.TOKEN_EXPIRE",
        remediation=(
            "Fetch a new token from the app's backend and call join() again.",
            "Renew tokens before they expire: handle token-privilege-will-expire with client.renewToken().",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
        ),
        since=None,
        rationale="A fresh token from the app's backend is all that is needed.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INVALID_LOCAL_TRACK": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="INVALID_LOCAL_TRACK",
        name="INVALID_LOCAL_TRACK",
        catalog_name="INVALID_LOCAL_TRACK",
        summary="The local track is not valid for this call.",
        cause="A local track passed to the SDK is not usable for the operation. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="agora.agora_rtc_error_code.INVALID_LOCAL_TRACK",
        remediation=(
            "Pass a track created by the SDK's create*Track methods and not yet closed.",
        ),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INVALID_TRACK": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="INVALID_TRACK",
        name="INVALID_TRACK",
        catalog_name="INVALID_TRACK",
        summary="The track passed is of the wrong kind.",
        cause="A method expecting a video track got an audio track, or the reverse.",
        when=("passing an audio track where a video track is expected",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="agora.agora_rtc_error_code.INVALID_TRACK",
        remediation=("Pass a track of the kind the method expects.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SENDER_NOT_FOUND": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="SENDER_NOT_FOUND",
        name="SENDER_NOT_FOUND",
        catalog_name="SENDER_NOT_FOUND",
        summary="The RTP sender for the track was not found.",
        cause="The SDK could not find the peer connection's sender for a published track. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="agora.agora_rtc_error_code.SENDER_NOT_FOUND",
        remediation=("Unpublish and publish the track again.",),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="A missing sender points at a transient negotiation state; retry the publish operation with backoff.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CREATE_OFFER_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CREATE_OFFER_FAILED",
        name="CREATE_OFFER_FAILED",
        catalog_name="CREATE_OFFER_FAILED",
        summary="The browser could not create an SDP offer.",
        cause="RTCPeerConnection.createOffer failed while the SDK set up or renegotiated media.",
        when=(
            "a browser that cannot produce an offer with the requested codecs",
            "a closed peer connection",
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="agora.agora_rtc_error_code.CREATE_OFFER_FAILED",
        remediation=(
            "Retry with backoff.",
            "Check the codec set in ClientConfig against the browser's support (getSupportedCodec()).",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="Offer creation failures are usually transient or browser-specific; retry with backoff, then ask the user to change browsers.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SET_ANSWER_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="SET_ANSWER_FAILED",
        name="SET_ANSWER_FAILED",
        catalog_name="SET_ANSWER_FAILED",
        summary="The SDP answer could not be applied.",
        cause="RTCPeerConnection.setRemoteDescription with Agora's answer failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="agora.agora_rtc_error_code.SET_ANSWER_FAILED",
        remediation=("Retry with backoff.",),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="Negotiation failures are often transient; retry with backoff.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ICE_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="ICE_FAILED",
        name="ICE_FAILED",
        catalog_name="ICE_FAILED",
        summary="The ICE connection failed.",
        cause="The peer connection's ICE transport could not connect or was lost. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("UDP blocked by a firewall without a TURN or proxy fallback",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="agora.agora_rtc_error_code.ICE_FAILED",
        remediation=(
            "Retry with backoff.",
            "If users sit behind restrictive firewalls, enable the cloud proxy or configure TURN servers.",
        ),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="ICE failures come from the network path; a retry may succeed, repeated failures need the user's network changed.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PC_CLOSED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="PC_CLOSED",
        name="PC_CLOSED",
        catalog_name="PC_CLOSED",
        summary="The peer connection is closed.",
        cause="An operation ran on a WebRTC peer connection that had already closed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="agora.agora_rtc_error_code.PC_CLOSED",
        remediation=("Retry the operation with backoff once the client is connected.",),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="A closed connection is rebuilt by a new operation; retry with backoff.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SENDER_REPLACE_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="SENDER_REPLACE_FAILED",
        name="SENDER_REPLACE_FAILED",
        catalog_name="SENDER_REPLACE_FAILED",
        summary="The sender's track could not be replaced.",
        cause="RTCRtpSender.replaceTrack failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="agora.agora_rtc_error_code.SENDER_REPLACE_FAILED",
        remediation=("Retry, or unpublish and publish the new track.",),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="Replacing a track is a local operation that may succeed on retry; the channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "GET_LOCAL_CAPABILITIES_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="GET_LOCAL_CAPABILITIES_FAILED",
        name="GET_LOCAL_CAPABILITIES_FAILED",
        catalog_name="GET_LOCAL_CAPABILITIES_FAILED",
        summary="The browser's media capabilities could not be read.",
        cause="The SDK could not read the local RTP capabilities (codecs, extensions) it needs for negotiation. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="agora.agora_rtc_error_code.GET_LOCAL_CAPABILITIES_FAILED",
        remediation=("Retry with backoff; if it repeats on one browser, try another.",),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="Likely transient; retry with backoff.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "GET_LOCAL_CONNECTION_PARAMS_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="GET_LOCAL_CONNECTION_PARAMS_FAILED",
        name="GET_LOCAL_CONNECTION_PARAMS_FAILED",
        catalog_name="GET_LOCAL_CONNECTION_PARAMS_FAILED",
        summary="The local connection parameters could not be gathered.",
        cause="Creating the initial offer or gathering ICE parameters for the connection to Agora failed (P2PConnection.connect).",
        when=(
            "the browser cannot create the offer",
            "ICE gathering fails on the local network",
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="agora.agora_rtc_error_code.GET_LOCAL_CONNECTION_PARAMS_FAILED",
        remediation=(
            "Retry with backoff.",
            "Check browser WebRTC support and local network restrictions.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="Usually an environment or transient failure; retry with backoff.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SUBSCRIBE_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="SUBSCRIBE_FAILED",
        name="SUBSCRIBE_FAILED",
        catalog_name="SUBSCRIBE_FAILED",
        summary="Subscribing to a remote user's track failed.",
        cause="The gateway refused or failed a subscribe request; the message carries the server's code and description.",
        when=(
            "the remote user unpublished while the subscribe was in flight",
            "a server-side failure",
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="We could not receive another participant's audio or video. Please try again.",
        user_message_key="agora.agora_rtc_error_code.SUBSCRIBE_FAILED",
        remediation=(
            "Retry subscribe() with backoff if the remote user still publishes (user-published event).",
            "Log the server code in the message.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The subscription is one operation; retry with backoff while the remote user still publishes. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "UNSUBSCRIBE_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="UNSUBSCRIBE_FAILED",
        name="UNSUBSCRIBE_FAILED",
        catalog_name="UNSUBSCRIBE_FAILED",
        summary="Unsubscribing from a remote user failed.",
        cause="The request to stop receiving a remote track failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="agora.agora_rtc_error_code.UNSUBSCRIBE_FAILED",
        remediation=("Retry unsubscribe() with backoff.",),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="A failed unsubscribe only leaves a stream flowing; retry with backoff.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "GATEWAY_P2P_LOST": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="GATEWAY_P2P_LOST",
        name="GATEWAY_P2P_LOST",
        catalog_name="GATEWAY_P2P_LOST",
        summary="The media connection to the gateway was lost.",
        cause="The peer connection between the client and Agora's gateway dropped. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
        category=Category.NETWORK,
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.GATEWAY_P2P_LOST",
        remediation=(
            "Wait for the SDK to reconnect; act only if the connection state becomes DISCONNECTED.",
        ),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="The SDK reconnects media by itself while the client is connected; the app waits for a connection-state change.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NO_ICE_CANDIDATE": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="NO_ICE_CANDIDATE",
        name="NO_ICE_CANDIDATE",
        catalog_name="NO_ICE_CANDIDATE",
        summary="No ICE candidate was gathered.",
        cause="The browser gathered no usable ICE candidate. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=(
            "WebRTC blocked by a browser policy or extension",
            "no network interface available",
        ),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="agora.agora_rtc_error_code.NO_ICE_CANDIDATE",
        remediation=(
            "Check browser policies and extensions that restrict WebRTC IP handling.",
            "Configure the cloud proxy or TURN.",
        ),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="Without candidates no media path exists; the user's environment must change first.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS",
        name="CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS",
        catalog_name="CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS",
        summary="Only one video track can be published at a time.",
        cause="publish() was given a second video track while one is already published by this client.",
        when=("publishing a camera track and a screen track from one client",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="agora.agora_rtc_error_code.CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS",
        remediation=(
            "Unpublish the current video track first, or publish the second one from another client (for example a separate screen-sharing client).",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The SDK allows one video track per client; the same call fails again. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "EXIST_DISABLED_VIDEO_TRACK": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="EXIST_DISABLED_VIDEO_TRACK",
        name="EXIST_DISABLED_VIDEO_TRACK",
        catalog_name="EXIST_DISABLED_VIDEO_TRACK",
        summary="A disabled video track is already published.",
        cause="Publishing a video track failed because a disabled video track is still published. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="agora.agora_rtc_error_code.EXIST_DISABLED_VIDEO_TRACK",
        remediation=("Unpublish or enable the existing video track first.",),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="The call conflicts with the client's state; repeating it fails again. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INVALID_REMOTE_USER": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="INVALID_REMOTE_USER",
        name="INVALID_REMOTE_USER",
        catalog_name="INVALID_REMOTE_USER",
        summary="The remote user is not in the channel.",
        cause="subscribe() or a similar call named a remote user who is not (or no longer) in the channel.",
        when=(
            "subscribing to a user who just left",
            "passing a stale IAgoraRTCRemoteUser object",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="This participant is no longer in the call.",
        user_message_key="agora.agora_rtc_error_code.INVALID_REMOTE_USER",
        remediation=(
            "Subscribe only in response to user-published, and drop users on user-left.",
            "Use client.remoteUsers for the current list.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The user is gone; retrying the same call fails again. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "REMOTE_USER_IS_NOT_PUBLISHED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="REMOTE_USER_IS_NOT_PUBLISHED",
        name="REMOTE_USER_IS_NOT_PUBLISHED",
        catalog_name="REMOTE_USER_IS_NOT_PUBLISHED",
        summary="The remote user has not published the requested media.",
        cause="subscribe() asked for audio or video that the remote user is not publishing.",
        when=(
            "subscribing to video of a user who only publishes audio",
            "subscribing before user-published",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="This participant is not sharing audio or video right now.",
        user_message_key="agora.agora_rtc_error_code.REMOTE_USER_IS_NOT_PUBLISHED",
        remediation=(
            "Subscribe in the user-published handler, using its mediaType.",
            "Check user.hasAudio / user.hasVideo before subscribing.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="Nothing can be received until the user publishes; wait for user-published instead of retrying. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CUSTOM_REPORT_SEND_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CUSTOM_REPORT_SEND_FAILED",
        name="CUSTOM_REPORT_SEND_FAILED",
        catalog_name="CUSTOM_REPORT_SEND_FAILED",
        summary="A custom report could not be sent.",
        cause="sendCustomReportMessage() failed to post the report to Agora's statistics collector; the message carries the underlying error.",
        when=("the statistics collector is unreachable",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Some call features are not working right now. Please try again.",
        user_message_key="agora.agora_rtc_error_code.CUSTOM_REPORT_SEND_FAILED",
        remediation=("Retry later; reports are not needed for the call itself.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/report@4.24.8 AgoraRTC_N-report.esm.mjs",
        ),
        since=None,
        rationale="Reports are auxiliary and may go through later; retry with backoff. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CUSTOM_REPORT_FREQUENCY_TOO_HIGH": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CUSTOM_REPORT_FREQUENCY_TOO_HIGH",
        name="CUSTOM_REPORT_FREQUENCY_TOO_HIGH",
        catalog_name="CUSTOM_REPORT_FREQUENCY_TOO_HIGH",
        summary="Custom reports are sent too often.",
        cause="sendCustomReportMessage() was called with more messages than the SDK's limit (CUSTOM_REPORT_LIMIT) within its 5-second window.",
        when=("sending custom reports in a loop",),
        category=Category.CLIENT_ERROR,
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Some call features are not working right now. Please try again.",
        user_message_key="agora.agora_rtc_error_code.CUSTOM_REPORT_FREQUENCY_TOO_HIGH",
        remediation=("Send fewer custom reports; batch them.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/report@4.24.8 AgoraRTC_N-report.esm.mjs",
        ),
        since=None,
        rationale="A rate limit: the same report succeeds after the window resets. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "FETCH_AUDIO_FILE_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="FETCH_AUDIO_FILE_FAILED",
        name="FETCH_AUDIO_FILE_FAILED",
        catalog_name="FETCH_AUDIO_FILE_FAILED",
        summary="The audio file could not be downloaded.",
        cause="createBufferSourceAudioTrack() could not fetch the audio file from the given URL.",
        when=(
            "a wrong URL",
            "a server without CORS headers for the page's origin",
            "the network is down",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The audio file could not be loaded.",
        user_message_key="agora.agora_rtc_error_code.FETCH_AUDIO_FILE_FAILED",
        remediation=(
            "Check the URL and that its server sends CORS headers for the app's origin.",
        ),
        causes=(
            "wrong URL",
            "missing CORS headers",
            "network outage",
        ),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="A wrong URL or missing CORS header fails every time; a network outage is the exception. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "READ_LOCAL_AUDIO_FILE_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="READ_LOCAL_AUDIO_FILE_ERROR",
        name="READ_LOCAL_AUDIO_FILE_ERROR",
        catalog_name="READ_LOCAL_AUDIO_FILE_ERROR",
        summary="The local audio file could not be read.",
        cause="The FileReader failed to read the File or Blob given to createBufferSourceAudioTrack().",
        when=("the file was removed or is not readable",),
        category=Category.USER_INPUT,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="This audio file could not be read. Please choose another file.",
        user_message_key="agora.agora_rtc_error_code.READ_LOCAL_AUDIO_FILE_ERROR",
        remediation=("Ask the user to choose the file again.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="The user must pick a readable file. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "DECODE_AUDIO_FILE_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="DECODE_AUDIO_FILE_FAILED",
        name="DECODE_AUDIO_FILE_FAILED",
        catalog_name="DECODE_AUDIO_FILE_FAILED",
        summary="The audio file could not be decoded.",
        cause="The Web Audio API failed to decode the audio data given to createBufferSourceAudioTrack().",
        when=("an unsupported or corrupt audio format",),
        category=Category.USER_INPUT,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="This audio file format is not supported. Please choose another file.",
        user_message_key="agora.agora_rtc_error_code.DECODE_AUDIO_FILE_FAILED",
        remediation=(
            "Use a format the browser decodes (MP3, AAC, WAV, Ogg/Opus where supported).",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
        ),
        since=None,
        rationale="The same file fails again; another file or format is needed. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "WS_ABORT": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="WS_ABORT",
        name="WS_ABORT",
        catalog_name="WS_ABORT",
        summary="The WebSocket operation was aborted.",
        cause="A request on the signalling WebSocket was abandoned because the socket closed or was not ready, or the choice of the best WebSocket was aborted (for example by leave()).",
        when=(
            "leave() during join()",
            "a request sent while the socket is reconnecting",
        ),
        category=Category.NETWORK,
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.WS_ABORT",
        remediation=(
            "Wait for the connection-state-change event; rejoin only after DISCONNECTED with a reason that allows it.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="While the client is connected the SDK reconnects the signalling socket by itself; the app only acts if the connection state becomes DISCONNECTED.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "WS_DISCONNECT": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="WS_DISCONNECT",
        name="WS_DISCONNECT",
        catalog_name="WS_DISCONNECT",
        summary="The signalling WebSocket disconnected.",
        cause="The WebSocket to Agora's gateway closed (the message carries the close code), or its reconnection failed.",
        when=(
            "network loss or change",
            "the gateway closes the socket",
        ),
        category=Category.NETWORK,
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.WS_DISCONNECT",
        remediation=(
            "Wait for the SDK to reconnect; handle the disconnect reason if the state becomes DISCONNECTED.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The SDK reconnects the signalling socket by itself (connection state RECONNECTING); only a final DISCONNECTED needs the app.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "WS_ERR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="WS_ERR",
        name="WS_ERR",
        catalog_name="WS_ERR",
        summary="The signalling WebSocket failed.",
        cause="The WebSocket could not be created or a message could not be sent on it.",
        when=(
            "the browser refuses the WebSocket URL",
            "a proxy blocks WebSocket traffic",
        ),
        category=Category.NETWORK,
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.WS_ERR",
        remediation=(
            "Check that WebSockets to Agora's domains are allowed by the network; consider the cloud proxy.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="Socket errors feed the SDK's reconnect logic; the app acts only on a final DISCONNECTED.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "EXTERNAL_SIGNAL_ABORT": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="EXTERNAL_SIGNAL_ABORT",
        name="EXTERNAL_SIGNAL_ABORT",
        catalog_name="EXTERNAL_SIGNAL_ABORT",
        summary="An external signalling request was aborted.",
        cause="A request on the external (P2P) signalling channel was abandoned before an answer arrived; the message names its type and request ID.",
        when=("the connection closes while the request is pending",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.EXTERNAL_SIGNAL_ABORT",
        remediation=("Retry with backoff.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="Transient: retry the operation after a delay. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LIVE_STREAMING_TASK_CONFLICT": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="LIVE_STREAMING_TASK_CONFLICT",
        name="LIVE_STREAMING_TASK_CONFLICT",
        catalog_name="LIVE_STREAMING_TASK_CONFLICT",
        summary="A live-streaming task for this URL already exists.",
        cause="startLiveStreaming() was called with a URL that already has a task.",
        when=("starting the same CDN URL twice",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The live stream could not be started or updated. Please try again later.",
        user_message_key="agora.agora_rtc_error_code.LIVE_STREAMING_TASK_CONFLICT",
        remediation=(
            "Stop the existing task (stopLiveStreaming) before starting it again, or use another URL.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
        ),
        since=None,
        rationale="The same URL keeps conflicting until the first task stops. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LIVE_STREAMING_INVALID_ARGUMENT": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="LIVE_STREAMING_INVALID_ARGUMENT",
        name="LIVE_STREAMING_INVALID_ARGUMENT",
        catalog_name="LIVE_STREAMING_INVALID_ARGUMENT",
        summary="A live-streaming argument is invalid.",
        cause='The CDN streaming service refused the URL or transcoding settings. The SDK\'s d.ts documents it as: "Invalid argument."',
        when=(
            "a malformed RTMP URL",
            "invalid transcoding layout",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The live stream could not be started or updated. Please try again later.",
        user_message_key="agora.agora_rtc_error_code.LIVE_STREAMING_INVALID_ARGUMENT",
        remediation=(
            "Check the RTMP URL and the LiveStreamingTranscodingConfig values.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
        ),
        since=None,
        rationale="The same arguments are refused again. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LIVE_STREAMING_INTERNAL_SERVER_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="LIVE_STREAMING_INTERNAL_SERVER_ERROR",
        name="LIVE_STREAMING_INTERNAL_SERVER_ERROR",
        catalog_name="LIVE_STREAMING_INTERNAL_SERVER_ERROR",
        summary="Agora's streaming server failed.",
        cause="The CDN streaming service reported an internal error, or its worker was missing. The SDK's d.ts documents it as: \"An error occurs in Agora's streaming server.\"",
        when=("a fault in Agora's streaming service",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The live stream could not be started or updated. Please try again later.",
        user_message_key="agora.agora_rtc_error_code.LIVE_STREAMING_INTERNAL_SERVER_ERROR",
        remediation=(
            "Retry startLiveStreaming() with backoff; report repeated failures to Agora.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
        ),
        since=None,
        rationale="A server fault; the SDK itself marks some of these retryable. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED",
        name="LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED",
        catalog_name="LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED",
        summary="The streaming URL is already in use.",
        cause='The CDN refused the push because another stream already uses the URL. The SDK\'s d.ts documents it as: "The URL is occupied."',
        when=("two sources push to one RTMP URL",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The live stream could not be started or updated. Please try again later.",
        user_message_key="agora.agora_rtc_error_code.LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED",
        remediation=("Use a free URL or stop the other stream.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
        ),
        since=None,
        rationale="The URL stays occupied until the other stream stops. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED",
        name="LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED",
        catalog_name="LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED",
        summary="Transcoding settings were given without transcoding enabled.",
        cause='setLiveTranscoding() was used for a task started without transcoding. The SDK\'s d.ts documents it as: "Sets the transcoding parameters when the transcoding is not enabled."',
        when=("calling setLiveTranscoding() on a non-transcoded task",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The live stream could not be started or updated. Please try again later.",
        user_message_key="agora.agora_rtc_error_code.LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED",
        remediation=(
            "Start the task with transcoding enabled, or drop the transcoding call.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
        ),
        since=None,
        rationale="The call conflicts with how the task was started. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LIVE_STREAMING_CDN_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="LIVE_STREAMING_CDN_ERROR",
        name="LIVE_STREAMING_CDN_ERROR",
        catalog_name="LIVE_STREAMING_CDN_ERROR",
        summary="The CDN failed.",
        cause='The CDN receiving the stream reported an error. The SDK\'s d.ts documents it as: "An error occurs in the CDN."',
        when=("the CDN rejects or drops the stream",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The live stream could not be started or updated. Please try again later.",
        user_message_key="agora.agora_rtc_error_code.LIVE_STREAMING_CDN_ERROR",
        remediation=("Retry with backoff; check the CDN's status and credentials.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
        ),
        since=None,
        rationale="A third-party fault, often transient. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LIVE_STREAMING_INVALID_RAW_STREAM": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="LIVE_STREAMING_INVALID_RAW_STREAM",
        name="LIVE_STREAMING_INVALID_RAW_STREAM",
        catalog_name="LIVE_STREAMING_INVALID_RAW_STREAM",
        summary="The stream to push is missing or unusable.",
        cause='Raw (non-transcoded) streaming found no stream to push, or the stream is not H.264, or the CDN timed out waiting for it. The SDK\'s d.ts documents it as: "Timeout for the CDN live streaming. Please check your media stream."',
        when=(
            "raw streaming with a VP8 client",
            "no published stream",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The live stream could not be started or updated. Please try again later.",
        user_message_key="agora.agora_rtc_error_code.LIVE_STREAMING_INVALID_RAW_STREAM",
        remediation=(
            "Publish a stream before starting, and use codec h264 for raw streaming.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
        ),
        since=None,
        rationale="The stream itself must change. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT",
        name="LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT",
        catalog_name="LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT",
        summary="Too many streaming URLs.",
        cause='The client pushes to more URLs than the service allows (10, per the d.ts). The SDK\'s d.ts documents it as: "Pushes stremas to more than 10 URLs."',
        when=("adding an eleventh URL",),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The live stream could not be started or updated. Please try again later.",
        user_message_key="agora.agora_rtc_error_code.LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT",
        remediation=("Stop a task before adding another; keep to 10 URLs.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
        ),
        since=None,
        rationale="A fixed limit; another URL fails the same way until one stops. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE",
        name="LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE",
        catalog_name="LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE",
        summary="A transcoding image could not be loaded.",
        cause='The streaming service could not fetch the watermark or background image of the transcoding layout. The SDK\'s d.ts documents it as: "Fails to load the background image or watermark image."',
        when=("a wrong or unreachable image URL",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The live stream is running without its image.",
        user_message_key="agora.agora_rtc_error_code.LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE",
        remediation=("Check the image URL is public and reachable.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
        ),
        since=None,
        rationale="A warning: the stream goes on without the image. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LIVE_STREAMING_WARN_FREQUENT_REQUEST": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="LIVE_STREAMING_WARN_FREQUENT_REQUEST",
        name="LIVE_STREAMING_WARN_FREQUENT_REQUEST",
        catalog_name="LIVE_STREAMING_WARN_FREQUENT_REQUEST",
        summary="Streaming requests are too frequent.",
        cause='The app starts, stops or updates streaming tasks too often. The SDK\'s d.ts documents it as: "Pushes stremas to the CDN too frequently."',
        when=("updating transcoding in a tight loop",),
        category=Category.CLIENT_ERROR,
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The live stream could not be started or updated. Please try again later.",
        user_message_key="agora.agora_rtc_error_code.LIVE_STREAMING_WARN_FREQUENT_REQUEST",
        remediation=("Throttle streaming calls.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
        ),
        since=None,
        rationale="A rate limit: the request succeeds after a pause. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "WEBGL_INTERNAL_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="WEBGL_INTERNAL_ERROR",
        name="WEBGL_INTERNAL_ERROR",
        catalog_name="WEBGL_INTERNAL_ERROR",
        summary="A WebGL error occurred.",
        cause="The WebGL context used for video processing failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Video effects are not available on this device.",
        user_message_key="agora.agora_rtc_error_code.WEBGL_INTERNAL_ERROR",
        remediation=("Disable the effect, or check WebGL support in the browser.",),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="The browser or GPU cannot provide WebGL; retrying does not help. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "BEAUTY_PROCESSOR_INTERNAL_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="BEAUTY_PROCESSOR_INTERNAL_ERROR",
        name="BEAUTY_PROCESSOR_INTERNAL_ERROR",
        catalog_name="BEAUTY_PROCESSOR_INTERNAL_ERROR",
        summary="The beauty effect processor failed.",
        cause="The video beauty-effect processor hit an internal error. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Video effects are not available on this device.",
        user_message_key="agora.agora_rtc_error_code.BEAUTY_PROCESSOR_INTERNAL_ERROR",
        remediation=("Disable the beauty effect; update the extension.",),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="The processor fails the same way on the same device. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CROSS_CHANNEL_WAIT_STATUS_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CROSS_CHANNEL_WAIT_STATUS_ERROR",
        name="CROSS_CHANNEL_WAIT_STATUS_ERROR",
        catalog_name="CROSS_CHANNEL_WAIT_STATUS_ERROR",
        summary="The media relay did not reach the expected state.",
        cause="While starting or updating a channel media relay, the SDK waited for a status from the relay service that did not come, or another status came.",
        when=("startChannelMediaRelay() while the relay service is slow or refuses",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Forwarding this call to the other channel failed. Please try again.",
        user_message_key="agora.agora_rtc_error_code.CROSS_CHANNEL_WAIT_STATUS_ERROR",
        remediation=("Retry startChannelMediaRelay() with backoff.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
        ),
        since=None,
        rationale="A relay-service fault or delay; retry the relay call after a delay. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CROSS_CHANNEL_FAILED_JOIN_SRC": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CROSS_CHANNEL_FAILED_JOIN_SEC",
        name="CROSS_CHANNEL_FAILED_JOIN_SRC",
        catalog_name="CROSS_CHANNEL_FAILED_JOIN_SRC",
        summary="The media relay could not join the source channel.",
        cause="The relay service failed to set the source channel (its SetSourceChannel reply was an error). The upstream value is spelled CROSS_CHANNEL_FAILED_JOIN_SEC, unlike the name.",
        when=("a wrong source channel name or token in the relay configuration",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Forwarding this call to the other channel failed. Please try again.",
        user_message_key="agora.agora_rtc_error_code.CROSS_CHANNEL_FAILED_JOIN_SRC",
        remediation=(
            "Check the source channel's name, UID (0 for the source) and token in ChannelMediaRelayConfiguration.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
        ),
        since=None,
        rationale="A wrong source configuration fails again until the app fixes it. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CROSS_CHANNEL_FAILED_JOIN_DEST": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CROSS_CHANNEL_FAILED_JOIN_DEST",
        name="CROSS_CHANNEL_FAILED_JOIN_DEST",
        catalog_name="CROSS_CHANNEL_FAILED_JOIN_DEST",
        summary="The media relay could not join a destination channel.",
        cause="The relay service failed to set a destination channel (SetDestChannelStatus reply was an error).",
        when=("a wrong destination channel name, UID or token",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Forwarding this call to the other channel failed. Please try again.",
        user_message_key="agora.agora_rtc_error_code.CROSS_CHANNEL_FAILED_JOIN_DEST",
        remediation=(
            "Check each destination's channel name, a UID not used in that channel, and a token generated for that channel and UID.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
        ),
        since=None,
        rationale="A wrong destination configuration fails again until the app fixes it. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST",
        name="CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST",
        catalog_name="CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST",
        summary="The media relay could not send media to the destination.",
        cause="The relay service reported that starting the packet transfer to the destination channels failed.",
        when=(
            "the relay service cannot reach the destination",
            "nothing is published in the source channel",
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Forwarding this call to the other channel failed. Please try again.",
        user_message_key="agora.agora_rtc_error_code.CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST",
        remediation=(
            "Retry with backoff; make sure the host publishes in the source channel.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
        ),
        since=None,
        rationale="Usually a transient relay-side failure; retry after a delay. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CROSS_CHANNEL_SERVER_ERROR_RESPONSE": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CROSS_CHANNEL_SERVER_ERROR_RESPONSE",
        name="CROSS_CHANNEL_SERVER_ERROR_RESPONSE",
        catalog_name="CROSS_CHANNEL_SERVER_ERROR_RESPONSE",
        summary="The media relay service answered with an error.",
        cause="A request to the relay service got an error response; the message carries the response.",
        when=("the relay service refuses a start, update or stop",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Forwarding this call to the other channel failed. Please try again.",
        user_message_key="agora.agora_rtc_error_code.CROSS_CHANNEL_SERVER_ERROR_RESPONSE",
        remediation=("Log the response in the message; retry with backoff.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
        ),
        since=None,
        rationale="A server fault; retry with backoff and read the response if it repeats. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "METADATA_OUT_OF_RANGE": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="METADATA_OUT_OF_RANGE",
        name="METADATA_OUT_OF_RANGE",
        catalog_name="METADATA_OUT_OF_RANGE",
        summary="The metadata is too large.",
        cause="Media metadata (SEI) passed to the SDK exceeds the allowed size.",
        when=("sending SEI metadata larger than the limit",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="agora.agora_rtc_error_code.METADATA_OUT_OF_RANGE",
        remediation=("Send smaller metadata payloads.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The same payload is refused again. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LOCAL_AEC_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="LOCAL_AEC_ERROR",
        name="LOCAL_AEC_ERROR",
        catalog_name="LOCAL_AEC_ERROR",
        summary="Local echo cancellation could not be set up.",
        cause="processExternalMediaAEC() could not route the media element's audio into the echo canceller (no audio track or destination node).",
        when=("calling it with a media element that has no audio or before it loads",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="agora.agora_rtc_error_code.LOCAL_AEC_ERROR",
        remediation=(
            "Call it with a loaded <audio>/<video> element that plays audio.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The element or its state must change first. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INVALID_PLUGIN": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="INVALID_PLUGIN",
        name="INVALID_PLUGIN",
        catalog_name="INVALID_PLUGIN",
        summary="The extension is not valid.",
        cause="registerExtensions() was given something that is not a valid Agora extension. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="agora.agora_rtc_error_code.INVALID_PLUGIN",
        remediation=(
            "Register extensions created by their official packages, matching this SDK release.",
        ),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="The app must pass a valid extension. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "DISCONNECT_P2P": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="DISCONNECT_P2P",
        name="DISCONNECT_P2P",
        catalog_name="DISCONNECT_P2P",
        summary="The media connection was dropped during an operation.",
        cause="A pending request on the media (P2P) connection was abandoned because the connection was torn down, for example on leave() or a reconnect.",
        when=(
            "leave() while publishing",
            "the SDK rebuilds the connection while a publish or ICE restart is pending",
        ),
        category=Category.NETWORK,
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal when the client ends DISCONNECTED (after leave() or a final disconnect); not terminal while it reconnects by itself.",
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.DISCONNECT_P2P",
        remediation=(
            "If the client is still connected, publish or subscribe again once it is CONNECTED.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The SDK tears down and rebuilds the media connection itself; the app acts only if the connection state becomes DISCONNECTED.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONVERTING_IMAGEDATA_TO_BLOB_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CONVERTING_IMAGEDATA_TO_BLOB_FAILED",
        name="CONVERTING_IMAGEDATA_TO_BLOB_FAILED",
        catalog_name="CONVERTING_IMAGEDATA_TO_BLOB_FAILED",
        summary="A video frame image could not be converted.",
        cause="Converting captured ImageData to a Blob (for screenshots or moderation) failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
        when=("not raised by agora-rtc-sdk-ng 4.24.8",),
        category=Category.CLIENT_ERROR,
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Some call features are not working right now. Please try again.",
        user_message_key="agora.agora_rtc_error_code.CONVERTING_IMAGEDATA_TO_BLOB_FAILED",
        remediation=("Retry on a later frame.",),
        causes=(),
        references=("@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",),
        since=None,
        rationale="A local conversion that may work on a later frame. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED",
        name="CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED",
        catalog_name="CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED",
        summary="A video frame could not be converted to an image.",
        cause="Turning a video frame into an image Blob (canvas toBlob) failed, for example in image moderation.",
        when=("the canvas is tainted or the frame is empty",),
        category=Category.CLIENT_ERROR,
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Some call features are not working right now. Please try again.",
        user_message_key="agora.agora_rtc_error_code.CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED",
        remediation=("Retry on a later frame; check that the video plays.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/image-moderation/index.js",
        ),
        since=None,
        rationale="A local conversion that may work on a later frame. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INIT_DATACHANNEL_TIMEOUT": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="INIT_DATACHANNEL_TIMEOUT",
        name="INIT_DATACHANNEL_TIMEOUT",
        catalog_name="INIT_DATACHANNEL_TIMEOUT",
        summary="Joining through the data channel timed out.",
        cause="The SDK tried to signal over a WebRTC data channel and it did not open in time; the SDK falls back to the WebSocket (closing that attempt with the disconnect reason FALLBACK).",
        when=("a network that blocks or delays the data channel",),
        category=Category.NETWORK,
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.INIT_DATACHANNEL_TIMEOUT",
        remediation=(
            "Nothing to do unless the connection state becomes DISCONNECTED; log it.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The SDK falls back by itself; the app need not act. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CREATE_DATACHANNEL_ERROR": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="CREATE_DATACHANNEL_ERROR",
        name="CREATE_DATACHANNEL_ERROR",
        catalog_name="CREATE_DATACHANNEL_ERROR",
        summary="The data channel could not be created.",
        cause="The browser failed to create the data channel the SDK uses for signalling or data streams.",
        when=("a browser policy or a closed peer connection",),
        category=Category.NETWORK,
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.CREATE_DATACHANNEL_ERROR",
        remediation=(
            "Nothing to do unless the connection state becomes DISCONNECTED.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The SDK falls back to the WebSocket by itself. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "DATACHANNEL_CONNECTION_TIMEOUT": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="DATACHANNEL_CONNECTION_TIMEOUT",
        name="DATACHANNEL_CONNECTION_TIMEOUT",
        catalog_name="DATACHANNEL_CONNECTION_TIMEOUT",
        summary="The data channel did not connect in time.",
        cause="A data channel did not open within the SDK's limit (DC_CONNECTION_TIMEOUT), or the channel could not be found.",
        when=("a network that delays or blocks data channels",),
        category=Category.NETWORK,
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.DATACHANNEL_CONNECTION_TIMEOUT",
        remediation=(
            "Nothing to do unless the connection state becomes DISCONNECTED.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The SDK falls back by itself. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PROHIBITED_OPERATION": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="PROHIBITED_OPERATION",
        name="PROHIBITED_OPERATION",
        catalog_name="PROHIBITED_OPERATION",
        summary="The operation is prohibited by the project's configuration.",
        cause="setArea() was refused because the area is already fixed by Agora's distributed configuration or by access-point extensions.",
        when=("calling setArea() when the project's configuration sets the area",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="agora.agora_rtc_error_code.PROHIBITED_OPERATION",
        remediation=(
            "Do not call setArea() for this project, or change the configuration with Agora.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The configuration forbids the call; retrying fails again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "IMAGE_MODERATION_UPLOAD_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="IMAGE_MODERATION_UPLOAD_FAILED",
        name="IMAGE_MODERATION_UPLOAD_FAILED",
        catalog_name="IMAGE_MODERATION_UPLOAD_FAILED",
        summary="An image for content moderation could not be uploaded.",
        cause="The image-moderation service failed to upload a captured frame; the message carries the server's reason.",
        when=("the moderation service refuses or is unreachable",),
        category=Category.SERVICE_FAULT,
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Some call features are not working right now. Please try again.",
        user_message_key="agora.agora_rtc_error_code.IMAGE_MODERATION_UPLOAD_FAILED",
        remediation=(
            "Log it; check the moderation service configuration if it repeats.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/image-moderation/index.js",
        ),
        since=None,
        rationale="The service uploads again at its next interval by itself. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "P2P_MESSAGE_FAILED": CodeInfo(
        provider="agora",
        code_set="agora_rtc_error_code",
        value="P2P_MESSAGE_FAILED",
        name="P2P_MESSAGE_FAILED",
        catalog_name="P2P_MESSAGE_FAILED",
        summary="A peer-to-peer message request failed.",
        cause="A request over the P2P channel was answered with a failure; the message names the request and its ID.",
        when=("the other peer refuses or fails the request",),
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
            name="AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="DISCONNECTED",
                    means="The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                ),
                SignalValue(
                    value="RECONNECTING",
                    means="The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                ),
                SignalValue(
                    value="CONNECTED",
                    means="Only the call that rejected failed; the client is still in the channel.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="agora.agora_rtc_error_code.P2P_MESSAGE_FAILED",
        remediation=("Retry with backoff.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/p2p-channel/index.js",
        ),
        since=None,
        rationale="Likely transient; retry after a delay. The channel connection is not affected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Reason the Agora Web SDK gives in connection-state-change when the connection state becomes DISCONNECTED.
# Upstream: ConnectionDisconnectedReason in https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html 4.24.8 (package npm:@agora-js/shared@4.24.8).
class ConnectionDisconnectedReason(StrEnum):
    """A code set of provider `agora`: `connection_disconnected_reason`."""

    # The user left the channel.
    LEAVE = "LEAVE"

    # The network failed and the SDK gave up reconnecting.
    NETWORK_ERROR = "NETWORK_ERROR"

    # The server returned an error.
    SERVER_ERROR = "SERVER_ERROR"

    # The user was banned from the channel.
    UID_BANNED = "UID_BANNED"

    # The connection was closed to switch the signalling path.
    FALLBACK = "FALLBACK"

    # The user's IP address was banned.
    IP_BANNED = "IP_BANNED"

    # The channel was banned.
    CHANNEL_BANNED = "CHANNEL_BANNED"

    # The licence is missing.
    LICENSE_MISSING = "LICENSE_MISSING"

    # The licence has expired.
    LICENSE_EXPIRED = "LICENSE_EXPIRED"

    # The licence's minutes are used up.
    LICENSE_MINUTES_EXCEEDED = "LICENSE_MINUTES_EXCEEDED"

    # The licence is not valid for this period.
    LICENSE_PERIOD_INVALID = "LICENSE_PERIOD_INVALID"

    # The licence is used by several SDK services at once.
    LICENSE_MULTIPLE_SDK_SERVICE = "LICENSE_MULTIPLE_SDK_SERVICE"

    # The licence is not valid.
    LICENSE_ILLEGAL = "LICENSE_ILLEGAL"

    # The token expired during the session.
    TOKEN_EXPIRE = "TOKEN_EXPIRE"

    # The session was moved to HLS playback.
    FALLBACK_TO_HLS = "FALLBACK_TO_HLS"

    # Another client joined with the same UID.
    UID_CONFLICT = "UID_CONFLICT"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _CONNECTION_DISCONNECTED_REASON_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> ConnectionDisconnectedReason | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return ConnectionDisconnectedReason(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> ConnectionDisconnectedReason | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in ConnectionDisconnectedReason:
            if _CONNECTION_DISCONNECTED_REASON_INFO[code.name].name == name:
                return code
        return None


_CONNECTION_DISCONNECTED_REASON_INFO: Final = {
    "LEAVE": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="LEAVE",
        name="LEAVE",
        catalog_name="LEAVE",
        summary="The user left the channel.",
        cause='The app called leave(). The SDK\'s d.ts says: "The user has left the channel."',
        when=("the app calls client.leave()",),
        category=Category.ENDED_NORMALLY,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You have left the call.",
        user_message_key="agora.connection_disconnected_reason.LEAVE",
        remediation=("Nothing to fix: clean up the call UI.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="A deliberate local leave is not a failure, so there is nothing to retry.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NETWORK_ERROR": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="NETWORK_ERROR",
        name="NETWORK_ERROR",
        catalog_name="NETWORK_ERROR",
        summary="The network failed and the SDK gave up reconnecting.",
        cause="The connection to Agora was lost and the SDK's own reconnection attempts failed. The SDK's d.ts says: \"The network is down, and cannot recover after retry.\"",
        when=(
            "a long network outage",
            "the user's network blocks Agora after a change",
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
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was lost. Check your internet connection and join again.",
        user_message_key="agora.connection_disconnected_reason.NETWORK_ERROR",
        remediation=(
            "Tell the user the connection was lost and offer to rejoin; rejoin with backoff when the browser reports it is online.",
            "If it happens often, check firewalls and consider the cloud proxy.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The SDK has already retried; an app-level rejoin after a delay, once the network is back, is the next step.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SERVER_ERROR": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="SERVER_ERROR",
        name="SERVER_ERROR",
        catalog_name="SERVER_ERROR",
        summary="The server returned an error.",
        cause="Agora's server refused the session. The SDK's d.ts says: \"The server returns an error. This is usually caused by incorrect parameter settings.\"",
        when=(
            "join parameters the server refuses",
            "a server-side fault during the session",
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
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="agora.connection_disconnected_reason.SERVER_ERROR",
        remediation=(
            "Check the app ID, token, channel name and UID the app joins with.",
            "Rejoin with backoff; report repeated failures with the SDK logs.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The d.ts points at parameter settings, but the SDK also uses this reason for server faults it cannot recover from; one delayed rejoin, then check the parameters.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "UID_BANNED": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="UID_BANNED",
        name="UID_BANNED",
        catalog_name="UID_BANNED",
        summary="The user was banned from the channel.",
        cause='The server banned this UID, for example through the kicking-rule RESTful API; the SDK also uses this reason when the server reports the UID already joined elsewhere (ERR_REPEAT_JOIN_CHANNEL). The SDK\'s d.ts says: "The user is banned."',
        when=(
            "the app's backend bans the user",
            "the same UID joins the channel from another client",
        ),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You were removed from this call.",
        user_message_key="agora.connection_disconnected_reason.UID_BANNED",
        remediation=(
            "Do not rejoin automatically; tell the user they were removed.",
            "If it was a duplicate UID, give each client its own UID.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The ban is another party's decision; rejoining would either be refused or undo it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "FALLBACK": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="FALLBACK",
        name="FALLBACK",
        catalog_name="FALLBACK",
        summary="The connection was closed to switch the signalling path.",
        cause="Internal: the SDK closes its data-channel signalling attempt with this reason when it falls back to the WebSocket (marked @ignore in the d.ts). AgoraRTCClient drops gateway state changes with this reason instead of emitting connection-state-change, so an app does not receive it.",
        when=("data-channel signalling times out and the SDK falls back",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=120000,
            jitter=Jitter.EQUAL,
            max_attempts=10,
        ),
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Reconnecting to the call...",
        user_message_key="agora.connection_disconnected_reason.FALLBACK",
        remediation=("Nothing to do in the app; log it.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The SDK switches from data-channel to WebSocket signalling by itself and goes on, and the client does not emit connection-state-change for it, so the catalog does not treat it as final; the d.ts hides it (@ignore) and documents no verdict.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "IP_BANNED": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="IP_BANNED",
        name="IP_BANNED",
        catalog_name="IP_BANNED",
        summary="The user's IP address was banned.",
        cause="The server banned the client's IP address. The SDK's d.ts says: \"The IP is banned.\"",
        when=("the app's backend bans the IP through the kicking rules",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You were removed from this call.",
        user_message_key="agora.connection_disconnected_reason.IP_BANNED",
        remediation=(
            "Do not rejoin automatically; the ban must be lifted by the app's backend.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The ban is a deliberate decision; rejoining from the same address is refused.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CHANNEL_BANNED": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="CHANNEL_BANNED",
        name="CHANNEL_BANNED",
        catalog_name="CHANNEL_BANNED",
        summary="The channel was banned.",
        cause='The server banned the whole channel. The SDK\'s d.ts says: "The channel is banned."',
        when=("the app's backend bans the channel through the kicking rules",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This call has ended.",
        user_message_key="agora.connection_disconnected_reason.CHANNEL_BANNED",
        remediation=("Do not rejoin; the ban must be lifted by the app's backend.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="Every participant is out and the channel refuses new joins until the ban is lifted.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LICENSE_MISSING": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="LICENSE_MISSING",
        name="LICENSE_MISSING",
        catalog_name="LICENSE_MISSING",
        summary="The licence is missing.",
        cause="The server closed the session because the client has no licence (marked @ignore in the d.ts).",
        when=("a project that needs a licence joins without one",),
        category=Category.BILLING_QUOTA,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This service is not available right now. Please contact the organiser or support.",
        user_message_key="agora.connection_disconnected_reason.LICENSE_MISSING",
        remediation=("Provide the licence the project requires; contact Agora.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LICENSE_EXPIRED": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="LICENSE_EXPIRED",
        name="LICENSE_EXPIRED",
        catalog_name="LICENSE_EXPIRED",
        summary="The licence has expired.",
        cause="The server closed the session because the licence expired (marked @ignore in the d.ts).",
        when=("using a licence past its end date",),
        category=Category.BILLING_QUOTA,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This service is not available right now. Please contact the organiser or support.",
        user_message_key="agora.connection_disconnected_reason.LICENSE_EXPIRED",
        remediation=("Renew the licence with Agora.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LICENSE_MINUTES_EXCEEDED": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="LICENSE_MINUTES_EXCEEDED",
        name="LICENSE_MINUTES_EXCEEDED",
        catalog_name="LICENSE_MINUTES_EXCEEDED",
        summary="The licence's minutes are used up.",
        cause="The server closed the session because the licence's usage minutes are exhausted (marked @ignore in the d.ts).",
        when=("usage beyond the licensed minutes",),
        category=Category.BILLING_QUOTA,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This service is not available right now. Please contact the organiser or support.",
        user_message_key="agora.connection_disconnected_reason.LICENSE_MINUTES_EXCEEDED",
        remediation=("Extend the licence's minutes with Agora.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LICENSE_PERIOD_INVALID": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="LICENSE_PERIOD_INVALID",
        name="LICENSE_PERIOD_INVALID",
        catalog_name="LICENSE_PERIOD_INVALID",
        summary="The licence is not valid for this period.",
        cause="The server closed the session because the licence's validity period does not cover now (marked @ignore in the d.ts).",
        when=("a licence not yet valid, or with a wrong period",),
        category=Category.BILLING_QUOTA,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This service is not available right now. Please contact the organiser or support.",
        user_message_key="agora.connection_disconnected_reason.LICENSE_PERIOD_INVALID",
        remediation=("Check the licence's validity period with Agora.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LICENSE_MULTIPLE_SDK_SERVICE": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="LICENSE_MULTIPLE_SDK_SERVICE",
        name="LICENSE_MULTIPLE_SDK_SERVICE",
        catalog_name="LICENSE_MULTIPLE_SDK_SERVICE",
        summary="The licence is used by several SDK services at once.",
        cause="The server closed the session because one licence is in use by more than one SDK service (marked @ignore in the d.ts).",
        when=("the same licence used from several clients or products",),
        category=Category.BILLING_QUOTA,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This service is not available right now. Please contact the organiser or support.",
        user_message_key="agora.connection_disconnected_reason.LICENSE_MULTIPLE_SDK_SERVICE",
        remediation=("Use one licence per SDK service, as Agora's terms require.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LICENSE_ILLEGAL": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="LICENSE_ILLEGAL",
        name="LICENSE_ILLEGAL",
        catalog_name="LICENSE_ILLEGAL",
        summary="The licence is not valid.",
        cause="The server closed the session because the licence is not legitimate (marked @ignore in the d.ts).",
        when=("a malformed or forged licence",),
        category=Category.BILLING_QUOTA,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This service is not available right now. Please contact the organiser or support.",
        user_message_key="agora.connection_disconnected_reason.LICENSE_ILLEGAL",
        remediation=("Use a licence issued by Agora for this project.",),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "TOKEN_EXPIRE": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="TOKEN_EXPIRE",
        name="TOKEN_EXPIRE",
        catalog_name="TOKEN_EXPIRE",
        summary="The token expired during the session.",
        cause="The server closed the session because the token expired. The SDK's d.ts says: \"The user's token expires.\"",
        when=("the session runs past the token's expiry without renewToken()",),
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
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your access to this call has expired. Please join again.",
        user_message_key="agora.connection_disconnected_reason.TOKEN_EXPIRE",
        remediation=(
            "Fetch a new token and join again.",
            "Renew tokens in time: handle token-privilege-will-expire with client.renewToken().",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="A fresh token from the app's backend is all that is needed to rejoin.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "FALLBACK_TO_HLS": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="FALLBACK_TO_HLS",
        name="FALLBACK_TO_HLS",
        catalog_name="FALLBACK_TO_HLS",
        summary="The session was moved to HLS playback.",
        cause="Internal: the server asked the client to fall back to HLS and the SDK closed the RTC connection (only with ENABLE_FALLBACK_TO_HLS set; marked @ignore in the d.ts).",
        when=("the service downgrades an audience member to HLS",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This call has moved to a different playback mode.",
        user_message_key="agora.connection_disconnected_reason.FALLBACK_TO_HLS",
        remediation=(
            "Follow the HLS fallback flow the project configured; do not rejoin over RTC automatically.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="The service chose another delivery path; rejoining over RTC would undo that choice.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "UID_CONFLICT": CodeInfo(
        provider="agora",
        code_set="connection_disconnected_reason",
        value="UID_CONFLICT",
        name="UID_CONFLICT",
        catalog_name="UID_CONFLICT",
        summary="Another client joined with the same UID.",
        cause="The server reported that the UID already joined the channel (ERR_REPEAT_JOIN_CHANNEL) and the SDK, with the IGNORE_UID_CHECK parameter set, closes with this reason (marked @ignore in the d.ts).",
        when=("the same UID joins from another device or tab",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You joined this call from another device or window, so this one was disconnected.",
        user_message_key="agora.connection_disconnected_reason.UID_CONFLICT",
        remediation=(
            "Give every client its own UID.",
            "Offer the user a button to rejoin here.",
        ),
        causes=(),
        references=(
            "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
        ),
        since=None,
        rationale="Rejoining would evict the other client; only rejoin if the user chooses to.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Error code of a channel media relay, reported with its state in the channel-media-relay-state event.
# Upstream: ChannelMediaRelayError in https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html 4.24.8 (package npm:agora-rtc-sdk-ng@4.24.8).
class ChannelMediaRelayError(StrEnum):
    """A code set of provider `agora`: `channel_media_relay_error`."""

    # No relay error.
    RELAY_OK = "RELAY_OK"

    # The SDK lost its connection to the relay service.
    SERVER_CONNECTION_LOST = "SERVER_CONNECTION_LOST"

    # The source channel's relay token expired.
    SRC_TOKEN_EXPIRED = "SRC_TOKEN_EXPIRED"

    # A destination channel's relay token expired.
    DEST_TOKEN_EXPIRED = "DEST_TOKEN_EXPIRED"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _CHANNEL_MEDIA_RELAY_ERROR_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> ChannelMediaRelayError | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return ChannelMediaRelayError(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> ChannelMediaRelayError | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in ChannelMediaRelayError:
            if _CHANNEL_MEDIA_RELAY_ERROR_INFO[code.name].name == name:
                return code
        return None


_CHANNEL_MEDIA_RELAY_ERROR_INFO: Final = {
    "RELAY_OK": CodeInfo(
        provider="agora",
        code_set="channel_media_relay_error",
        value="RELAY_OK",
        name="RELAY_OK",
        catalog_name="RELAY_OK",
        summary="No relay error.",
        cause='The relay is not in the failure state; the SDK reports RELAY_OK with every other relay state. The SDK\'s d.ts says: "No error."',
        when=(
            "every channel-media-relay-state event whose state is not RELAY_STATE_FAILURE",
        ),
        category=Category.NOT_AN_ERROR,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Everything is working normally.",
        user_message_key="agora.channel_media_relay_error.RELAY_OK",
        remediation=("Nothing to fix.",),
        causes=(),
        references=(
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SERVER_CONNECTION_LOST": CodeInfo(
        provider="agora",
        code_set="channel_media_relay_error",
        value="SERVER_CONNECTION_LOST",
        name="SERVER_CONNECTION_LOST",
        catalog_name="SERVER_CONNECTION_LOST",
        summary="The SDK lost its connection to the relay service.",
        cause='After a reconnection the SDK tried to restart the relay and failed; the relay state becomes RELAY_STATE_FAILURE. The SDK\'s d.ts says: "The SDK disconnects from the relay service."',
        when=("a network drop during a relay, and the automatic restart fails",),
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
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Forwarding this call to the other channel stopped. Please try again.",
        user_message_key="agora.channel_media_relay_error.SERVER_CONNECTION_LOST",
        remediation=(
            "Call startChannelMediaRelay() again with backoff once the client is connected.",
        ),
        causes=(),
        references=(
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
        ),
        since=None,
        rationale="The SDK's own restart failed; start the relay again after a delay.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SRC_TOKEN_EXPIRED": CodeInfo(
        provider="agora",
        code_set="channel_media_relay_error",
        value="SRC_TOKEN_EXPIRED",
        name="SRC_TOKEN_EXPIRED",
        catalog_name="SRC_TOKEN_EXPIRED",
        summary="The source channel's relay token expired.",
        cause="The relay service reported that the source channel's token privilege expired; the relay state becomes RELAY_STATE_FAILURE. The SDK's d.ts says: \"The token of the source channel has expired.\"",
        when=("a relay running past the source token's expiry",),
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
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Forwarding this call to the other channel stopped. Please try again.",
        user_message_key="agora.channel_media_relay_error.SRC_TOKEN_EXPIRED",
        remediation=(
            "Generate a new source token (UID 0, source channel) and update or restart the relay.",
        ),
        causes=(),
        references=(
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
        ),
        since=None,
        rationale="A new token for the source channel fixes it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "DEST_TOKEN_EXPIRED": CodeInfo(
        provider="agora",
        code_set="channel_media_relay_error",
        value="DEST_TOKEN_EXPIRED",
        name="DEST_TOKEN_EXPIRED",
        catalog_name="DEST_TOKEN_EXPIRED",
        summary="A destination channel's relay token expired.",
        cause="The relay service reported that a destination channel's token privilege expired; the relay state becomes RELAY_STATE_FAILURE. The SDK's d.ts says: \"The token of the destination channel has expired.\"",
        when=("a relay running past a destination token's expiry",),
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
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Forwarding this call to the other channel stopped. Please try again.",
        user_message_key="agora.channel_media_relay_error.DEST_TOKEN_EXPIRED",
        remediation=(
            "Generate a new destination token (destination UID and channel) and update or restart the relay.",
        ),
        causes=(),
        references=(
            "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
        ),
        since=None,
        rationale="A new token for the destination channel fixes it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}

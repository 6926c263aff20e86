# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `spatialreal`."""

from __future__ import annotations

from enum import IntEnum, StrEnum
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


# Stable string error code carried in AvatarSDKError.code by the SpatialReal Python server SDK.
# Upstream: AvatarSDKErrorCode in SpatialReal-ai/python-sdk 0.2.2 (package pypi:spatialreal@0.2.2).
class AvatarSdkErrorCode(StrEnum):
    """A code set of provider `spatialreal`: `avatar_sdk_error_code`."""

    # The session token has expired or is no longer authorized.
    SESSION_TOKEN_EXPIRED = "sessionTokenExpired"

    # The session token or API key was rejected.
    SESSION_TOKEN_INVALID = "sessionTokenInvalid"

    # The server does not recognize the app ID.
    APP_ID_UNRECOGNIZED = "appIDUnrecognized"

    # The session token belongs to a different app.
    APP_ID_MISMATCH = "appIDMismatch"

    # The requested avatar does not exist.
    AVATAR_NOT_FOUND = "avatarNotFound"

    # Billing requirements block the session.
    BILLING_REQUIRED = "billingRequired"

    # The account has run out of credits.
    CREDITS_EXHAUSTED = "creditsExhausted"

    # The session reached its maximum allowed duration.
    SESSION_DURATION_EXCEEDED = "sessionDurationExceeded"

    # Too many concurrent sessions for the account's plan.
    CONCURRENCY_LIMIT = "concurrencyLimit"

    # The handshake rejected the audio sample rate.
    UNSUPPORTED_SAMPLE_RATE = "unsupportedSampleRate"

    # The egress configuration is invalid.
    INVALID_EGRESS_CONFIG = "invalidEgressConfig"

    # The egress service is unavailable or not configured.
    EGRESS_UNAVAILABLE = "egressUnavailable"

    # The session was closed because no input arrived.
    IDLE_TIMEOUT = "idleTimeout"

    # A server-side dependency is briefly unavailable.
    UPSTREAM_ERROR = "upstreamError"

    # The request payload or parameters are invalid.
    INVALID_REQUEST = "invalidRequest"

    # The transport connection could not be set up or broke.
    CONNECTION_FAILED = "connectionFailed"

    # The WebSocket closed unexpectedly.
    CONNECTION_CLOSED = "connectionClosed"

    # The server sent an invalid or unexpected message.
    PROTOCOL_ERROR = "protocolError"

    # The server returned an unclassified error.
    SERVER_ERROR = "serverError"

    # The SDK could not classify the failure.
    UNKNOWN = "unknown"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _AVATAR_SDK_ERROR_CODE_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> AvatarSdkErrorCode | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return AvatarSdkErrorCode(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> AvatarSdkErrorCode | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in AvatarSdkErrorCode:
            if _AVATAR_SDK_ERROR_CODE_INFO[code.name].name == name:
                return code
        return None


_AVATAR_SDK_ERROR_CODE_INFO: Final = {
    "SESSION_TOKEN_EXPIRED": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="sessionTokenExpired",
        name="sessionTokenExpired",
        catalog_name="sessionTokenExpired",
        summary="The session token has expired or is no longer authorized.",
        cause="The session token presented to the service is past its expiry time or has been revoked.",
        when=(
            "a session token is used after its expireAt time",
            "a token was revoked before the connection was made",
        ),
        category=Category.CREDENTIALS,
        retry_policy=RetryPolicy.REFRESH_CREDENTIALS,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=100,
            multiplier_thousandths=2000,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=2,
        ),
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Your session has expired. Please try again.",
        user_message_key="spatialreal.avatar_sdk_error_code.sessionTokenExpired",
        remediation=(
            "Request a new session token from the backend and connect with it.",
            "If fresh tokens are refused too, check the API key and the app ID the token is issued for.",
        ),
        causes=(),
        references=("spatialreal@0.2.2 spatialreal/errors.py",),
        since=None,
        rationale="SDK 0.2.2 defines but never emits this code, so we treat it like the auth-failure close code 4010, which ends the session.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SESSION_TOKEN_INVALID": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="sessionTokenInvalid",
        name="sessionTokenInvalid",
        catalog_name="sessionTokenInvalid",
        summary="The session token or API key was rejected.",
        cause="The session-token request was refused with HTTP 401, the WebSocket upgrade was refused with HTTP 401 or 403, or the server closed the session with close code 4010 (bad or expired token, or app ID mismatch).",
        when=(
            "the session token is invalid, empty or expired",
            "the console API answers the session-token request with HTTP 401",
            "the WebSocket upgrade is rejected with HTTP 401 or 403",
            "the server ends the session with close code 4010",
        ),
        category=Category.CREDENTIALS,
        retry_policy=RetryPolicy.REFRESH_CREDENTIALS,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=100,
            multiplier_thousandths=2000,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=2,
        ),
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not confirm your access to this call. Please try joining again.",
        user_message_key="spatialreal.avatar_sdk_error_code.sessionTokenInvalid",
        remediation=(
            "Request a new session token from the backend and connect with it.",
            "If fresh tokens are refused too, check the API key and the app ID the token is issued for.",
            "Check that the session token request sends the right API key (HTTP 401 means the key was rejected).",
        ),
        causes=(
            "HTTP 401 on the session-token request (API key rejected)",
            "HTTP 401 or 403 on the WebSocket upgrade",
            "close code 4010: a bad or expired token, or an app ID mismatch",
        ),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "spatialreal@0.2.2 spatialreal/session.py",
            "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "APP_ID_UNRECOGNIZED": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="appIDUnrecognized",
        name="appIDUnrecognized",
        catalog_name="appIDUnrecognized",
        summary="The server does not recognize the app ID.",
        cause="The SDK reports this when the console API answers the session-token request with HTTP 403.",
        when=(
            "the configured app ID is unknown to the server",
            "the session-token request returns HTTP 403",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="spatialreal.avatar_sdk_error_code.appIDUnrecognized",
        remediation=(
            "Check the app ID in the SDK configuration against the one in the SpatialReal console.",
        ),
        causes=(),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "spatialreal@0.2.2 spatialreal/session.py",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "APP_ID_MISMATCH": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="appIDMismatch",
        name="appIDMismatch",
        catalog_name="appIDMismatch",
        summary="The session token belongs to a different app.",
        cause="The app ID sent with the connection does not match the app the session token was issued for.",
        when=("a token minted for one app is used with another app ID",),
        category=Category.CREDENTIALS,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="We could not confirm your access to this call. Please try joining again.",
        user_message_key="spatialreal.avatar_sdk_error_code.appIDMismatch",
        remediation=(
            "Use a session token issued for the same app ID that the connection sends.",
        ),
        causes=(),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
        ),
        since=None,
        rationale="SDK 0.2.2 defines but never emits this code; the proto folds app ID mismatches into close code 4010, which ends the session.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "AVATAR_NOT_FOUND": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="avatarNotFound",
        name="avatarNotFound",
        catalog_name="avatarNotFound",
        summary="The requested avatar does not exist.",
        cause="The SDK reports this when the session-token request is answered with HTTP 404.",
        when=(
            "the avatar ID is wrong or the avatar was deleted",
            "the session-token request returns HTTP 404",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This avatar is not available.",
        user_message_key="spatialreal.avatar_sdk_error_code.avatarNotFound",
        remediation=(
            "Check the avatar ID in the configuration; the avatar may have been deleted.",
        ),
        causes=(),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "spatialreal@0.2.2 spatialreal/session.py",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "BILLING_REQUIRED": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="billingRequired",
        name="billingRequired",
        catalog_name="billingRequired",
        summary="Billing requirements block the session.",
        cause="The SDK reports this when the session-token request is answered with HTTP 402.",
        when=(
            "the account has no valid billing setup",
            "the session-token request returns HTTP 402",
        ),
        category=Category.BILLING_QUOTA,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This service is not available right now. Please contact the organiser or support.",
        user_message_key="spatialreal.avatar_sdk_error_code.billingRequired",
        remediation=(
            "Set up billing for the account in the SpatialReal console; retrying cannot help until then.",
        ),
        causes=(),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "spatialreal@0.2.2 spatialreal/session.py",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CREDITS_EXHAUSTED": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="creditsExhausted",
        name="creditsExhausted",
        catalog_name="creditsExhausted",
        summary="The account has run out of credits.",
        cause="The server ended the session with close code 4001; the provider says reconnecting cannot succeed until the account is topped up.",
        when=(
            "runtime or connect-time credits run out",
            "the server closes the session with close code 4001",
        ),
        category=Category.BILLING_QUOTA,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This service is not available right now. Please contact the organiser or support.",
        user_message_key="spatialreal.avatar_sdk_error_code.creditsExhausted",
        remediation=(
            "Top up the account's credits; do not reconnect until then (the provider's close-code contract).",
        ),
        causes=(),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SESSION_DURATION_EXCEEDED": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="sessionDurationExceeded",
        name="sessionDurationExceeded",
        catalog_name="sessionDurationExceeded",
        summary="The session reached its maximum allowed duration.",
        cause="The server ended the session with close code 4002 because it hit its duration limit; the provider says reconnecting is allowed and expected.",
        when=(
            "a session runs past its maximum duration",
            "the server closes the session with close code 4002",
        ),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The session reached its time limit. Please start a new one.",
        user_message_key="spatialreal.avatar_sdk_error_code.sessionDurationExceeded",
        remediation=(
            "Start a new session; the provider says reconnecting is allowed and expected.",
            "Split long conversations into sessions shorter than the duration limit if the break is unwelcome.",
        ),
        causes=(),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONCURRENCY_LIMIT": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="concurrencyLimit",
        name="concurrencyLimit",
        catalog_name="concurrencyLimit",
        summary="Too many concurrent sessions for the account's plan.",
        cause="The session-token request was answered with HTTP 429, or the server closed the session with close code 4003; a session slot has to free up first.",
        when=(
            "the plan's concurrent-connection limit is reached",
            "the session-token request returns HTTP 429",
            "the server closes the session with close code 4003",
        ),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This call is full right now. Please try again in a little while.",
        user_message_key="spatialreal.avatar_sdk_error_code.concurrencyLimit",
        remediation=(
            "Wait for one of the account's sessions to end before starting another; do not reconnect in a loop.",
            "Close sessions that are no longer needed, or move to a plan with more concurrent sessions.",
        ),
        causes=(
            "HTTP 429 on the session-token request",
            "close code 4003",
        ),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "spatialreal@0.2.2 spatialreal/session.py",
            "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "UNSUPPORTED_SAMPLE_RATE": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="unsupportedSampleRate",
        name="unsupportedSampleRate",
        catalog_name="unsupportedSampleRate",
        summary="The handshake rejected the audio sample rate.",
        cause="The sample rate in the session configuration is not one the server accepts.",
        when=("the session is configured with an unsupported sample_rate",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="spatialreal.avatar_sdk_error_code.unsupportedSampleRate",
        remediation=(
            "Set sample_rate in the session configuration to one the server accepts.",
        ),
        causes=(),
        references=("spatialreal@0.2.2 spatialreal/errors.py",),
        since=None,
        rationale="SDK 0.2.2 defines but never emits this code; a rejected handshake leaves no session to continue.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INVALID_EGRESS_CONFIG": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="invalidEgressConfig",
        name="invalidEgressConfig",
        catalog_name="invalidEgressConfig",
        summary="The egress configuration is invalid.",
        cause="The LiveKit or Agora egress settings sent in the handshake are missing or malformed.",
        when=("egress URL, room, channel or token settings are wrong",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="spatialreal.avatar_sdk_error_code.invalidEgressConfig",
        remediation=(
            "Check the LiveKit or Agora egress settings (URL, room or channel, token) sent with the session.",
        ),
        causes=(),
        references=("spatialreal@0.2.2 spatialreal/errors.py",),
        since=None,
        rationale="SDK 0.2.2 defines but never emits this code; a rejected egress configuration leaves no usable session.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "EGRESS_UNAVAILABLE": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="egressUnavailable",
        name="egressUnavailable",
        catalog_name="egressUnavailable",
        summary="The egress service is unavailable or not configured.",
        cause="The server could not reach or provision the egress service that streams the avatar into a LiveKit room or Agora channel.",
        when=(
            "egress mode is requested but the egress service is down",
            "egress is not set up for the deployment",
        ),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="spatialreal.avatar_sdk_error_code.egressUnavailable",
        remediation=(
            "Check that egress is set up for the deployment; contact SpatialReal if it is and still fails.",
        ),
        causes=(),
        references=("spatialreal@0.2.2 spatialreal/errors.py",),
        since=None,
        rationale="SDK 0.2.2 defines but never emits this code; without egress an egress-mode session cannot proceed.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "IDLE_TIMEOUT": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="idleTimeout",
        name="idleTimeout",
        catalog_name="idleTimeout",
        summary="The session was closed because no input arrived.",
        cause="The server ended the session after a period with no audio input.",
        when=("no audio is sent for longer than the idle timeout",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The session closed because it was idle. Please start a new one when you are ready.",
        user_message_key="spatialreal.avatar_sdk_error_code.idleTimeout",
        remediation=(
            "Start a new session when there is audio to send again.",
            "Send audio, or close the session yourself, before the idle timeout.",
        ),
        causes=(),
        references=("spatialreal@0.2.2 spatialreal/errors.py",),
        since=None,
        rationale="AvatarSDKError.retryable is false for this code (the seed said retry), so we start a new session only when there is input again; SDK 0.2.2 never emits it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "UPSTREAM_ERROR": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="upstreamError",
        name="upstreamError",
        catalog_name="upstreamError",
        summary="A server-side dependency is briefly unavailable.",
        cause="The server ended the session with close code 4503 because an internal dependency was rolling, unreachable or answering 5xx.",
        when=(
            "a backend deploy or network blip on the provider side",
            "the server closes the session with close code 4503",
        ),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="spatialreal.avatar_sdk_error_code.upstreamError",
        remediation=(
            "Reconnect with backoff; the provider calls this a brief server-side problem.",
            "Alert if it recurs.",
        ),
        causes=(),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INVALID_REQUEST": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="invalidRequest",
        name="invalidRequest",
        catalog_name="invalidRequest",
        summary="The request payload or parameters are invalid.",
        cause="The session-token request failed with an unmapped 4xx status, or returned an error list in a 200 response.",
        when=(
            "the session-token request returns an unmapped 4xx status",
            "the console API returns errors for the request body",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="spatialreal.avatar_sdk_error_code.invalidRequest",
        remediation=(
            "Read server_detail and raw_body on the error to see which parameter was refused, and fix the request.",
        ),
        causes=(),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "spatialreal@0.2.2 spatialreal/session.py",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONNECTION_FAILED": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="connectionFailed",
        name="connectionFailed",
        catalog_name="connectionFailed",
        summary="The transport connection could not be set up or broke.",
        cause="A network error or timeout on the session-token request, a failed WebSocket connect or send, or an unexpected error in the read loop.",
        when=(
            "the console API or ingress endpoint is unreachable",
            "the session-token request times out",
            "sending on the WebSocket fails",
        ),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="spatialreal.avatar_sdk_error_code.connectionFailed",
        remediation=(
            "Reconnect with backoff.",
            "If it persists, check that the console API and the ingress endpoint are reachable from the server (DNS, firewall, proxy).",
        ),
        causes=(
            "a network error or timeout on the session-token request",
            "a failed WebSocket connect or send",
            "an unexpected error in the read loop",
        ),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "spatialreal@0.2.2 spatialreal/session.py",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONNECTION_CLOSED": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="connectionClosed",
        name="connectionClosed",
        catalog_name="connectionClosed",
        summary="The WebSocket closed unexpectedly.",
        cause="The connection closed abnormally without a close code, or with a close code the SDK does not map to a specific error.",
        when=(
            "the connection drops without a close frame",
            "the server closes with an unmapped close code",
        ),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="spatialreal.avatar_sdk_error_code.connectionClosed",
        remediation=(
            "Reconnect with backoff unless AvatarSDKError.retryable is false (an unmapped close code in 4000-4499).",
            "Log close_code and close_reason.",
        ),
        causes=(
            "the connection dropped without a close frame",
            "the server closed with a close code the SDK does not map",
        ),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "spatialreal@0.2.2 spatialreal/session.py",
        ),
        since=None,
        rationale="AvatarSDKError.retryable is true except when the unmapped close code lies in 4000-4499.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PROTOCOL_ERROR": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="protocolError",
        name="protocolError",
        catalog_name="protocolError",
        summary="The server sent an invalid or unexpected message.",
        cause="A protobuf payload could not be decoded, the handshake got an unexpected or incomplete reply, or the session-token response could not be parsed.",
        when=(
            "a non-binary or undecodable message during the handshake",
            "the handshake confirmation lacks a connection ID",
            "an undecodable message during the session",
        ),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal when AvatarSDKError.phase is session_token, websocket_connect or websocket_handshake (the attempt ends); not terminal in websocket_runtime, when the SDK reports it and keeps reading.",
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="spatialreal.avatar_sdk_error_code.protocolError",
        remediation=(
            "Log the error and the SDK version; during a running session the SDK keeps reading, so no action is needed unless it repeats.",
            "During connection, upgrade the SDK and report the failure to SpatialReal.",
        ),
        causes=(),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "spatialreal@0.2.2 spatialreal/session.py",
        ),
        since=None,
        rationale="During a running session the SDK reports it and keeps reading, though during init or the handshake it ends the attempt, so the verdict follows the error's phase.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SERVER_ERROR": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="serverError",
        name="serverError",
        catalog_name="serverError",
        summary="The server returned an unclassified error.",
        cause="The session-token request got HTTP 5xx, or the server sent a ServerError message whose code is not a 4000-4999 close code.",
        when=(
            "the console API answers with HTTP 5xx",
            "the server relays an upstream failure for a request",
        ),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal when AvatarSDKError.phase is session_token, websocket_connect or websocket_handshake (the attempt ends); not terminal in websocket_runtime, when the SDK reports it without closing.",
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="spatialreal.avatar_sdk_error_code.serverError",
        remediation=(
            "Log server_code and server_detail; during a running session the SDK keeps the connection, so no action is needed unless it repeats.",
            "Alert SpatialReal if HTTP 5xx on the session-token request persists.",
        ),
        causes=(
            "HTTP 5xx on the session-token request",
            "a ServerError message whose code is not a 4000-4999 close code",
        ),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "spatialreal@0.2.2 spatialreal/session.py",
        ),
        since=None,
        rationale="A ServerError message during a running session is reported without the SDK closing the connection, though during init or the handshake it ends the attempt, so the verdict follows the error's phase.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "UNKNOWN": CodeInfo(
        provider="spatialreal",
        code_set="avatar_sdk_error_code",
        value="unknown",
        name="unknown",
        catalog_name="unknown",
        summary="The SDK could not classify the failure.",
        cause="Fallback code for failures that fit no other code.",
        when=("an unclassified failure",),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong. Please try again.",
        user_message_key="spatialreal.avatar_sdk_error_code.unknown",
        remediation=(
            "Log the error with its phase and message and report it to SpatialReal.",
        ),
        causes=(),
        references=("spatialreal@0.2.2 spatialreal/errors.py",),
        since=None,
        rationale="SDK 0.2.2 never emits this code; we assume the worst for an unclassified failure.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# WebSocket close code the SpatialReal server sends when it ends a session, also carried in ServerError.code.
# Upstream: CloseCode in SpatialReal-ai/python-sdk 0.2.2 (package pypi:spatialreal@0.2.2).
class CloseCode(IntEnum):
    """A code set of provider `spatialreal`: `close_code`."""

    # The account is out of credits.
    CREDITS_EXHAUSTED = 4001

    # The session hit its maximum duration.
    SESSION_TIMEOUT = 4002

    # Too many concurrent connections for the plan.
    CONCURRENCY_LIMIT = 4003

    # Authentication of the session failed.
    AUTH_FAILED = 4010

    # A server-side dependency is briefly unavailable.
    UPSTREAM_UNAVAILABLE = 4503

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _CLOSE_CODE_INFO[self.name]

    @property
    def protocol_equivalent(self) -> AvatarSdkErrorCode | None:
        """The equivalent code in the linked code set, if any."""
        name = _CLOSE_CODE_EQUIVALENT.get(self.name)
        return None if name is None else AvatarSdkErrorCode[name]

    @staticmethod
    def from_value(value: int) -> CloseCode | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return CloseCode(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> CloseCode | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in CloseCode:
            if _CLOSE_CODE_INFO[code.name].name == name:
                return code
        return None


_CLOSE_CODE_INFO: Final = {
    "CREDITS_EXHAUSTED": CodeInfo(
        provider="spatialreal",
        code_set="close_code",
        value=4001,
        name="CREDITS_EXHAUSTED",
        catalog_name="CREDITS_EXHAUSTED",
        summary="The account is out of credits.",
        cause="The server ended the session because the account's credits ran out; the provider says not to reconnect until it is topped up.",
        when=("credits run out during or before the session",),
        category=Category.BILLING_QUOTA,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This service is not available right now. Please contact the organiser or support.",
        user_message_key="spatialreal.close_code.CREDITS_EXHAUSTED",
        remediation=("Top up the account's credits; do not reconnect until then.",),
        causes=(),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent="creditsExhausted",
    ),
    "SESSION_TIMEOUT": CodeInfo(
        provider="spatialreal",
        code_set="close_code",
        value=4002,
        name="SESSION_TIMEOUT",
        catalog_name="SESSION_TIMEOUT",
        summary="The session hit its maximum duration.",
        cause="The server ended the session at its duration limit; the provider says reconnecting is allowed and expected.",
        when=("a session runs past its maximum duration",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The session reached its time limit. Please start a new one.",
        user_message_key="spatialreal.close_code.SESSION_TIMEOUT",
        remediation=(
            "Start a new session; the provider says reconnecting is allowed and expected.",
        ),
        causes=(),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent="sessionDurationExceeded",
    ),
    "CONCURRENCY_LIMIT": CodeInfo(
        provider="spatialreal",
        code_set="close_code",
        value=4003,
        name="CONCURRENCY_LIMIT",
        catalog_name="CONCURRENCY_LIMIT",
        summary="Too many concurrent connections for the plan.",
        cause="The server refused or ended the session because the plan's concurrent-connection limit is reached; the provider says not to reconnect until a slot frees up.",
        when=("more simultaneous sessions than the plan allows",),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This call is full right now. Please try again in a little while.",
        user_message_key="spatialreal.close_code.CONCURRENCY_LIMIT",
        remediation=(
            "Wait for a session slot to free up before reconnecting; close sessions that are no longer needed.",
        ),
        causes=(),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent="concurrencyLimit",
    ),
    "AUTH_FAILED": CodeInfo(
        provider="spatialreal",
        code_set="close_code",
        value=4010,
        name="AUTH_FAILED",
        catalog_name="AUTH_FAILED",
        summary="Authentication of the session failed.",
        cause="The session token was bad or expired, or the app ID did not match; the provider says the client needs a fresh token before reconnecting.",
        when=(
            "the session token is invalid or expired",
            "the app ID does not match the token",
        ),
        category=Category.CREDENTIALS,
        retry_policy=RetryPolicy.REFRESH_CREDENTIALS,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=100,
            multiplier_thousandths=2000,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=2,
        ),
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not confirm your access to this call. Please try joining again.",
        user_message_key="spatialreal.close_code.AUTH_FAILED",
        remediation=(
            "Request a fresh session token (and check the app ID) before reconnecting.",
        ),
        causes=(
            "a bad session token",
            "an expired session token",
            "an app ID that does not match the token",
        ),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent="sessionTokenInvalid",
    ),
    "UPSTREAM_UNAVAILABLE": CodeInfo(
        provider="spatialreal",
        code_set="close_code",
        value=4503,
        name="UPSTREAM_UNAVAILABLE",
        catalog_name="UPSTREAM_UNAVAILABLE",
        summary="A server-side dependency is briefly unavailable.",
        cause="A dependency such as the control plane was rolling, hit a network blip or answered 5xx; the provider says to reconnect, ideally with backoff.",
        when=("a provider-side deploy or outage",),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="AvatarSDKError.retryable",
            overrides=("retry",),
            values=(
                SignalValue(
                    value="True",
                    means="Reconnecting can plausibly succeed: reconnect with backoff.",
                ),
                SignalValue(
                    value="False",
                    means="Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="spatialreal.close_code.UPSTREAM_UNAVAILABLE",
        remediation=(
            "Reconnect with backoff, as the provider advises.",
            "Alert if it recurs.",
        ),
        causes=(),
        references=(
            "spatialreal@0.2.2 spatialreal/errors.py",
            "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent="upstreamError",
    ),
}
_CLOSE_CODE_EQUIVALENT: Final = {
    "CREDITS_EXHAUSTED": "CREDITS_EXHAUSTED",
    "SESSION_TIMEOUT": "SESSION_DURATION_EXCEEDED",
    "CONCURRENCY_LIMIT": "CONCURRENCY_LIMIT",
    "AUTH_FAILED": "SESSION_TOKEN_INVALID",
    "UPSTREAM_UNAVAILABLE": "UPSTREAM_ERROR",
}

# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `stream_video`."""

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


# Code of an error the Stream SFU reports, in the `code` of its Error message (on the SFU `error` event or an RPC response).
# Upstream: ErrorCode in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
class SfuErrorCode(IntEnum):
    """A code set of provider `stream_video`: `sfu_error_code`."""

    # The error carries no specific code.
    UNSPECIFIED = 0

    # The track to publish was not found.
    PUBLISH_TRACK_NOT_FOUND = 100

    # The published tracks do not match what the SFU expects.
    PUBLISH_TRACKS_MISMATCH = 101

    # A publishing request arrived out of order.
    PUBLISH_TRACK_OUT_OF_ORDER = 102

    # A video layer of a published track was not found.
    PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND = 103

    # The livestream has ended.
    LIVE_ENDED = 104

    # The SFU does not know this participant.
    PARTICIPANT_NOT_FOUND = 200

    # The participant is being migrated away from this SFU.
    PARTICIPANT_MIGRATING_OUT = 201

    # Migrating the participant to another SFU failed.
    PARTICIPANT_MIGRATION_FAILED = 202

    # The participant is in the middle of a migration.
    PARTICIPANT_MIGRATING = 203

    # Reconnecting the participant failed.
    PARTICIPANT_RECONNECT_FAILED = 204

    # The participant's media transport failed.
    PARTICIPANT_MEDIA_TRANSPORT_FAILURE = 205

    # The SFU lost the participant's signalling connection.
    PARTICIPANT_SIGNAL_LOST = 206

    # The call was not found on the SFU.
    CALL_NOT_FOUND = 300

    # The call has reached its participant limit.
    CALL_PARTICIPANT_LIMIT_REACHED = 301

    # The request failed validation.
    REQUEST_VALIDATION_FAILED = 400

    # The client is not authenticated with the SFU.
    UNAUTHENTICATED = 401

    # The participant lacks the permission for this request.
    PERMISSION_DENIED = 403

    # The client sent too many requests.
    TOO_MANY_REQUESTS = 429

    # The SFU failed internally.
    INTERNAL_SERVER_ERROR = 500

    # The SFU is shutting down.
    SFU_SHUTTING_DOWN = 600

    # The SFU has no capacity left.
    SFU_FULL = 700

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _SFU_ERROR_CODE_INFO[self.name]

    @property
    def protocol_equivalent(self) -> CallEndedReason | None:
        """The equivalent code in the linked code set, if any."""
        name = _SFU_ERROR_CODE_EQUIVALENT.get(self.name)
        return None if name is None else CallEndedReason[name]

    @staticmethod
    def from_value(value: int) -> SfuErrorCode | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return SfuErrorCode(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> SfuErrorCode | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in SfuErrorCode:
            if _SFU_ERROR_CODE_INFO[code.name].name == name:
                return code
        return None


_SFU_ERROR_CODE_INFO: Final = {
    "UNSPECIFIED": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=0,
        name="UNSPECIFIED",
        catalog_name="UNSPECIFIED",
        summary="The error carries no specific code.",
        cause="The protobuf default; the SFU reported an error without classifying it.",
        when=("an SFU error that fits no other code",),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.DEPENDS,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal when the error event's reconnectStrategy is DISCONNECT; otherwise the call goes on.",
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong. Please try again.",
        user_message_key="stream_video.sfu_error_code.UNSPECIFIED",
        remediation=(
            "Read the error's shouldRetry and the event's reconnectStrategy, and let the SDK act on them.",
            "Log the error message: without a code it is the only description.",
            "If the call ends (DISCONNECT), offer the user to join again.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/rpc/retryable.ts",
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="Without a code, the error's shouldRetry and the event's reconnect strategy are the only guide.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PUBLISH_TRACK_NOT_FOUND": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=100,
        name="PUBLISH_TRACK_NOT_FOUND",
        catalog_name="PUBLISH_TRACK_NOT_FOUND",
        summary="The track to publish was not found.",
        cause="The SFU does not know a track the client referred to in a publishing request.",
        when=("the client's view of its published tracks is out of step with the SFU",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="stream_video.sfu_error_code.PUBLISH_TRACK_NOT_FOUND",
        remediation=(
            "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
            "Check the track ids the client publishes against what the client announced to the SFU, and fix the publishing code.",
            "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The request is refused, not the call; repeating the same request fails again until the client's track state is corrected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PUBLISH_TRACKS_MISMATCH": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=101,
        name="PUBLISH_TRACKS_MISMATCH",
        catalog_name="PUBLISH_TRACKS_MISMATCH",
        summary="The published tracks do not match what the SFU expects.",
        cause="The tracks described in a publishing request disagree with the SFU's record of them.",
        when=("the client's view of its published tracks is out of step with the SFU",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="stream_video.sfu_error_code.PUBLISH_TRACKS_MISMATCH",
        remediation=(
            "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
            "Check the tracks in the publisher's offer against what the client announced to the SFU, and fix the publishing code.",
            "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The request is refused, not the call; repeating the same request fails again until the client's track state is corrected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PUBLISH_TRACK_OUT_OF_ORDER": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=102,
        name="PUBLISH_TRACK_OUT_OF_ORDER",
        catalog_name="PUBLISH_TRACK_OUT_OF_ORDER",
        summary="A publishing request arrived out of order.",
        cause="The SFU received a track publishing update in an order it cannot apply.",
        when=("concurrent publishing updates race each other",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="stream_video.sfu_error_code.PUBLISH_TRACK_OUT_OF_ORDER",
        remediation=(
            "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
            "Check the order in which publish requests are sent (wait for each to complete) against what the client announced to the SFU, and fix the publishing code.",
            "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The request is refused, not the call; the client must resend its state in order rather than repeat the same request.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=103,
        name="PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
        catalog_name="PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
        summary="A video layer of a published track was not found.",
        cause="A publishing request referred to a simulcast or SVC layer the SFU does not know for that track.",
        when=("the client's layer configuration is out of step with the SFU",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="stream_video.sfu_error_code.PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
        remediation=(
            "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
            "Check the video layers (simulcast encodings) the client announces against what the client announced to the SFU, and fix the publishing code.",
            "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The request is refused, not the call; repeating it fails again until the layer configuration is corrected.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LIVE_ENDED": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=104,
        name="LIVE_ENDED",
        catalog_name="LIVE_ENDED",
        summary="The livestream has ended.",
        cause="The call's live broadcast was stopped; the SDK puts the call back in backstage and leaves unless the user may join backstage.",
        when=("the host ends the livestream while viewers watch",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The livestream has ended.",
        user_message_key="stream_video.sfu_error_code.LIVE_ENDED",
        remediation=(
            "Let the SDK handle it: it moves the call to backstage and leaves unless the user may join backstage.",
            "Tell viewers the stream has ended; they can join again when it goes live.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/events/internal.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The broadcast was ended on purpose; viewers can only wait for it to go live again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=2,
    ),
    "PARTICIPANT_NOT_FOUND": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=200,
        name="PARTICIPANT_NOT_FOUND",
        catalog_name="PARTICIPANT_NOT_FOUND",
        summary="The SFU does not know this participant.",
        cause="The SFU holds no session for the participant the request names.",
        when=("the SFU already dropped the session after a long network outage",),
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
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="stream_video.sfu_error_code.PARTICIPANT_NOT_FOUND",
        remediation=(
            "Follow the error event's reconnectStrategy; the SDK rejoins by itself when asked.",
            "If the call was left, join again after a delay, with a fresh session.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The old session is gone, but a fresh join normally succeeds, so a rejoin after a delay is reasonable.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PARTICIPANT_MIGRATING_OUT": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=201,
        name="PARTICIPANT_MIGRATING_OUT",
        catalog_name="PARTICIPANT_MIGRATING_OUT",
        summary="The participant is being migrated away from this SFU.",
        cause="The SFU is moving the participant to another SFU and refuses work on the old session.",
        when=("the SFU is drained or rebalanced",),
        category=Category.ENDED_BY_SERVICE,
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
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Moving you to a new server. This will only take a moment.",
        user_message_key="stream_video.sfu_error_code.PARTICIPANT_MIGRATING_OUT",
        remediation=(
            "Do nothing: the SDK is migrating the participant to another SFU.",
            "Show a brief reconnecting indicator.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="Migration is driven by the SFU together with the MIGRATE reconnect strategy, which the SDK carries out by itself.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PARTICIPANT_MIGRATION_FAILED": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=202,
        name="PARTICIPANT_MIGRATION_FAILED",
        catalog_name="PARTICIPANT_MIGRATION_FAILED",
        summary="Migrating the participant to another SFU failed.",
        cause="The move of the participant's session to another SFU did not complete.",
        when=("the target SFU cannot be reached during a migration",),
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
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="stream_video.sfu_error_code.PARTICIPANT_MIGRATION_FAILED",
        remediation=(
            "Follow the error event's reconnectStrategy; the SDK usually rejoins by itself.",
            "If the call was left, join again after a delay and tell the user.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="A failed move is usually transient, so a full rejoin after a delay is the remaining path.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PARTICIPANT_MIGRATING": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=203,
        name="PARTICIPANT_MIGRATING",
        catalog_name="PARTICIPANT_MIGRATING",
        summary="The participant is in the middle of a migration.",
        cause="The SFU refused a request because the participant's session is being migrated.",
        when=("a request arrives while the session moves between SFUs",),
        category=Category.ENDED_BY_SERVICE,
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
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Moving you to a new server. This will only take a moment.",
        user_message_key="stream_video.sfu_error_code.PARTICIPANT_MIGRATING",
        remediation=(
            "Do nothing: a migration is in progress and the SDK completes it.",
            "Retry the request that failed after the call is connected again, if it still matters.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The migration completes on its own; the SDK reissues its state once connected to the new SFU.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PARTICIPANT_RECONNECT_FAILED": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=204,
        name="PARTICIPANT_RECONNECT_FAILED",
        catalog_name="PARTICIPANT_RECONNECT_FAILED",
        summary="Reconnecting the participant failed.",
        cause="The SFU could not restore the participant's session on a reconnect.",
        when=("a fast reconnect arrives after the SFU gave up on the session",),
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
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal when the error event's reconnectStrategy is DISCONNECT; with REJOIN or MIGRATE the SDK tries again.",
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="stream_video.sfu_error_code.PARTICIPANT_RECONNECT_FAILED",
        remediation=(
            "Follow the error event's reconnectStrategy: the SDK tries another strategy when asked.",
            "If the call was left, join again after a growing delay and tell the user the connection was lost.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The session cannot be resumed, but a full rejoin after a delay normally succeeds.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PARTICIPANT_MEDIA_TRANSPORT_FAILURE": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=205,
        name="PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
        catalog_name="PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
        summary="The participant's media transport failed.",
        cause="The WebRTC media connection between the participant and the SFU failed.",
        when=(
            "ICE or DTLS to the SFU fails, for example behind a restrictive firewall",
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
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="stream_video.sfu_error_code.PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
        remediation=(
            "Let the SDK reconnect (it rejoins after a negotiation error).",
            "If it happens on some networks only, check that the network allows Stream's TURN and media ports.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/rtc/BasePeerConnection.ts",
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="Media transport failures are usually network-path problems that a reconnect after a delay can fix, with the user told if they persist.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PARTICIPANT_SIGNAL_LOST": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=206,
        name="PARTICIPANT_SIGNAL_LOST",
        catalog_name="PARTICIPANT_SIGNAL_LOST",
        summary="The SFU lost the participant's signalling connection.",
        cause="The signalling WebSocket between the participant and the SFU dropped.",
        when=("the network drops briefly or switches interface",),
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
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your connection is unstable. Trying to reconnect...",
        user_message_key="stream_video.sfu_error_code.PARTICIPANT_SIGNAL_LOST",
        remediation=(
            "Do nothing: the SDK reconnects fast (FAST strategy), keeping the peer connections.",
            "Show a reconnecting indicator until the call is connected again.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/rtc/BasePeerConnection.ts",
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The SDK answers a negotiation error with this code with a FAST reconnect that keeps the peer connections.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CALL_NOT_FOUND": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=300,
        name="CALL_NOT_FOUND",
        catalog_name="CALL_NOT_FOUND",
        summary="The call was not found on the SFU.",
        cause="The SFU has no record of the call the client tried to join.",
        when=("joining with stale call credentials after the call ended",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="This call could not be found.",
        user_message_key="stream_video.sfu_error_code.CALL_NOT_FOUND",
        remediation=(
            "Check the call type and id the app joins.",
            "Create the call through the coordinator before joining, or hand out a current call id.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The SFU cannot serve a call it does not know; the app must join again through the coordinator to get current credentials.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CALL_PARTICIPANT_LIMIT_REACHED": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=301,
        name="CALL_PARTICIPANT_LIMIT_REACHED",
        catalog_name="CALL_PARTICIPANT_LIMIT_REACHED",
        summary="The call has reached its participant limit.",
        cause="The SFU refused the join because the call holds as many participants as allowed.",
        when=("joining a full call",),
        category=Category.CAPACITY,
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
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
        terminal_basis=Basis.PROVIDER,
        user_message="This call is full right now. Please try again in a little while.",
        user_message_key="stream_video.sfu_error_code.CALL_PARTICIPANT_LIMIT_REACHED",
        remediation=(
            "Let Call.join retry on another SFU (up to maxJoinRetries).",
            "If the join still fails, tell the user the call is full and let them try later.",
            "If calls often fill up, raise the call's participant limit.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The SDK treats it as a join error and retries the join on another SFU, up to maxJoinRetries (3 by default); only after those does the join fail.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "REQUEST_VALIDATION_FAILED": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=400,
        name="REQUEST_VALIDATION_FAILED",
        catalog_name="REQUEST_VALIDATION_FAILED",
        summary="The request failed validation.",
        cause="The SFU rejected a malformed or invalid request.",
        when=("a client bug or an SDK and SFU version mismatch",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="stream_video.sfu_error_code.REQUEST_VALIDATION_FAILED",
        remediation=(
            "Log the error message, which says which field was refused.",
            "Fix the request the client builds; do not resend it unchanged.",
            "Upgrade @stream-io/video-client if the request comes from the SDK itself.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The same request fails again; the code that builds it must be fixed.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "UNAUTHENTICATED": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=401,
        name="UNAUTHENTICATED",
        catalog_name="UNAUTHENTICATED",
        summary="The client is not authenticated with the SFU.",
        cause="The SFU token was missing, invalid or expired.",
        when=("connecting with an expired SFU token",),
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
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="We could not confirm your access to this call. Please try joining again.",
        user_message_key="stream_video.sfu_error_code.UNAUTHENTICATED",
        remediation=(
            "Fetch a fresh user token through the app's token provider.",
            "Let the SDK rejoin (REJOIN gets new credentials from the coordinator), or join again.",
            "If fresh tokens are refused too, check the API key and secret the backend signs with.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="A REJOIN fetches new credentials from the coordinator, which is what fixes a rejected token.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PERMISSION_DENIED": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=403,
        name="PERMISSION_DENIED",
        catalog_name="PERMISSION_DENIED",
        summary="The participant lacks the permission for this request.",
        cause="The participant's grants do not allow the operation, for example publishing a track type it may not send.",
        when=("publishing without the needed capability",),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="You do not have permission to do that in this call.",
        user_message_key="stream_video.sfu_error_code.PERMISSION_DENIED",
        remediation=(
            "Check the user's role and the call type's permissions for the action (for example publishing audio or video).",
            "Grant the capability in the call's settings, or hide the action from users who lack it.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="Retrying with the same grants fails again; the call itself continues.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "TOO_MANY_REQUESTS": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=429,
        name="TOO_MANY_REQUESTS",
        catalog_name="TOO_MANY_REQUESTS",
        summary="The client sent too many requests.",
        cause="The SFU rate-limited the client.",
        when=("a burst of requests, for example rapid subscription changes",),
        category=Category.CAPACITY,
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
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="This call is full right now. Please try again in a little while.",
        user_message_key="stream_video.sfu_error_code.TOO_MANY_REQUESTS",
        remediation=(
            "Slow down: repeat the request after a growing delay.",
            "Look for client code that sends the same request in a loop (for example on every render).",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/rpc/retryable.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="Throttling clears with time, so the request should be retried after a growing delay.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INTERNAL_SERVER_ERROR": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=500,
        name="INTERNAL_SERVER_ERROR",
        catalog_name="INTERNAL_SERVER_ERROR",
        summary="The SFU failed internally.",
        cause="An unexpected error on the SFU.",
        when=("an SFU bug or overload",),
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
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="stream_video.sfu_error_code.INTERNAL_SERVER_ERROR",
        remediation=(
            "Let the SDK act on shouldRetry and the reconnectStrategy.",
            "Otherwise repeat the request after a growing delay, a few times at most.",
            "If it persists, report it to Stream with the call id and time.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/rpc/retryable.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The client did not cause it, so a retry after a delay may succeed; alert if it recurs.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SFU_SHUTTING_DOWN": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=600,
        name="SFU_SHUTTING_DOWN",
        catalog_name="SFU_SHUTTING_DOWN",
        summary="The SFU is shutting down.",
        cause="The SFU instance is going away and refuses new joins.",
        when=("an SFU is drained for deployment or scaling",),
        category=Category.ENDED_BY_SERVICE,
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
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
        terminal_basis=Basis.PROVIDER,
        user_message="This call has ended.",
        user_message_key="stream_video.sfu_error_code.SFU_SHUTTING_DOWN",
        remediation=(
            "Do nothing: Call.join retries on another SFU.",
            "If the join still fails after its retries, join again later.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The SDK treats it as a join error and retries the join on another SFU.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SFU_FULL": CodeInfo(
        provider="stream_video",
        code_set="sfu_error_code",
        value=700,
        name="SFU_FULL",
        catalog_name="SFU_FULL",
        summary="The SFU has no capacity left.",
        cause="The SFU instance is at capacity and refuses the join.",
        when=("joining during a load peak on the assigned SFU",),
        category=Category.CAPACITY,
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
            name="Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="shouldRetry = true",
                    means="The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                ),
                SignalValue(
                    value="shouldRetry = false",
                    means="The SDK does not repeat the RPC; the error is the final answer to that request.",
                ),
                SignalValue(
                    value="reconnectStrategy = DISCONNECT",
                    means="The SDK leaves the call: terminal whatever the code says.",
                ),
                SignalValue(
                    value="reconnectStrategy = FAST, REJOIN or MIGRATE",
                    means="The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                ),
                SignalValue(
                    value="reconnectStrategy = UNSPECIFIED",
                    means="No instruction; the catalog's retry and terminal for the code apply.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
        terminal_basis=Basis.PROVIDER,
        user_message="This call is full right now. Please try again in a little while.",
        user_message_key="stream_video.sfu_error_code.SFU_FULL",
        remediation=(
            "Do nothing: Call.join retries on another SFU.",
            "If the join still fails after its retries, join again later.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The SDK treats it as a join error and, although the SFU suggests MIGRATE, rejoins on another SFU.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}
_SFU_ERROR_CODE_EQUIVALENT: Final = {
    "LIVE_ENDED": "LIVE_ENDED",
}


# What the Stream SFU tells the client to do after an error, in the reconnect_strategy of its `error` event.
# Upstream: WebsocketReconnectStrategy in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
class WebsocketReconnectStrategy(IntEnum):
    """A code set of provider `stream_video`: `websocket_reconnect_strategy`."""

    # No reconnect instruction.
    UNSPECIFIED = 0

    # Disconnect for good.
    DISCONNECT = 1

    # Reconnect fast, keeping the peer connections.
    FAST = 2

    # Rejoin with new credentials and fresh peer connections.
    REJOIN = 3

    # Migrate to another SFU.
    MIGRATE = 4

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _WEBSOCKET_RECONNECT_STRATEGY_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> WebsocketReconnectStrategy | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return WebsocketReconnectStrategy(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> WebsocketReconnectStrategy | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in WebsocketReconnectStrategy:
            if _WEBSOCKET_RECONNECT_STRATEGY_INFO[code.name].name == name:
                return code
        return None


_WEBSOCKET_RECONNECT_STRATEGY_INFO: Final = {
    "UNSPECIFIED": CodeInfo(
        provider="stream_video",
        code_set="websocket_reconnect_strategy",
        value=0,
        name="UNSPECIFIED",
        catalog_name="UNSPECIFIED",
        summary="No reconnect instruction.",
        cause="The protobuf default; the SFU asks for nothing.",
        when=("an SFU error that needs no reconnect",),
        category=Category.NOT_AN_ERROR,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Everything is working normally.",
        user_message_key="stream_video.websocket_reconnect_strategy.UNSPECIFIED",
        remediation=("Nothing to do: the SFU asks for no reconnect.",),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "DISCONNECT": CodeInfo(
        provider="stream_video",
        code_set="websocket_reconnect_strategy",
        value=1,
        name="DISCONNECT",
        catalog_name="DISCONNECT",
        summary="Disconnect for good.",
        cause="The SFU reached its maximum reconnection attempts or hit another unrecoverable error; the SDK leaves the call.",
        when=(
            "reconnection attempts are exhausted",
            "an unrecoverable error on the SFU",
        ),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You have been disconnected from this call.",
        user_message_key="stream_video.websocket_reconnect_strategy.DISCONNECT",
        remediation=(
            "Let the SDK leave the call.",
            "Log the accompanying error code and message.",
            "Offer the user to join again; do not rejoin automatically.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The SFU has declared the session unrecoverable, so only the user should decide to join again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "FAST": CodeInfo(
        provider="stream_video",
        code_set="websocket_reconnect_strategy",
        value=2,
        name="FAST",
        catalog_name="FAST",
        summary="Reconnect fast, keeping the peer connections.",
        cause="The SFU asks the client to keep its publisher and subscriber peer connections and open a new WebSocket.",
        when=("a brief signalling drop",),
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
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your connection is unstable. Trying to reconnect...",
        user_message_key="stream_video.websocket_reconnect_strategy.FAST",
        remediation=(
            "Do nothing: the SDK reconnects the WebSocket and keeps the peer connections.",
            "Show a reconnecting indicator.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "REJOIN": CodeInfo(
        provider="stream_video",
        code_set="websocket_reconnect_strategy",
        value=3,
        name="REJOIN",
        catalog_name="REJOIN",
        summary="Rejoin with new credentials and fresh peer connections.",
        cause="The SFU asks the client to get new credentials from the coordinator, drop its peer connections, take a new session id and open a new WebSocket.",
        when=("the session cannot be resumed",),
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
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your connection is unstable. Trying to reconnect...",
        user_message_key="stream_video.websocket_reconnect_strategy.REJOIN",
        remediation=(
            "Do nothing: the SDK gets new credentials and rejoins with new peer connections.",
            "Show a reconnecting indicator.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "MIGRATE": CodeInfo(
        provider="stream_video",
        code_set="websocket_reconnect_strategy",
        value=4,
        name="MIGRATE",
        catalog_name="MIGRATE",
        summary="Migrate to another SFU.",
        cause="The SFU asks the client to move to a new SFU instance.",
        when=("the SFU is drained or rebalanced",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
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
        terminal_basis=Basis.PROVIDER,
        user_message="Moving you to a new server. This will only take a moment.",
        user_message_key="stream_video.websocket_reconnect_strategy.MIGRATE",
        remediation=(
            "Do nothing: the SDK moves the call to another SFU.",
            "Show a brief reconnecting indicator.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Why the Stream SFU ended the call, in the reason of its `callEnded` event.
# Upstream: CallEndedReason in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
class CallEndedReason(IntEnum):
    """A code set of provider `stream_video`: `call_ended_reason`."""

    # The call ended without a stated reason.
    UNSPECIFIED = 0

    # The call was ended.
    ENDED = 1

    # The livestream ended.
    LIVE_ENDED = 2

    # The participant was removed from the call.
    KICKED = 3

    # The call session ended.
    SESSION_ENDED = 4

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _CALL_ENDED_REASON_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> CallEndedReason | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return CallEndedReason(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> CallEndedReason | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in CallEndedReason:
            if _CALL_ENDED_REASON_INFO[code.name].name == name:
                return code
        return None


_CALL_ENDED_REASON_INFO: Final = {
    "UNSPECIFIED": CodeInfo(
        provider="stream_video",
        code_set="call_ended_reason",
        value=0,
        name="UNSPECIFIED",
        catalog_name="UNSPECIFIED",
        summary="The call ended without a stated reason.",
        cause="The protobuf default; the SFU ended the call without saying why.",
        when=("a callEnded event without a reason",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This call has ended.",
        user_message_key="stream_video.call_ended_reason.UNSPECIFIED",
        remediation=(
            "Tell the user the call has ended.",
            "Offer to start or join a new call if the app supports it.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/events/call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The SDK leaves the call whatever the reason, and an ended call cannot be rejoined.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ENDED": CodeInfo(
        provider="stream_video",
        code_set="call_ended_reason",
        value=1,
        name="ENDED",
        catalog_name="ENDED",
        summary="The call was ended.",
        cause="The call was ended for everyone, for example by a host or the app's backend.",
        when=("the host ends the call for all participants",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This call has ended.",
        user_message_key="stream_video.call_ended_reason.ENDED",
        remediation=(
            "Tell the user the call has ended.",
            "Do not rejoin: the call was ended for everyone.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/events/call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The call was ended on purpose, so rejoining makes no sense unless a new call is started.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LIVE_ENDED": CodeInfo(
        provider="stream_video",
        code_set="call_ended_reason",
        value=2,
        name="LIVE_ENDED",
        catalog_name="LIVE_ENDED",
        summary="The livestream ended.",
        cause="The call went back from live to backstage; viewers leave, users allowed to join backstage stay.",
        when=("the host stops the broadcast",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The livestream has ended.",
        user_message_key="stream_video.call_ended_reason.LIVE_ENDED",
        remediation=(
            "Tell viewers the stream has ended.",
            "Users allowed to join backstage stay in the call; the others can wait for the next broadcast.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/events/call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The broadcast was ended on purpose; viewers can only wait for it to go live again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "KICKED": CodeInfo(
        provider="stream_video",
        code_set="call_ended_reason",
        value=3,
        name="KICKED",
        catalog_name="KICKED",
        summary="The participant was removed from the call.",
        cause="Someone with the right to do so removed this participant.",
        when=("a host kicks the participant",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You were removed from this call.",
        user_message_key="stream_video.call_ended_reason.KICKED",
        remediation=(
            "Tell the user they were removed and do not rejoin automatically.",
            "If it was not intended, check who may remove participants in the call type's permissions.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/events/call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The removal was a deliberate decision by another party, so rejoining without their consent would undo it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SESSION_ENDED": CodeInfo(
        provider="stream_video",
        code_set="call_ended_reason",
        value=4,
        name="SESSION_ENDED",
        catalog_name="SESSION_ENDED",
        summary="The call session ended.",
        cause="The SFU closed the current session of the call.",
        when=("the call's session is closed on the server",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This call has ended.",
        user_message_key="stream_video.call_ended_reason.SESSION_ENDED",
        remediation=(
            "Tell the user the call session has ended.",
            "Join again through the coordinator if the call should continue.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/events/call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale="The SDK leaves the call and the session is over; only a new join through the coordinator can start another.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Why the Stream SFU asks the client to move away from it, in the reason of its `goAway` event.
# Upstream: GoAwayReason in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
class GoAwayReason(IntEnum):
    """A code set of provider `stream_video`: `go_away_reason`."""

    # The SFU asks the client to migrate without a stated reason.
    UNSPECIFIED = 0

    # The SFU is shutting down.
    SHUTTING_DOWN = 1

    # The SFU is rebalancing its load.
    REBALANCE = 2

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _GO_AWAY_REASON_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> GoAwayReason | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return GoAwayReason(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> GoAwayReason | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in GoAwayReason:
            if _GO_AWAY_REASON_INFO[code.name].name == name:
                return code
        return None


_GO_AWAY_REASON_INFO: Final = {
    "UNSPECIFIED": CodeInfo(
        provider="stream_video",
        code_set="go_away_reason",
        value=0,
        name="UNSPECIFIED",
        catalog_name="UNSPECIFIED",
        summary="The SFU asks the client to migrate without a stated reason.",
        cause="The protobuf default; the SDK migrates as for any goAway.",
        when=("a goAway event without a reason",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
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
        terminal_basis=Basis.PROVIDER,
        user_message="Moving you to a new server. This will only take a moment.",
        user_message_key="stream_video.go_away_reason.UNSPECIFIED",
        remediation=(
            "Do nothing: the SDK migrates to another SFU.",
            "Show a brief reconnecting indicator.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SHUTTING_DOWN": CodeInfo(
        provider="stream_video",
        code_set="go_away_reason",
        value=1,
        name="SHUTTING_DOWN",
        catalog_name="SHUTTING_DOWN",
        summary="The SFU is shutting down.",
        cause="The SFU instance is going away; the SDK migrates to another SFU.",
        when=("an SFU is drained for deployment or scaling",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
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
        terminal_basis=Basis.PROVIDER,
        user_message="Moving you to a new server. This will only take a moment.",
        user_message_key="stream_video.go_away_reason.SHUTTING_DOWN",
        remediation=(
            "Do nothing: the SDK migrates to another SFU.",
            "Show a brief reconnecting indicator.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "REBALANCE": CodeInfo(
        provider="stream_video",
        code_set="go_away_reason",
        value=2,
        name="REBALANCE",
        catalog_name="REBALANCE",
        summary="The SFU is rebalancing its load.",
        cause="The SFU moves participants elsewhere to spread load; the SDK migrates to another SFU.",
        when=("the SFU is busy and sheds participants",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
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
        terminal_basis=Basis.PROVIDER,
        user_message="Moving you to a new server. This will only take a moment.",
        user_message_key="stream_video.go_away_reason.REBALANCE",
        remediation=(
            "Do nothing: the SDK migrates to another SFU.",
            "Show a brief reconnecting indicator.",
        ),
        causes=(),
        references=(
            "@stream-io/video-client@1.60.0 src/Call.ts",
            "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}

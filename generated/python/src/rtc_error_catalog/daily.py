# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `daily`."""

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


# Type of the fatal error daily-js reports on its `error` event, after which the call object leaves the meeting.
# Upstream: DailyFatalErrorType in https://docs.daily.co/reference/daily-js 0.92.2 (package npm:@daily-co/daily-js@0.92.2).
class FatalErrorType(StrEnum):
    """A code set of provider `daily`: `fatal_error_type`."""

    # The participant was ejected from the meeting.
    EJECTED = "ejected"

    # The room is not available yet.
    NBF_ROOM = "nbf-room"

    # The meeting token is not valid yet.
    NBF_TOKEN = "nbf-token"

    # The room has expired.
    EXP_ROOM = "exp-room"

    # The meeting token has expired.
    EXP_TOKEN = "exp-token"

    # The room does not exist.
    NO_ROOM = "no-room"

    # The meeting is full.
    MEETING_FULL = "meeting-full"

    # This version of daily-js is no longer supported.
    END_OF_LIFE = "end-of-life"

    # The participant is not allowed to join.
    NOT_ALLOWED = "not-allowed"

    # The call could not connect or lost its connection for good.
    CONNECTION_ERROR = "connection-error"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _FATAL_ERROR_TYPE_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> FatalErrorType | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return FatalErrorType(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> FatalErrorType | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in FatalErrorType:
            if _FATAL_ERROR_TYPE_INFO[code.name].name == name:
                return code
        return None


_FATAL_ERROR_TYPE_INFO: Final = {
    "EJECTED": CodeInfo(
        provider="daily",
        code_set="fatal_error_type",
        value="ejected",
        name="ejected",
        catalog_name="ejected",
        summary="The participant was ejected from the meeting.",
        cause="Someone with the right to do so removed this participant from the call.",
        when=("a meeting owner or the app's backend ejects the participant",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You were removed from this call.",
        user_message_key="daily.fatal_error_type.ejected",
        remediation=(
            "Show the user that they were removed, and do not rejoin automatically.",
            "If the removal was not intended, check who can eject participants (meeting owners, the app's backend).",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The removal was a deliberate decision by another party, so rejoining without their consent would undo it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NBF_ROOM": CodeInfo(
        provider="daily",
        code_set="fatal_error_type",
        value="nbf-room",
        name="nbf_room",
        catalog_name="nbf_room",
        summary="The room is not available yet.",
        cause="The room's not-before time (nbf) lies in the future, so it cannot be joined yet.",
        when=("joining a scheduled room before its start time",),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This call has not started yet. Please try again at the scheduled time.",
        user_message_key="daily.fatal_error_type.nbf_room",
        remediation=(
            "Tell the user when the room opens (its nbf time) and let them try again then.",
            "If the time looks right, check the room's nbf setting in the app's backend and the clock it was computed from.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The join succeeds once the room's start time has passed, which the user should be told and can retry after.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NBF_TOKEN": CodeInfo(
        provider="daily",
        code_set="fatal_error_type",
        value="nbf-token",
        name="nbf_token",
        catalog_name="nbf_token",
        summary="The meeting token is not valid yet.",
        cause="The meeting token's not-before time (nbf) lies in the future.",
        when=(
            "a token issued for a later start time is used early",
            "the clocks of the token issuer and Daily disagree",
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
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not confirm your access to this call. Please try joining again.",
        user_message_key="daily.fatal_error_type.nbf_token",
        remediation=(
            "Fetch a token from the app's backend whose nbf is not in the future, and join again.",
            "Check the clock of the server that issues tokens.",
        ),
        causes=(
            "the token was issued for a later start time",
            "the token issuer's clock is ahead",
        ),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The token itself is not usable now; a token with a suitable start time from the app's backend fixes it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "EXP_ROOM": CodeInfo(
        provider="daily",
        code_set="fatal_error_type",
        value="exp-room",
        name="exp_room",
        catalog_name="exp_room",
        summary="The room has expired.",
        cause="The room's expiry time (exp) has passed, so it can no longer be joined and its participants are removed.",
        when=(
            "joining a room after its expiry time",
            "a meeting runs past the room's expiry time",
        ),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This call is no longer available.",
        user_message_key="daily.fatal_error_type.exp_room",
        remediation=(
            "Do not rejoin the same room.",
            "Have the app's backend create a new room or extend the room's expiry (exp), then join that.",
        ),
        causes=(
            "joining after the room expired",
            "the meeting ran past the room's expiry",
        ),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="An expired room cannot be used again; the app's backend must create or extend a room.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "EXP_TOKEN": CodeInfo(
        provider="daily",
        code_set="fatal_error_type",
        value="exp-token",
        name="exp_token",
        catalog_name="exp_token",
        summary="The meeting token has expired.",
        cause="The meeting token's expiry time (exp) has passed.",
        when=(
            "joining with an old token",
            "a meeting runs past the token's expiry time",
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
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not confirm your access to this call. Please try joining again.",
        user_message_key="daily.fatal_error_type.exp_token",
        remediation=(
            "Fetch a fresh meeting token from the app's backend and join again.",
            "Issue tokens whose expiry covers the expected length of the meeting.",
        ),
        causes=(
            "joining with an old token",
            "the meeting ran past the token's expiry",
        ),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="A fresh token from the app's backend is all that is needed.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NO_ROOM": CodeInfo(
        provider="daily",
        code_set="fatal_error_type",
        value="no-room",
        name="no_room",
        catalog_name="no_room",
        summary="The room does not exist.",
        cause="The room URL names a room that does not exist, or no longer exists, in the Daily domain.",
        when=(
            "a mistyped or stale room URL",
            "the room was deleted",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This call link is not valid. Please check the link.",
        user_message_key="daily.fatal_error_type.no_room",
        remediation=(
            "Check the room URL the app passes to join(): domain and room name.",
            "If the room was deleted, have the app's backend create it again or hand out a current URL.",
        ),
        causes=(
            "a mistyped or stale room URL",
            "the room was deleted",
        ),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The same URL keeps failing until the app creates the room or uses a correct URL.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "MEETING_FULL": CodeInfo(
        provider="daily",
        code_set="fatal_error_type",
        value="meeting-full",
        name="meeting_full",
        catalog_name="meeting_full",
        summary="The meeting is full.",
        cause="The room has reached its participant limit.",
        when=("joining a call that has as many participants as the room allows",),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This call is full right now. Please try again in a little while.",
        user_message_key="daily.fatal_error_type.meeting_full",
        remediation=(
            "Tell the user the call is full and let them try again later.",
            "If calls often fill up, raise the room's participant limit in its settings.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="A later attempt can succeed only once someone leaves, so the user should be told and decide when to try again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "END_OF_LIFE": CodeInfo(
        provider="daily",
        code_set="fatal_error_type",
        value="end-of-life",
        name="end_of_life",
        catalog_name="end_of_life",
        summary="This version of daily-js is no longer supported.",
        cause="Daily refused the call because the daily-js release the app uses has reached its end of life.",
        when=("an app ships an old daily-js release past its support window",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This app needs to be updated before you can join calls.",
        user_message_key="daily.fatal_error_type.end_of_life",
        remediation=(
            "Upgrade @daily-co/daily-js in the app to a supported release and ship the update.",
            "Until then, ask users to update the app or reload a newer version of the page.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="Only upgrading daily-js in the app fixes it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NOT_ALLOWED": CodeInfo(
        provider="daily",
        code_set="fatal_error_type",
        value="not-allowed",
        name="not_allowed",
        catalog_name="not_allowed",
        summary="The participant is not allowed to join.",
        cause="The room's access rules refused this participant, for example a private room joined without a token that grants access.",
        when=("joining a private room without a suitable meeting token",),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You are not allowed to join this call.",
        user_message_key="daily.fatal_error_type.not_allowed",
        remediation=(
            "Check the room's privacy setting and whether the participant needs a meeting token.",
            "Have the app's backend issue a token that grants access to this room, then join with it.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="Retrying with the same rights fails again; the app must obtain access for the participant first.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONNECTION_ERROR": CodeInfo(
        provider="daily",
        code_set="fatal_error_type",
        value="connection-error",
        name="connection_error",
        catalog_name="connection_error",
        summary="The call could not connect or lost its connection for good.",
        cause="Loading the call bundle, looking up the room, joining, reconnecting, moving between servers or the WebRTC connection failed; details.on says which, and details.sourceError carries the underlying error.",
        when=(
            "the call bundle cannot be loaded (the JS reports a timeout after 25 s when loading the call frame)",
            "the network drops and reconnection does not succeed",
            "a firewall blocks Daily's servers",
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
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="daily.fatal_error_type.connection_error",
        remediation=(
            "Read error.details.on to learn which step failed (load, join, reconnect, move, rtc-connection or room-lookup), and log details.sourceError.",
            "Join again after a delay, growing the delay if it keeps failing, and tell the user.",
            "If it fails on some networks only, check that the network allows Daily's servers (firewall, proxy).",
        ),
        causes=(
            "the call bundle could not be loaded",
            "the room lookup or the join failed",
            "reconnecting after a network drop failed",
            "the WebRTC connection failed",
        ),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="Connection failures are usually transient, so a new join after a growing delay is reasonable, with the user told if it keeps failing.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Type of the non-fatal error daily-js reports on its `nonfatal-error` event; the call goes on.
# Upstream: DailyNonFatalErrorType in https://docs.daily.co/reference/daily-js 0.92.2 (package npm:@daily-co/daily-js@0.92.2).
class NonFatalErrorType(StrEnum):
    """A code set of provider `daily`: `non_fatal_error_type`."""

    # Applying the input settings failed.
    INPUT_SETTINGS_ERROR = "input-settings-error"

    # Screen sharing could not be started.
    SCREEN_SHARE_ERROR = "screen-share-error"

    # The local audio level observer failed.
    LOCAL_AUDIO_LEVEL_OBSERVER_ERROR = "local-audio-level-observer-error"

    # The video processor failed.
    VIDEO_PROCESSOR_ERROR = "video-processor-error"

    # The video processor reported a warning.
    VIDEO_PROCESSOR_WARNING = "video-processor-warning"

    # The audio processor failed.
    AUDIO_PROCESSOR_ERROR = "audio-processor-error"

    # The remote media player failed.
    REMOTE_MEDIA_PLAYER_ERROR = "remote-media-player-error"

    # Live streaming reported a warning.
    LIVE_STREAMING_WARNING = "live-streaming-warning"

    # Updating the meeting session data failed.
    MEETING_SESSION_DATA_ERROR = "meeting-session-data-error"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _NON_FATAL_ERROR_TYPE_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> NonFatalErrorType | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return NonFatalErrorType(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> NonFatalErrorType | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in NonFatalErrorType:
            if _NON_FATAL_ERROR_TYPE_INFO[code.name].name == name:
                return code
        return None


_NON_FATAL_ERROR_TYPE_INFO: Final = {
    "INPUT_SETTINGS_ERROR": CodeInfo(
        provider="daily",
        code_set="non_fatal_error_type",
        value="input-settings-error",
        name="input_settings_error",
        catalog_name="input_settings_error",
        summary="Applying the input settings failed.",
        cause="Daily could not apply the audio or video input settings the app asked for, such as a processor configuration.",
        when=(
            "updateInputSettings is called with settings the browser or device cannot apply",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your audio or video settings could not be applied.",
        user_message_key="daily.non_fatal_error_type.input_settings_error",
        remediation=(
            "Keep the call going with the previous input settings.",
            "Log errorMsg and request settings the browser and device support.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The same settings fail again; the app must request settings the environment supports.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SCREEN_SHARE_ERROR": CodeInfo(
        provider="daily",
        code_set="non_fatal_error_type",
        value="screen-share-error",
        name="screen_share_error",
        catalog_name="screen_share_error",
        summary="Screen sharing could not be started.",
        cause="Starting a screen share failed; on iOS the package reports it when the screen is already being captured.",
        when=(
            "another screen capture is already running",
            "the screen-share request fails in the browser or native layer",
        ),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Screen sharing could not start. Please try again.",
        user_message_key="daily.non_fatal_error_type.screen_share_error",
        remediation=(
            "Tell the user that sharing did not start and let them try again.",
            "On iOS, ask the user to stop any other screen capture first.",
        ),
        causes=(
            "another screen capture is already running",
            "the browser or native layer refused the request",
        ),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The causes vary and most depend on the user's device, so the user should decide when to try sharing again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LOCAL_AUDIO_LEVEL_OBSERVER_ERROR": CodeInfo(
        provider="daily",
        code_set="non_fatal_error_type",
        value="local-audio-level-observer-error",
        name="local_audio_level_observer_error",
        catalog_name="local_audio_level_observer_error",
        summary="The local audio level observer failed.",
        cause="Daily could not start or run the observer that reports the local microphone level.",
        when=("startLocalAudioLevelObserver fails in the current browser",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your microphone level cannot be shown right now.",
        user_message_key="daily.non_fatal_error_type.local_audio_level_observer_error",
        remediation=(
            "Hide the microphone level indicator and carry on with the call.",
            "Log errorMsg to see why the observer could not run in this browser.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The observer is an optional feature; retrying in the same environment is unlikely to help, so the app should carry on without it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "VIDEO_PROCESSOR_ERROR": CodeInfo(
        provider="daily",
        code_set="non_fatal_error_type",
        value="video-processor-error",
        name="video_processor_error",
        catalog_name="video_processor_error",
        summary="The video processor failed.",
        cause="The video input processor (for example a background effect) could not be started or stopped working.",
        when=(
            "enabling a background effect on a browser or device that cannot run it",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The video effect could not be applied.",
        user_message_key="daily.non_fatal_error_type.video_processor_error",
        remediation=(
            "Turn the effect off in the input settings and keep the call going.",
            "Offer the effect only on browsers and devices that can run it.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The same processor fails again in the same environment; the app should turn the effect off or offer another.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "VIDEO_PROCESSOR_WARNING": CodeInfo(
        provider="daily",
        code_set="non_fatal_error_type",
        value="video-processor-warning",
        name="video_processor_warning",
        catalog_name="video_processor_warning",
        summary="The video processor reported a warning.",
        cause="The video input processor reported a problem that does not stop it.",
        when=("the processor runs in a degraded mode",),
        category=Category.NOT_AN_ERROR,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Everything is working normally.",
        user_message_key="daily.non_fatal_error_type.video_processor_warning",
        remediation=(
            "Nothing to fix right away: log the warning with its errorMsg.",
            "If it recurs, check the feature it names (the processor or the live stream) for degraded output.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="A warning does not report a failure; log it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "AUDIO_PROCESSOR_ERROR": CodeInfo(
        provider="daily",
        code_set="non_fatal_error_type",
        value="audio-processor-error",
        name="audio_processor_error",
        catalog_name="audio_processor_error",
        summary="The audio processor failed.",
        cause="The audio input processor (for example noise cancellation) could not be started or stopped working.",
        when=("enabling an audio processor on a browser or device that cannot run it",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The audio effect could not be applied.",
        user_message_key="daily.non_fatal_error_type.audio_processor_error",
        remediation=(
            "Turn the audio processor off in the input settings and keep the call going.",
            "Offer the processor only on browsers and devices that can run it.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The same processor fails again in the same environment; the app should turn it off.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "REMOTE_MEDIA_PLAYER_ERROR": CodeInfo(
        provider="daily",
        code_set="non_fatal_error_type",
        value="remote-media-player-error",
        name="remote_media_player_error",
        catalog_name="remote_media_player_error",
        summary="The remote media player failed.",
        cause="A remote media player started with startRemoteMediaPlayer could not play or stopped with an error.",
        when=("the media URL is unreachable or in an unsupported format",),
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
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The shared media could not be played.",
        user_message_key="daily.non_fatal_error_type.remote_media_player_error",
        remediation=(
            "Check that the media URL is reachable and in a supported format.",
            "Start the remote media player again after a delay, a few times at most.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The cause may be the media source or a transient failure, so a bounded retry after a delay is reasonable.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "LIVE_STREAMING_WARNING": CodeInfo(
        provider="daily",
        code_set="non_fatal_error_type",
        value="live-streaming-warning",
        name="live_streaming_warning",
        catalog_name="live_streaming_warning",
        summary="Live streaming reported a warning.",
        cause="A running live stream reported a problem that does not stop it.",
        when=("the live stream runs in a degraded mode",),
        category=Category.NOT_AN_ERROR,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Everything is working normally.",
        user_message_key="daily.non_fatal_error_type.live_streaming_warning",
        remediation=(
            "Nothing to fix right away: log the warning with its errorMsg.",
            "If it recurs, check the feature it names (the processor or the live stream) for degraded output.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="A warning does not report a failure; log it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "MEETING_SESSION_DATA_ERROR": CodeInfo(
        provider="daily",
        code_set="non_fatal_error_type",
        value="meeting-session-data-error",
        name="meeting_session_data_error",
        catalog_name="meeting_session_data_error",
        summary="Updating the meeting session data failed.",
        cause="Daily could not store the meeting session data the app set.",
        when=("setMeetingSessionData is called with data Daily does not accept",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="error",
                    means="Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                ),
                SignalValue(
                    value="nonfatal-error",
                    means="Not fatal: the call goes on, only the feature named by the type failed.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="daily.non_fatal_error_type.meeting_session_data_error",
        remediation=(
            "Log errorMsg and the data the app tried to store.",
            "Change what the app stores in meeting session data so that Daily accepts it; do not resend the same data.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The same data is refused again; the app must change what it stores.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Type of the error daily-js reports on its `camera-error` event when it cannot get the camera or microphone.
# Upstream: DailyCameraErrorType in https://docs.daily.co/reference/daily-js 0.92.2 (package npm:@daily-co/daily-js@0.92.2).
class CameraErrorType(StrEnum):
    """A code set of provider `daily`: `camera_error_type`."""

    # The camera is in use by another application.
    CAM_IN_USE = "cam-in-use"

    # The microphone is in use by another application.
    MIC_IN_USE = "mic-in-use"

    # Both the camera and the microphone are in use by another application.
    CAM_MIC_IN_USE = "cam-mic-in-use"

    # Access to the camera or microphone was blocked.
    PERMISSIONS = "permissions"

    # The browser offers no media devices API.
    UNDEFINED_MEDIADEVICES = "undefined-mediadevices"

    # No camera or microphone was found.
    NOT_FOUND = "not-found"

    # The media constraints were invalid or missing.
    CONSTRAINTS = "constraints"

    # The camera or microphone failed for an unknown reason.
    UNKNOWN = "unknown"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _CAMERA_ERROR_TYPE_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> CameraErrorType | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return CameraErrorType(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> CameraErrorType | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in CameraErrorType:
            if _CAMERA_ERROR_TYPE_INFO[code.name].name == name:
                return code
        return None


_CAMERA_ERROR_TYPE_INFO: Final = {
    "CAM_IN_USE": CodeInfo(
        provider="daily",
        code_set="camera_error_type",
        value="cam-in-use",
        name="cam_in_use",
        catalog_name="cam_in_use",
        summary="The camera is in use by another application.",
        cause="The browser could not open the camera because something else holds it.",
        when=("another application or tab is using the camera",),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your camera is being used by another app. Close that app, then try again.",
        user_message_key="daily.camera_error_type.cam_in_use",
        remediation=(
            "Ask the user to close other applications or tabs that use the camera.",
            "Read audioOk on the event: the user can stay in the call with the microphone only.",
            "Let the user retry the camera afterwards.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The device is busy rather than missing, so a retry can succeed once the user closes whatever holds it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "MIC_IN_USE": CodeInfo(
        provider="daily",
        code_set="camera_error_type",
        value="mic-in-use",
        name="mic_in_use",
        catalog_name="mic_in_use",
        summary="The microphone is in use by another application.",
        cause="The browser could not open the microphone because something else holds it.",
        when=("another application or tab is using the microphone",),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your microphone is being used by another app. Close that app, then try again.",
        user_message_key="daily.camera_error_type.mic_in_use",
        remediation=(
            "Ask the user to close other applications or tabs that use the microphone.",
            "Read videoOk on the event: the user can stay in the call with the camera only.",
            "Let the user retry the microphone afterwards.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The device is busy rather than missing, so a retry can succeed once the user closes whatever holds it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CAM_MIC_IN_USE": CodeInfo(
        provider="daily",
        code_set="camera_error_type",
        value="cam-mic-in-use",
        name="cam_mic_in_use",
        catalog_name="cam_mic_in_use",
        summary="Both the camera and the microphone are in use by another application.",
        cause="The browser could open neither device because something else holds them.",
        when=("another video-calling application is running",),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your camera and microphone are being used by another app. Close that app, then try again.",
        user_message_key="daily.camera_error_type.cam_mic_in_use",
        remediation=(
            "Ask the user to close other applications or tabs that use the camera and microphone.",
            "Let the user retry once they are free.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The devices are busy rather than missing, so a retry can succeed once the user closes whatever holds them.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PERMISSIONS": CodeInfo(
        provider="daily",
        code_set="camera_error_type",
        value="permissions",
        name="permissions",
        catalog_name="permissions",
        summary="Access to the camera or microphone was blocked.",
        cause="The user or the browser denied access; the error's blockedBy says which, and blockedMedia lists the blocked kinds.",
        when=(
            "the user denies the permission prompt",
            "the browser or operating system blocks the device for the site",
        ),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your browser blocked access to your camera or microphone. Allow access in the browser settings for this site, then try again.",
        user_message_key="daily.camera_error_type.permissions",
        remediation=(
            "Read error.blockedBy (user or browser) and error.blockedMedia to see what was blocked and by whom.",
            "Explain how to allow the device in the browser's site settings (or the operating system's, when the browser is blocked).",
            "Let the user retry after changing the setting.",
        ),
        causes=(
            "the user denied permission",
            "the browser or operating system blocked the device",
        ),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The same request is refused until the user changes the permission, so the app should explain how and let the user retry.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "UNDEFINED_MEDIADEVICES": CodeInfo(
        provider="daily",
        code_set="camera_error_type",
        value="undefined-mediadevices",
        name="undefined_mediadevices",
        catalog_name="undefined_mediadevices",
        summary="The browser offers no media devices API.",
        cause="navigator.mediaDevices is undefined, so no device can be requested at all.",
        when=(
            "the page is served over plain HTTP rather than a secure context",
            "the browser or embedded web view does not support media capture",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This browser cannot use your camera or microphone. Try another browser.",
        user_message_key="daily.camera_error_type.undefined_mediadevices",
        remediation=(
            "Serve the app over HTTPS (navigator.mediaDevices exists only in secure contexts).",
            "Check that the embedding webview or browser supports media devices, and suggest a supported browser otherwise.",
        ),
        causes=(
            "the page is not served over HTTPS",
            "the browser or webview has no media devices API",
        ),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="Retrying in the same page cannot succeed; the app must be served securely or run in a supported browser.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NOT_FOUND": CodeInfo(
        provider="daily",
        code_set="camera_error_type",
        value="not-found",
        name="not_found",
        catalog_name="not_found",
        summary="No camera or microphone was found.",
        cause="The requested device kinds are not available; the error's missingMedia lists them.",
        when=("no camera or microphone is attached or enabled",),
        category=Category.USER_INPUT,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="No camera or microphone was found. Connect or enable one, then try again.",
        user_message_key="daily.camera_error_type.not_found",
        remediation=(
            "Read error.missingMedia to tell the user which device is missing.",
            "Offer to stay in the call without it, or to retry after connecting one.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="Only the user can attach or enable a device; the app can then ask again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONSTRAINTS": CodeInfo(
        provider="daily",
        code_set="camera_error_type",
        value="constraints",
        name="constraints",
        catalog_name="constraints",
        summary="The media constraints were invalid or missing.",
        cause="The constraints for the camera or microphone could not be used; the error's reason is invalid or none-specified, and failedMedia lists the kinds.",
        when=(
            "the app passes constraints the browser rejects",
            "no media kind is requested",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="daily.camera_error_type.constraints",
        remediation=(
            "Read error.reason: invalid means a constraint cannot be met, none-specified means no media was requested.",
            "Relax or fix the constraints for error.failedMedia, or fall back to the default device.",
        ),
        causes=(
            "a constraint the device cannot meet",
            "no media was requested",
        ),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The same constraints fail again; the app must fix them.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "UNKNOWN": CodeInfo(
        provider="daily",
        code_set="camera_error_type",
        value="unknown",
        name="unknown",
        catalog_name="unknown",
        summary="The camera or microphone failed for an unknown reason.",
        cause="Getting the devices failed in a way that matches none of the other types.",
        when=("an unexpected failure in the browser's capture pipeline",),
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
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your camera or microphone could not be started. Please try again.",
        user_message_key="daily.camera_error_type.unknown",
        remediation=(
            "Log error.msg and the event.",
            "Let the user retry, or pick another device.",
        ),
        causes=(),
        references=(
            "@daily-co/daily-js@0.92.2 index.d.ts",
            "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
        ),
        since=None,
        rationale="The cause is unknown and possibly transient, so a bounded retry after a delay is reasonable.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}

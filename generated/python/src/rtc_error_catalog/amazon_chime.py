# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `amazon_chime`."""

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


# Underlying reason for a meeting session status, mainly as reported to AudioVideoObserver.audioVideoDidStop.
# Upstream: MeetingSessionStatusCode in aws/amazon-chime-sdk-js 3.32.0 (package npm:amazon-chime-sdk-js@3.32.0).
class MeetingSessionStatusCode(IntEnum):
    """A code set of provider `amazon_chime`: `meeting_session_status_code`."""

    # No error.
    OK = 0

    # The attendee left the meeting normally.
    LEFT = 1

    # The same attendee joined from another device or tab.
    AUDIO_JOINED_FROM_ANOTHER_DEVICE = 2

    # Authentication of the attendee was rejected.
    AUDIO_AUTHENTICATION_REJECTED = 3

    # The meeting is at capacity.
    AUDIO_CALL_AT_CAPACITY = 4

    # The meeting has already ended.
    MEETING_ENDED = 5

    # Internal server error related to audio.
    AUDIO_INTERNAL_SERVER_ERROR = 6

    # The audio service is unavailable.
    AUDIO_SERVICE_UNAVAILABLE = 7

    # The audio connection failed.
    AUDIO_DISCONNECTED = 8

    # Local video must switch to view-only mode.
    VIDEO_CALL_SWITCH_TO_VIEW_ONLY = 9

    # The video source capacity was exceeded.
    VIDEO_CALL_AT_SOURCE_CAPACITY = 10

    # The signaling connection was refused as a bad request.
    SIGNALING_BAD_REQUEST = 11

    # The signaling connection failed or was lost.
    SIGNALING_INTERNAL_SERVER_ERROR = 12

    # Received an unknown signaling error without a status.
    SIGNALING_REQUEST_FAILED = 13

    # The signaling websocket closed unexpectedly mid-meeting.
    SIGNALING_CHANNEL_CLOSED_UNEXPECTEDLY = 14

    # Timed out gathering ICE candidates.
    ICE_GATHERING_TIMEOUT_WORKAROUND = 15

    # A reconnect was triggered by poor connection health.
    CONNECTION_HEALTH_RECONNECT = 16

    # The RealtimeController failed.
    REALTIME_API_FAILED = 17

    # A connection step failed without a more specific reason.
    TASK_FAILED = 18

    # Media negotiation failed due to incompatible SDP.
    INCOMPATIBLE_SDP = 19

    # TURN credentials were refused because the meeting ended or the attendee was removed.
    TURN_CREDENTIALS_FORBIDDEN = 20

    # The attendee did not show up on the roster.
    NO_ATTENDEE_PRESENT = 21

    # The attendee was removed from the meeting.
    AUDIO_ATTENDEE_REMOVED = 22

    # The attendee's primary-meeting credentials were revoked.
    AUDIO_VIDEO_WAS_REMOVED_FROM_PRIMARY_MEETING = 23

    # The attendee was demoted after a disconnection.
    AUDIO_VIDEO_DISCONNECTED_WHILE_PROMOTED = 24

    # Reserved code for an audio disconnect.
    AUDIO_DISCONNECT_AUDIO = 25

    # The encoded transform worker manager failed.
    ENCODED_TRANSFORM_MANAGER_FAILED = 26

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _MEETING_SESSION_STATUS_CODE_INFO[self.name]

    @property
    def is_failure(self) -> bool:
        """The provider SDK's own verdict on whether this status is a failure."""
        return _MEETING_SESSION_STATUS_CODE_INFO[self.name].failure is True

    @staticmethod
    def from_value(value: int) -> MeetingSessionStatusCode | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return MeetingSessionStatusCode(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> MeetingSessionStatusCode | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in MeetingSessionStatusCode:
            if _MEETING_SESSION_STATUS_CODE_INFO[code.name].name == name:
                return code
        return None


_MEETING_SESSION_STATUS_CODE_INFO: Final = {
    "OK": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=0,
        name="OK",
        catalog_name="OK",
        summary="No error.",
        cause='Used internally to mean nothing has failed; the doc comment says it "will never be returned by `audioVideoDidStop`".',
        when=(
            "internal status checks, e.g. a signal frame with a 2xx status",
            "audioVideoWasDemotedFromPrimaryMeeting after demoteFromPrimaryMeeting was called",
        ),
        category=Category.NOT_AN_ERROR,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Everything is working normally.",
        user_message_key="amazon_chime.meeting_session_status_code.OK",
        remediation=("Nothing to fix: the status means that nothing failed.",),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=False,
        protocol_equivalent=None,
    ),
    "LEFT": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=1,
        name="Left",
        catalog_name="Left",
        summary="The attendee left the meeting normally.",
        cause="The local app stopped the session via AudioVideoControllerFacade.stop.",
        when=("the app calls stop() on the audio-video facade",),
        category=Category.ENDED_NORMALLY,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You have left the call.",
        user_message_key="amazon_chime.meeting_session_status_code.Left",
        remediation=(
            "Nothing to fix: the app called stop(). Clean up the meeting UI.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatus.js",
        ),
        since=None,
        rationale="A deliberate local leave is not a failure (isFailure() is false), so there is nothing to retry.",
        deprecated=None,
        failure=False,
        protocol_equivalent=None,
    ),
    "AUDIO_JOINED_FROM_ANOTHER_DEVICE": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=2,
        name="AudioJoinedFromAnotherDevice",
        catalog_name="AudioJoinedFromAnotherDevice",
        summary="The same attendee joined from another device or tab.",
        cause="Another client joined with the same attendee credentials, replacing this session; the Audio prefix is irrelevant.",
        when=(
            "the user opens the meeting in another browser tab, window or on mobile",
            "the app accidentally creates two meeting sessions",
        ),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You joined this meeting from another device or window, so this one was disconnected.",
        user_message_key="amazon_chime.meeting_session_status_code.AudioJoinedFromAnotherDevice",
        remediation=(
            "Create one meeting session per attendee per device; check that the app does not start two sessions by accident.",
            "Offer the user a button to rejoin here, which ends the other session.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="Rejoining would evict the other session, so only rejoin if the user explicitly chooses to.",
        deprecated=None,
        failure=False,
        protocol_equivalent=None,
    ),
    "AUDIO_AUTHENTICATION_REJECTED": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=3,
        name="AudioAuthenticationRejected",
        catalog_name="AudioAuthenticationRejected",
        summary="Authentication of the attendee was rejected.",
        cause="The attendee in MeetingSessionCredentials does not match an attendee created via chime::CreateAttendee; this may point at a problem in the app's credential service.",
        when=(
            "join with wrong, stale or mismatched attendee credentials (403)",
            "the primary-meeting attendee used for promotion was deleted",
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
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not confirm your access to this call. Please try joining again.",
        user_message_key="amazon_chime.meeting_session_status_code.AudioAuthenticationRejected",
        remediation=(
            "Request a new attendee from the backend (chime:CreateAttendee) and join with its credentials.",
            "Check that the app's credential service returns the attendee of this meeting, not a stale or mismatched one.",
        ),
        causes=(
            "the attendee does not match one created with CreateAttendee",
            "the primary-meeting attendee used for promotion was deleted",
        ),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="The credentials were rejected, so only a fresh attendee from the app's backend can succeed.",
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
    "AUDIO_CALL_AT_CAPACITY": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=4,
        name="AudioCallAtCapacity",
        catalog_name="AudioCallAtCapacity",
        summary="The meeting is at capacity.",
        cause="The service refused the join because the meeting reached its attendee limit (the doc comment cites 250 attendees).",
        when=("joining a full meeting (409)",),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This meeting is full. Please try again later.",
        user_message_key="amazon_chime.meeting_session_status_code.AudioCallAtCapacity",
        remediation=(
            "Tell the user the meeting is full; let them try again later.",
            "If meetings regularly fill up, plan for larger meetings (for example replica meetings for view-only attendees).",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="The doc suggests notifying the user; a later attempt can succeed only once someone leaves.",
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
    "MEETING_ENDED": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=5,
        name="MeetingEnded",
        catalog_name="MeetingEnded",
        summary="The meeting has already ended.",
        cause="The attendee tried to join, or was in, a meeting that has ended.",
        when=(
            "joining an ended meeting",
            "the meeting is deleted or ends while in the call (audio status 410)",
        ),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This meeting has ended.",
        user_message_key="amazon_chime.meeting_session_status_code.MeetingEnded",
        remediation=(
            "Do not rejoin: the meeting no longer exists.",
            "Create a new meeting from the backend if the session should go on.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="An ended meeting cannot be rejoined; the app must create a new meeting.",
        deprecated=None,
        failure=False,
        protocol_equivalent=None,
    ),
    "AUDIO_INTERNAL_SERVER_ERROR": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=6,
        name="AudioInternalServerError",
        catalog_name="AudioInternalServerError",
        summary="Internal server error related to audio.",
        cause="An audio-related server error (audio status 500), which may come from the audio device or the Amazon Chime SDK service.",
        when=("transient service-side audio failures",),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=2000,
            max_delay_ms=5000,
            jitter=Jitter.FULL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="amazon_chime.meeting_session_status_code.AudioInternalServerError",
        remediation=(
            "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
            "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
            "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
            "If it recurs across meetings, check the AWS Health Dashboard and contact AWS support.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
    "AUDIO_SERVICE_UNAVAILABLE": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=7,
        name="AudioServiceUnavailable",
        catalog_name="AudioServiceUnavailable",
        summary="The audio service is unavailable.",
        cause="The audio service reported unavailability (audio status 503); documented like AudioInternalServerError.",
        when=("audio service temporarily unavailable",),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=2000,
            max_delay_ms=5000,
            jitter=Jitter.FULL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="amazon_chime.meeting_session_status_code.AudioServiceUnavailable",
        remediation=(
            "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
            "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
            "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
            "If it recurs across meetings, check the AWS Health Dashboard and contact AWS support.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
    "AUDIO_DISCONNECTED": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=8,
        name="AudioDisconnected",
        catalog_name="AudioDisconnected",
        summary="The audio connection failed.",
        cause="The service sent an audio status that is neither success nor one of the specifically mapped errors; documented as an internal audio server error.",
        when=("unexpected non-2xx audio status from the service",),
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
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="amazon_chime.meeting_session_status_code.AudioDisconnected",
        remediation=(
            "Start a new session after a delay, with backoff.",
            "Alert if it recurs: the service sent an unexpected audio status.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="The SDK gives up on this code, yet it reports a service fault, so a new session after a delay may succeed.",
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
    "VIDEO_CALL_SWITCH_TO_VIEW_ONLY": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=9,
        name="VideoCallSwitchToViewOnly",
        catalog_name="VideoCallSwitchToViewOnly",
        summary="Local video must switch to view-only mode.",
        cause="The client asked to send and receive video but the service only allows receiving (signaling status 206), e.g. the video sender limit is reached.",
        when=("starting local video when the meeting's video capacity is reached",),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Too many people are sharing video right now, so yours was turned off. You can try again later.",
        user_message_key="amazon_chime.meeting_session_status_code.VideoCallSwitchToViewOnly",
        remediation=(
            "Tell the user their video cannot be shared right now; they can still see and hear others.",
            "Let the user start their video again later (videoSendDidBecomeUnavailable tells the app when it was turned off).",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="Internal only; the SDK removes the local tile and calls videoSendDidBecomeUnavailable, and local video can be restarted when the user asks once capacity frees up.",
        deprecated=None,
        failure=False,
        protocol_equivalent=None,
    ),
    "VIDEO_CALL_AT_SOURCE_CAPACITY": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=10,
        name="VideoCallAtSourceCapacity",
        catalog_name="VideoCallAtSourceCapacity",
        summary="The video source capacity was exceeded.",
        cause='Signaling status 509, e.g. joining a video meeting in send-only mode; the doc says to treat it as "fatal".',
        when=("joining in send-only video mode",),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This call is full right now. Please try again in a little while.",
        user_message_key="amazon_chime.meeting_session_status_code.VideoCallAtSourceCapacity",
        remediation=(
            "Do not retry: the SDK documents this status as fatal.",
            "Check how the app joins video: a send-only video join is refused.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale='Category follows the code name and its 509 status; the doc comment says it "probably should not be retried".',
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
    "SIGNALING_BAD_REQUEST": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=11,
        name="SignalingBadRequest",
        catalog_name="SignalingBadRequest",
        summary="The signaling connection was refused as a bad request.",
        cause="A 4xx signaling status, typically because the attendee was deleted via DeleteAttendee or the attendee response of an already ended meeting was reused.",
        when=(
            "joining with a deleted attendee",
            "reusing attendee info from an ended meeting created with the same ClientRequestToken",
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
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not confirm your access to this call. Please try joining again.",
        user_message_key="amazon_chime.meeting_session_status_code.SignalingBadRequest",
        remediation=(
            "Request a new attendee (and, if the meeting ended, a new meeting) from the backend; do not reuse the old CreateAttendee response.",
            "Check that the backend does not reuse a ClientRequestToken of an ended meeting.",
        ),
        causes=(
            "the attendee was deleted with DeleteAttendee",
            "the attendee response of an ended meeting was reused",
        ),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="The doc says the stale attendee response must not be reused, so a new attendee is needed before joining again.",
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
    "SIGNALING_INTERNAL_SERVER_ERROR": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=12,
        name="SignalingInternalServerError",
        catalog_name="SignalingInternalServerError",
        summary="The signaling connection failed or was lost.",
        cause="The signaling connection could not be established because of a server error (5xx) or was lost mid-call; the doc notes it often indicates a network issue for the end user.",
        when=(
            "unstable end-user network",
            "signaling websocket closed with a server-failure close code",
        ),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=2000,
            max_delay_ms=5000,
            jitter=Jitter.FULL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="amazon_chime.meeting_session_status_code.SignalingInternalServerError",
        remediation=(
            "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
            "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
            "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
            "If it happens often, look at the end user's network first; Amazon notes it often points there.",
        ),
        causes=(
            "an unstable end-user network",
            "a Chime service error (HTTP 5xx)",
        ),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="Category follows the doc comment, which says this code often indicates a network issue, though it can also be a Chime service issue.",
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
    "SIGNALING_REQUEST_FAILED": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=13,
        name="SignalingRequestFailed",
        catalog_name="SignalingRequestFailed",
        summary="Received an unknown signaling error without a status.",
        cause="A signaling error frame had no recognizable status; the doc calls it nearly impossible and a sign of a Chime service issue.",
        when=("malformed or unexpected signaling error frames",),
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
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="amazon_chime.meeting_session_status_code.SignalingRequestFailed",
        remediation=(
            "Start a new session after a delay, with backoff.",
            "Report it to AWS support with the meeting and attendee IDs if it recurs: the SDK calls it a sign of a service issue.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="The SDK stops on it and the doc attributes it to the service, so a fresh attempt after a delay is reasonable.",
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
    "SIGNALING_CHANNEL_CLOSED_UNEXPECTEDLY": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=14,
        name="SignalingChannelClosedUnexpectedly",
        catalog_name="SignalingChannelClosedUnexpectedly",
        summary="The signaling websocket closed unexpectedly mid-meeting.",
        cause="The websocket signaling channel dropped, most often from a client-side network change, less often from the backend forcing a reconnect or AWS networking issues.",
        when=(
            "switching WiFi networks or other client network changes",
            "the backend detects client issues (e.g. decryption) and closes the connection",
            "unexpected backend networking issues",
        ),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=2000,
            max_delay_ms=5000,
            jitter=Jitter.FULL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="amazon_chime.meeting_session_status_code.SignalingChannelClosedUnexpectedly",
        remediation=(
            "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
            "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
            "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
            "If it happens often, look for network changes on the client (Wi-Fi switches, VPNs).",
        ),
        causes=(
            "a client network change such as switching Wi-Fi",
            "the backend closed the connection after detecting client problems",
            "AWS networking issues",
        ),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            "amazon-chime-sdk-js@3.32.0 CHANGELOG.md (3.27.0: reconnect immediately when the WebSocket is lost)",
            "https://github.com/aws/amazon-chime-sdk-js/commit/5c3d2242d98044072ae69313630b02294d63e6dc",
        ),
        since="3.27.0",
        rationale=None,
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
    "ICE_GATHERING_TIMEOUT_WORKAROUND": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=15,
        name="ICEGatheringTimeoutWorkaround",
        catalog_name="ICEGatheringTimeoutWorkaround",
        summary="Timed out gathering ICE candidates.",
        cause="ICE candidate gathering did not complete in time; in Chrome this can mean the browser is in a bad state after a VPN reconnect (webrtc issue 9097).",
        when=(
            "VPN reconnects in Chrome",
            "restrictive networks blocking ICE",
        ),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=2000,
            max_delay_ms=5000,
            jitter=Jitter.FULL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="amazon_chime.meeting_session_status_code.ICEGatheringTimeoutWorkaround",
        remediation=(
            "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
            "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
            "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
            "If it persists in Chrome after a VPN change, ask the user to restart the browser (webrtc issue 9097).",
        ),
        causes=(
            "Chrome in a bad state after a VPN reconnect",
            "a network that blocks ICE",
        ),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
    "CONNECTION_HEALTH_RECONNECT": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=16,
        name="ConnectionHealthReconnect",
        catalog_name="ConnectionHealthReconnect",
        summary="A reconnect was triggered by poor connection health.",
        cause="The connection health policy (ConnectionHealthPolicyConfiguration) judged the connection unhealthy and triggered a reconnect.",
        when=("missed pongs, no received packets or bad audio delay",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=2000,
            max_delay_ms=5000,
            jitter=Jitter.FULL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="amazon_chime.meeting_session_status_code.ConnectionHealthReconnect",
        remediation=(
            "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
            "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
            "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
            "Tune ConnectionHealthPolicyConfiguration only if reconnects fire on healthy connections.",
        ),
        causes=(
            "missed pongs",
            "no packets received",
            "bad audio delay",
        ),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale=None,
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
    "REALTIME_API_FAILED": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=17,
        name="RealtimeApiFailed",
        catalog_name="RealtimeApiFailed",
        summary="The RealtimeController failed.",
        cause="A callback passed to a RealtimeController API threw an error or otherwise failed.",
        when=("an app callback registered with realtime APIs throws",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong in the app and the meeting stopped. Please rejoin.",
        user_message_key="amazon_chime.meeting_session_status_code.RealtimeApiFailed",
        remediation=(
            "Fix the callback the app passed to the RealtimeController API: it threw an error.",
            "Catch errors inside realtime callbacks so one bad handler does not end the session.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="The failure is in the app's own callback code, which must be fixed before a retry can help.",
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
    "TASK_FAILED": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=18,
        name="TaskFailed",
        catalog_name="TaskFailed",
        summary="A connection step failed without a more specific reason.",
        cause='A step connecting to the Amazon Chime SDK backends failed; the doc says this may indicate end-user connection issues "and should be retried".',
        when=(
            "generic failures during connect, reconnect or update",
            "connection timeouts",
        ),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=2000,
            max_delay_ms=5000,
            jitter=Jitter.FULL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="amazon_chime.meeting_session_status_code.TaskFailed",
        remediation=(
            "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
            "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
            "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
            "If it ends the session, look at the SDK log for the step that failed, then offer a rejoin.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="Category is unknown because the SDK uses this code for any connection step that fails without a more specific status.",
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
    "INCOMPATIBLE_SDP": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=19,
        name="IncompatibleSDP",
        catalog_name="IncompatibleSDP",
        summary="Media negotiation failed due to incompatible SDP.",
        cause="Media negotiation failed, possibly from an SDK issue or an unsupported browser; the doc suggests checking DefaultBrowserBehavior().isSupported() before the call.",
        when=(
            "unsupported browsers",
            "video codec negotiation problems",
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
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="amazon_chime.meeting_session_status_code.IncompatibleSDP",
        remediation=(
            "Nothing to do at first: the controller restarts local video by itself.",
            "Check DefaultBrowserBehavior().isSupported() before joining and tell users of unsupported browsers to switch.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="The controller handles this code itself by restarting local video (handleMeetingSessionStatus).",
        deprecated=None,
        failure=False,
        protocol_equivalent=None,
    ),
    "TURN_CREDENTIALS_FORBIDDEN": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=20,
        name="TURNCredentialsForbidden",
        catalog_name="TURNCredentialsForbidden",
        summary="TURN credentials were refused because the meeting ended or the attendee was removed.",
        cause="The media channel's TURN credential request was forbidden; the doc calls it analogous to MeetingEnded but detected through the media channel.",
        when=(
            "joining a meeting that has ended",
            "the attendee was removed",
        ),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This meeting has ended or you are no longer part of it.",
        user_message_key="amazon_chime.meeting_session_status_code.TURNCredentialsForbidden",
        remediation=(
            "Do not rejoin with the same attendee: the meeting has ended or the attendee was removed.",
            "Create a new meeting or attendee from the backend if the session should go on.",
        ),
        causes=(
            "the meeting has ended",
            "the attendee was removed",
        ),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="Like MeetingEnded, the meeting or attendee no longer exists, so the same join cannot succeed.",
        deprecated=None,
        failure=False,
        protocol_equivalent=None,
    ),
    "NO_ATTENDEE_PRESENT": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=21,
        name="NoAttendeePresent",
        catalog_name="NoAttendeePresent",
        summary="The attendee did not show up on the roster.",
        cause="The attendee never appeared in the meeting roster after connecting, which may come from the end user's audio device or from the Amazon Chime SDK.",
        when=("initial connection where attendee presence is not confirmed in time",),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=2000,
            max_delay_ms=5000,
            jitter=Jitter.FULL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="amazon_chime.meeting_session_status_code.NoAttendeePresent",
        remediation=(
            "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
            "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
            "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
            "If it ends the session, check the user's audio device, then offer a rejoin.",
        ),
        causes=(
            "a problem with the end user's audio device",
            "a problem in the Amazon Chime SDK",
        ),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="Category is unknown because the doc names both a device problem and an SDK problem as possible causes.",
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
    "AUDIO_ATTENDEE_REMOVED": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=22,
        name="AudioAttendeeRemoved",
        catalog_name="AudioAttendeeRemoved",
        summary="The attendee was removed from the meeting.",
        cause="The session ended because the attendee was deleted via chime::DeleteAttendee (audio status 411).",
        when=("the app backend or another party calls DeleteAttendee",),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You were removed from the meeting.",
        user_message_key="amazon_chime.meeting_session_status_code.AudioAttendeeRemoved",
        remediation=(
            "Do not rejoin automatically: the attendee was deleted with DeleteAttendee.",
            "If the removal was not intended, check which service called DeleteAttendee.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="The removal was deliberate and the attendee no longer exists; the doc suggests notifying the user.",
        deprecated=None,
        failure=False,
        protocol_equivalent=None,
    ),
    "AUDIO_VIDEO_WAS_REMOVED_FROM_PRIMARY_MEETING": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=23,
        name="AudioVideoWasRemovedFromPrimaryMeeting",
        catalog_name="AudioVideoWasRemovedFromPrimaryMeeting",
        summary="The attendee's primary-meeting credentials were revoked.",
        cause="Used only by promotion functions; the primary meeting attendee used for promotion was revoked or deleted, so the replica client is demoted.",
        when=(
            "DeleteAttendee is called on the primary meeting attendee while promoted",
        ),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You can no longer speak or share video in this meeting, but you can keep watching.",
        user_message_key="amazon_chime.meeting_session_status_code.AudioVideoWasRemovedFromPrimaryMeeting",
        remediation=(
            "Keep the replica session running; the attendee is back to view-only.",
            "Promote again only with a new primary-meeting attendee from the backend.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="The primary credentials were revoked on purpose, so promoting again with them cannot succeed; the replica session itself continues.",
        deprecated=None,
        failure=False,
        protocol_equivalent=None,
    ),
    "AUDIO_VIDEO_DISCONNECTED_WHILE_PROMOTED": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=24,
        name="AudioVideoDisconnectedWhilePromoted",
        catalog_name="AudioVideoDisconnectedWhilePromoted",
        summary="The attendee was demoted after a disconnection.",
        cause="Used only by promotion functions; any disconnection while promoted to the primary meeting triggers an automatic demotion.",
        when=("the connection drops and reconnects while promoted",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your connection dropped, so you are back to watching only. You can ask to join in again.",
        user_message_key="amazon_chime.meeting_session_status_code.AudioVideoDisconnectedWhilePromoted",
        remediation=(
            "Offer the user a way to promote again (promoteToPrimaryMeeting); the SDK does not do it by itself.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
        ),
        since=None,
        rationale="The doc says the attendee must promote itself again; the SDK does not re-promote, so the app does it when the user wants.",
        deprecated=None,
        failure=False,
        protocol_equivalent=None,
    ),
    "AUDIO_DISCONNECT_AUDIO": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=25,
        name="AudioDisconnectAudio",
        catalog_name="AudioDisconnectAudio",
        summary="Reserved code for an audio disconnect.",
        cause="Reserved and used only internally (audio status 302); never passed to audioVideoDidStop.",
        when=("the service sends audio status 302",),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.NOT_AN_ERROR,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="amazon_chime.meeting_session_status_code.AudioDisconnectAudio",
        remediation=(
            "Nothing to do: the code is reserved and only used inside the SDK.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            "amazon-chime-sdk-js@3.32.0 CHANGELOG.md (3.4.0: Add the reserved status code AudioDisconnectAudio)",
        ),
        since="3.4.0",
        rationale="The code is documented only as reserved and the controller takes no action on it, as it is neither terminal nor a failure.",
        deprecated=None,
        failure=False,
        protocol_equivalent=None,
    ),
    "ENCODED_TRANSFORM_MANAGER_FAILED": CodeInfo(
        provider="amazon_chime",
        code_set="meeting_session_status_code",
        value=26,
        name="EncodedTransformManagerFailed",
        catalog_name="EncodedTransformManagerFailed",
        summary="The encoded transform worker manager failed.",
        cause="The encoded transform worker failed during the meeting, possibly from a media-processing issue or browser support for encoded transforms.",
        when=("encoded transform worker errors after the session is connected",),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.AUTOMATIC,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=2000,
            max_delay_ms=5000,
            jitter=Jitter.FULL,
            max_attempts=10,
        ),
        runtime_signal=RuntimeSignal(
            name="MeetingSessionStatus.isTerminal()",
            overrides=(
                "retry",
                "terminal",
            ),
            values=(
                SignalValue(
                    value="true",
                    means="The session is over and the audio-video controller will not retry; handle the code as final.",
                ),
                SignalValue(
                    value="false",
                    means="The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="amazon_chime.meeting_session_status_code.EncodedTransformManagerFailed",
        remediation=(
            "Nothing to do at first: the controller reconnects by itself without encoded transforms.",
            "Check that the browser supports encoded transforms (RTCRtpScriptTransform or insertable streams) and look at the worker's errors in the log.",
        ),
        causes=(),
        references=(
            "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            "https://github.com/aws/amazon-chime-sdk-js/commit/2df262f1177155ca6b060f7dcdf9f9acc88acbde (released in 3.31.0)",
        ),
        since="3.31.0",
        rationale="The controller reconnects on its own without transforms (onEncodedTransformWorkerManagerFailed calls reconnect); category reflects the browser media-pipeline cause.",
        deprecated=None,
        failure=False,
        protocol_equivalent=None,
    ),
}

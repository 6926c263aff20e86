# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `jitsi`."""

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


# Error a lib-jitsi-meet conference reports through its CONFERENCE_FAILED or CONFERENCE_ERROR events.
# Upstream: JitsiConferenceErrors in jitsi/lib-jitsi-meet 0.0.0.
class ConferenceError(StrEnum):
    """A code set of provider `jitsi`: `conference_error`."""

    # The client must be authenticated to create the conference.
    AUTHENTICATION_REQUIRED = "conference.authenticationRequired"

    # The chat room returned an error for a message.
    CHAT_ERROR = "conference.chatError"

    # The room's moderators denied access from the lobby.
    CONFERENCE_ACCESS_DENIED = "conference.connectionError.accessDenied"

    # The conference room has been destroyed.
    CONFERENCE_DESTROYED = "conference.destroyed"

    # The conference has reached its maximum number of participants.
    CONFERENCE_MAX_USERS = "conference.max_users"

    # Joining the conference room failed for an unclassified reason.
    CONNECTION_ERROR = "conference.connectionError"

    # A display name is required to join the room.
    DISPLAY_NAME_REQUIRED = "conference.display_name_required"

    # The focus (Jicofo) could not be reached.
    FOCUS_DISCONNECTED = "conference.focusDisconnected"

    # The focus (Jicofo) left the conference.
    FOCUS_LEFT = "conference.focusLeft"

    # The server is shutting down gracefully.
    GRACEFUL_SHUTDOWN = "conference.gracefulShutdown"

    # The media connection (ICE) failed and could not be restored.
    ICE_FAILED = "conference.iceFailed"

    # The server-side components are incompatible with this client.
    INCOMPATIBLE_SERVER_VERSIONS = "conference.incompatible_server_versions"

    # Only approved members may join the room.
    MEMBERS_ONLY_ERROR = "conference.connectionError.membersOnly"

    # The participant is not allowed to join the conference.
    NOT_ALLOWED_ERROR = "conference.connectionError.notAllowed"

    # The Jingle offer/answer exchange failed.
    OFFER_ANSWER_FAILED = "conference.offerAnswerFailed"

    # A password cannot be set for this conference.
    PASSWORD_NOT_SUPPORTED = "conference.passwordNotSupported"

    # A password is required to join the conference.
    PASSWORD_REQUIRED = "conference.passwordRequired"

    # The reservation system refused the conference.
    RESERVATION_ERROR = "conference.reservationError"

    # The server rejected a settings change.
    SETTINGS_ERROR = "conference.settingsError"

    # No videobridge is available for the conference.
    VIDEOBRIDGE_NOT_AVAILABLE = "conference.videobridgeNotAvailable"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _CONFERENCE_ERROR_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> ConferenceError | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return ConferenceError(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> ConferenceError | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in ConferenceError:
            if _CONFERENCE_ERROR_INFO[code.name].name == name:
                return code
        return None


_CONFERENCE_ERROR_INFO: Final = {
    "AUTHENTICATION_REQUIRED": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.authenticationRequired",
        name="AUTHENTICATION_REQUIRED",
        catalog_name="AUTHENTICATION_REQUIRED",
        summary="The client must be authenticated to create the conference.",
        cause='Jicofo answered the conference request with not-authorized: upstream says the "client must be authenticated to create the conference".',
        when=(
            "the deployment only lets authenticated users (login or JWT) create rooms",
            "a guest arrives before an authenticated host has started the meeting",
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
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This meeting has not started yet or needs you to sign in. Please sign in or wait for the host.",
        user_message_key="jitsi.conference_error.AUTHENTICATION_REQUIRED",
        remediation=(
            "Ask the user to log in, or obtain a JWT from the app's backend, and join again.",
            "If guests should wait for a host, show a waiting screen and join again once an authenticated host has started the meeting.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="Upstream defines no retry policy; joining succeeds only after the user authenticates (or an authenticated host has created the room), so we map it to getting credentials first.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CHAT_ERROR": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.chatError",
        name="CHAT_ERROR",
        catalog_name="CHAT_ERROR",
        summary="The chat room returned an error for a message.",
        cause="The XMPP multi-user chat sent back a message of type error; its text is passed along with the code.",
        when=(
            "a chat message is rejected by the server",
            "any other error-type MUC message that is not a settings error",
        ),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your message could not be sent.",
        user_message_key="jitsi.conference_error.CHAT_ERROR",
        remediation=(
            "Show the server's text to the user and let them send the message again.",
            "Check the XMPP server's logs for the rejected message if it recurs.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="The SDK emits it on CONFERENCE_ERROR and stays in the conference; the server's text is free-form, so the user decides whether to send again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONFERENCE_ACCESS_DENIED": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.connectionError.accessDenied",
        name="CONFERENCE_ACCESS_DENIED",
        catalog_name="CONFERENCE_ACCESS_DENIED",
        summary="The room's moderators denied access from the lobby.",
        cause='While the participant waited in the lobby room, a moderator rejected them (upstream: access "denied by the room moderators").',
        when=(
            "a moderator rejects a knocking participant",
            "the participant is removed from the lobby room",
        ),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="A moderator declined your request to join.",
        user_message_key="jitsi.conference_error.CONFERENCE_ACCESS_DENIED",
        remediation=(
            "Tell the user a moderator declined the request; do not knock again automatically.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="A moderator's explicit refusal does not change on retry.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONFERENCE_DESTROYED": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.destroyed",
        name="CONFERENCE_DESTROYED",
        catalog_name="CONFERENCE_DESTROYED",
        summary="The conference room has been destroyed.",
        cause="The MUC room was destroyed on the server; the SDK leaves the room and passes on the destroy reason.",
        when=(
            "the meeting was ended for everyone",
            "the lobby room is destroyed without an invitation into the main room",
        ),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This meeting has ended.",
        user_message_key="jitsi.conference_error.CONFERENCE_DESTROYED",
        remediation=(
            "Do not rejoin the same room: it was destroyed on the server.",
            "Show the destroy reason passed with the code, if any.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONFERENCE_MAX_USERS": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.max_users",
        name="CONFERENCE_MAX_USERS",
        catalog_name="CONFERENCE_MAX_USERS",
        summary="The conference has reached its maximum number of participants.",
        cause="The join presence was rejected with service-unavailable because the room is full; the SDK says whether visitors are supported.",
        when=("the room's participant limit is reached",),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This meeting is full. Please try again later.",
        user_message_key="jitsi.conference_error.CONFERENCE_MAX_USERS",
        remediation=(
            "Tell the user the meeting is full; let them try again later.",
            "Offer to join as a visitor where the deployment supports it (the SDK says so with the code).",
            "Raise the room's participant limit on the server if meetings regularly fill up.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="The room may have space later, so the user can try again (or join as a visitor where supported).",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CONNECTION_ERROR": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.connectionError",
        name="CONNECTION_ERROR",
        catalog_name="CONNECTION_ERROR",
        summary="Joining the conference room failed for an unclassified reason.",
        cause="The join presence got an error that matched no more specific case, or a not-allowed error on the anonymous domain.",
        when=(
            "the MUC returns an unexpected presence error on join",
            "not-allowed on the anonymous domain (Jicofo or Prosody misconfiguration)",
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
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="jitsi.conference_error.CONNECTION_ERROR",
        remediation=(
            "Retry the join with backoff.",
            "Check the Prosody and Jicofo configuration if it recurs, in particular not-allowed errors on the anonymous domain.",
        ),
        causes=(
            "an unexpected presence error on join",
            "not-allowed on the anonymous domain (Jicofo or Prosody misconfiguration)",
        ),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="The cause is unknown, so a bounded retry with backoff is the safest default.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "DISPLAY_NAME_REQUIRED": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.display_name_required",
        name="DISPLAY_NAME_REQUIRED",
        catalog_name="DISPLAY_NAME_REQUIRED",
        summary="A display name is required to join the room.",
        cause="The server rejected the join with displayname-required; the SDK says whether this is because the lobby is enabled.",
        when=(
            "the lobby is enabled and the participant has no display name",
            "the room requires participants to give a name",
        ),
        category=Category.USER_INPUT,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Please enter your name to join this meeting.",
        user_message_key="jitsi.conference_error.DISPLAY_NAME_REQUIRED",
        remediation=("Ask the user for a display name, set it, and join again.",),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="The join succeeds once the user supplies a name.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "FOCUS_DISCONNECTED": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.focusDisconnected",
        name="FOCUS_DISCONNECTED",
        catalog_name="FOCUS_DISCONNECTED",
        summary="The focus (Jicofo) could not be reached.",
        cause='Upstream: "focus error happened"; it was raised when conference requests to Jicofo kept failing, but nothing emits it at this commit.',
        when=("conference requests to Jicofo fail (older releases)",),
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
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="jitsi.conference_error.FOCUS_DISCONNECTED",
        remediation=(
            "Retry the join with backoff.",
            "Check that Jicofo is running and reachable; newer lib-jitsi-meet reports this as JitsiConnectionErrors.CONFERENCE_REQUEST_FAILED instead.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="A focus outage is a service fault that may clear, so retry with backoff.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "FOCUS_LEFT": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.focusLeft",
        name="FOCUS_LEFT",
        catalog_name="FOCUS_LEFT",
        summary="The focus (Jicofo) left the conference.",
        cause="Jicofo's occupant left the MUC room; the SDK logs that it is leaving the conference and reports the failure.",
        when=(
            "Jicofo restarts or drops the conference",
            "the conference is torn down on the server side",
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
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="jitsi.conference_error.FOCUS_LEFT",
        remediation=(
            "Join again after a delay, with backoff.",
            "Check Jicofo's logs for a restart or a dropped conference if it recurs.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="Without the focus the conference cannot continue, but a new join usually gets a working focus.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "GRACEFUL_SHUTDOWN": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.gracefulShutdown",
        name="GRACEFUL_SHUTDOWN",
        catalog_name="GRACEFUL_SHUTDOWN",
        summary="The server is shutting down gracefully.",
        cause="Jicofo refused the conference because it was in graceful shutdown; nothing emits it at this commit.",
        when=("Jicofo is in graceful shutdown (older releases)",),
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
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The meeting was interrupted by server maintenance. Rejoining should work in a moment.",
        user_message_key="jitsi.conference_error.GRACEFUL_SHUTDOWN",
        remediation=(
            "Join again after a short delay; the new conference lands on another instance.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="The server instance is going away on purpose (maintenance, upgrade, migration); as with LiveKit's SERVER_SHUTDOWN, rejoining after a short delay lands on another instance.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ICE_FAILED": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.iceFailed",
        name="ICE_FAILED",
        catalog_name="ICE_FAILED",
        summary="The media connection (ICE) failed and could not be restored.",
        cause="ICE to the videobridge failed and the SDK's own ICE restarts (up to three, with backoff) or its session-restart request to Jicofo did not recover it.",
        when=(
            "firewalls or NAT block the media ports",
            "TURN servers are unreachable",
            "Jicofo rejects the ICE-failure session restart",
        ),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=2000,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=3,
        ),
        runtime_signal=RuntimeSignal(
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="jitsi.conference_error.ICE_FAILED",
        remediation=(
            "Join again (reload the conference) with backoff; the SDK has already tried its ICE restarts.",
            "Check that the network allows media to the videobridge (UDP 10000, or TURN over TLS on port 443) and that TURN servers are configured and reachable.",
        ),
        causes=(
            "a firewall or NAT blocks the media ports",
            "TURN servers are unreachable",
            "Jicofo rejected the session restart after an ICE failure",
        ),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConference.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/util/Retry.ts",
        ),
        since=None,
        rationale="The SDK has already exhausted its restarts and logs that the conference should be reloaded, so a bounded rejoin with backoff is what remains.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "INCOMPATIBLE_SERVER_VERSIONS": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.incompatible_server_versions",
        name="INCOMPATIBLE_SERVER_VERSIONS",
        catalog_name="INCOMPATIBLE_SERVER_VERSIONS",
        summary="The server-side components are incompatible with this client.",
        cause='Upstream: the server components\' versions "are incompatible with the client side"; the method that emits it is never called at this commit.',
        when=("client and server releases do not match (older releases)",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This app needs an update to join this meeting.",
        user_message_key="jitsi.conference_error.INCOMPATIBLE_SERVER_VERSIONS",
        remediation=(
            "Upgrade the client library or the server components so that their versions match.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="A version mismatch needs an upgrade by the app or the operator, not a retry.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "MEMBERS_ONLY_ERROR": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.connectionError.membersOnly",
        name="MEMBERS_ONLY_ERROR",
        catalog_name="MEMBERS_ONLY_ERROR",
        summary="Only approved members may join the room.",
        cause="The join was rejected with registration-required because the room is members-only (lobby); the SDK passes on the lobby room and whether it waits for a host.",
        when=(
            "the lobby is enabled and the participant has not been admitted",
            "the meeting waits for a host",
        ),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This meeting has a waiting room. Ask to join and wait for a moderator to let you in.",
        user_message_key="jitsi.conference_error.MEMBERS_ONLY_ERROR",
        remediation=(
            "Offer the user to knock in the lobby (JitsiConference.joinLobby) and wait to be admitted.",
            "If the meeting waits for a host, show a waiting screen instead.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="The user must knock in the lobby (JitsiConference.joinLobby) and be admitted; the SDK does not do that by itself.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NOT_ALLOWED_ERROR": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.connectionError.notAllowed",
        name="NOT_ALLOWED_ERROR",
        catalog_name="NOT_ALLOWED_ERROR",
        summary="The participant is not allowed to join the conference.",
        cause="The join was rejected with not-allowed; an AUTH_ERROR_TYPES sub-type and the server's text are passed along with the code.",
        when=(
            "room creation is restricted",
            "unauthenticated access is disabled",
            "visitor rules refuse the join",
        ),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.DEPENDS,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You do not have permission to do that in this call.",
        user_message_key="jitsi.conference_error.NOT_ALLOWED_ERROR",
        remediation=(
            "Decide from the auth_error_type passed with it (the second argument of CONFERENCE_FAILED).",
            "Show the server's text to the user where it explains the refusal.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="The accompanying auth_error_type decides what to do, from retrying later to never.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "OFFER_ANSWER_FAILED": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.offerAnswerFailed",
        name="OFFER_ANSWER_FAILED",
        catalog_name="OFFER_ANSWER_FAILED",
        summary="The Jingle offer/answer exchange failed.",
        cause="Accepting a JVB or P2P session offer, sending a P2P invite or applying a P2P answer failed; the underlying error is passed along.",
        when=(
            "the browser rejects the remote session description",
            "local media cannot be added to the peer connection",
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
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        user_message_key="jitsi.conference_error.OFFER_ANSWER_FAILED",
        remediation=(
            "Join again with backoff.",
            "Log the underlying error passed with the code; check the browser's WebRTC support and the local media tracks if it repeats.",
        ),
        causes=(
            "the browser rejected the remote session description",
            "local media could not be added to the peer connection",
        ),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="Negotiation failures are often environmental, so a bounded rejoin may help; repeated failures need the user.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PASSWORD_NOT_SUPPORTED": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.passwordNotSupported",
        name="PASSWORD_NOT_SUPPORTED",
        catalog_name="PASSWORD_NOT_SUPPORTED",
        summary="A password cannot be set for this conference.",
        cause="JitsiConference.lock() found no room-secret field in the room configuration, so the promise is rejected with this code.",
        when=(
            "a moderator tries to lock the room on a server without password support",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Password protection is not available for this meeting.",
        user_message_key="jitsi.conference_error.PASSWORD_NOT_SUPPORTED",
        remediation=(
            "Hide the lock option on deployments without room passwords, or enable room passwords on the server (the room-secret field).",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="The server configuration lacks the feature, so repeating the call fails again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PASSWORD_REQUIRED": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.passwordRequired",
        name="PASSWORD_REQUIRED",
        catalog_name="PASSWORD_REQUIRED",
        summary="A password is required to join the conference.",
        cause="The join presence was rejected with not-authorized because the room is locked.",
        when=(
            "the room is password-protected",
            "the password given was wrong or missing",
        ),
        category=Category.USER_INPUT,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This meeting is protected by a password. Please enter it to join.",
        user_message_key="jitsi.conference_error.PASSWORD_REQUIRED",
        remediation=(
            "Ask the user for the meeting password and call JitsiConference.join with it.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="The join succeeds once the user enters the right password (JitsiConference.join with the password).",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "RESERVATION_ERROR": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.reservationError",
        name="RESERVATION_ERROR",
        catalog_name="RESERVATION_ERROR",
        summary="The reservation system refused the conference.",
        cause="Jicofo's reply to the conference request carried a reservation-error; its error code and message are passed along.",
        when=("the reservation system rejects the room or its time",),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This meeting cannot start right now. Please check the meeting time or contact the organiser.",
        user_message_key="jitsi.conference_error.RESERVATION_ERROR",
        remediation=(
            "Show the reservation system's message passed with the code.",
            "Fix the reservation (room, time, owner) before trying again.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="The reservation system's verdict does not change until the reservation does.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SETTINGS_ERROR": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.settingsError",
        name="SETTINGS_ERROR",
        catalog_name="SETTINGS_ERROR",
        summary="The server rejected a settings change.",
        cause="The MUC sent an error message carrying a settings-error text, which is passed along.",
        when=("a room settings change is refused by the server",),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="That setting could not be changed.",
        user_message_key="jitsi.conference_error.SETTINGS_ERROR",
        remediation=(
            "Show the server's text; do not repeat the same change.",
            "Check the user's role and the server's room configuration if the change should be allowed.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="The SDK emits it on CONFERENCE_ERROR and stays in the conference; the same change would be refused again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "VIDEOBRIDGE_NOT_AVAILABLE": CodeInfo(
        provider="jitsi",
        code_set="conference_error",
        value="conference.videobridgeNotAvailable",
        name="VIDEOBRIDGE_NOT_AVAILABLE",
        catalog_name="VIDEOBRIDGE_NOT_AVAILABLE",
        summary="No videobridge is available for the conference.",
        cause="Jicofo's presence reported bridgeNotAvailable; the SDK reports it once per room.",
        when=("all videobridges are full or down",),
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
            name="the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="conference.failed (CONFERENCE_FAILED)",
                    means="Joining or staying in the conference failed; the conference is over until the app joins again.",
                ),
                SignalValue(
                    value="conference.error (CONFERENCE_ERROR)",
                    means="An error inside a running conference; the participant stays in it.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This call is full right now. Please try again in a little while.",
        user_message_key="jitsi.conference_error.VIDEOBRIDGE_NOT_AVAILABLE",
        remediation=(
            "Join again with backoff.",
            "Alert the operator: every videobridge is full or down; add bridge capacity.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="Bridge capacity may free up, so a bounded rejoin with backoff is reasonable.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Sub-type passed with NOT_ALLOWED_ERROR that says why the join was not allowed.
# Upstream: AUTH_ERROR_TYPES in jitsi/lib-jitsi-meet 0.0.0.
class AuthErrorType(StrEnum):
    """A code set of provider `jitsi`: `auth_error_type`."""

    # The join was not allowed for an unspecified reason.
    GENERAL = "general"

    # A visitor cannot join because no main participants are in the meeting.
    NO_MAIN_PARTICIPANTS = "no-main-participants"

    # Visitors are not admitted because the room uses a lobby.
    NO_VISITORS_LOBBY = "no-visitors-lobby"

    # The visitor may not be promoted to a main participant.
    PROMOTION_NOT_ALLOWED = "promotion-not-allowed"

    # The client may not create the room.
    ROOM_CREATION_RESTRICTION = "room-creation-restriction"

    # The room does not admit unauthenticated participants.
    ROOM_UNAUTHENTICATED_ACCESS_DISABLED = "authentication-required"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _AUTH_ERROR_TYPE_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> AuthErrorType | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return AuthErrorType(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> AuthErrorType | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in AuthErrorType:
            if _AUTH_ERROR_TYPE_INFO[code.name].name == name:
                return code
        return None


_AUTH_ERROR_TYPE_INFO: Final = {
    "GENERAL": CodeInfo(
        provider="jitsi",
        code_set="auth_error_type",
        value="general",
        name="GENERAL",
        catalog_name="GENERAL",
        summary="The join was not allowed for an unspecified reason.",
        cause="The server returned not-allowed without any of the more specific markers the SDK recognises.",
        when=("room rules or server policy refuse the join",),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You do not have permission to do that in this call.",
        user_message_key="jitsi.auth_error_type.GENERAL",
        remediation=(
            "Show the server's text if any; do not retry.",
            "Check the room rules and server policy if the refusal is unexpected.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="A plain refusal is not expected to change on retry; in a breakout room the SDK moves the user back to the main room instead of reporting it.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NO_MAIN_PARTICIPANTS": CodeInfo(
        provider="jitsi",
        code_set="auth_error_type",
        value="no-main-participants",
        name="NO_MAIN_PARTICIPANTS",
        catalog_name="NO_MAIN_PARTICIPANTS",
        summary="A visitor cannot join because no main participants are in the meeting.",
        cause="The server refused the visitor's join with no-main-participants in the jitsi:visitors namespace.",
        when=("a visitor arrives before the meeting has started",),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="The meeting has not started yet. Please try again later.",
        user_message_key="jitsi.auth_error_type.NO_MAIN_PARTICIPANTS",
        remediation=(
            "Tell the visitor the meeting has not started; let them try again later.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="The join can succeed once main participants are present, so the user may try again later.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NO_VISITORS_LOBBY": CodeInfo(
        provider="jitsi",
        code_set="auth_error_type",
        value="no-visitors-lobby",
        name="NO_VISITORS_LOBBY",
        catalog_name="NO_VISITORS_LOBBY",
        summary="Visitors are not admitted because the room uses a lobby.",
        cause="The server refused the visitor's join with no-visitors-lobby in the jitsi:visitors namespace.",
        when=("a visitor tries to join a room whose lobby is enabled",),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This meeting is not open to viewers right now.",
        user_message_key="jitsi.auth_error_type.NO_VISITORS_LOBBY",
        remediation=(
            "Do not retry as a visitor; join as a participant through the lobby, or turn the lobby off for visitors.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="The room's lobby setting must change before a visitor can join.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PROMOTION_NOT_ALLOWED": CodeInfo(
        provider="jitsi",
        code_set="auth_error_type",
        value="promotion-not-allowed",
        name="PROMOTION_NOT_ALLOWED",
        catalog_name="PROMOTION_NOT_ALLOWED",
        summary="The visitor may not be promoted to a main participant.",
        cause="The server refused the join with promotion-not-allowed in the jitsi:visitors namespace.",
        when=("a visitor tries to join the main room without being allowed",),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You can watch this meeting but not join in.",
        user_message_key="jitsi.auth_error_type.PROMOTION_NOT_ALLOWED",
        remediation=(
            "Stay a visitor; the deployment does not let this visitor become a main participant.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="The visitor lacks the right to be promoted, and retrying with the same rights fails again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ROOM_CREATION_RESTRICTION": CodeInfo(
        provider="jitsi",
        code_set="auth_error_type",
        value="room-creation-restriction",
        name="ROOM_CREATION_RESTRICTION",
        catalog_name="ROOM_CREATION_RESTRICTION",
        summary="The client may not create the room.",
        cause='The text "Room creation is restricted" or a room-does-not-exist marker: upstream describes a race where Jicofo left or was leaving the room when the client tried to join.',
        when=(
            "Jicofo left the empty room just as the client joined",
            "a reconnect finished after Jicofo had left the room",
        ),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1500,
            multiplier_thousandths=1500,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=3,
        ),
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="jitsi.auth_error_type.ROOM_CREATION_RESTRICTION",
        remediation=(
            "Join again after a short delay; the SDK has already retried up to three times unless disableRoomCreationRetry is set.",
            "If it recurs, check that Jicofo is up and that only Jicofo may create rooms.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/util/Retry.ts",
        ),
        since=None,
        rationale="The SDK itself retries this race up to three times with jittered backoff (unless disableRoomCreationRetry is set) before reporting it, so a later retry can still succeed.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "ROOM_UNAUTHENTICATED_ACCESS_DISABLED": CodeInfo(
        provider="jitsi",
        code_set="auth_error_type",
        value="authentication-required",
        name="ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
        catalog_name="ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
        summary="The room does not admit unauthenticated participants.",
        cause="The server refused the join with authentication-required in the http://jitsi.org/jitmeet namespace.",
        when=(
            "the room disables unauthenticated access and the user has no valid token",
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
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You need to sign in to join this meeting.",
        user_message_key="jitsi.auth_error_type.ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
        remediation=(
            "Ask the user to sign in or obtain a JWT from the backend, then join again.",
        ),
        causes=(),
        references=(
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
            "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
        ),
        since=None,
        rationale="Joining needs authentication, so obtain credentials (for example a JWT) and join again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}

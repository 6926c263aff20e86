# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `acme`."""

from __future__ import annotations

from enum import IntEnum
from typing import Final

from rtc_error_catalog import beta, gamma
from rtc_error_catalog._taxonomy import (
    Basis,
    Category,
    CodeInfo,
    RetryPolicy,
    Terminality,
)


# Room errors, reported by Acme over a Beta server.
# Upstream: RoomError in acme/sdk 1.0.0.
class RoomError(IntEnum):
    """A code set of provider `acme`: `room_error`."""

    # The room is full.
    ROOM_FULL = 1

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _ROOM_ERROR_INFO[self.name]

    @property
    def protocol_equivalent(self) -> beta.Reason | None:
        """The equivalent code in the linked code set, if any."""
        name = _ROOM_ERROR_EQUIVALENT.get(self.name)
        return None if name is None else beta.Reason[name]

    @staticmethod
    def from_value(value: int) -> RoomError | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return RoomError(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> RoomError | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in RoomError:
            if _ROOM_ERROR_INFO[code.name].name == name:
                return code
        return None


_ROOM_ERROR_INFO: Final = {
    "ROOM_FULL": CodeInfo(
        provider="acme",
        code_set="room_error",
        value=1,
        name="ROOM_FULL",
        catalog_name="ROOM_FULL",
        summary="The room is full.",
        cause="The Beta server refused another participant.",
        when=("a crowded room",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.room_error.ROOM_FULL",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=7,
    ),
}
_ROOM_ERROR_EQUIVALENT: Final = {
    "ROOM_FULL": "FULL",
}


# Track errors, reported by Acme over a Gamma media server.
# Upstream: TrackError in acme/sdk 1.0.0.
class TrackError(IntEnum):
    """A code set of provider `acme`: `track_error`."""

    # The track was rejected.
    TRACK_REJECTED = 1

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _TRACK_ERROR_INFO[self.name]

    @property
    def protocol_equivalent(self) -> gamma.Reason | None:
        """The equivalent code in the linked code set, if any."""
        name = _TRACK_ERROR_EQUIVALENT.get(self.name)
        return None if name is None else gamma.Reason[name]

    @staticmethod
    def from_value(value: int) -> TrackError | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return TrackError(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> TrackError | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in TrackError:
            if _TRACK_ERROR_INFO[code.name].name == name:
                return code
        return None


_TRACK_ERROR_INFO: Final = {
    "TRACK_REJECTED": CodeInfo(
        provider="acme",
        code_set="track_error",
        value=1,
        name="TRACK_REJECTED",
        catalog_name="TRACK_REJECTED",
        summary="The track was rejected.",
        cause="The Gamma media server refused the track.",
        when=("an unsupported codec",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.track_error.TRACK_REJECTED",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent="rejected",
    ),
}
_TRACK_ERROR_EQUIVALENT: Final = {
    "TRACK_REJECTED": "REJECTED",
}

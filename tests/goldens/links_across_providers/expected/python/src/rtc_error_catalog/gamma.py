# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `gamma`."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from rtc_error_catalog._taxonomy import (
    Basis,
    Category,
    CodeInfo,
    RetryPolicy,
    Terminality,
)


# Why the Gamma media server refused a track.
# Upstream: Reason in gamma/media 0.9.0.
class Reason(StrEnum):
    """A code set of provider `gamma`: `reason`."""

    # The track was rejected.
    REJECTED = "rejected"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _REASON_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> Reason | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return Reason(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> Reason | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in Reason:
            if _REASON_INFO[code.name].name == name:
                return code
        return None


_REASON_INFO: Final = {
    "REJECTED": CodeInfo(
        provider="gamma",
        code_set="reason",
        value="rejected",
        name="REJECTED",
        catalog_name="REJECTED",
        summary="The track was rejected.",
        cause="The server does not accept the track's codec.",
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
        user_message_key="gamma.reason.REJECTED",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}

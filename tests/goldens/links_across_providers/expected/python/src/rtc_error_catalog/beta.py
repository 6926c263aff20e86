# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `beta`."""

from __future__ import annotations

from enum import IntEnum
from typing import Final

from rtc_error_catalog._taxonomy import (
    Basis,
    Category,
    CodeInfo,
    RetryPolicy,
    Terminality,
)


# Why the Beta server refused a join.
# Upstream: Reason in beta/server 3.0.0.
class Reason(IntEnum):
    """A code set of provider `beta`: `reason`."""

    # The room is full.
    FULL = 7

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _REASON_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> Reason | None:
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
    "FULL": CodeInfo(
        provider="beta",
        code_set="reason",
        value=7,
        name="FULL",
        catalog_name="FULL",
        summary="The room is full.",
        cause="The room reached its participant limit.",
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
        user_message_key="beta.reason.FULL",
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

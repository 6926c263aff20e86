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


# BetaFault codes.
# Upstream: BetaFault in example/sdk 1.0.0.
class Fault(IntEnum):
    """A code set of provider `beta`: `fault`."""

    # DEADLINE happened.
    DEADLINE = 7

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _FAULT_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> Fault | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return Fault(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> Fault | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in Fault:
            if _FAULT_INFO[code.name].name == name:
                return code
        return None


_FAULT_INFO: Final = {
    "DEADLINE": CodeInfo(
        provider="beta",
        code_set="fault",
        value=7,
        name="DEADLINE",
        catalog_name="DEADLINE",
        summary="DEADLINE happened.",
        cause="The server said DEADLINE.",
        when=("slow network",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="beta.fault.DEADLINE",
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

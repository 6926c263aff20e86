# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `alpha`."""

from __future__ import annotations

from enum import IntEnum
from typing import Final

from rtc_error_catalog import beta
from rtc_error_catalog._taxonomy import (
    Basis,
    Category,
    CodeInfo,
    RetryPolicy,
    Terminality,
)


# AlphaFault codes.
# Upstream: AlphaFault in example/sdk 1.0.0.
class Fault(IntEnum):
    """A code set of provider `alpha`: `fault`."""

    # TIMEOUT happened.
    TIMEOUT = 1

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
    "TIMEOUT": CodeInfo(
        provider="alpha",
        code_set="fault",
        value=1,
        name="TIMEOUT",
        catalog_name="TIMEOUT",
        summary="TIMEOUT happened.",
        cause="The server said TIMEOUT.",
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
        user_message_key="alpha.fault.TIMEOUT",
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


# AlphaStatus codes.
# Upstream: AlphaStatus in example/sdk 1.0.0.
class Status(IntEnum):
    """A code set of provider `alpha`: `status`."""

    # LOST happened.
    LOST = 1

    # GONE happened.
    GONE = 2

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _STATUS_INFO[self.name]

    @property
    def protocol_equivalent(self) -> beta.Fault | None:
        """The equivalent code in the linked code set, if any."""
        name = _STATUS_EQUIVALENT.get(self.name)
        return None if name is None else beta.Fault[name]

    @staticmethod
    def from_value(value: int) -> Status | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return Status(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> Status | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in Status:
            if _STATUS_INFO[code.name].name == name:
                return code
        return None


_STATUS_INFO: Final = {
    "LOST": CodeInfo(
        provider="alpha",
        code_set="status",
        value=1,
        name="LOST",
        catalog_name="LOST",
        summary="LOST happened.",
        cause="The server said LOST.",
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
        user_message_key="alpha.status.LOST",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=7,
    ),
    "GONE": CodeInfo(
        provider="alpha",
        code_set="status",
        value=2,
        name="GONE",
        catalog_name="GONE",
        summary="GONE happened.",
        cause="The server said GONE.",
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
        user_message_key="alpha.status.GONE",
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
_STATUS_EQUIVALENT: Final = {
    "LOST": "DEADLINE",
}

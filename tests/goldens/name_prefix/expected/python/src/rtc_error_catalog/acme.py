# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `acme`."""

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


# Why joining failed.
# Upstream: acme_err_t in acme/sdk-c v0.3.0.
class FailureReason(IntEnum):
    """A code set of provider `acme`: `failure_reason`."""

    # Timed out.
    TIMEOUT = 1

    # The token was refused.
    BAD_TOKEN = 2

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _FAILURE_REASON_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> FailureReason | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return FailureReason(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> FailureReason | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in FailureReason:
            if _FAILURE_REASON_INFO[code.name].name == name:
                return code
        return None


_FAILURE_REASON_INFO: Final = {
    "TIMEOUT": CodeInfo(
        provider="acme",
        code_set="failure_reason",
        value=1,
        name="ACME_ERR_TIMEOUT",
        catalog_name="TIMEOUT",
        summary="Timed out.",
        cause="The server did not answer in time.",
        when=("slow network",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.failure_reason.TIMEOUT",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "BAD_TOKEN": CodeInfo(
        provider="acme",
        code_set="failure_reason",
        value=2,
        name="ACME_ERR_BAD_TOKEN",
        catalog_name="BAD_TOKEN",
        summary="The token was refused.",
        cause="The token is malformed.",
        when=("a token from another project",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.failure_reason.BAD_TOKEN",
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

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


# Why an Acme call failed.
# Upstream: AcmeError in acme/sdk 1.0.0.
class Error(IntEnum):
    """A code set of provider `acme`: `error`."""

    # Nothing failed.
    OK = 0

    # Timed out.
    TIMEOUT = -1

    # The request was malformed.
    BAD_REQUEST = 2147483647

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _ERROR_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> Error | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return Error(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> Error | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in Error:
            if _ERROR_INFO[code.name].name == name:
                return code
        return None


_ERROR_INFO: Final = {
    "OK": CodeInfo(
        provider="acme",
        code_set="error",
        value=0,
        name="OK",
        catalog_name="OK",
        summary="Nothing failed.",
        cause="The call succeeded.",
        when=("every successful call",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.error.OK",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale="Success needs no retry.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "TIMEOUT": CodeInfo(
        provider="acme",
        code_set="error",
        value=-1,
        name="TIMEOUT",
        catalog_name="TIMEOUT",
        summary="Timed out.",
        cause="The server did not answer in time.",
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
        user_message_key="acme.error.TIMEOUT",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "BAD_REQUEST": CodeInfo(
        provider="acme",
        code_set="error",
        value=2147483647,
        name="BAD_REQUEST",
        catalog_name="BAD_REQUEST",
        summary="The request was malformed.",
        cause="The app sent a request the server cannot read.",
        when=("a field is missing",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.error.BAD_REQUEST",
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

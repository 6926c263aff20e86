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


# The status the session reports.
# Upstream: SessionStatus in acme/sdk 1.0.0.
class SessionStatus(IntEnum):
    """A code set of provider `acme`: `session_status`."""

    # The user left.
    LEFT = 0

    # The network was lost.
    NETWORK_LOST = 1

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _SESSION_STATUS_INFO[self.name]

    @property
    def is_failure(self) -> bool:
        """The provider SDK's own verdict on whether this status is a failure."""
        return _SESSION_STATUS_INFO[self.name].failure is True

    @staticmethod
    def from_value(value: int) -> SessionStatus | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return SessionStatus(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> SessionStatus | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in SessionStatus:
            if _SESSION_STATUS_INFO[code.name].name == name:
                return code
        return None


_SESSION_STATUS_INFO: Final = {
    "LEFT": CodeInfo(
        provider="acme",
        code_set="session_status",
        value=0,
        name="Left",
        catalog_name="Left",
        summary="The user left.",
        cause="The app called leave().",
        when=("the user presses Leave",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.session_status.Left",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale="Leaving is deliberate; nothing to retry.",
        deprecated=None,
        failure=False,
        protocol_equivalent=None,
    ),
    "NETWORK_LOST": CodeInfo(
        provider="acme",
        code_set="session_status",
        value=1,
        name="NetworkLost",
        catalog_name="NetworkLost",
        summary="The network was lost.",
        cause="The connection dropped.",
        when=("Wi-Fi drops",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.session_status.NetworkLost",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=True,
        protocol_equivalent=None,
    ),
}

# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `acme`."""

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


# Why Acme closed the connection.
# Upstream: CloseReason in https://acme.example/docs/errors 2.1.0 (package npm:acme-rtc@2.1.0).
class CloseReason(StrEnum):
    """A code set of provider `acme`: `close_reason`."""

    # The server shut down.
    SERVER_SHUTDOWN = "server-shutdown"

    # A host removed the participant.
    KICKED = "kicked by host"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _CLOSE_REASON_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> CloseReason | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return CloseReason(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> CloseReason | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in CloseReason:
            if _CLOSE_REASON_INFO[code.name].name == name:
                return code
        return None


_CLOSE_REASON_INFO: Final = {
    "SERVER_SHUTDOWN": CodeInfo(
        provider="acme",
        code_set="close_reason",
        value="server-shutdown",
        name="ServerShutdown",
        catalog_name="ServerShutdown",
        summary="The server shut down.",
        cause="The Acme server is restarting.",
        when=("a deploy",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.close_reason.ServerShutdown",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "KICKED": CodeInfo(
        provider="acme",
        code_set="close_reason",
        value="kicked by host",
        name="Kicked",
        catalog_name="Kicked",
        summary="A host removed the participant.",
        cause="A host used the remove button.",
        when=("moderation",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.close_reason.Kicked",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale="Rejoining without the host's consent would be removed again.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}

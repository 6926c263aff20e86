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


# Why the server disconnected the client.
# Upstream: DisconnectReason in acme/protocol 2.0.0.
class DisconnectReason(IntEnum):
    """A code set of provider `acme`: `disconnect_reason`."""

    # The server shut down.
    SERVER_SHUTDOWN = 1

    # A host removed the participant.
    KICKED = 3

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _DISCONNECT_REASON_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> DisconnectReason | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return DisconnectReason(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> DisconnectReason | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in DisconnectReason:
            if _DISCONNECT_REASON_INFO[code.name].name == name:
                return code
        return None


_DISCONNECT_REASON_INFO: Final = {
    "SERVER_SHUTDOWN": CodeInfo(
        provider="acme",
        code_set="disconnect_reason",
        value=1,
        name="SERVER_SHUTDOWN",
        catalog_name="SERVER_SHUTDOWN",
        summary="The server shut down.",
        cause="The server is restarting.",
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
        user_message_key="acme.disconnect_reason.SERVER_SHUTDOWN",
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
        code_set="disconnect_reason",
        value=3,
        name="KICKED",
        catalog_name="KICKED",
        summary="A host removed the participant.",
        cause="A host used the remove button.",
        when=("moderation",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.disconnect_reason.KICKED",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated="Upstream now reports removal as 4 in 3.0; kept for older servers.",
        failure=None,
        protocol_equivalent=None,
    ),
}

# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `acme`."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Final

from rtc_error_catalog._taxonomy import (
    Basis,
    Category,
    CodeInfo,
    RetryPolicy,
    Terminality,
)


# Why the server disconnected the client (protocol level).
# Upstream: DisconnectReason in acme/protocol 1.0.0.
class DisconnectReason(IntEnum):
    """A code set of provider `acme`: `disconnect_reason`."""

    # The server shut down.
    SERVER_SHUTDOWN = 1

    # Another client joined with the same identity.
    DUPLICATE_IDENTITY = 2

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
    "DUPLICATE_IDENTITY": CodeInfo(
        provider="acme",
        code_set="disconnect_reason",
        value=2,
        name="DUPLICATE_IDENTITY",
        catalog_name="DUPLICATE_IDENTITY",
        summary="Another client joined with the same identity.",
        cause="The same identity joined elsewhere.",
        when=("a second tab",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.disconnect_reason.DUPLICATE_IDENTITY",
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


# What the client SDK reports.
# Upstream: ConnectionError in acme/client-sdk 2.0.0.
class ConnectionError(StrEnum):
    """A code set of provider `acme`: `connection_error`."""

    # The server went away.
    SERVER_GONE = "server_gone"

    # This session was replaced by another.
    REPLACED = "replaced"

    # A client-only failure with no protocol equivalent.
    UNLINKED = "unlinked"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _CONNECTION_ERROR_INFO[self.name]

    @property
    def protocol_equivalent(self) -> DisconnectReason | None:
        """The equivalent code in the linked code set, if any."""
        name = _CONNECTION_ERROR_EQUIVALENT.get(self.name)
        return None if name is None else DisconnectReason[name]

    @staticmethod
    def from_value(value: str) -> ConnectionError | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return ConnectionError(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> ConnectionError | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in ConnectionError:
            if _CONNECTION_ERROR_INFO[code.name].name == name:
                return code
        return None


_CONNECTION_ERROR_INFO: Final = {
    "SERVER_GONE": CodeInfo(
        provider="acme",
        code_set="connection_error",
        value="server_gone",
        name="ServerGone",
        catalog_name="ServerGone",
        summary="The server went away.",
        cause="The server closed the connection while shutting down.",
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
        user_message_key="acme.connection_error.ServerGone",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=1,
    ),
    "REPLACED": CodeInfo(
        provider="acme",
        code_set="connection_error",
        value="replaced",
        name="Replaced",
        catalog_name="Replaced",
        summary="This session was replaced by another.",
        cause="The same identity joined elsewhere.",
        when=("a second tab",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.connection_error.Replaced",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=2,
    ),
    "UNLINKED": CodeInfo(
        provider="acme",
        code_set="connection_error",
        value="unlinked",
        name="Unlinked",
        catalog_name="Unlinked",
        summary="A client-only failure with no protocol equivalent.",
        cause="The SDK failed before talking to the server.",
        when=("bad configuration",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.connection_error.Unlinked",
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
_CONNECTION_ERROR_EQUIVALENT: Final = {
    "SERVER_GONE": "SERVER_SHUTDOWN",
    "REPLACED": "DUPLICATE_IDENTITY",
}

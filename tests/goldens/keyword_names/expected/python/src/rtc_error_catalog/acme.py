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


# Codes named like keywords.
# Upstream: Type in acme/sdk 1.0.0.
class Type(IntEnum):
    """A code set of provider `acme`: `type`."""

    # Named type.
    TYPE = 1

    # Named fun.
    FUN = 2

    # Named when.
    WHEN = 3

    # Named object.
    OBJECT = 4

    # Named val.
    VAL = 5

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _TYPE_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> Type | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return Type(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> Type | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in Type:
            if _TYPE_INFO[code.name].name == name:
                return code
        return None


_TYPE_INFO: Final = {
    "TYPE": CodeInfo(
        provider="acme",
        code_set="type",
        value=1,
        name="type",
        catalog_name="type",
        summary="Named type.",
        cause="A keyword in Rust, a contextual keyword in TypeScript.",
        when=("always",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.type.type",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "FUN": CodeInfo(
        provider="acme",
        code_set="type",
        value=2,
        name="fun",
        catalog_name="fun",
        summary="Named fun.",
        cause="A keyword in Kotlin.",
        when=("always",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.type.fun",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "WHEN": CodeInfo(
        provider="acme",
        code_set="type",
        value=3,
        name="when",
        catalog_name="when",
        summary="Named when.",
        cause="A keyword in Kotlin.",
        when=("always",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.type.when",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "OBJECT": CodeInfo(
        provider="acme",
        code_set="type",
        value=4,
        name="object",
        catalog_name="object",
        summary="Named object.",
        cause="A keyword in Kotlin.",
        when=("always",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.type.object",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "VAL": CodeInfo(
        provider="acme",
        code_set="type",
        value=5,
        name="val",
        catalog_name="val",
        summary="Named val.",
        cause="A keyword in Kotlin.",
        when=("always",),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.type.val",
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


# More codes named like keywords.
# Upstream: In in acme/sdk 1.0.0.
class In(StrEnum):
    """A code set of provider `acme`: `in`."""

    # Named Self.
    SELF = "Self"

    # Named in.
    IN = "in"

    # Named is.
    IS = "is"

    # Named match.
    MATCH = "match"

    # Named null.
    NULL = "null"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _IN_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> In | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return In(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> In | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in In:
            if _IN_INFO[code.name].name == name:
                return code
        return None


_IN_INFO: Final = {
    "SELF": CodeInfo(
        provider="acme",
        code_set="in",
        value="Self",
        name="Self",
        catalog_name="Self",
        summary="Named Self.",
        cause="A keyword in Rust that cannot be a raw identifier.",
        when=("always",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.in.Self",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "IN": CodeInfo(
        provider="acme",
        code_set="in",
        value="in",
        name="in",
        catalog_name="in",
        summary="Named in.",
        cause="A keyword in Rust, TypeScript and Kotlin.",
        when=("always",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.in.in",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "IS": CodeInfo(
        provider="acme",
        code_set="in",
        value="is",
        name="is",
        catalog_name="is",
        summary="Named is.",
        cause="A keyword in Kotlin.",
        when=("always",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.in.is",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "MATCH": CodeInfo(
        provider="acme",
        code_set="in",
        value="match",
        name="match",
        catalog_name="match",
        summary="Named match.",
        cause="A keyword in Rust.",
        when=("always",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.in.match",
        remediation=("Check the app configuration.",),
        causes=(),
        references=(),
        since=None,
        rationale=None,
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "NULL": CodeInfo(
        provider="acme",
        code_set="in",
        value="null",
        name="null",
        catalog_name="null",
        summary="Named null.",
        cause="A literal in TypeScript and Kotlin.",
        when=("always",),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.PROVIDER,
        retry_schedule=None,
        runtime_signal=None,
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong. Please try again.",
        user_message_key="acme.in.null",
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

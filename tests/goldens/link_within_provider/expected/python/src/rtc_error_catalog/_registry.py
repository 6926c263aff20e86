# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""Every code set of the catalog, and lookups across them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from rtc_error_catalog import acme
from rtc_error_catalog._taxonomy import CodeInfo, ErrorCode


@dataclass(frozen=True, slots=True, kw_only=True)
class CodeSet:
    """One code set: its provider, its id and its codes (the enum's members)."""

    #: The provider's id, e.g. `livekit`.
    provider: str
    #: The code set's id, e.g. `disconnect_reason`.
    id: str
    #: Its codes, in catalog order.
    codes: tuple[ErrorCode, ...]


#: Every code set, in catalog order.
CODE_SETS: Final[tuple[CodeSet, ...]] = (
    CodeSet(
        provider="acme",
        id="disconnect_reason",
        codes=tuple(acme.DisconnectReason),
    ),
    CodeSet(
        provider="acme",
        id="connection_error",
        codes=tuple(acme.ConnectionError),
    ),
)


def lookup(provider: str, code_set: str, value: int | str) -> CodeInfo | None:
    """The code with this wire value in a provider's code set, or None if there is none."""
    for entry in CODE_SETS:
        if entry.provider == provider and entry.id == code_set:
            for code in entry.codes:
                info = code.info
                if type(info.value) is type(value) and info.value == value:
                    return info
    return None

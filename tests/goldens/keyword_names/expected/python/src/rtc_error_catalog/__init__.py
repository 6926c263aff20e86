# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The RTC error catalog: error codes of real-time audio/video providers."""

from __future__ import annotations

from rtc_error_catalog import acme
from rtc_error_catalog._registry import CODE_SETS, CodeSet, lookup
from rtc_error_catalog._taxonomy import (
    Basis,
    Category,
    CodeInfo,
    ErrorCode,
    Jitter,
    RetryPolicy,
    RetrySchedule,
    RuntimeSignal,
    SignalValue,
    Term,
    Terminality,
    retry_delay,
)

__all__ = [
    "CODE_SETS",
    "Basis",
    "Category",
    "CodeInfo",
    "CodeSet",
    "ErrorCode",
    "Jitter",
    "RetryPolicy",
    "RetrySchedule",
    "RuntimeSignal",
    "SignalValue",
    "Term",
    "Terminality",
    "__version__",
    "acme",
    "lookup",
    "retry_delay",
]

__version__ = "0.1.0"

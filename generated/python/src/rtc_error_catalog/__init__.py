# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The RTC error catalog: error codes of real-time audio/video providers."""

from __future__ import annotations

from rtc_error_catalog import (
    agora,
    amazon_chime,
    amazon_ivs,
    daily,
    hms,
    jitsi,
    livekit,
    spatialreal,
    stream_video,
    vonage_video,
    web_platform,
    zoom_video,
)
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
    "agora",
    "amazon_chime",
    "amazon_ivs",
    "daily",
    "hms",
    "jitsi",
    "livekit",
    "lookup",
    "retry_delay",
    "spatialreal",
    "stream_video",
    "vonage_video",
    "web_platform",
    "zoom_video",
]

__version__ = "0.1.7"

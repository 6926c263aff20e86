# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The catalog's shared types and the retry helper."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Final, Protocol


class Basis(StrEnum):
    """Where a code's retry policy or terminal flag comes from."""

    #: The provider documents it, or its SDK implements it.
    PROVIDER = "provider"

    #: The catalog's own classification; the code's `rationale` says why.
    CATALOG = "catalog"


class Terminality(StrEnum):
    """Whether a code ends the session: yes, no, or only under a condition."""

    #: The session is over.
    TERMINAL = "terminal"

    #: The session goes on.
    NOT_TERMINAL = "not_terminal"

    #: The session ends only under the code's terminal condition (its text says when).
    DEPENDS = "depends"


class Jitter(StrEnum):
    """How a delay is randomised (AWS's "exponential backoff and jitter")."""

    #: A random whole delay from 0 to the delay.
    FULL = "full"

    #: Half the delay plus a random part up to the other half.
    EQUAL = "equal"

    #: The delay itself.
    NONE = "none"


@dataclass(frozen=True, slots=True, kw_only=True)
class RetrySchedule:
    """How long to wait before each retry, and when to give up."""

    #: Delay before the first retry, in milliseconds.
    initial_delay_ms: int
    #: Growth per retry in thousandths (1500 = x1.5, 1000 = constant).
    multiplier_thousandths: int
    #: Cap on one delay, in milliseconds (applied before jitter).
    max_delay_ms: int
    #: How the delay is randomised.
    jitter: Jitter
    #: Retries after which to give up.
    max_attempts: int


@dataclass(frozen=True, slots=True, kw_only=True)
class SignalValue:
    """One value of a runtime signal."""

    #: The value as the SDK gives it.
    value: str
    #: What it means for the app.
    means: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RuntimeSignal:
    """A verdict the provider's SDK gives at run time; it takes precedence over the catalog's static guidance."""

    #: The SDK's field or call, e.g. `MeetingSessionStatus.isTerminal()`.
    name: str
    #: The catalog fields it takes precedence over: `retry`, `terminal`.
    overrides: tuple[str, ...]
    #: Each value and what it means (empty when they cannot be listed).
    values: tuple[SignalValue, ...]
    #: What it means, when the values cannot be listed.
    meaning: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Term:
    """A category or a retry policy, as the taxonomy defines it."""

    #: The id used in the spec and in every binding, e.g. `network`.
    id: str
    #: A short human-readable name.
    title: str
    #: One paragraph: what it means and what an app should do.
    meaning: str
    #: Categories: the default end-user message of their codes.
    user_message: str | None
    #: How long to wait before each retry; none when the retry policy does not retry on a schedule.
    schedule: RetrySchedule | None


class Category(StrEnum):
    """What kind of event a code reports, the same across providers (the catalog's own taxonomy)."""

    # Network: The network path failed or timed out. Usually transient.
    NETWORK = "network"

    # Client error: The app used the SDK wrongly. A developer must fix it.
    CLIENT_ERROR = "client_error"

    @property
    def info(self) -> Term:
        """The term's title, meaning, default user message and schedule."""
        return _CATEGORY_TERMS[self.name]


_CATEGORY_TERMS: Final = {
    "NETWORK": Term(
        id="network",
        title="Network",
        meaning="The network path failed or timed out. Usually transient.",
        user_message=None,
        schedule=None,
    ),
    "CLIENT_ERROR": Term(
        id="client_error",
        title="Client error",
        meaning="The app used the SDK wrongly. A developer must fix it.",
        user_message=None,
        schedule=None,
    ),
}


class RetryPolicy(StrEnum):
    """What an app should do about a code, the same across providers (the catalog's own taxonomy)."""

    # Back off and retry: Retry after a delay that grows with each attempt.
    BACKOFF = "backoff"

    # Do not retry: Retrying cannot succeed without a change to the app.
    NEVER = "never"

    @property
    def info(self) -> Term:
        """The term's title, meaning, default user message and schedule."""
        return _RETRY_POLICY_TERMS[self.name]


_RETRY_POLICY_TERMS: Final = {
    "BACKOFF": Term(
        id="backoff",
        title="Back off and retry",
        meaning="Retry after a delay that grows with each attempt.",
        user_message=None,
        schedule=None,
    ),
    "NEVER": Term(
        id="never",
        title="Do not retry",
        meaning="Retrying cannot succeed without a change to the app.",
        user_message=None,
        schedule=None,
    ),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class CodeInfo:
    """Everything the catalog says about the code."""

    #: The provider's id, e.g. `livekit`.
    provider: str
    #: The code set's id, e.g. `disconnect_reason`.
    code_set: str
    #: The wire value.
    value: int | str
    #: The name exactly as upstream spells it.
    name: str
    #: The name as the catalog keys it (the upstream name without the set's prefix).
    catalog_name: str
    #: One short sentence.
    summary: str
    #: What causes it.
    cause: str
    #: When it occurs.
    when: tuple[str, ...]
    #: The catalog's category.
    category: Category
    #: What an app should do.
    retry_policy: RetryPolicy
    #: Where the retry policy comes from.
    retry_basis: Basis
    #: How long to wait before each retry; none when the retry policy does not retry on a schedule.
    retry_schedule: RetrySchedule | None
    #: The SDK's run-time verdict that takes precedence over this guidance, if any.
    runtime_signal: RuntimeSignal | None
    #: Whether the session ends when this code is reported: yes, no, or only under a condition.
    terminality: Terminality
    #: With `Depends`: when the code ends the session, in words.
    terminal_condition: str | None
    #: Where the terminal flag comes from.
    terminal_basis: Basis
    #: What to tell the end user (the code's own message or its category's).
    user_message: str
    #: A stable key for localising the user message: `provider.code_set.NAME`.
    user_message_key: str
    #: Ordered steps for developers or operators.
    remediation: tuple[str, ...]
    #: The known root causes, for codes that cover several.
    causes: tuple[str, ...]
    #: Where the remediation comes from.
    references: tuple[str, ...]
    #: The upstream release that introduced the code, where known.
    since: str | None
    #: Why the catalog classified it so, where a basis is the catalog.
    rationale: str | None
    #: Set when upstream deprecates the code.
    deprecated: str | None
    #: The provider SDK's own failure verdict, for code sets that have one.
    failure: bool | None
    #: The wire value of the equivalent code in the linked code set, if any.
    protocol_equivalent: int | str | None

    @property
    def terminal(self) -> bool:
        """True only when the code always ends the session (`Terminal`); false for `NotTerminal` and for `Depends`, whose condition must be checked."""
        return self.terminality is Terminality.TERMINAL


class ErrorCode(Protocol):
    """A code of any provider: every code set's enum has these members."""

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        ...


def retry_delay(info: CodeInfo, attempt: int, random: float) -> int | None:
    """Milliseconds to wait before retry number `attempt` (1 = the first retry).

    None to give up (attempt 0 or past the schedule's `max_attempts`) or when the code has
    no schedule; `random` is a number in [0, 1) (anything else counts as 0). The rule is in
    spec/README.md.
    """
    schedule = info.retry_schedule
    if schedule is None or attempt < 1 or attempt > schedule.max_attempts:
        return None
    r = random if 0.0 <= random < 1.0 else 0.0
    cap = schedule.max_delay_ms
    delay = min(schedule.initial_delay_ms, cap)
    for _ in range(1, attempt):
        delay = min(delay * schedule.multiplier_thousandths // 1000, cap)
    if schedule.jitter is Jitter.FULL:
        jittered = math.floor(r * (delay + 1))
    elif schedule.jitter is Jitter.EQUAL:
        half = delay // 2
        jittered = half + math.floor(r * (delay - half + 1))
    else:
        jittered = delay
    return min(jittered, delay)

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

    # Not an error: Nothing failed. The code reports a normal state (for example "no failure has occurred") and needs no handling beyond logging.
    NOT_AN_ERROR = "not_an_error"

    # Ended normally: The session ended because the local user or app asked for it. Clean up; do not reconnect and do not show an error.
    ENDED_NORMALLY = "ended_normally"

    # Credentials: The token or credentials were missing, malformed, expired or rejected. A fresh, valid credential from the app's backend usually fixes it.
    CREDENTIALS = "credentials"

    # Permission: The caller is identified but not allowed to do this: denied by a moderator, by room rules or by the grants in its token. Retrying with the same rights fails again.
    PERMISSION = "permission"

    # Capacity: The room, stage or service is full or has no resources left. It may succeed later, once load drops; tell the user and let them try again.
    CAPACITY = "capacity"

    # Network: The network path between client and service failed or timed out: unreachable host, lost signalling, ping timeout. Usually transient; retry with backoff.
    NETWORK = "network"

    # Media negotiation: The media path could not be negotiated or established: ICE, SDP offer/answer, codecs. Often an environment problem (firewall, browser); a retry may help, repeated failures need the user.
    MEDIA_NEGOTIATION = "media_negotiation"

    # Session ended by the service or another party: The service, a moderator or another participant ended this session: room deleted, removed from the meeting, joined from another device, server shut down. Do not reconnect automatically; tell the user what happened.
    ENDED_BY_SERVICE = "ended_by_service"

    # Service fault: The provider's service failed in a way the client did not cause: internal error, unexpected response. Retry with backoff and alert if it recurs.
    SERVICE_FAULT = "service_fault"

    # Client or configuration error: The app, its configuration or its use of the SDK is wrong: invalid request, unsupported setting, misuse of the API. Retrying the same call fails again; a developer must fix it.
    CLIENT_ERROR = "client_error"

    # Billing or quota: The account's plan, credits or quota does not allow the session. Operators must act; the user can only be told.
    BILLING_QUOTA = "billing_quota"

    # Input needed from the user: The session can continue once the user supplies something: a password, a display name, a choice. Ask, then retry.
    USER_INPUT = "user_input"

    # Unknown: The provider could not classify the failure, or the code groups failures of several kinds. Log the details; treat it as a fault.
    UNKNOWN = "unknown"

    @property
    def info(self) -> Term:
        """The term's title, meaning, default user message and schedule."""
        return _CATEGORY_TERMS[self.name]


_CATEGORY_TERMS: Final = {
    "NOT_AN_ERROR": Term(
        id="not_an_error",
        title="Not an error",
        meaning='Nothing failed. The code reports a normal state (for example "no failure has occurred") and needs no handling beyond logging.',
        user_message="Everything is working normally.",
        schedule=None,
    ),
    "ENDED_NORMALLY": Term(
        id="ended_normally",
        title="Ended normally",
        meaning="The session ended because the local user or app asked for it. Clean up; do not reconnect and do not show an error.",
        user_message="You have left the call.",
        schedule=None,
    ),
    "CREDENTIALS": Term(
        id="credentials",
        title="Credentials",
        meaning="The token or credentials were missing, malformed, expired or rejected. A fresh, valid credential from the app's backend usually fixes it.",
        user_message="We could not confirm your access to this call. Please try joining again.",
        schedule=None,
    ),
    "PERMISSION": Term(
        id="permission",
        title="Permission",
        meaning="The caller is identified but not allowed to do this: denied by a moderator, by room rules or by the grants in its token. Retrying with the same rights fails again.",
        user_message="You do not have permission to do that in this call.",
        schedule=None,
    ),
    "CAPACITY": Term(
        id="capacity",
        title="Capacity",
        meaning="The room, stage or service is full or has no resources left. It may succeed later, once load drops; tell the user and let them try again.",
        user_message="This call is full right now. Please try again in a little while.",
        schedule=None,
    ),
    "NETWORK": Term(
        id="network",
        title="Network",
        meaning="The network path between client and service failed or timed out: unreachable host, lost signalling, ping timeout. Usually transient; retry with backoff.",
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        schedule=None,
    ),
    "MEDIA_NEGOTIATION": Term(
        id="media_negotiation",
        title="Media negotiation",
        meaning="The media path could not be negotiated or established: ICE, SDP offer/answer, codecs. Often an environment problem (firewall, browser); a retry may help, repeated failures need the user.",
        user_message="We could not connect your audio and video. Check your network, or try another browser or device.",
        schedule=None,
    ),
    "ENDED_BY_SERVICE": Term(
        id="ended_by_service",
        title="Session ended by the service or another party",
        meaning="The service, a moderator or another participant ended this session: room deleted, removed from the meeting, joined from another device, server shut down. Do not reconnect automatically; tell the user what happened.",
        user_message="This call has ended.",
        schedule=None,
    ),
    "SERVICE_FAULT": Term(
        id="service_fault",
        title="Service fault",
        meaning="The provider's service failed in a way the client did not cause: internal error, unexpected response. Retry with backoff and alert if it recurs.",
        user_message="Something went wrong on our side. Please try again in a moment.",
        schedule=None,
    ),
    "CLIENT_ERROR": Term(
        id="client_error",
        title="Client or configuration error",
        meaning="The app, its configuration or its use of the SDK is wrong: invalid request, unsupported setting, misuse of the API. Retrying the same call fails again; a developer must fix it.",
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        schedule=None,
    ),
    "BILLING_QUOTA": Term(
        id="billing_quota",
        title="Billing or quota",
        meaning="The account's plan, credits or quota does not allow the session. Operators must act; the user can only be told.",
        user_message="This service is not available right now. Please contact the organiser or support.",
        schedule=None,
    ),
    "USER_INPUT": Term(
        id="user_input",
        title="Input needed from the user",
        meaning="The session can continue once the user supplies something: a password, a display name, a choice. Ask, then retry.",
        user_message="A little more information is needed before you can join.",
        schedule=None,
    ),
    "UNKNOWN": Term(
        id="unknown",
        title="Unknown",
        meaning="The provider could not classify the failure, or the code groups failures of several kinds. Log the details; treat it as a fault.",
        user_message="Something went wrong. Please try again.",
        schedule=None,
    ),
}


class RetryPolicy(StrEnum):
    """What an app should do about a code, the same across providers (the catalog's own taxonomy)."""

    # Not an error: Nothing to retry: the code does not report a failure.
    NOT_AN_ERROR = "not_an_error"

    # The SDK retries by itself: The provider's SDK is already reconnecting or recovering. Do not restart the session from the app; show progress and wait for a terminal code.
    AUTOMATIC = "automatic"

    # Back off and retry: The failure is likely transient. Retry the same operation after a delay that grows with each attempt, and give up after a bounded number of attempts.
    BACKOFF = "backoff"

    # Refresh credentials, then retry: Fetch a new token or new credentials from the app's backend, then retry. Retrying with the old credentials fails again.
    REFRESH_CREDENTIALS = "refresh_credentials"

    # Needs a user action: Retry only after the user has done something: entered a password or name, been admitted, chosen to rejoin, fixed their network or browser. Never retry without them.
    USER_ACTION = "user_action"

    # Do not retry: Retrying cannot succeed without a change to the app, its configuration, the account or the room. Report it; fix the cause.
    NEVER = "never"

    # Depends on the accompanying code: The value only groups failures (a category or sub-type reported beside a more specific code). Decide from the accompanying code.
    DEPENDS = "depends"

    @property
    def info(self) -> Term:
        """The term's title, meaning, default user message and schedule."""
        return _RETRY_POLICY_TERMS[self.name]


_RETRY_POLICY_TERMS: Final = {
    "NOT_AN_ERROR": Term(
        id="not_an_error",
        title="Not an error",
        meaning="Nothing to retry: the code does not report a failure.",
        user_message=None,
        schedule=None,
    ),
    "AUTOMATIC": Term(
        id="automatic",
        title="The SDK retries by itself",
        meaning="The provider's SDK is already reconnecting or recovering. Do not restart the session from the app; show progress and wait for a terminal code.",
        user_message=None,
        schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=120000,
            jitter=Jitter.EQUAL,
            max_attempts=10,
        ),
    ),
    "BACKOFF": Term(
        id="backoff",
        title="Back off and retry",
        meaning="The failure is likely transient. Retry the same operation after a delay that grows with each attempt, and give up after a bounded number of attempts.",
        user_message=None,
        schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
    ),
    "REFRESH_CREDENTIALS": Term(
        id="refresh_credentials",
        title="Refresh credentials, then retry",
        meaning="Fetch a new token or new credentials from the app's backend, then retry. Retrying with the old credentials fails again.",
        user_message=None,
        schedule=RetrySchedule(
            initial_delay_ms=100,
            multiplier_thousandths=2000,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=2,
        ),
    ),
    "USER_ACTION": Term(
        id="user_action",
        title="Needs a user action",
        meaning="Retry only after the user has done something: entered a password or name, been admitted, chosen to rejoin, fixed their network or browser. Never retry without them.",
        user_message=None,
        schedule=None,
    ),
    "NEVER": Term(
        id="never",
        title="Do not retry",
        meaning="Retrying cannot succeed without a change to the app, its configuration, the account or the room. Report it; fix the cause.",
        user_message=None,
        schedule=None,
    ),
    "DEPENDS": Term(
        id="depends",
        title="Depends on the accompanying code",
        meaning="The value only groups failures (a category or sub-type reported beside a more specific code). Decide from the accompanying code.",
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

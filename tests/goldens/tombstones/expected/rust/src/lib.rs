// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Error codes of real-time audio/video providers, with what causes them and how to retry.
//!
//! Every provider is a module and every upstream enum (a *code set*) a `#[non_exhaustive]` enum in it. Each converts losslessly from and to its wire value (`from_value`, `value`, `TryFrom`) and its upstream name (`from_name`, `name`, `FromStr`, `Display`), and carries the provider's description and the catalog's classification: [`Category`], [`RetryPolicy`], whether the session ends, and where each of those comes from ([`Basis`]).
//!
//! Every code set implements [`ErrorCode`], so a retry or messaging policy can be written once for codes from any provider.
//!
//! ```
//! use rtc_error_catalog::{ErrorCode, RetryPolicy};
//!
//! fn should_retry(code: &dyn ErrorCode) -> bool {
//!     code.retry_policy() == RetryPolicy::Backoff
//! }
//! ```
//!
//! 1 providers (Acme RTC), 1 code sets, 2 codes. This crate is generated from the catalog's YAML spec; the same codes exist as TypeScript and Kotlin bindings.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
/// Acme RTC: 1 code sets.
pub mod acme;
/// What kind of event a code reports, the same across providers (the catalog's own taxonomy).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Category {
    /// Network.
    ///
    /// The network path failed or timed out. Usually transient.
    Network,
    /// Client error.
    ///
    /// The app used the SDK wrongly. A developer must fix it.
    ClientError,
}
impl Category {
    /// Every value, in the order the taxonomy defines them.
    pub const ALL: &'static [Self] = &[Self::Network, Self::ClientError];
    /// The id used in the spec and in every binding, e.g. `network`.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Network => "network",
            Self::ClientError => "client_error",
        }
    }
    /// A short human-readable name.
    pub const fn title(self) -> &'static str {
        match self {
            Self::Network => "Network",
            Self::ClientError => "Client error",
        }
    }
    /// One paragraph: what it means and what an app should do.
    pub const fn meaning(self) -> &'static str {
        match self {
            Self::Network => "The network path failed or timed out. Usually transient.",
            Self::ClientError => "The app used the SDK wrongly. A developer must fix it.",
        }
    }
    /// The value with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        match id {
            "network" => Some(Self::Network),
            "client_error" => Some(Self::ClientError),
            _ => None,
        }
    }
}
impl core::fmt::Display for Category {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.id())
    }
}
/// What an app should do about a code, the same across providers (the catalog's own taxonomy).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RetryPolicy {
    /// Back off and retry.
    ///
    /// Retry after a delay that grows with each attempt.
    Backoff,
    /// Do not retry.
    ///
    /// Retrying cannot succeed without a change to the app.
    Never,
}
impl RetryPolicy {
    /// Every value, in the order the taxonomy defines them.
    pub const ALL: &'static [Self] = &[Self::Backoff, Self::Never];
    /// The id used in the spec and in every binding, e.g. `network`.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Backoff => "backoff",
            Self::Never => "never",
        }
    }
    /// A short human-readable name.
    pub const fn title(self) -> &'static str {
        match self {
            Self::Backoff => "Back off and retry",
            Self::Never => "Do not retry",
        }
    }
    /// One paragraph: what it means and what an app should do.
    pub const fn meaning(self) -> &'static str {
        match self {
            Self::Backoff => "Retry after a delay that grows with each attempt.",
            Self::Never => "Retrying cannot succeed without a change to the app.",
        }
    }
    /// The value with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        match id {
            "backoff" => Some(Self::Backoff),
            "never" => Some(Self::Never),
            _ => None,
        }
    }
}
impl core::fmt::Display for RetryPolicy {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.id())
    }
}
/// Where a code's retry policy or terminal flag comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basis {
    /// The provider documents it, or its SDK implements it.
    Provider,
    /// The catalog's own classification; the code's `rationale` says why.
    Catalog,
}
/// Whether a code ends the session: yes, no, or only under a condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Terminality {
    /// The session is over.
    Terminal,
    /// The session goes on.
    NotTerminal,
    /// The session ends only under the code's terminal condition (its text says when).
    Depends,
}
/// How a delay is randomised (AWS's "exponential backoff and jitter").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Jitter {
    /// A random whole delay from 0 to the delay.
    Full,
    /// Half the delay plus a random part up to the other half.
    Equal,
    /// The delay itself.
    None,
}
/// How long to wait before each retry, and when to give up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RetrySchedule {
    /// Delay before the first retry, in milliseconds.
    pub initial_delay_ms: u32,
    /// Growth per retry in thousandths (1500 = x1.5, 1000 = constant).
    pub multiplier_thousandths: u32,
    /// Cap on one delay, in milliseconds (applied before jitter).
    pub max_delay_ms: u32,
    /// How the delay is randomised.
    pub jitter: Jitter,
    /// Retries after which to give up.
    pub max_attempts: u32,
}
impl RetrySchedule {
    /// Milliseconds to wait before retry number `attempt` (1 = the first retry), or none to give up (attempt 0 or past `max_attempts`); `random` is a number in [0, 1) (anything else counts as 0). The rule is in spec/README.md.
    pub fn delay_ms(&self, attempt: u32, random: f64) -> Option<u32> {
        if attempt == 0 || attempt > self.max_attempts {
            return None;
        }
        let random = if (0.0..1.0).contains(&random) {
            random
        } else {
            0.0
        };
        let cap = u64::from(self.max_delay_ms);
        let mut delay = u64::from(self.initial_delay_ms).min(cap);
        for _ in 1..attempt {
            if delay == cap {
                break;
            }
            delay = (delay * u64::from(self.multiplier_thousandths) / 1000).min(cap);
        }
        // `as` truncates toward zero, which is the floor of a non-negative number.
        let jittered = match self.jitter {
            Jitter::None => delay,
            Jitter::Full => (random * (delay + 1) as f64) as u64,
            Jitter::Equal => {
                let half = delay / 2;
                half + (random * (delay - half + 1) as f64) as u64
            }
        };
        Some(jittered.min(delay) as u32)
    }
}
/// A verdict the provider's SDK gives at run time; it takes precedence over the catalog's static guidance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RuntimeSignal {
    /// The SDK's field or call, e.g. `MeetingSessionStatus.isTerminal()`.
    pub name: &'static str,
    /// The catalog fields it takes precedence over: `retry`, `terminal`.
    pub overrides: &'static [&'static str],
    /// Each value and what it means (empty when they cannot be listed).
    pub values: &'static [SignalValue],
    /// What it means, when the values cannot be listed.
    pub meaning: Option<&'static str>,
}
/// One value of a runtime signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SignalValue {
    /// The value as the SDK gives it.
    pub value: &'static str,
    /// What it means for the app.
    pub means: &'static str,
}
/// A wire value as the provider sends it: an integer or a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WireValue<'a> {
    /// An integer code.
    Integer(i32),
    /// A string code.
    String(&'a str),
}
impl core::fmt::Display for WireValue<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            WireValue::Integer(v) => core::fmt::Display::fmt(v, f),
            WireValue::String(v) => f.write_str(v),
        }
    }
}
/// What the catalog says about one code; every accessor of a code set reads from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct CodeInfo {
    /// The name exactly as upstream spells it.
    pub name: &'static str,
    /// The name as the catalog keys it (the upstream name without the set's prefix).
    pub catalog_name: &'static str,
    /// One short sentence.
    pub summary: &'static str,
    /// What causes it.
    pub cause: &'static str,
    /// When it occurs.
    pub when: &'static [&'static str],
    /// What to tell the end user (the code's own message or its category's).
    pub user_message: &'static str,
    /// A stable key for localising the user message: `provider.code_set.NAME`.
    pub user_message_key: &'static str,
    /// Ordered steps for developers or operators.
    pub remediation: &'static [&'static str],
    /// The known root causes, for codes that cover several.
    pub causes: &'static [&'static str],
    /// Where the remediation comes from.
    pub references: &'static [&'static str],
    /// The upstream release that introduced the code, where known.
    pub since: Option<&'static str>,
    /// The catalog's category.
    pub category: Category,
    /// What an app should do.
    pub retry_policy: RetryPolicy,
    /// Where the retry policy comes from.
    pub retry_basis: Basis,
    /// How long to wait before each retry; none when the retry policy does not retry on a schedule.
    pub retry_schedule: Option<RetrySchedule>,
    /// The SDK's run-time verdict that takes precedence over this guidance, if any.
    pub runtime_signal: Option<RuntimeSignal>,
    /// Whether the session ends when this code is reported: yes, no, or only under a condition.
    pub terminality: Terminality,
    /// With `Depends`: when the code ends the session, in words.
    pub terminal_condition: Option<&'static str>,
    /// Where the terminal flag comes from.
    pub terminal_basis: Basis,
    /// Why the catalog classified it so, where a basis is the catalog.
    pub rationale: Option<&'static str>,
    /// Set when upstream deprecates the code.
    pub deprecated: Option<&'static str>,
    /// The provider SDK's own failure verdict, for code sets that have one.
    pub failure: Option<bool>,
}
/// The interface every code set implements, for policies written once for all providers.
pub trait ErrorCode: core::fmt::Debug {
    /// The provider's id, e.g. `livekit`.
    fn provider(&self) -> &'static str;
    /// The code set's id, e.g. `disconnect_reason`.
    fn code_set(&self) -> &'static str;
    /// The wire value.
    fn wire_value(&self) -> WireValue<'static>;
    /// The equivalent code in the linked code set, if any.
    fn equivalent(&self) -> Option<&'static dyn ErrorCode>;
    /// Everything the catalog says about the code.
    fn info(&self) -> &'static CodeInfo;
    /// The name exactly as upstream spells it.
    fn name(&self) -> &'static str {
        self.info().name
    }
    /// The name as the catalog keys it (the upstream name without the set's prefix).
    fn catalog_name(&self) -> &'static str {
        self.info().catalog_name
    }
    /// One short sentence.
    fn summary(&self) -> &'static str {
        self.info().summary
    }
    /// The catalog's category.
    fn category(&self) -> Category {
        self.info().category
    }
    /// What an app should do.
    fn retry_policy(&self) -> RetryPolicy {
        self.info().retry_policy
    }
    /// Whether the session ends when this code is reported: yes, no, or only under a condition.
    fn terminality(&self) -> Terminality {
        self.info().terminality
    }
    /// True only when the code always ends the session (`Terminal`); false for `NotTerminal` and for `Depends`, whose condition must be checked.
    fn is_terminal(&self) -> bool {
        self.info().terminality == Terminality::Terminal
    }
}
/// Milliseconds to wait before retry number `attempt` (1 = the first retry) of `code`, or none to give up or when the code has no schedule; `random` is a number in [0, 1) (anything else counts as 0). The rule is in spec/README.md.
pub fn retry_delay(code: &dyn ErrorCode, attempt: u32, random: f64) -> Option<u32> {
    code.info().retry_schedule?.delay_ms(attempt, random)
}
/// One code set, for tools that handle every provider's codes generically.
#[derive(Debug, Clone, Copy)]
pub struct CodeSet {
    /// The provider's id, e.g. `livekit`.
    pub provider: &'static str,
    /// The code set's id, e.g. `disconnect_reason`.
    pub id: &'static str,
    /// Number of codes.
    pub len: usize,
    /// The code with a wire value; `None` for a value the catalog does not know.
    pub lookup: fn(WireValue<'_>) -> Option<&'static dyn ErrorCode>,
    /// The code with an upstream name; `None` if there is none.
    pub lookup_name: fn(&str) -> Option<&'static dyn ErrorCode>,
}
/// The code with this wire value in `provider`'s code set `code_set`, if both exist.
pub fn lookup(
    provider: &str,
    code_set: &str,
    value: WireValue<'_>,
) -> Option<&'static dyn ErrorCode> {
    CODE_SETS
        .iter()
        .find(|s| s.provider == provider && s.id == code_set)
        .and_then(|s| (s.lookup)(value))
}
/// A wire value that no code of the set has: a newer provider release, or a bad input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownValue<T> {
    /// The code set that was asked, e.g. `livekit/disconnect_reason`.
    pub code_set: &'static str,
    /// The value that matched no code.
    pub value: T,
}
impl<T: core::fmt::Display> core::fmt::Display for UnknownValue<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "unknown {} value `{}`", self.code_set, self.value)
    }
}
impl<T: core::fmt::Display + core::fmt::Debug> core::error::Error for UnknownValue<T> {}
/// A name that no code of the set has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownName {
    /// The code set that was asked, e.g. `livekit/disconnect_reason`.
    pub code_set: &'static str,
}
impl core::fmt::Display for UnknownName {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "unknown {} name", self.code_set)
    }
}
impl core::error::Error for UnknownName {}
/// Every code set of every provider, in catalog order.
pub const CODE_SETS: &[CodeSet] = &[CodeSet {
    provider: "acme",
    id: "disconnect_reason",
    len: acme::DisconnectReason::COUNT,
    lookup: acme::DisconnectReason::lookup,
    lookup_name: acme::DisconnectReason::lookup_name,
}];

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
//! 12 providers (Agora Web SDK, Amazon Chime SDK, Amazon IVS, Daily, 100ms, Jitsi, LiveKit, SpatialReal AvatarKit, Stream Video, Vonage Video (OpenTok), Web platform (WebRTC and Media Capture), Zoom Video SDK), 36 code sets, 645 codes. This crate is generated from the catalog's YAML spec; the same codes exist as TypeScript and Kotlin bindings.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
/// Agora Web SDK: 3 code sets.
pub mod agora;
/// Amazon Chime SDK: 1 code sets.
pub mod amazon_chime;
/// Amazon IVS: 2 code sets.
pub mod amazon_ivs;
/// Daily: 3 code sets.
pub mod daily;
/// 100ms: 8 code sets.
pub mod hms;
/// Jitsi: 2 code sets.
pub mod jitsi;
/// LiveKit: 2 code sets.
pub mod livekit;
/// SpatialReal AvatarKit: 2 code sets.
pub mod spatialreal;
/// Stream Video: 4 code sets.
pub mod stream_video;
/// Vonage Video (OpenTok): 1 code sets.
pub mod vonage_video;
/// Web platform (WebRTC and Media Capture): 4 code sets.
pub mod web_platform;
/// Zoom Video SDK: 4 code sets.
pub mod zoom_video;
/// What kind of event a code reports, the same across providers (the catalog's own taxonomy).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Category {
    /// Not an error.
    ///
    /// Nothing failed. The code reports a normal state (for example "no failure has occurred") and needs no handling beyond logging.
    NotAnError,
    /// Ended normally.
    ///
    /// The session ended because the local user or app asked for it. Clean up; do not reconnect and do not show an error.
    EndedNormally,
    /// Credentials.
    ///
    /// The token or credentials were missing, malformed, expired or rejected. A fresh, valid credential from the app's backend usually fixes it.
    Credentials,
    /// Permission.
    ///
    /// The caller is identified but not allowed to do this: denied by a moderator, by room rules or by the grants in its token. Retrying with the same rights fails again.
    Permission,
    /// Capacity.
    ///
    /// The room, stage or service is full or has no resources left. It may succeed later, once load drops; tell the user and let them try again.
    Capacity,
    /// Network.
    ///
    /// The network path between client and service failed or timed out: unreachable host, lost signalling, ping timeout. Usually transient; retry with backoff.
    Network,
    /// Media negotiation.
    ///
    /// The media path could not be negotiated or established: ICE, SDP offer/answer, codecs. Often an environment problem (firewall, browser); a retry may help, repeated failures need the user.
    MediaNegotiation,
    /// Session ended by the service or another party.
    ///
    /// The service, a moderator or another participant ended this session: room deleted, removed from the meeting, joined from another device, server shut down. Do not reconnect automatically; tell the user what happened.
    EndedByService,
    /// Service fault.
    ///
    /// The provider's service failed in a way the client did not cause: internal error, unexpected response. Retry with backoff and alert if it recurs.
    ServiceFault,
    /// Client or configuration error.
    ///
    /// The app, its configuration or its use of the SDK is wrong: invalid request, unsupported setting, misuse of the API. Retrying the same call fails again; a developer must fix it.
    ClientError,
    /// Billing or quota.
    ///
    /// The account's plan, credits or quota does not allow the session. Operators must act; the user can only be told.
    BillingQuota,
    /// Input needed from the user.
    ///
    /// The session can continue once the user supplies something: a password, a display name, a choice. Ask, then retry.
    UserInput,
    /// Unknown.
    ///
    /// The provider could not classify the failure, or the code groups failures of several kinds. Log the details; treat it as a fault.
    Unknown,
}
impl Category {
    /// Every value, in the order the taxonomy defines them.
    pub const ALL: &'static [Self] = &[
        Self::NotAnError,
        Self::EndedNormally,
        Self::Credentials,
        Self::Permission,
        Self::Capacity,
        Self::Network,
        Self::MediaNegotiation,
        Self::EndedByService,
        Self::ServiceFault,
        Self::ClientError,
        Self::BillingQuota,
        Self::UserInput,
        Self::Unknown,
    ];
    /// The id used in the spec and in every binding, e.g. `network`.
    pub const fn id(self) -> &'static str {
        match self {
            Self::NotAnError => "not_an_error",
            Self::EndedNormally => "ended_normally",
            Self::Credentials => "credentials",
            Self::Permission => "permission",
            Self::Capacity => "capacity",
            Self::Network => "network",
            Self::MediaNegotiation => "media_negotiation",
            Self::EndedByService => "ended_by_service",
            Self::ServiceFault => "service_fault",
            Self::ClientError => "client_error",
            Self::BillingQuota => "billing_quota",
            Self::UserInput => "user_input",
            Self::Unknown => "unknown",
        }
    }
    /// A short human-readable name.
    pub const fn title(self) -> &'static str {
        match self {
            Self::NotAnError => "Not an error",
            Self::EndedNormally => "Ended normally",
            Self::Credentials => "Credentials",
            Self::Permission => "Permission",
            Self::Capacity => "Capacity",
            Self::Network => "Network",
            Self::MediaNegotiation => "Media negotiation",
            Self::EndedByService => "Session ended by the service or another party",
            Self::ServiceFault => "Service fault",
            Self::ClientError => "Client or configuration error",
            Self::BillingQuota => "Billing or quota",
            Self::UserInput => "Input needed from the user",
            Self::Unknown => "Unknown",
        }
    }
    /// One paragraph: what it means and what an app should do.
    pub const fn meaning(self) -> &'static str {
        match self {
            Self::NotAnError => {
                "Nothing failed. The code reports a normal state (for example \"no failure has occurred\") and needs no handling beyond logging."
            }
            Self::EndedNormally => {
                "The session ended because the local user or app asked for it. Clean up; do not reconnect and do not show an error."
            }
            Self::Credentials => {
                "The token or credentials were missing, malformed, expired or rejected. A fresh, valid credential from the app's backend usually fixes it."
            }
            Self::Permission => {
                "The caller is identified but not allowed to do this: denied by a moderator, by room rules or by the grants in its token. Retrying with the same rights fails again."
            }
            Self::Capacity => {
                "The room, stage or service is full or has no resources left. It may succeed later, once load drops; tell the user and let them try again."
            }
            Self::Network => {
                "The network path between client and service failed or timed out: unreachable host, lost signalling, ping timeout. Usually transient; retry with backoff."
            }
            Self::MediaNegotiation => {
                "The media path could not be negotiated or established: ICE, SDP offer/answer, codecs. Often an environment problem (firewall, browser); a retry may help, repeated failures need the user."
            }
            Self::EndedByService => {
                "The service, a moderator or another participant ended this session: room deleted, removed from the meeting, joined from another device, server shut down. Do not reconnect automatically; tell the user what happened."
            }
            Self::ServiceFault => {
                "The provider's service failed in a way the client did not cause: internal error, unexpected response. Retry with backoff and alert if it recurs."
            }
            Self::ClientError => {
                "The app, its configuration or its use of the SDK is wrong: invalid request, unsupported setting, misuse of the API. Retrying the same call fails again; a developer must fix it."
            }
            Self::BillingQuota => {
                "The account's plan, credits or quota does not allow the session. Operators must act; the user can only be told."
            }
            Self::UserInput => {
                "The session can continue once the user supplies something: a password, a display name, a choice. Ask, then retry."
            }
            Self::Unknown => {
                "The provider could not classify the failure, or the code groups failures of several kinds. Log the details; treat it as a fault."
            }
        }
    }
    /// The value with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        match id {
            "not_an_error" => Some(Self::NotAnError),
            "ended_normally" => Some(Self::EndedNormally),
            "credentials" => Some(Self::Credentials),
            "permission" => Some(Self::Permission),
            "capacity" => Some(Self::Capacity),
            "network" => Some(Self::Network),
            "media_negotiation" => Some(Self::MediaNegotiation),
            "ended_by_service" => Some(Self::EndedByService),
            "service_fault" => Some(Self::ServiceFault),
            "client_error" => Some(Self::ClientError),
            "billing_quota" => Some(Self::BillingQuota),
            "user_input" => Some(Self::UserInput),
            "unknown" => Some(Self::Unknown),
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
    /// Not an error.
    ///
    /// Nothing to retry: the code does not report a failure.
    NotAnError,
    /// The SDK retries by itself.
    ///
    /// The provider's SDK is already reconnecting or recovering. Do not restart the session from the app; show progress and wait for a terminal code.
    Automatic,
    /// Back off and retry.
    ///
    /// The failure is likely transient. Retry the same operation after a delay that grows with each attempt, and give up after a bounded number of attempts.
    Backoff,
    /// Refresh credentials, then retry.
    ///
    /// Fetch a new token or new credentials from the app's backend, then retry. Retrying with the old credentials fails again.
    RefreshCredentials,
    /// Needs a user action.
    ///
    /// Retry only after the user has done something: entered a password or name, been admitted, chosen to rejoin, fixed their network or browser. Never retry without them.
    UserAction,
    /// Do not retry.
    ///
    /// Retrying cannot succeed without a change to the app, its configuration, the account or the room. Report it; fix the cause.
    Never,
    /// Depends on the accompanying code.
    ///
    /// The value only groups failures (a category or sub-type reported beside a more specific code). Decide from the accompanying code.
    Depends,
}
impl RetryPolicy {
    /// Every value, in the order the taxonomy defines them.
    pub const ALL: &'static [Self] = &[
        Self::NotAnError,
        Self::Automatic,
        Self::Backoff,
        Self::RefreshCredentials,
        Self::UserAction,
        Self::Never,
        Self::Depends,
    ];
    /// The id used in the spec and in every binding, e.g. `network`.
    pub const fn id(self) -> &'static str {
        match self {
            Self::NotAnError => "not_an_error",
            Self::Automatic => "automatic",
            Self::Backoff => "backoff",
            Self::RefreshCredentials => "refresh_credentials",
            Self::UserAction => "user_action",
            Self::Never => "never",
            Self::Depends => "depends",
        }
    }
    /// A short human-readable name.
    pub const fn title(self) -> &'static str {
        match self {
            Self::NotAnError => "Not an error",
            Self::Automatic => "The SDK retries by itself",
            Self::Backoff => "Back off and retry",
            Self::RefreshCredentials => "Refresh credentials, then retry",
            Self::UserAction => "Needs a user action",
            Self::Never => "Do not retry",
            Self::Depends => "Depends on the accompanying code",
        }
    }
    /// One paragraph: what it means and what an app should do.
    pub const fn meaning(self) -> &'static str {
        match self {
            Self::NotAnError => "Nothing to retry: the code does not report a failure.",
            Self::Automatic => {
                "The provider's SDK is already reconnecting or recovering. Do not restart the session from the app; show progress and wait for a terminal code."
            }
            Self::Backoff => {
                "The failure is likely transient. Retry the same operation after a delay that grows with each attempt, and give up after a bounded number of attempts."
            }
            Self::RefreshCredentials => {
                "Fetch a new token or new credentials from the app's backend, then retry. Retrying with the old credentials fails again."
            }
            Self::UserAction => {
                "Retry only after the user has done something: entered a password or name, been admitted, chosen to rejoin, fixed their network or browser. Never retry without them."
            }
            Self::Never => {
                "Retrying cannot succeed without a change to the app, its configuration, the account or the room. Report it; fix the cause."
            }
            Self::Depends => {
                "The value only groups failures (a category or sub-type reported beside a more specific code). Decide from the accompanying code."
            }
        }
    }
    /// The value with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        match id {
            "not_an_error" => Some(Self::NotAnError),
            "automatic" => Some(Self::Automatic),
            "backoff" => Some(Self::Backoff),
            "refresh_credentials" => Some(Self::RefreshCredentials),
            "user_action" => Some(Self::UserAction),
            "never" => Some(Self::Never),
            "depends" => Some(Self::Depends),
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
pub const CODE_SETS: &[CodeSet] = &[
    CodeSet {
        provider: "agora",
        id: "agora_rtc_error_code",
        len: agora::AgoraRtcErrorCode::COUNT,
        lookup: agora::AgoraRtcErrorCode::lookup,
        lookup_name: agora::AgoraRtcErrorCode::lookup_name,
    },
    CodeSet {
        provider: "agora",
        id: "connection_disconnected_reason",
        len: agora::ConnectionDisconnectedReason::COUNT,
        lookup: agora::ConnectionDisconnectedReason::lookup,
        lookup_name: agora::ConnectionDisconnectedReason::lookup_name,
    },
    CodeSet {
        provider: "agora",
        id: "channel_media_relay_error",
        len: agora::ChannelMediaRelayError::COUNT,
        lookup: agora::ChannelMediaRelayError::lookup,
        lookup_name: agora::ChannelMediaRelayError::lookup_name,
    },
    CodeSet {
        provider: "amazon_chime",
        id: "meeting_session_status_code",
        len: amazon_chime::MeetingSessionStatusCode::COUNT,
        lookup: amazon_chime::MeetingSessionStatusCode::lookup,
        lookup_name: amazon_chime::MeetingSessionStatusCode::lookup_name,
    },
    CodeSet {
        provider: "amazon_ivs",
        id: "stage_error_code",
        len: amazon_ivs::StageErrorCode::COUNT,
        lookup: amazon_ivs::StageErrorCode::lookup,
        lookup_name: amazon_ivs::StageErrorCode::lookup_name,
    },
    CodeSet {
        provider: "amazon_ivs",
        id: "stage_error_category",
        len: amazon_ivs::StageErrorCategory::COUNT,
        lookup: amazon_ivs::StageErrorCategory::lookup,
        lookup_name: amazon_ivs::StageErrorCategory::lookup_name,
    },
    CodeSet {
        provider: "daily",
        id: "fatal_error_type",
        len: daily::FatalErrorType::COUNT,
        lookup: daily::FatalErrorType::lookup,
        lookup_name: daily::FatalErrorType::lookup_name,
    },
    CodeSet {
        provider: "daily",
        id: "non_fatal_error_type",
        len: daily::NonFatalErrorType::COUNT,
        lookup: daily::NonFatalErrorType::lookup,
        lookup_name: daily::NonFatalErrorType::lookup_name,
    },
    CodeSet {
        provider: "daily",
        id: "camera_error_type",
        len: daily::CameraErrorType::COUNT,
        lookup: daily::CameraErrorType::lookup,
        lookup_name: daily::CameraErrorType::lookup_name,
    },
    CodeSet {
        provider: "hms",
        id: "websocket_connection_errors",
        len: hms::WebsocketConnectionErrors::COUNT,
        lookup: hms::WebsocketConnectionErrors::lookup,
        lookup_name: hms::WebsocketConnectionErrors::lookup_name,
    },
    CodeSet {
        provider: "hms",
        id: "api_errors",
        len: hms::ApiErrors::COUNT,
        lookup: hms::ApiErrors::lookup,
        lookup_name: hms::ApiErrors::lookup_name,
    },
    CodeSet {
        provider: "hms",
        id: "tracks_errors",
        len: hms::TracksErrors::COUNT,
        lookup: hms::TracksErrors::lookup,
        lookup_name: hms::TracksErrors::lookup_name,
    },
    CodeSet {
        provider: "hms",
        id: "webrtc_errors",
        len: hms::WebrtcErrors::COUNT,
        lookup: hms::WebrtcErrors::lookup,
        lookup_name: hms::WebrtcErrors::lookup_name,
    },
    CodeSet {
        provider: "hms",
        id: "websocket_method_errors",
        len: hms::WebsocketMethodErrors::COUNT,
        lookup: hms::WebsocketMethodErrors::lookup,
        lookup_name: hms::WebsocketMethodErrors::lookup_name,
    },
    CodeSet {
        provider: "hms",
        id: "generic_errors",
        len: hms::GenericErrors::COUNT,
        lookup: hms::GenericErrors::lookup,
        lookup_name: hms::GenericErrors::lookup_name,
    },
    CodeSet {
        provider: "hms",
        id: "media_plugin_errors",
        len: hms::MediaPluginErrors::COUNT,
        lookup: hms::MediaPluginErrors::lookup,
        lookup_name: hms::MediaPluginErrors::lookup_name,
    },
    CodeSet {
        provider: "hms",
        id: "playlist_errors",
        len: hms::PlaylistErrors::COUNT,
        lookup: hms::PlaylistErrors::lookup,
        lookup_name: hms::PlaylistErrors::lookup_name,
    },
    CodeSet {
        provider: "jitsi",
        id: "conference_error",
        len: jitsi::ConferenceError::COUNT,
        lookup: jitsi::ConferenceError::lookup,
        lookup_name: jitsi::ConferenceError::lookup_name,
    },
    CodeSet {
        provider: "jitsi",
        id: "auth_error_type",
        len: jitsi::AuthErrorType::COUNT,
        lookup: jitsi::AuthErrorType::lookup,
        lookup_name: jitsi::AuthErrorType::lookup_name,
    },
    CodeSet {
        provider: "livekit",
        id: "failure_reason",
        len: livekit::FailureReason::COUNT,
        lookup: livekit::FailureReason::lookup,
        lookup_name: livekit::FailureReason::lookup_name,
    },
    CodeSet {
        provider: "livekit",
        id: "disconnect_reason",
        len: livekit::DisconnectReason::COUNT,
        lookup: livekit::DisconnectReason::lookup,
        lookup_name: livekit::DisconnectReason::lookup_name,
    },
    CodeSet {
        provider: "spatialreal",
        id: "avatar_sdk_error_code",
        len: spatialreal::AvatarSdkErrorCode::COUNT,
        lookup: spatialreal::AvatarSdkErrorCode::lookup,
        lookup_name: spatialreal::AvatarSdkErrorCode::lookup_name,
    },
    CodeSet {
        provider: "spatialreal",
        id: "close_code",
        len: spatialreal::CloseCode::COUNT,
        lookup: spatialreal::CloseCode::lookup,
        lookup_name: spatialreal::CloseCode::lookup_name,
    },
    CodeSet {
        provider: "stream_video",
        id: "sfu_error_code",
        len: stream_video::SfuErrorCode::COUNT,
        lookup: stream_video::SfuErrorCode::lookup,
        lookup_name: stream_video::SfuErrorCode::lookup_name,
    },
    CodeSet {
        provider: "stream_video",
        id: "websocket_reconnect_strategy",
        len: stream_video::WebsocketReconnectStrategy::COUNT,
        lookup: stream_video::WebsocketReconnectStrategy::lookup,
        lookup_name: stream_video::WebsocketReconnectStrategy::lookup_name,
    },
    CodeSet {
        provider: "stream_video",
        id: "call_ended_reason",
        len: stream_video::CallEndedReason::COUNT,
        lookup: stream_video::CallEndedReason::lookup,
        lookup_name: stream_video::CallEndedReason::lookup_name,
    },
    CodeSet {
        provider: "stream_video",
        id: "go_away_reason",
        len: stream_video::GoAwayReason::COUNT,
        lookup: stream_video::GoAwayReason::lookup,
        lookup_name: stream_video::GoAwayReason::lookup_name,
    },
    CodeSet {
        provider: "vonage_video",
        id: "exception_code",
        len: vonage_video::ExceptionCode::COUNT,
        lookup: vonage_video::ExceptionCode::lookup,
        lookup_name: vonage_video::ExceptionCode::lookup_name,
    },
    CodeSet {
        provider: "web_platform",
        id: "rtc_error_detail_type",
        len: web_platform::RtcErrorDetailType::COUNT,
        lookup: web_platform::RtcErrorDetailType::lookup,
        lookup_name: web_platform::RtcErrorDetailType::lookup_name,
    },
    CodeSet {
        provider: "web_platform",
        id: "rtc_peer_connection_state",
        len: web_platform::RtcPeerConnectionState::COUNT,
        lookup: web_platform::RtcPeerConnectionState::lookup,
        lookup_name: web_platform::RtcPeerConnectionState::lookup_name,
    },
    CodeSet {
        provider: "web_platform",
        id: "rtc_ice_connection_state",
        len: web_platform::RtcIceConnectionState::COUNT,
        lookup: web_platform::RtcIceConnectionState::lookup,
        lookup_name: web_platform::RtcIceConnectionState::lookup_name,
    },
    CodeSet {
        provider: "web_platform",
        id: "media_capture_error",
        len: web_platform::MediaCaptureError::COUNT,
        lookup: web_platform::MediaCaptureError::lookup,
        lookup_name: web_platform::MediaCaptureError::lookup_name,
    },
    CodeSet {
        provider: "zoom_video",
        id: "exception_code",
        len: zoom_video::ExceptionCode::COUNT,
        lookup: zoom_video::ExceptionCode::lookup,
        lookup_name: zoom_video::ExceptionCode::lookup_name,
    },
    CodeSet {
        provider: "zoom_video",
        id: "error_types",
        len: zoom_video::ErrorTypes::COUNT,
        lookup: zoom_video::ErrorTypes::lookup,
        lookup_name: zoom_video::ErrorTypes::lookup_name,
    },
    CodeSet {
        provider: "zoom_video",
        id: "active_media_failed_code",
        len: zoom_video::ActiveMediaFailedCode::COUNT,
        lookup: zoom_video::ActiveMediaFailedCode::lookup,
        lookup_name: zoom_video::ActiveMediaFailedCode::lookup_name,
    },
    CodeSet {
        provider: "zoom_video",
        id: "reconnect_reason",
        len: zoom_video::ReconnectReason::COUNT,
        lookup: zoom_video::ReconnectReason::lookup,
        lookup_name: zoom_video::ReconnectReason::lookup_name,
    },
];

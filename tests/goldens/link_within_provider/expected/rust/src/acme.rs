// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Acme RTC error codes.
/// Why the server disconnected the client (protocol level).
///
/// Upstream: DisconnectReason in acme/protocol 1.0.0.
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::acme::DisconnectReason;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = DisconnectReason::from_value(1).expect("a known value");
/// assert_eq!(code, DisconnectReason::ServerShutdown);
/// assert_eq!(code.value(), 1);
/// assert_eq!(i32::from(code), 1);
/// assert_eq!(code.name(), "SERVER_SHUTDOWN");
/// assert_eq!("SERVER_SHUTDOWN".parse::<DisconnectReason>(), Ok(code));
/// assert_eq!(code.to_string(), "SERVER_SHUTDOWN");
/// assert_eq!(code.category(), Category::Network);
/// assert_eq!(code.retry_policy(), RetryPolicy::Backoff);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(DisconnectReason::from_value(3), None);
/// assert!(DisconnectReason::try_from(3).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum DisconnectReason {
    /// The server shut down.
    ///
    /// The server is restarting.
    ///
    /// Wire value 1.
    ServerShutdown = 1,
    /// Another client joined with the same identity.
    ///
    /// The same identity joined elsewhere.
    ///
    /// Wire value 2.
    DuplicateIdentity = 2,
}
impl DisconnectReason {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[Self::ServerShutdown, Self::DuplicateIdentity];
    /// Number of codes in the set.
    pub const COUNT: usize = 2;
    const CODE_SET: &'static str = "acme/disconnect_reason";
    const INFO: [crate::CodeInfo; 2] = [
        crate::CodeInfo {
            name: "SERVER_SHUTDOWN",
            catalog_name: "SERVER_SHUTDOWN",
            summary: "The server shut down.",
            cause: "The server is restarting.",
            when: &["a deploy"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.disconnect_reason.SERVER_SHUTDOWN",
            remediation: &["Check the app configuration."],
            causes: &[],
            references: &[],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "DUPLICATE_IDENTITY",
            catalog_name: "DUPLICATE_IDENTITY",
            summary: "Another client joined with the same identity.",
            cause: "The same identity joined elsewhere.",
            when: &["a second tab"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.disconnect_reason.DUPLICATE_IDENTITY",
            remediation: &["Check the app configuration."],
            causes: &[],
            references: &[],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::ServerShutdown => 0,
            Self::DuplicateIdentity => 1,
        }
    }
    /// The code with this wire value, as a `'static` trait object.
    pub fn lookup(value: crate::WireValue<'_>) -> Option<&'static dyn crate::ErrorCode> {
        match value {
            crate::WireValue::Integer(v) => Self::from_value(v).map(Self::as_dyn),
            _ => None,
        }
    }
    /// The code with this upstream name, as a `'static` trait object.
    pub fn lookup_name(name: &str) -> Option<&'static dyn crate::ErrorCode> {
        Self::from_name(name).map(Self::as_dyn)
    }
    /// The code as a `'static` trait object.
    pub(crate) fn as_dyn(self) -> &'static dyn crate::ErrorCode {
        &Self::ALL[self.index()]
    }
    /// The wire value.
    pub const fn value(self) -> i32 {
        self as i32
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub const fn from_value(value: i32) -> Option<Self> {
        match value {
            1 => Some(Self::ServerShutdown),
            2 => Some(Self::DuplicateIdentity),
            _ => None,
        }
    }
    /// The name exactly as upstream spells it.
    pub const fn name(self) -> &'static str {
        Self::INFO[self.index()].name
    }
    /// The name as the catalog keys it (the upstream name without the set's prefix).
    pub const fn catalog_name(self) -> &'static str {
        Self::INFO[self.index()].catalog_name
    }
    /// The code with this upstream name (case-sensitive); `None` if there is none.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "SERVER_SHUTDOWN" => Some(Self::ServerShutdown),
            "DUPLICATE_IDENTITY" => Some(Self::DuplicateIdentity),
            _ => None,
        }
    }
    /// Everything the catalog says about the code.
    pub const fn info(self) -> &'static crate::CodeInfo {
        &Self::INFO[self.index()]
    }
    /// One short sentence.
    pub const fn summary(self) -> &'static str {
        self.info().summary
    }
    /// What causes it.
    pub const fn cause(self) -> &'static str {
        self.info().cause
    }
    /// When it occurs.
    pub const fn when(self) -> &'static [&'static str] {
        self.info().when
    }
    /// The catalog's category.
    pub const fn category(self) -> crate::Category {
        self.info().category
    }
    /// What an app should do.
    pub const fn retry_policy(self) -> crate::RetryPolicy {
        self.info().retry_policy
    }
    /// Whether the session ends when this code is reported: yes, no, or only under a condition.
    pub const fn terminality(self) -> crate::Terminality {
        self.info().terminality
    }
    /// True only when the code always ends the session (`Terminal`); false for `NotTerminal` and for `Depends`, whose condition must be checked.
    pub const fn is_terminal(self) -> bool {
        matches!(self.info().terminality, crate::Terminality::Terminal)
    }
}
impl From<DisconnectReason> for i32 {
    fn from(code: DisconnectReason) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for DisconnectReason {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for DisconnectReason {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for DisconnectReason {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for DisconnectReason {}
impl crate::ErrorCode for DisconnectReason {
    fn provider(&self) -> &'static str {
        "acme"
    }
    fn code_set(&self) -> &'static str {
        "disconnect_reason"
    }
    fn wire_value(&self) -> crate::WireValue<'static> {
        crate::WireValue::Integer(self.value())
    }
    fn equivalent(&self) -> Option<&'static dyn crate::ErrorCode> {
        None
    }
    fn info(&self) -> &'static crate::CodeInfo {
        (*self).info()
    }
}
/// What the client SDK reports.
///
/// Upstream: ConnectionError in acme/client-sdk 2.0.0.
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::acme::ConnectionError;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = ConnectionError::from_value("server_gone").expect("a known value");
/// assert_eq!(code, ConnectionError::ServerGone);
/// assert_eq!(code.value(), "server_gone");
/// assert_eq!(<&str>::from(code), "server_gone");
/// assert_eq!(code.name(), "ServerGone");
/// assert_eq!("ServerGone".parse::<ConnectionError>(), Ok(code));
/// assert_eq!(code.to_string(), "ServerGone");
/// assert_eq!(code.category(), Category::Network);
/// assert_eq!(code.retry_policy(), RetryPolicy::Backoff);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(ConnectionError::from_value("not-a-code"), None);
/// assert!(ConnectionError::try_from("not-a-code").is_err());
/// assert_eq!(code.protocol_equivalent(), Some(rtc_error_catalog::acme::DisconnectReason::ServerShutdown));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectionError {
    /// The server went away.
    ///
    /// The server closed the connection while shutting down.
    ///
    /// Wire value "server_gone".
    ServerGone,
    /// This session was replaced by another.
    ///
    /// The same identity joined elsewhere.
    ///
    /// Wire value "replaced".
    Replaced,
    /// A client-only failure with no protocol equivalent.
    ///
    /// The SDK failed before talking to the server.
    ///
    /// Wire value "unlinked".
    Unlinked,
}
impl ConnectionError {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[Self::ServerGone, Self::Replaced, Self::Unlinked];
    /// Number of codes in the set.
    pub const COUNT: usize = 3;
    const CODE_SET: &'static str = "acme/connection_error";
    const INFO: [crate::CodeInfo; 3] = [
        crate::CodeInfo {
            name: "ServerGone",
            catalog_name: "ServerGone",
            summary: "The server went away.",
            cause: "The server closed the connection while shutting down.",
            when: &["a deploy"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.connection_error.ServerGone",
            remediation: &["Check the app configuration."],
            causes: &[],
            references: &[],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "Replaced",
            catalog_name: "Replaced",
            summary: "This session was replaced by another.",
            cause: "The same identity joined elsewhere.",
            when: &["a second tab"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.connection_error.Replaced",
            remediation: &["Check the app configuration."],
            causes: &[],
            references: &[],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "Unlinked",
            catalog_name: "Unlinked",
            summary: "A client-only failure with no protocol equivalent.",
            cause: "The SDK failed before talking to the server.",
            when: &["bad configuration"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.connection_error.Unlinked",
            remediation: &["Check the app configuration."],
            causes: &[],
            references: &[],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        self as usize
    }
    /// The code with this wire value, as a `'static` trait object.
    pub fn lookup(value: crate::WireValue<'_>) -> Option<&'static dyn crate::ErrorCode> {
        match value {
            crate::WireValue::String(v) => Self::from_value(v).map(Self::as_dyn),
            _ => None,
        }
    }
    /// The code with this upstream name, as a `'static` trait object.
    pub fn lookup_name(name: &str) -> Option<&'static dyn crate::ErrorCode> {
        Self::from_name(name).map(Self::as_dyn)
    }
    /// The code as a `'static` trait object.
    pub(crate) fn as_dyn(self) -> &'static dyn crate::ErrorCode {
        &Self::ALL[self.index()]
    }
    /// The wire value.
    pub const fn value(self) -> &'static str {
        match self {
            Self::ServerGone => "server_gone",
            Self::Replaced => "replaced",
            Self::Unlinked => "unlinked",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "server_gone" => Some(Self::ServerGone),
            "replaced" => Some(Self::Replaced),
            "unlinked" => Some(Self::Unlinked),
            _ => None,
        }
    }
    /// The name exactly as upstream spells it.
    pub const fn name(self) -> &'static str {
        Self::INFO[self.index()].name
    }
    /// The name as the catalog keys it (the upstream name without the set's prefix).
    pub const fn catalog_name(self) -> &'static str {
        Self::INFO[self.index()].catalog_name
    }
    /// The code with this upstream name (case-sensitive); `None` if there is none.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "ServerGone" => Some(Self::ServerGone),
            "Replaced" => Some(Self::Replaced),
            "Unlinked" => Some(Self::Unlinked),
            _ => None,
        }
    }
    /// Everything the catalog says about the code.
    pub const fn info(self) -> &'static crate::CodeInfo {
        &Self::INFO[self.index()]
    }
    /// One short sentence.
    pub const fn summary(self) -> &'static str {
        self.info().summary
    }
    /// What causes it.
    pub const fn cause(self) -> &'static str {
        self.info().cause
    }
    /// When it occurs.
    pub const fn when(self) -> &'static [&'static str] {
        self.info().when
    }
    /// The catalog's category.
    pub const fn category(self) -> crate::Category {
        self.info().category
    }
    /// What an app should do.
    pub const fn retry_policy(self) -> crate::RetryPolicy {
        self.info().retry_policy
    }
    /// Whether the session ends when this code is reported: yes, no, or only under a condition.
    pub const fn terminality(self) -> crate::Terminality {
        self.info().terminality
    }
    /// True only when the code always ends the session (`Terminal`); false for `NotTerminal` and for `Depends`, whose condition must be checked.
    pub const fn is_terminal(self) -> bool {
        matches!(self.info().terminality, crate::Terminality::Terminal)
    }
    /// The equivalent code in the linked code set, where one exists.
    pub const fn protocol_equivalent(self) -> Option<DisconnectReason> {
        match self {
            Self::ServerGone => Some(DisconnectReason::ServerShutdown),
            Self::Replaced => Some(DisconnectReason::DuplicateIdentity),
            Self::Unlinked => None,
        }
    }
}
impl From<ConnectionError> for &'static str {
    fn from(code: ConnectionError) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for ConnectionError {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for ConnectionError {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for ConnectionError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for ConnectionError {}
impl crate::ErrorCode for ConnectionError {
    fn provider(&self) -> &'static str {
        "acme"
    }
    fn code_set(&self) -> &'static str {
        "connection_error"
    }
    fn wire_value(&self) -> crate::WireValue<'static> {
        crate::WireValue::String(self.value())
    }
    fn equivalent(&self) -> Option<&'static dyn crate::ErrorCode> {
        self.protocol_equivalent().map(|code| code.as_dyn())
    }
    fn info(&self) -> &'static crate::CodeInfo {
        (*self).info()
    }
}

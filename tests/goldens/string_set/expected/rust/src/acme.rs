// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Acme RTC error codes.
/// Why Acme closed the connection.
///
/// Upstream: CloseReason in <https://acme.example/docs/errors> 2.1.0 (package npm:acme-rtc@2.1.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::acme::CloseReason;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = CloseReason::from_value("server-shutdown").expect("a known value");
/// assert_eq!(code, CloseReason::ServerShutdown);
/// assert_eq!(code.value(), "server-shutdown");
/// assert_eq!(<&str>::from(code), "server-shutdown");
/// assert_eq!(code.name(), "ServerShutdown");
/// assert_eq!("ServerShutdown".parse::<CloseReason>(), Ok(code));
/// assert_eq!(code.to_string(), "ServerShutdown");
/// assert_eq!(code.category(), Category::Network);
/// assert_eq!(code.retry_policy(), RetryPolicy::Backoff);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(CloseReason::from_value("not-a-code"), None);
/// assert!(CloseReason::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CloseReason {
    /// The server shut down.
    ///
    /// The Acme server is restarting.
    ///
    /// Wire value "server-shutdown".
    ServerShutdown,
    /// A host removed the participant.
    ///
    /// A host used the remove button.
    ///
    /// Wire value "kicked by host".
    Kicked,
}
impl CloseReason {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[Self::ServerShutdown, Self::Kicked];
    /// Number of codes in the set.
    pub const COUNT: usize = 2;
    const CODE_SET: &'static str = "acme/close_reason";
    const INFO: [crate::CodeInfo; 2] = [
        crate::CodeInfo {
            name: "ServerShutdown",
            catalog_name: "ServerShutdown",
            summary: "The server shut down.",
            cause: "The Acme server is restarting.",
            when: &["a deploy"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.close_reason.ServerShutdown",
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
            name: "Kicked",
            catalog_name: "Kicked",
            summary: "A host removed the participant.",
            cause: "A host used the remove button.",
            when: &["moderation"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.close_reason.Kicked",
            remediation: &["Check the app configuration."],
            causes: &[],
            references: &[],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("Rejoining without the host's consent would be removed again."),
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
            Self::ServerShutdown => "server-shutdown",
            Self::Kicked => "kicked by host",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "server-shutdown" => Some(Self::ServerShutdown),
            "kicked by host" => Some(Self::Kicked),
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
            "ServerShutdown" => Some(Self::ServerShutdown),
            "Kicked" => Some(Self::Kicked),
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
impl From<CloseReason> for &'static str {
    fn from(code: CloseReason) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for CloseReason {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for CloseReason {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for CloseReason {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for CloseReason {}
impl crate::ErrorCode for CloseReason {
    fn provider(&self) -> &'static str {
        "acme"
    }
    fn code_set(&self) -> &'static str {
        "close_reason"
    }
    fn wire_value(&self) -> crate::WireValue<'static> {
        crate::WireValue::String(self.value())
    }
    fn equivalent(&self) -> Option<&'static dyn crate::ErrorCode> {
        None
    }
    fn info(&self) -> &'static crate::CodeInfo {
        (*self).info()
    }
}

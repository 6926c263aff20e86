// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Acme RTC error codes.
/// Why the server disconnected the client.
///
/// Upstream: DisconnectReason in acme/protocol 2.0.0.
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
/// assert_eq!(DisconnectReason::from_value(4), None);
/// assert!(DisconnectReason::try_from(4).is_err());
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
    /// A host removed the participant.
    ///
    /// A host used the remove button.
    ///
    /// Wire value 3.
    ///
    /// Deprecated upstream: Upstream now reports removal as 4 in 3.0; kept for older servers.
    Kicked = 3,
}
impl DisconnectReason {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[Self::ServerShutdown, Self::Kicked];
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
            name: "KICKED",
            catalog_name: "KICKED",
            summary: "A host removed the participant.",
            cause: "A host used the remove button.",
            when: &["moderation"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.disconnect_reason.KICKED",
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
            deprecated: Some("Upstream now reports removal as 4 in 3.0; kept for older servers."),
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::ServerShutdown => 0,
            Self::Kicked => 1,
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
            3 => Some(Self::Kicked),
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
            "KICKED" => Some(Self::Kicked),
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

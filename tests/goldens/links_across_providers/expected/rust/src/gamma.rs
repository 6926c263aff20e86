// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Gamma Media error codes.
/// Why the Gamma media server refused a track.
///
/// Upstream: Reason in gamma/media 0.9.0.
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::gamma::Reason;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = Reason::from_value("rejected").expect("a known value");
/// assert_eq!(code, Reason::Rejected);
/// assert_eq!(code.value(), "rejected");
/// assert_eq!(<&str>::from(code), "rejected");
/// assert_eq!(code.name(), "REJECTED");
/// assert_eq!("REJECTED".parse::<Reason>(), Ok(code));
/// assert_eq!(code.to_string(), "REJECTED");
/// assert_eq!(code.category(), Category::ClientError);
/// assert_eq!(code.retry_policy(), RetryPolicy::Never);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(Reason::from_value("not-a-code"), None);
/// assert!(Reason::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// The track was rejected.
    ///
    /// The server does not accept the track's codec.
    ///
    /// Wire value "rejected".
    Rejected,
}
impl Reason {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[Self::Rejected];
    /// Number of codes in the set.
    pub const COUNT: usize = 1;
    const CODE_SET: &'static str = "gamma/reason";
    const INFO: [crate::CodeInfo; 1] = [crate::CodeInfo {
        name: "REJECTED",
        catalog_name: "REJECTED",
        summary: "The track was rejected.",
        cause: "The server does not accept the track's codec.",
        when: &["an unsupported codec"],
        user_message: "Something went wrong. Please try again.",
        user_message_key: "gamma.reason.REJECTED",
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
    }];
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
            Self::Rejected => "rejected",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "rejected" => Some(Self::Rejected),
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
            "REJECTED" => Some(Self::Rejected),
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
impl From<Reason> for &'static str {
    fn from(code: Reason) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for Reason {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for Reason {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for Reason {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for Reason {}
impl crate::ErrorCode for Reason {
    fn provider(&self) -> &'static str {
        "gamma"
    }
    fn code_set(&self) -> &'static str {
        "reason"
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

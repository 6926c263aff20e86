// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Acme RTC error codes.
/// Why an Acme call failed.
///
/// Upstream: AcmeError in acme/sdk 1.0.0.
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::acme::Error;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = Error::from_value(0).expect("a known value");
/// assert_eq!(code, Error::Ok);
/// assert_eq!(code.value(), 0);
/// assert_eq!(i32::from(code), 0);
/// assert_eq!(code.name(), "OK");
/// assert_eq!("OK".parse::<Error>(), Ok(code));
/// assert_eq!(code.to_string(), "OK");
/// assert_eq!(code.category(), Category::ClientError);
/// assert_eq!(code.retry_policy(), RetryPolicy::Never);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(Error::from_value(-2), None);
/// assert!(Error::try_from(-2).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum Error {
    /// Nothing failed.
    ///
    /// The call succeeded.
    ///
    /// Wire value 0.
    Ok = 0,
    /// Timed out.
    ///
    /// The server did not answer in time.
    ///
    /// Wire value -1.
    Timeout = -1,
    /// The request was malformed.
    ///
    /// The app sent a request the server cannot read.
    ///
    /// Wire value 2147483647.
    BadRequest = 2147483647,
}
impl Error {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[Self::Ok, Self::Timeout, Self::BadRequest];
    /// Number of codes in the set.
    pub const COUNT: usize = 3;
    const CODE_SET: &'static str = "acme/error";
    const INFO: [crate::CodeInfo; 3] = [
        crate::CodeInfo {
            name: "OK",
            catalog_name: "OK",
            summary: "Nothing failed.",
            cause: "The call succeeded.",
            when: &["every successful call"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.error.OK",
            remediation: &["Check the app configuration."],
            causes: &[],
            references: &[],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("Success needs no retry."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TIMEOUT",
            catalog_name: "TIMEOUT",
            summary: "Timed out.",
            cause: "The server did not answer in time.",
            when: &["slow network"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.error.TIMEOUT",
            remediation: &["Check the app configuration."],
            causes: &[],
            references: &[],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Backoff,
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
        crate::CodeInfo {
            name: "BAD_REQUEST",
            catalog_name: "BAD_REQUEST",
            summary: "The request was malformed.",
            cause: "The app sent a request the server cannot read.",
            when: &["a field is missing"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.error.BAD_REQUEST",
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
            Self::Ok => 0,
            Self::Timeout => 1,
            Self::BadRequest => 2,
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
            0 => Some(Self::Ok),
            -1 => Some(Self::Timeout),
            2147483647 => Some(Self::BadRequest),
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
            "OK" => Some(Self::Ok),
            "TIMEOUT" => Some(Self::Timeout),
            "BAD_REQUEST" => Some(Self::BadRequest),
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
impl From<Error> for i32 {
    fn from(code: Error) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for Error {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for Error {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for Error {}
impl crate::ErrorCode for Error {
    fn provider(&self) -> &'static str {
        "acme"
    }
    fn code_set(&self) -> &'static str {
        "error"
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

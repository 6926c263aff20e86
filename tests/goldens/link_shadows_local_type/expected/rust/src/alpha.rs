// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Alpha error codes.
/// AlphaFault codes.
///
/// Upstream: AlphaFault in example/sdk 1.0.0.
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::alpha::Fault;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = Fault::from_value(1).expect("a known value");
/// assert_eq!(code, Fault::Timeout);
/// assert_eq!(code.value(), 1);
/// assert_eq!(i32::from(code), 1);
/// assert_eq!(code.name(), "TIMEOUT");
/// assert_eq!("TIMEOUT".parse::<Fault>(), Ok(code));
/// assert_eq!(code.to_string(), "TIMEOUT");
/// assert_eq!(code.category(), Category::Network);
/// assert_eq!(code.retry_policy(), RetryPolicy::Backoff);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(Fault::from_value(2), None);
/// assert!(Fault::try_from(2).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum Fault {
    /// TIMEOUT happened.
    ///
    /// The server said TIMEOUT.
    ///
    /// Wire value 1.
    Timeout = 1,
}
impl Fault {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[Self::Timeout];
    /// Number of codes in the set.
    pub const COUNT: usize = 1;
    const CODE_SET: &'static str = "alpha/fault";
    const INFO: [crate::CodeInfo; 1] = [crate::CodeInfo {
        name: "TIMEOUT",
        catalog_name: "TIMEOUT",
        summary: "TIMEOUT happened.",
        cause: "The server said TIMEOUT.",
        when: &["slow network"],
        user_message: "Something went wrong. Please try again.",
        user_message_key: "alpha.fault.TIMEOUT",
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
    }];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::Timeout => 0,
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
            1 => Some(Self::Timeout),
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
            "TIMEOUT" => Some(Self::Timeout),
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
impl From<Fault> for i32 {
    fn from(code: Fault) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for Fault {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for Fault {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for Fault {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for Fault {}
impl crate::ErrorCode for Fault {
    fn provider(&self) -> &'static str {
        "alpha"
    }
    fn code_set(&self) -> &'static str {
        "fault"
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
/// AlphaStatus codes.
///
/// Upstream: AlphaStatus in example/sdk 1.0.0.
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::alpha::Status;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = Status::from_value(1).expect("a known value");
/// assert_eq!(code, Status::Lost);
/// assert_eq!(code.value(), 1);
/// assert_eq!(i32::from(code), 1);
/// assert_eq!(code.name(), "LOST");
/// assert_eq!("LOST".parse::<Status>(), Ok(code));
/// assert_eq!(code.to_string(), "LOST");
/// assert_eq!(code.category(), Category::Network);
/// assert_eq!(code.retry_policy(), RetryPolicy::Backoff);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(Status::from_value(3), None);
/// assert!(Status::try_from(3).is_err());
/// assert_eq!(code.protocol_equivalent(), Some(rtc_error_catalog::beta::Fault::Deadline));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum Status {
    /// LOST happened.
    ///
    /// The server said LOST.
    ///
    /// Wire value 1.
    Lost = 1,
    /// GONE happened.
    ///
    /// The server said GONE.
    ///
    /// Wire value 2.
    Gone = 2,
}
impl Status {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[Self::Lost, Self::Gone];
    /// Number of codes in the set.
    pub const COUNT: usize = 2;
    const CODE_SET: &'static str = "alpha/status";
    const INFO: [crate::CodeInfo; 2] = [
        crate::CodeInfo {
            name: "LOST",
            catalog_name: "LOST",
            summary: "LOST happened.",
            cause: "The server said LOST.",
            when: &["slow network"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "alpha.status.LOST",
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
            name: "GONE",
            catalog_name: "GONE",
            summary: "GONE happened.",
            cause: "The server said GONE.",
            when: &["slow network"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "alpha.status.GONE",
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
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::Lost => 0,
            Self::Gone => 1,
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
            1 => Some(Self::Lost),
            2 => Some(Self::Gone),
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
            "LOST" => Some(Self::Lost),
            "GONE" => Some(Self::Gone),
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
    pub const fn protocol_equivalent(self) -> Option<crate::beta::Fault> {
        match self {
            Self::Lost => Some(crate::beta::Fault::Deadline),
            Self::Gone => None,
        }
    }
}
impl From<Status> for i32 {
    fn from(code: Status) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for Status {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for Status {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for Status {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for Status {}
impl crate::ErrorCode for Status {
    fn provider(&self) -> &'static str {
        "alpha"
    }
    fn code_set(&self) -> &'static str {
        "status"
    }
    fn wire_value(&self) -> crate::WireValue<'static> {
        crate::WireValue::Integer(self.value())
    }
    fn equivalent(&self) -> Option<&'static dyn crate::ErrorCode> {
        self.protocol_equivalent().map(|code| code.as_dyn())
    }
    fn info(&self) -> &'static crate::CodeInfo {
        (*self).info()
    }
}

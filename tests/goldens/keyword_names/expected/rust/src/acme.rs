// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Acme RTC error codes.
/// Codes named like keywords.
///
/// Upstream: Type in acme/sdk 1.0.0.
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::acme::Type;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = Type::from_value(1).expect("a known value");
/// assert_eq!(code, Type::Type);
/// assert_eq!(code.value(), 1);
/// assert_eq!(i32::from(code), 1);
/// assert_eq!(code.name(), "type");
/// assert_eq!("type".parse::<Type>(), Ok(code));
/// assert_eq!(code.to_string(), "type");
/// assert_eq!(code.category(), Category::Network);
/// assert_eq!(code.retry_policy(), RetryPolicy::Backoff);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(Type::from_value(6), None);
/// assert!(Type::try_from(6).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum Type {
    /// Named type.
    ///
    /// A keyword in Rust, a contextual keyword in TypeScript.
    ///
    /// Wire value 1.
    Type = 1,
    /// Named fun.
    ///
    /// A keyword in Kotlin.
    ///
    /// Wire value 2.
    Fun = 2,
    /// Named when.
    ///
    /// A keyword in Kotlin.
    ///
    /// Wire value 3.
    When = 3,
    /// Named object.
    ///
    /// A keyword in Kotlin.
    ///
    /// Wire value 4.
    Object = 4,
    /// Named val.
    ///
    /// A keyword in Kotlin.
    ///
    /// Wire value 5.
    Val = 5,
}
impl Type {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[Self::Type, Self::Fun, Self::When, Self::Object, Self::Val];
    /// Number of codes in the set.
    pub const COUNT: usize = 5;
    const CODE_SET: &'static str = "acme/type";
    const INFO: [crate::CodeInfo; 5] = [
        crate::CodeInfo {
            name: "type",
            catalog_name: "type",
            summary: "Named type.",
            cause: "A keyword in Rust, a contextual keyword in TypeScript.",
            when: &["always"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.type.type",
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
            name: "fun",
            catalog_name: "fun",
            summary: "Named fun.",
            cause: "A keyword in Kotlin.",
            when: &["always"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.type.fun",
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
            name: "when",
            catalog_name: "when",
            summary: "Named when.",
            cause: "A keyword in Kotlin.",
            when: &["always"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.type.when",
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
            name: "object",
            catalog_name: "object",
            summary: "Named object.",
            cause: "A keyword in Kotlin.",
            when: &["always"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.type.object",
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
            name: "val",
            catalog_name: "val",
            summary: "Named val.",
            cause: "A keyword in Kotlin.",
            when: &["always"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.type.val",
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
            Self::Type => 0,
            Self::Fun => 1,
            Self::When => 2,
            Self::Object => 3,
            Self::Val => 4,
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
            1 => Some(Self::Type),
            2 => Some(Self::Fun),
            3 => Some(Self::When),
            4 => Some(Self::Object),
            5 => Some(Self::Val),
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
            "type" => Some(Self::Type),
            "fun" => Some(Self::Fun),
            "when" => Some(Self::When),
            "object" => Some(Self::Object),
            "val" => Some(Self::Val),
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
impl From<Type> for i32 {
    fn from(code: Type) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for Type {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for Type {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for Type {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for Type {}
impl crate::ErrorCode for Type {
    fn provider(&self) -> &'static str {
        "acme"
    }
    fn code_set(&self) -> &'static str {
        "type"
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
/// More codes named like keywords.
///
/// Upstream: In in acme/sdk 1.0.0.
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::acme::In;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = In::from_value("Self").expect("a known value");
/// assert_eq!(code, In::Self_);
/// assert_eq!(code.value(), "Self");
/// assert_eq!(<&str>::from(code), "Self");
/// assert_eq!(code.name(), "Self");
/// assert_eq!("Self".parse::<In>(), Ok(code));
/// assert_eq!(code.to_string(), "Self");
/// assert_eq!(code.category(), Category::ClientError);
/// assert_eq!(code.retry_policy(), RetryPolicy::Never);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(In::from_value("not-a-code"), None);
/// assert!(In::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum In {
    /// Named Self.
    ///
    /// A keyword in Rust that cannot be a raw identifier.
    ///
    /// Wire value "Self".
    Self_,
    /// Named in.
    ///
    /// A keyword in Rust, TypeScript and Kotlin.
    ///
    /// Wire value "in".
    In,
    /// Named is.
    ///
    /// A keyword in Kotlin.
    ///
    /// Wire value "is".
    Is,
    /// Named match.
    ///
    /// A keyword in Rust.
    ///
    /// Wire value "match".
    Match,
    /// Named null.
    ///
    /// A literal in TypeScript and Kotlin.
    ///
    /// Wire value "null".
    Null,
}
impl In {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[Self::Self_, Self::In, Self::Is, Self::Match, Self::Null];
    /// Number of codes in the set.
    pub const COUNT: usize = 5;
    const CODE_SET: &'static str = "acme/in";
    const INFO: [crate::CodeInfo; 5] = [
        crate::CodeInfo {
            name: "Self",
            catalog_name: "Self",
            summary: "Named Self.",
            cause: "A keyword in Rust that cannot be a raw identifier.",
            when: &["always"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.in.Self",
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
            name: "in",
            catalog_name: "in",
            summary: "Named in.",
            cause: "A keyword in Rust, TypeScript and Kotlin.",
            when: &["always"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.in.in",
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
            name: "is",
            catalog_name: "is",
            summary: "Named is.",
            cause: "A keyword in Kotlin.",
            when: &["always"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.in.is",
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
            name: "match",
            catalog_name: "match",
            summary: "Named match.",
            cause: "A keyword in Rust.",
            when: &["always"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.in.match",
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
            name: "null",
            catalog_name: "null",
            summary: "Named null.",
            cause: "A literal in TypeScript and Kotlin.",
            when: &["always"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "acme.in.null",
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
            Self::Self_ => "Self",
            Self::In => "in",
            Self::Is => "is",
            Self::Match => "match",
            Self::Null => "null",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "Self" => Some(Self::Self_),
            "in" => Some(Self::In),
            "is" => Some(Self::Is),
            "match" => Some(Self::Match),
            "null" => Some(Self::Null),
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
            "Self" => Some(Self::Self_),
            "in" => Some(Self::In),
            "is" => Some(Self::Is),
            "match" => Some(Self::Match),
            "null" => Some(Self::Null),
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
impl From<In> for &'static str {
    fn from(code: In) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for In {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for In {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for In {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for In {}
impl crate::ErrorCode for In {
    fn provider(&self) -> &'static str {
        "acme"
    }
    fn code_set(&self) -> &'static str {
        "in"
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

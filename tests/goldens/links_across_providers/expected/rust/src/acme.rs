// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Acme RTC error codes.
/// Room errors, reported by Acme over a Beta server.
///
/// Upstream: RoomError in acme/sdk 1.0.0.
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::acme::RoomError;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = RoomError::from_value(1).expect("a known value");
/// assert_eq!(code, RoomError::RoomFull);
/// assert_eq!(code.value(), 1);
/// assert_eq!(i32::from(code), 1);
/// assert_eq!(code.name(), "ROOM_FULL");
/// assert_eq!("ROOM_FULL".parse::<RoomError>(), Ok(code));
/// assert_eq!(code.to_string(), "ROOM_FULL");
/// assert_eq!(code.category(), Category::Network);
/// assert_eq!(code.retry_policy(), RetryPolicy::Backoff);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(RoomError::from_value(2), None);
/// assert!(RoomError::try_from(2).is_err());
/// assert_eq!(code.protocol_equivalent(), Some(rtc_error_catalog::beta::Reason::Full));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum RoomError {
    /// The room is full.
    ///
    /// The Beta server refused another participant.
    ///
    /// Wire value 1.
    RoomFull = 1,
}
impl RoomError {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[Self::RoomFull];
    /// Number of codes in the set.
    pub const COUNT: usize = 1;
    const CODE_SET: &'static str = "acme/room_error";
    const INFO: [crate::CodeInfo; 1] = [crate::CodeInfo {
        name: "ROOM_FULL",
        catalog_name: "ROOM_FULL",
        summary: "The room is full.",
        cause: "The Beta server refused another participant.",
        when: &["a crowded room"],
        user_message: "Something went wrong. Please try again.",
        user_message_key: "acme.room_error.ROOM_FULL",
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
    }];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::RoomFull => 0,
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
            1 => Some(Self::RoomFull),
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
            "ROOM_FULL" => Some(Self::RoomFull),
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
    pub const fn protocol_equivalent(self) -> Option<crate::beta::Reason> {
        match self {
            Self::RoomFull => Some(crate::beta::Reason::Full),
        }
    }
}
impl From<RoomError> for i32 {
    fn from(code: RoomError) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for RoomError {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for RoomError {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for RoomError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for RoomError {}
impl crate::ErrorCode for RoomError {
    fn provider(&self) -> &'static str {
        "acme"
    }
    fn code_set(&self) -> &'static str {
        "room_error"
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
/// Track errors, reported by Acme over a Gamma media server.
///
/// Upstream: TrackError in acme/sdk 1.0.0.
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::acme::TrackError;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = TrackError::from_value(1).expect("a known value");
/// assert_eq!(code, TrackError::TrackRejected);
/// assert_eq!(code.value(), 1);
/// assert_eq!(i32::from(code), 1);
/// assert_eq!(code.name(), "TRACK_REJECTED");
/// assert_eq!("TRACK_REJECTED".parse::<TrackError>(), Ok(code));
/// assert_eq!(code.to_string(), "TRACK_REJECTED");
/// assert_eq!(code.category(), Category::ClientError);
/// assert_eq!(code.retry_policy(), RetryPolicy::Never);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(TrackError::from_value(2), None);
/// assert!(TrackError::try_from(2).is_err());
/// assert_eq!(code.protocol_equivalent(), Some(rtc_error_catalog::gamma::Reason::Rejected));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum TrackError {
    /// The track was rejected.
    ///
    /// The Gamma media server refused the track.
    ///
    /// Wire value 1.
    TrackRejected = 1,
}
impl TrackError {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[Self::TrackRejected];
    /// Number of codes in the set.
    pub const COUNT: usize = 1;
    const CODE_SET: &'static str = "acme/track_error";
    const INFO: [crate::CodeInfo; 1] = [crate::CodeInfo {
        name: "TRACK_REJECTED",
        catalog_name: "TRACK_REJECTED",
        summary: "The track was rejected.",
        cause: "The Gamma media server refused the track.",
        when: &["an unsupported codec"],
        user_message: "Something went wrong. Please try again.",
        user_message_key: "acme.track_error.TRACK_REJECTED",
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
        match self {
            Self::TrackRejected => 0,
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
            1 => Some(Self::TrackRejected),
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
            "TRACK_REJECTED" => Some(Self::TrackRejected),
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
    pub const fn protocol_equivalent(self) -> Option<crate::gamma::Reason> {
        match self {
            Self::TrackRejected => Some(crate::gamma::Reason::Rejected),
        }
    }
}
impl From<TrackError> for i32 {
    fn from(code: TrackError) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for TrackError {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for TrackError {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for TrackError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for TrackError {}
impl crate::ErrorCode for TrackError {
    fn provider(&self) -> &'static str {
        "acme"
    }
    fn code_set(&self) -> &'static str {
        "track_error"
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

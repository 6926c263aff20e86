// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Daily error codes.
/// Type of the fatal error daily-js reports on its \`error\` event, after which the call object leaves the meeting.
///
/// Upstream: DailyFatalErrorType in <https://docs.daily.co/reference/daily-js> 0.92.2 (package npm:@daily-co/daily-js@0.92.2).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::daily::FatalErrorType;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = FatalErrorType::from_value("ejected").expect("a known value");
/// assert_eq!(code, FatalErrorType::Ejected);
/// assert_eq!(code.value(), "ejected");
/// assert_eq!(<&str>::from(code), "ejected");
/// assert_eq!(code.name(), "ejected");
/// assert_eq!("ejected".parse::<FatalErrorType>(), Ok(code));
/// assert_eq!(code.to_string(), "ejected");
/// assert_eq!(code.category(), Category::EndedByService);
/// assert_eq!(code.retry_policy(), RetryPolicy::Never);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(FatalErrorType::from_value("not-a-code"), None);
/// assert!(FatalErrorType::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FatalErrorType {
    /// The participant was ejected from the meeting.
    ///
    /// Someone with the right to do so removed this participant from the call.
    ///
    /// Wire value "ejected".
    Ejected,
    /// The room is not available yet.
    ///
    /// The room's not-before time (nbf) lies in the future, so it cannot be joined yet.
    ///
    /// Wire value "nbf-room".
    NbfRoom,
    /// The meeting token is not valid yet.
    ///
    /// The meeting token's not-before time (nbf) lies in the future.
    ///
    /// Wire value "nbf-token".
    NbfToken,
    /// The room has expired.
    ///
    /// The room's expiry time (exp) has passed, so it can no longer be joined and its participants are removed.
    ///
    /// Wire value "exp-room".
    ExpRoom,
    /// The meeting token has expired.
    ///
    /// The meeting token's expiry time (exp) has passed.
    ///
    /// Wire value "exp-token".
    ExpToken,
    /// The room does not exist.
    ///
    /// The room URL names a room that does not exist, or no longer exists, in the Daily domain.
    ///
    /// Wire value "no-room".
    NoRoom,
    /// The meeting is full.
    ///
    /// The room has reached its participant limit.
    ///
    /// Wire value "meeting-full".
    MeetingFull,
    /// This version of daily-js is no longer supported.
    ///
    /// Daily refused the call because the daily-js release the app uses has reached its end of life.
    ///
    /// Wire value "end-of-life".
    EndOfLife,
    /// The participant is not allowed to join.
    ///
    /// The room's access rules refused this participant, for example a private room joined without a token that grants access.
    ///
    /// Wire value "not-allowed".
    NotAllowed,
    /// The call could not connect or lost its connection for good.
    ///
    /// Loading the call bundle, looking up the room, joining, reconnecting, moving between servers or the WebRTC connection failed; details.on says which, and details.sourceError carries the underlying error.
    ///
    /// Wire value "connection-error".
    ConnectionError,
}
impl FatalErrorType {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::Ejected,
        Self::NbfRoom,
        Self::NbfToken,
        Self::ExpRoom,
        Self::ExpToken,
        Self::NoRoom,
        Self::MeetingFull,
        Self::EndOfLife,
        Self::NotAllowed,
        Self::ConnectionError,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 10;
    const CODE_SET: &'static str = "daily/fatal_error_type";
    const INFO: [crate::CodeInfo; 10] = [
        crate::CodeInfo {
            name: "ejected",
            catalog_name: "ejected",
            summary: "The participant was ejected from the meeting.",
            cause: "Someone with the right to do so removed this participant from the call.",
            when: &["a meeting owner or the app's backend ejects the participant"],
            user_message: "You were removed from this call.",
            user_message_key: "daily.fatal_error_type.ejected",
            remediation: &[
                "Show the user that they were removed, and do not rejoin automatically.",
                "If the removal was not intended, check who can eject participants (meeting owners, the app's backend).",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The removal was a deliberate decision by another party, so rejoining without their consent would undo it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "nbf_room",
            catalog_name: "nbf_room",
            summary: "The room is not available yet.",
            cause:
                "The room's not-before time (nbf) lies in the future, so it cannot be joined yet.",
            when: &["joining a scheduled room before its start time"],
            user_message: "This call has not started yet. Please try again at the scheduled time.",
            user_message_key: "daily.fatal_error_type.nbf_room",
            remediation: &[
                "Tell the user when the room opens (its nbf time) and let them try again then.",
                "If the time looks right, check the room's nbf setting in the app's backend and the clock it was computed from.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The join succeeds once the room's start time has passed, which the user should be told and can retry after.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "nbf_token",
            catalog_name: "nbf_token",
            summary: "The meeting token is not valid yet.",
            cause: "The meeting token's not-before time (nbf) lies in the future.",
            when: &[
                "a token issued for a later start time is used early",
                "the clocks of the token issuer and Daily disagree",
            ],
            user_message:
                "We could not confirm your access to this call. Please try joining again.",
            user_message_key: "daily.fatal_error_type.nbf_token",
            remediation: &[
                "Fetch a token from the app's backend whose nbf is not in the future, and join again.",
                "Check the clock of the server that issues tokens.",
            ],
            causes: &[
                "the token was issued for a later start time",
                "the token issuer's clock is ahead",
            ],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::Credentials,
            retry_policy: crate::RetryPolicy::RefreshCredentials,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 100,
                multiplier_thousandths: 2000,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 2,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The token itself is not usable now; a token with a suitable start time from the app's backend fixes it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "exp_room",
            catalog_name: "exp_room",
            summary: "The room has expired.",
            cause: "The room's expiry time (exp) has passed, so it can no longer be joined and its participants are removed.",
            when: &[
                "joining a room after its expiry time",
                "a meeting runs past the room's expiry time",
            ],
            user_message: "This call is no longer available.",
            user_message_key: "daily.fatal_error_type.exp_room",
            remediation: &[
                "Do not rejoin the same room.",
                "Have the app's backend create a new room or extend the room's expiry (exp), then join that.",
            ],
            causes: &[
                "joining after the room expired",
                "the meeting ran past the room's expiry",
            ],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "An expired room cannot be used again; the app's backend must create or extend a room.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "exp_token",
            catalog_name: "exp_token",
            summary: "The meeting token has expired.",
            cause: "The meeting token's expiry time (exp) has passed.",
            when: &[
                "joining with an old token",
                "a meeting runs past the token's expiry time",
            ],
            user_message:
                "We could not confirm your access to this call. Please try joining again.",
            user_message_key: "daily.fatal_error_type.exp_token",
            remediation: &[
                "Fetch a fresh meeting token from the app's backend and join again.",
                "Issue tokens whose expiry covers the expected length of the meeting.",
            ],
            causes: &[
                "joining with an old token",
                "the meeting ran past the token's expiry",
            ],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::Credentials,
            retry_policy: crate::RetryPolicy::RefreshCredentials,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 100,
                multiplier_thousandths: 2000,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 2,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("A fresh token from the app's backend is all that is needed."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "no_room",
            catalog_name: "no_room",
            summary: "The room does not exist.",
            cause: "The room URL names a room that does not exist, or no longer exists, in the Daily domain.",
            when: &["a mistyped or stale room URL", "the room was deleted"],
            user_message: "This call link is not valid. Please check the link.",
            user_message_key: "daily.fatal_error_type.no_room",
            remediation: &[
                "Check the room URL the app passes to join(): domain and room name.",
                "If the room was deleted, have the app's backend create it again or hand out a current URL.",
            ],
            causes: &["a mistyped or stale room URL", "the room was deleted"],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The same URL keeps failing until the app creates the room or uses a correct URL.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "meeting_full",
            catalog_name: "meeting_full",
            summary: "The meeting is full.",
            cause: "The room has reached its participant limit.",
            when: &["joining a call that has as many participants as the room allows"],
            user_message: "This call is full right now. Please try again in a little while.",
            user_message_key: "daily.fatal_error_type.meeting_full",
            remediation: &[
                "Tell the user the call is full and let them try again later.",
                "If calls often fill up, raise the room's participant limit in its settings.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "A later attempt can succeed only once someone leaves, so the user should be told and decide when to try again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "end_of_life",
            catalog_name: "end_of_life",
            summary: "This version of daily-js is no longer supported.",
            cause: "Daily refused the call because the daily-js release the app uses has reached its end of life.",
            when: &["an app ships an old daily-js release past its support window"],
            user_message: "This app needs to be updated before you can join calls.",
            user_message_key: "daily.fatal_error_type.end_of_life",
            remediation: &[
                "Upgrade @daily-co/daily-js in the app to a supported release and ship the update.",
                "Until then, ask users to update the app or reload a newer version of the page.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("Only upgrading daily-js in the app fixes it."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "not_allowed",
            catalog_name: "not_allowed",
            summary: "The participant is not allowed to join.",
            cause: "The room's access rules refused this participant, for example a private room joined without a token that grants access.",
            when: &["joining a private room without a suitable meeting token"],
            user_message: "You are not allowed to join this call.",
            user_message_key: "daily.fatal_error_type.not_allowed",
            remediation: &[
                "Check the room's privacy setting and whether the participant needs a meeting token.",
                "Have the app's backend issue a token that grants access to this room, then join with it.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Retrying with the same rights fails again; the app must obtain access for the participant first.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "connection_error",
            catalog_name: "connection_error",
            summary: "The call could not connect or lost its connection for good.",
            cause: "Loading the call bundle, looking up the room, joining, reconnecting, moving between servers or the WebRTC connection failed; details.on says which, and details.sourceError carries the underlying error.",
            when: &[
                "the call bundle cannot be loaded (the JS reports a timeout after 25 s when loading the call frame)",
                "the network drops and reconnection does not succeed",
                "a firewall blocks Daily's servers",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "daily.fatal_error_type.connection_error",
            remediation: &[
                "Read error.details.on to learn which step failed (load, join, reconnect, move, rtc-connection or room-lookup), and log details.sourceError.",
                "Join again after a delay, growing the delay if it keeps failing, and tell the user.",
                "If it fails on some networks only, check that the network allows Daily's servers (firewall, proxy).",
            ],
            causes: &[
                "the call bundle could not be loaded",
                "the room lookup or the join failed",
                "reconnecting after a network drop failed",
                "the WebRTC connection failed",
            ],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Connection failures are usually transient, so a new join after a growing delay is reasonable, with the user told if it keeps failing.",
            ),
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
            Self::Ejected => "ejected",
            Self::NbfRoom => "nbf-room",
            Self::NbfToken => "nbf-token",
            Self::ExpRoom => "exp-room",
            Self::ExpToken => "exp-token",
            Self::NoRoom => "no-room",
            Self::MeetingFull => "meeting-full",
            Self::EndOfLife => "end-of-life",
            Self::NotAllowed => "not-allowed",
            Self::ConnectionError => "connection-error",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "ejected" => Some(Self::Ejected),
            "nbf-room" => Some(Self::NbfRoom),
            "nbf-token" => Some(Self::NbfToken),
            "exp-room" => Some(Self::ExpRoom),
            "exp-token" => Some(Self::ExpToken),
            "no-room" => Some(Self::NoRoom),
            "meeting-full" => Some(Self::MeetingFull),
            "end-of-life" => Some(Self::EndOfLife),
            "not-allowed" => Some(Self::NotAllowed),
            "connection-error" => Some(Self::ConnectionError),
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
            "ejected" => Some(Self::Ejected),
            "nbf_room" => Some(Self::NbfRoom),
            "nbf_token" => Some(Self::NbfToken),
            "exp_room" => Some(Self::ExpRoom),
            "exp_token" => Some(Self::ExpToken),
            "no_room" => Some(Self::NoRoom),
            "meeting_full" => Some(Self::MeetingFull),
            "end_of_life" => Some(Self::EndOfLife),
            "not_allowed" => Some(Self::NotAllowed),
            "connection_error" => Some(Self::ConnectionError),
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
impl From<FatalErrorType> for &'static str {
    fn from(code: FatalErrorType) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for FatalErrorType {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for FatalErrorType {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for FatalErrorType {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for FatalErrorType {}
impl crate::ErrorCode for FatalErrorType {
    fn provider(&self) -> &'static str {
        "daily"
    }
    fn code_set(&self) -> &'static str {
        "fatal_error_type"
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
/// Type of the non-fatal error daily-js reports on its \`nonfatal-error\` event; the call goes on.
///
/// Upstream: DailyNonFatalErrorType in <https://docs.daily.co/reference/daily-js> 0.92.2 (package npm:@daily-co/daily-js@0.92.2).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::daily::NonFatalErrorType;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = NonFatalErrorType::from_value("input-settings-error").expect("a known value");
/// assert_eq!(code, NonFatalErrorType::InputSettingsError);
/// assert_eq!(code.value(), "input-settings-error");
/// assert_eq!(<&str>::from(code), "input-settings-error");
/// assert_eq!(code.name(), "input_settings_error");
/// assert_eq!("input_settings_error".parse::<NonFatalErrorType>(), Ok(code));
/// assert_eq!(code.to_string(), "input_settings_error");
/// assert_eq!(code.category(), Category::ClientError);
/// assert_eq!(code.retry_policy(), RetryPolicy::Never);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(NonFatalErrorType::from_value("not-a-code"), None);
/// assert!(NonFatalErrorType::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NonFatalErrorType {
    /// Applying the input settings failed.
    ///
    /// Daily could not apply the audio or video input settings the app asked for, such as a processor configuration.
    ///
    /// Wire value "input-settings-error".
    InputSettingsError,
    /// Screen sharing could not be started.
    ///
    /// Starting a screen share failed; on iOS the package reports it when the screen is already being captured.
    ///
    /// Wire value "screen-share-error".
    ScreenShareError,
    /// The local audio level observer failed.
    ///
    /// Daily could not start or run the observer that reports the local microphone level.
    ///
    /// Wire value "local-audio-level-observer-error".
    LocalAudioLevelObserverError,
    /// The video processor failed.
    ///
    /// The video input processor (for example a background effect) could not be started or stopped working.
    ///
    /// Wire value "video-processor-error".
    VideoProcessorError,
    /// The video processor reported a warning.
    ///
    /// The video input processor reported a problem that does not stop it.
    ///
    /// Wire value "video-processor-warning".
    VideoProcessorWarning,
    /// The audio processor failed.
    ///
    /// The audio input processor (for example noise cancellation) could not be started or stopped working.
    ///
    /// Wire value "audio-processor-error".
    AudioProcessorError,
    /// The remote media player failed.
    ///
    /// A remote media player started with startRemoteMediaPlayer could not play or stopped with an error.
    ///
    /// Wire value "remote-media-player-error".
    RemoteMediaPlayerError,
    /// Live streaming reported a warning.
    ///
    /// A running live stream reported a problem that does not stop it.
    ///
    /// Wire value "live-streaming-warning".
    LiveStreamingWarning,
    /// Updating the meeting session data failed.
    ///
    /// Daily could not store the meeting session data the app set.
    ///
    /// Wire value "meeting-session-data-error".
    MeetingSessionDataError,
}
impl NonFatalErrorType {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::InputSettingsError,
        Self::ScreenShareError,
        Self::LocalAudioLevelObserverError,
        Self::VideoProcessorError,
        Self::VideoProcessorWarning,
        Self::AudioProcessorError,
        Self::RemoteMediaPlayerError,
        Self::LiveStreamingWarning,
        Self::MeetingSessionDataError,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 9;
    const CODE_SET: &'static str = "daily/non_fatal_error_type";
    const INFO: [crate::CodeInfo; 9] = [
        crate::CodeInfo {
            name: "input_settings_error",
            catalog_name: "input_settings_error",
            summary: "Applying the input settings failed.",
            cause: "Daily could not apply the audio or video input settings the app asked for, such as a processor configuration.",
            when: &[
                "updateInputSettings is called with settings the browser or device cannot apply",
            ],
            user_message: "Your audio or video settings could not be applied.",
            user_message_key: "daily.non_fatal_error_type.input_settings_error",
            remediation: &[
                "Keep the call going with the previous input settings.",
                "Log errorMsg and request settings the browser and device support.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The same settings fail again; the app must request settings the environment supports.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "screen_share_error",
            catalog_name: "screen_share_error",
            summary: "Screen sharing could not be started.",
            cause: "Starting a screen share failed; on iOS the package reports it when the screen is already being captured.",
            when: &[
                "another screen capture is already running",
                "the screen-share request fails in the browser or native layer",
            ],
            user_message: "Screen sharing could not start. Please try again.",
            user_message_key: "daily.non_fatal_error_type.screen_share_error",
            remediation: &[
                "Tell the user that sharing did not start and let them try again.",
                "On iOS, ask the user to stop any other screen capture first.",
            ],
            causes: &[
                "another screen capture is already running",
                "the browser or native layer refused the request",
            ],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The causes vary and most depend on the user's device, so the user should decide when to try sharing again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "local_audio_level_observer_error",
            catalog_name: "local_audio_level_observer_error",
            summary: "The local audio level observer failed.",
            cause:
                "Daily could not start or run the observer that reports the local microphone level.",
            when: &["startLocalAudioLevelObserver fails in the current browser"],
            user_message: "Your microphone level cannot be shown right now.",
            user_message_key: "daily.non_fatal_error_type.local_audio_level_observer_error",
            remediation: &[
                "Hide the microphone level indicator and carry on with the call.",
                "Log errorMsg to see why the observer could not run in this browser.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The observer is an optional feature; retrying in the same environment is unlikely to help, so the app should carry on without it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "video_processor_error",
            catalog_name: "video_processor_error",
            summary: "The video processor failed.",
            cause: "The video input processor (for example a background effect) could not be started or stopped working.",
            when: &["enabling a background effect on a browser or device that cannot run it"],
            user_message: "The video effect could not be applied.",
            user_message_key: "daily.non_fatal_error_type.video_processor_error",
            remediation: &[
                "Turn the effect off in the input settings and keep the call going.",
                "Offer the effect only on browsers and devices that can run it.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The same processor fails again in the same environment; the app should turn the effect off or offer another.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "video_processor_warning",
            catalog_name: "video_processor_warning",
            summary: "The video processor reported a warning.",
            cause: "The video input processor reported a problem that does not stop it.",
            when: &["the processor runs in a degraded mode"],
            user_message: "Everything is working normally.",
            user_message_key: "daily.non_fatal_error_type.video_processor_warning",
            remediation: &[
                "Nothing to fix right away: log the warning with its errorMsg.",
                "If it recurs, check the feature it names (the processor or the live stream) for degraded output.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::NotAnError,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("A warning does not report a failure; log it."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "audio_processor_error",
            catalog_name: "audio_processor_error",
            summary: "The audio processor failed.",
            cause: "The audio input processor (for example noise cancellation) could not be started or stopped working.",
            when: &["enabling an audio processor on a browser or device that cannot run it"],
            user_message: "The audio effect could not be applied.",
            user_message_key: "daily.non_fatal_error_type.audio_processor_error",
            remediation: &[
                "Turn the audio processor off in the input settings and keep the call going.",
                "Offer the processor only on browsers and devices that can run it.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The same processor fails again in the same environment; the app should turn it off.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "remote_media_player_error",
            catalog_name: "remote_media_player_error",
            summary: "The remote media player failed.",
            cause: "A remote media player started with startRemoteMediaPlayer could not play or stopped with an error.",
            when: &["the media URL is unreachable or in an unsupported format"],
            user_message: "The shared media could not be played.",
            user_message_key: "daily.non_fatal_error_type.remote_media_player_error",
            remediation: &[
                "Check that the media URL is reachable and in a supported format.",
                "Start the remote media player again after a delay, a few times at most.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The cause may be the media source or a transient failure, so a bounded retry after a delay is reasonable.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "live_streaming_warning",
            catalog_name: "live_streaming_warning",
            summary: "Live streaming reported a warning.",
            cause: "A running live stream reported a problem that does not stop it.",
            when: &["the live stream runs in a degraded mode"],
            user_message: "Everything is working normally.",
            user_message_key: "daily.non_fatal_error_type.live_streaming_warning",
            remediation: &[
                "Nothing to fix right away: log the warning with its errorMsg.",
                "If it recurs, check the feature it names (the processor or the live stream) for degraded output.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::NotAnError,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("A warning does not report a failure; log it."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "meeting_session_data_error",
            catalog_name: "meeting_session_data_error",
            summary: "Updating the meeting session data failed.",
            cause: "Daily could not store the meeting session data the app set.",
            when: &["setMeetingSessionData is called with data Daily does not accept"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "daily.non_fatal_error_type.meeting_session_data_error",
            remediation: &[
                "Log errorMsg and the data the app tried to store.",
                "Change what the app stores in meeting session data so that Daily accepts it; do not resend the same data.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "error",
                        means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "nonfatal-error",
                        means: "Not fatal: the call goes on, only the feature named by the type failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("The same data is refused again; the app must change what it stores."),
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
            Self::InputSettingsError => "input-settings-error",
            Self::ScreenShareError => "screen-share-error",
            Self::LocalAudioLevelObserverError => "local-audio-level-observer-error",
            Self::VideoProcessorError => "video-processor-error",
            Self::VideoProcessorWarning => "video-processor-warning",
            Self::AudioProcessorError => "audio-processor-error",
            Self::RemoteMediaPlayerError => "remote-media-player-error",
            Self::LiveStreamingWarning => "live-streaming-warning",
            Self::MeetingSessionDataError => "meeting-session-data-error",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "input-settings-error" => Some(Self::InputSettingsError),
            "screen-share-error" => Some(Self::ScreenShareError),
            "local-audio-level-observer-error" => Some(Self::LocalAudioLevelObserverError),
            "video-processor-error" => Some(Self::VideoProcessorError),
            "video-processor-warning" => Some(Self::VideoProcessorWarning),
            "audio-processor-error" => Some(Self::AudioProcessorError),
            "remote-media-player-error" => Some(Self::RemoteMediaPlayerError),
            "live-streaming-warning" => Some(Self::LiveStreamingWarning),
            "meeting-session-data-error" => Some(Self::MeetingSessionDataError),
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
            "input_settings_error" => Some(Self::InputSettingsError),
            "screen_share_error" => Some(Self::ScreenShareError),
            "local_audio_level_observer_error" => Some(Self::LocalAudioLevelObserverError),
            "video_processor_error" => Some(Self::VideoProcessorError),
            "video_processor_warning" => Some(Self::VideoProcessorWarning),
            "audio_processor_error" => Some(Self::AudioProcessorError),
            "remote_media_player_error" => Some(Self::RemoteMediaPlayerError),
            "live_streaming_warning" => Some(Self::LiveStreamingWarning),
            "meeting_session_data_error" => Some(Self::MeetingSessionDataError),
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
impl From<NonFatalErrorType> for &'static str {
    fn from(code: NonFatalErrorType) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for NonFatalErrorType {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for NonFatalErrorType {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for NonFatalErrorType {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for NonFatalErrorType {}
impl crate::ErrorCode for NonFatalErrorType {
    fn provider(&self) -> &'static str {
        "daily"
    }
    fn code_set(&self) -> &'static str {
        "non_fatal_error_type"
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
/// Type of the error daily-js reports on its \`camera-error\` event when it cannot get the camera or microphone.
///
/// Upstream: DailyCameraErrorType in <https://docs.daily.co/reference/daily-js> 0.92.2 (package npm:@daily-co/daily-js@0.92.2).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::daily::CameraErrorType;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = CameraErrorType::from_value("cam-in-use").expect("a known value");
/// assert_eq!(code, CameraErrorType::CamInUse);
/// assert_eq!(code.value(), "cam-in-use");
/// assert_eq!(<&str>::from(code), "cam-in-use");
/// assert_eq!(code.name(), "cam_in_use");
/// assert_eq!("cam_in_use".parse::<CameraErrorType>(), Ok(code));
/// assert_eq!(code.to_string(), "cam_in_use");
/// assert_eq!(code.category(), Category::Capacity);
/// assert_eq!(code.retry_policy(), RetryPolicy::UserAction);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(CameraErrorType::from_value("not-a-code"), None);
/// assert!(CameraErrorType::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CameraErrorType {
    /// The camera is in use by another application.
    ///
    /// The browser could not open the camera because something else holds it.
    ///
    /// Wire value "cam-in-use".
    CamInUse,
    /// The microphone is in use by another application.
    ///
    /// The browser could not open the microphone because something else holds it.
    ///
    /// Wire value "mic-in-use".
    MicInUse,
    /// Both the camera and the microphone are in use by another application.
    ///
    /// The browser could open neither device because something else holds them.
    ///
    /// Wire value "cam-mic-in-use".
    CamMicInUse,
    /// Access to the camera or microphone was blocked.
    ///
    /// The user or the browser denied access; the error's blockedBy says which, and blockedMedia lists the blocked kinds.
    ///
    /// Wire value "permissions".
    Permissions,
    /// The browser offers no media devices API.
    ///
    /// navigator.mediaDevices is undefined, so no device can be requested at all.
    ///
    /// Wire value "undefined-mediadevices".
    UndefinedMediadevices,
    /// No camera or microphone was found.
    ///
    /// The requested device kinds are not available; the error's missingMedia lists them.
    ///
    /// Wire value "not-found".
    NotFound,
    /// The media constraints were invalid or missing.
    ///
    /// The constraints for the camera or microphone could not be used; the error's reason is invalid or none-specified, and failedMedia lists the kinds.
    ///
    /// Wire value "constraints".
    Constraints,
    /// The camera or microphone failed for an unknown reason.
    ///
    /// Getting the devices failed in a way that matches none of the other types.
    ///
    /// Wire value "unknown".
    Unknown,
}
impl CameraErrorType {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::CamInUse,
        Self::MicInUse,
        Self::CamMicInUse,
        Self::Permissions,
        Self::UndefinedMediadevices,
        Self::NotFound,
        Self::Constraints,
        Self::Unknown,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 8;
    const CODE_SET: &'static str = "daily/camera_error_type";
    const INFO: [crate::CodeInfo; 8] = [
        crate::CodeInfo {
            name: "cam_in_use",
            catalog_name: "cam_in_use",
            summary: "The camera is in use by another application.",
            cause: "The browser could not open the camera because something else holds it.",
            when: &["another application or tab is using the camera"],
            user_message:
                "Your camera is being used by another app. Close that app, then try again.",
            user_message_key: "daily.camera_error_type.cam_in_use",
            remediation: &[
                "Ask the user to close other applications or tabs that use the camera.",
                "Read audioOk on the event: the user can stay in the call with the microphone only.",
                "Let the user retry the camera afterwards.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The device is busy rather than missing, so a retry can succeed once the user closes whatever holds it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "mic_in_use",
            catalog_name: "mic_in_use",
            summary: "The microphone is in use by another application.",
            cause: "The browser could not open the microphone because something else holds it.",
            when: &["another application or tab is using the microphone"],
            user_message:
                "Your microphone is being used by another app. Close that app, then try again.",
            user_message_key: "daily.camera_error_type.mic_in_use",
            remediation: &[
                "Ask the user to close other applications or tabs that use the microphone.",
                "Read videoOk on the event: the user can stay in the call with the camera only.",
                "Let the user retry the microphone afterwards.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The device is busy rather than missing, so a retry can succeed once the user closes whatever holds it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "cam_mic_in_use",
            catalog_name: "cam_mic_in_use",
            summary: "Both the camera and the microphone are in use by another application.",
            cause: "The browser could open neither device because something else holds them.",
            when: &["another video-calling application is running"],
            user_message: "Your camera and microphone are being used by another app. Close that app, then try again.",
            user_message_key: "daily.camera_error_type.cam_mic_in_use",
            remediation: &[
                "Ask the user to close other applications or tabs that use the camera and microphone.",
                "Let the user retry once they are free.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The devices are busy rather than missing, so a retry can succeed once the user closes whatever holds them.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "permissions",
            catalog_name: "permissions",
            summary: "Access to the camera or microphone was blocked.",
            cause: "The user or the browser denied access; the error's blockedBy says which, and blockedMedia lists the blocked kinds.",
            when: &[
                "the user denies the permission prompt",
                "the browser or operating system blocks the device for the site",
            ],
            user_message: "Your browser blocked access to your camera or microphone. Allow access in the browser settings for this site, then try again.",
            user_message_key: "daily.camera_error_type.permissions",
            remediation: &[
                "Read error.blockedBy (user or browser) and error.blockedMedia to see what was blocked and by whom.",
                "Explain how to allow the device in the browser's site settings (or the operating system's, when the browser is blocked).",
                "Let the user retry after changing the setting.",
            ],
            causes: &[
                "the user denied permission",
                "the browser or operating system blocked the device",
            ],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The same request is refused until the user changes the permission, so the app should explain how and let the user retry.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "undefined_mediadevices",
            catalog_name: "undefined_mediadevices",
            summary: "The browser offers no media devices API.",
            cause: "navigator.mediaDevices is undefined, so no device can be requested at all.",
            when: &[
                "the page is served over plain HTTP rather than a secure context",
                "the browser or embedded web view does not support media capture",
            ],
            user_message: "This browser cannot use your camera or microphone. Try another browser.",
            user_message_key: "daily.camera_error_type.undefined_mediadevices",
            remediation: &[
                "Serve the app over HTTPS (navigator.mediaDevices exists only in secure contexts).",
                "Check that the embedding webview or browser supports media devices, and suggest a supported browser otherwise.",
            ],
            causes: &[
                "the page is not served over HTTPS",
                "the browser or webview has no media devices API",
            ],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Retrying in the same page cannot succeed; the app must be served securely or run in a supported browser.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "not_found",
            catalog_name: "not_found",
            summary: "No camera or microphone was found.",
            cause:
                "The requested device kinds are not available; the error's missingMedia lists them.",
            when: &["no camera or microphone is attached or enabled"],
            user_message:
                "No camera or microphone was found. Connect or enable one, then try again.",
            user_message_key: "daily.camera_error_type.not_found",
            remediation: &[
                "Read error.missingMedia to tell the user which device is missing.",
                "Offer to stay in the call without it, or to retry after connecting one.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Only the user can attach or enable a device; the app can then ask again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "constraints",
            catalog_name: "constraints",
            summary: "The media constraints were invalid or missing.",
            cause: "The constraints for the camera or microphone could not be used; the error's reason is invalid or none-specified, and failedMedia lists the kinds.",
            when: &[
                "the app passes constraints the browser rejects",
                "no media kind is requested",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "daily.camera_error_type.constraints",
            remediation: &[
                "Read error.reason: invalid means a constraint cannot be met, none-specified means no media was requested.",
                "Relax or fix the constraints for error.failedMedia, or fall back to the default device.",
            ],
            causes: &[
                "a constraint the device cannot meet",
                "no media was requested",
            ],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("The same constraints fail again; the app must fix them."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "unknown",
            catalog_name: "unknown",
            summary: "The camera or microphone failed for an unknown reason.",
            cause: "Getting the devices failed in a way that matches none of the other types.",
            when: &["an unexpected failure in the browser's capture pipeline"],
            user_message: "Your camera or microphone could not be started. Please try again.",
            user_message_key: "daily.camera_error_type.unknown",
            remediation: &[
                "Log error.msg and the event.",
                "Let the user retry, or pick another device.",
            ],
            causes: &[],
            references: &[
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The cause is unknown and possibly transient, so a bounded retry after a delay is reasonable.",
            ),
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
            Self::CamInUse => "cam-in-use",
            Self::MicInUse => "mic-in-use",
            Self::CamMicInUse => "cam-mic-in-use",
            Self::Permissions => "permissions",
            Self::UndefinedMediadevices => "undefined-mediadevices",
            Self::NotFound => "not-found",
            Self::Constraints => "constraints",
            Self::Unknown => "unknown",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "cam-in-use" => Some(Self::CamInUse),
            "mic-in-use" => Some(Self::MicInUse),
            "cam-mic-in-use" => Some(Self::CamMicInUse),
            "permissions" => Some(Self::Permissions),
            "undefined-mediadevices" => Some(Self::UndefinedMediadevices),
            "not-found" => Some(Self::NotFound),
            "constraints" => Some(Self::Constraints),
            "unknown" => Some(Self::Unknown),
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
            "cam_in_use" => Some(Self::CamInUse),
            "mic_in_use" => Some(Self::MicInUse),
            "cam_mic_in_use" => Some(Self::CamMicInUse),
            "permissions" => Some(Self::Permissions),
            "undefined_mediadevices" => Some(Self::UndefinedMediadevices),
            "not_found" => Some(Self::NotFound),
            "constraints" => Some(Self::Constraints),
            "unknown" => Some(Self::Unknown),
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
impl From<CameraErrorType> for &'static str {
    fn from(code: CameraErrorType) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for CameraErrorType {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for CameraErrorType {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for CameraErrorType {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for CameraErrorType {}
impl crate::ErrorCode for CameraErrorType {
    fn provider(&self) -> &'static str {
        "daily"
    }
    fn code_set(&self) -> &'static str {
        "camera_error_type"
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

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Jitsi error codes.
/// Error a lib-jitsi-meet conference reports through its CONFERENCE_FAILED or CONFERENCE_ERROR events.
///
/// Upstream: JitsiConferenceErrors in jitsi/lib-jitsi-meet 0.0.0.
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::jitsi::ConferenceError;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = ConferenceError::from_value("conference.authenticationRequired").expect("a known value");
/// assert_eq!(code, ConferenceError::AuthenticationRequired);
/// assert_eq!(code.value(), "conference.authenticationRequired");
/// assert_eq!(<&str>::from(code), "conference.authenticationRequired");
/// assert_eq!(code.name(), "AUTHENTICATION_REQUIRED");
/// assert_eq!("AUTHENTICATION_REQUIRED".parse::<ConferenceError>(), Ok(code));
/// assert_eq!(code.to_string(), "AUTHENTICATION_REQUIRED");
/// assert_eq!(code.category(), Category::Credentials);
/// assert_eq!(code.retry_policy(), RetryPolicy::RefreshCredentials);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(ConferenceError::from_value("not-a-code"), None);
/// assert!(ConferenceError::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConferenceError {
    /// The client must be authenticated to create the conference.
    ///
    /// Jicofo answered the conference request with not-authorized: upstream says the "client must be authenticated to create the conference".
    ///
    /// Wire value "conference.authenticationRequired".
    AuthenticationRequired,
    /// The chat room returned an error for a message.
    ///
    /// The XMPP multi-user chat sent back a message of type error; its text is passed along with the code.
    ///
    /// Wire value "conference.chatError".
    ChatError,
    /// The room's moderators denied access from the lobby.
    ///
    /// While the participant waited in the lobby room, a moderator rejected them (upstream: access "denied by the room moderators").
    ///
    /// Wire value "conference.connectionError.accessDenied".
    ConferenceAccessDenied,
    /// The conference room has been destroyed.
    ///
    /// The MUC room was destroyed on the server; the SDK leaves the room and passes on the destroy reason.
    ///
    /// Wire value "conference.destroyed".
    ConferenceDestroyed,
    /// The conference has reached its maximum number of participants.
    ///
    /// The join presence was rejected with service-unavailable because the room is full; the SDK says whether visitors are supported.
    ///
    /// Wire value "conference.max_users".
    ConferenceMaxUsers,
    /// Joining the conference room failed for an unclassified reason.
    ///
    /// The join presence got an error that matched no more specific case, or a not-allowed error on the anonymous domain.
    ///
    /// Wire value "conference.connectionError".
    ConnectionError,
    /// A display name is required to join the room.
    ///
    /// The server rejected the join with displayname-required; the SDK says whether this is because the lobby is enabled.
    ///
    /// Wire value "conference.display_name_required".
    DisplayNameRequired,
    /// The focus (Jicofo) could not be reached.
    ///
    /// Upstream: "focus error happened"; it was raised when conference requests to Jicofo kept failing, but nothing emits it at this commit.
    ///
    /// Wire value "conference.focusDisconnected".
    FocusDisconnected,
    /// The focus (Jicofo) left the conference.
    ///
    /// Jicofo's occupant left the MUC room; the SDK logs that it is leaving the conference and reports the failure.
    ///
    /// Wire value "conference.focusLeft".
    FocusLeft,
    /// The server is shutting down gracefully.
    ///
    /// Jicofo refused the conference because it was in graceful shutdown; nothing emits it at this commit.
    ///
    /// Wire value "conference.gracefulShutdown".
    GracefulShutdown,
    /// The media connection (ICE) failed and could not be restored.
    ///
    /// ICE to the videobridge failed and the SDK's own ICE restarts (up to three, with backoff) or its session-restart request to Jicofo did not recover it.
    ///
    /// Wire value "conference.iceFailed".
    IceFailed,
    /// The server-side components are incompatible with this client.
    ///
    /// Upstream: the server components' versions "are incompatible with the client side"; the method that emits it is never called at this commit.
    ///
    /// Wire value "conference.incompatible_server_versions".
    IncompatibleServerVersions,
    /// Only approved members may join the room.
    ///
    /// The join was rejected with registration-required because the room is members-only (lobby); the SDK passes on the lobby room and whether it waits for a host.
    ///
    /// Wire value "conference.connectionError.membersOnly".
    MembersOnlyError,
    /// The participant is not allowed to join the conference.
    ///
    /// The join was rejected with not-allowed; an AUTH_ERROR_TYPES sub-type and the server's text are passed along with the code.
    ///
    /// Wire value "conference.connectionError.notAllowed".
    NotAllowedError,
    /// The Jingle offer/answer exchange failed.
    ///
    /// Accepting a JVB or P2P session offer, sending a P2P invite or applying a P2P answer failed; the underlying error is passed along.
    ///
    /// Wire value "conference.offerAnswerFailed".
    OfferAnswerFailed,
    /// A password cannot be set for this conference.
    ///
    /// JitsiConference.lock() found no room-secret field in the room configuration, so the promise is rejected with this code.
    ///
    /// Wire value "conference.passwordNotSupported".
    PasswordNotSupported,
    /// A password is required to join the conference.
    ///
    /// The join presence was rejected with not-authorized because the room is locked.
    ///
    /// Wire value "conference.passwordRequired".
    PasswordRequired,
    /// The reservation system refused the conference.
    ///
    /// Jicofo's reply to the conference request carried a reservation-error; its error code and message are passed along.
    ///
    /// Wire value "conference.reservationError".
    ReservationError,
    /// The server rejected a settings change.
    ///
    /// The MUC sent an error message carrying a settings-error text, which is passed along.
    ///
    /// Wire value "conference.settingsError".
    SettingsError,
    /// No videobridge is available for the conference.
    ///
    /// Jicofo's presence reported bridgeNotAvailable; the SDK reports it once per room.
    ///
    /// Wire value "conference.videobridgeNotAvailable".
    VideobridgeNotAvailable,
}
impl ConferenceError {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::AuthenticationRequired,
        Self::ChatError,
        Self::ConferenceAccessDenied,
        Self::ConferenceDestroyed,
        Self::ConferenceMaxUsers,
        Self::ConnectionError,
        Self::DisplayNameRequired,
        Self::FocusDisconnected,
        Self::FocusLeft,
        Self::GracefulShutdown,
        Self::IceFailed,
        Self::IncompatibleServerVersions,
        Self::MembersOnlyError,
        Self::NotAllowedError,
        Self::OfferAnswerFailed,
        Self::PasswordNotSupported,
        Self::PasswordRequired,
        Self::ReservationError,
        Self::SettingsError,
        Self::VideobridgeNotAvailable,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 20;
    const CODE_SET: &'static str = "jitsi/conference_error";
    const INFO: [crate::CodeInfo; 20] = [
        crate::CodeInfo {
            name: "AUTHENTICATION_REQUIRED",
            catalog_name: "AUTHENTICATION_REQUIRED",
            summary: "The client must be authenticated to create the conference.",
            cause: "Jicofo answered the conference request with not-authorized: upstream says the \"client must be authenticated to create the conference\".",
            when: &[
                "the deployment only lets authenticated users (login or JWT) create rooms",
                "a guest arrives before an authenticated host has started the meeting",
            ],
            user_message: "This meeting has not started yet or needs you to sign in. Please sign in or wait for the host.",
            user_message_key: "jitsi.conference_error.AUTHENTICATION_REQUIRED",
            remediation: &[
                "Ask the user to log in, or obtain a JWT from the app's backend, and join again.",
                "If guests should wait for a host, show a waiting screen and join again once an authenticated host has started the meeting.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
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
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Upstream defines no retry policy; joining succeeds only after the user authenticates (or an authenticated host has created the room), so we map it to getting credentials first.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHAT_ERROR",
            catalog_name: "CHAT_ERROR",
            summary: "The chat room returned an error for a message.",
            cause: "The XMPP multi-user chat sent back a message of type error; its text is passed along with the code.",
            when: &[
                "a chat message is rejected by the server",
                "any other error-type MUC message that is not a settings error",
            ],
            user_message: "Your message could not be sent.",
            user_message_key: "jitsi.conference_error.CHAT_ERROR",
            remediation: &[
                "Show the server's text to the user and let them send the message again.",
                "Check the XMPP server's logs for the rejected message if it recurs.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK emits it on CONFERENCE_ERROR and stays in the conference; the server's text is free-form, so the user decides whether to send again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CONFERENCE_ACCESS_DENIED",
            catalog_name: "CONFERENCE_ACCESS_DENIED",
            summary: "The room's moderators denied access from the lobby.",
            cause: "While the participant waited in the lobby room, a moderator rejected them (upstream: access \"denied by the room moderators\").",
            when: &[
                "a moderator rejects a knocking participant",
                "the participant is removed from the lobby room",
            ],
            user_message: "A moderator declined your request to join.",
            user_message_key: "jitsi.conference_error.CONFERENCE_ACCESS_DENIED",
            remediation: &[
                "Tell the user a moderator declined the request; do not knock again automatically.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("A moderator's explicit refusal does not change on retry."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CONFERENCE_DESTROYED",
            catalog_name: "CONFERENCE_DESTROYED",
            summary: "The conference room has been destroyed.",
            cause: "The MUC room was destroyed on the server; the SDK leaves the room and passes on the destroy reason.",
            when: &[
                "the meeting was ended for everyone",
                "the lobby room is destroyed without an invitation into the main room",
            ],
            user_message: "This meeting has ended.",
            user_message_key: "jitsi.conference_error.CONFERENCE_DESTROYED",
            remediation: &[
                "Do not rejoin the same room: it was destroyed on the server.",
                "Show the destroy reason passed with the code, if any.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CONFERENCE_MAX_USERS",
            catalog_name: "CONFERENCE_MAX_USERS",
            summary: "The conference has reached its maximum number of participants.",
            cause: "The join presence was rejected with service-unavailable because the room is full; the SDK says whether visitors are supported.",
            when: &["the room's participant limit is reached"],
            user_message: "This meeting is full. Please try again later.",
            user_message_key: "jitsi.conference_error.CONFERENCE_MAX_USERS",
            remediation: &[
                "Tell the user the meeting is full; let them try again later.",
                "Offer to join as a visitor where the deployment supports it (the SDK says so with the code).",
                "Raise the room's participant limit on the server if meetings regularly fill up.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The room may have space later, so the user can try again (or join as a visitor where supported).",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CONNECTION_ERROR",
            catalog_name: "CONNECTION_ERROR",
            summary: "Joining the conference room failed for an unclassified reason.",
            cause: "The join presence got an error that matched no more specific case, or a not-allowed error on the anonymous domain.",
            when: &[
                "the MUC returns an unexpected presence error on join",
                "not-allowed on the anonymous domain (Jicofo or Prosody misconfiguration)",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "jitsi.conference_error.CONNECTION_ERROR",
            remediation: &[
                "Retry the join with backoff.",
                "Check the Prosody and Jicofo configuration if it recurs, in particular not-allowed errors on the anonymous domain.",
            ],
            causes: &[
                "an unexpected presence error on join",
                "not-allowed on the anonymous domain (Jicofo or Prosody misconfiguration)",
            ],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
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
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The cause is unknown, so a bounded retry with backoff is the safest default.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "DISPLAY_NAME_REQUIRED",
            catalog_name: "DISPLAY_NAME_REQUIRED",
            summary: "A display name is required to join the room.",
            cause: "The server rejected the join with displayname-required; the SDK says whether this is because the lobby is enabled.",
            when: &[
                "the lobby is enabled and the participant has no display name",
                "the room requires participants to give a name",
            ],
            user_message: "Please enter your name to join this meeting.",
            user_message_key: "jitsi.conference_error.DISPLAY_NAME_REQUIRED",
            remediation: &["Ask the user for a display name, set it, and join again."],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("The join succeeds once the user supplies a name."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "FOCUS_DISCONNECTED",
            catalog_name: "FOCUS_DISCONNECTED",
            summary: "The focus (Jicofo) could not be reached.",
            cause: "Upstream: \"focus error happened\"; it was raised when conference requests to Jicofo kept failing, but nothing emits it at this commit.",
            when: &["conference requests to Jicofo fail (older releases)"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "jitsi.conference_error.FOCUS_DISCONNECTED",
            remediation: &[
                "Retry the join with backoff.",
                "Check that Jicofo is running and reachable; newer lib-jitsi-meet reports this as JitsiConnectionErrors.CONFERENCE_REQUEST_FAILED instead.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::ServiceFault,
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
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "A focus outage is a service fault that may clear, so retry with backoff.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "FOCUS_LEFT",
            catalog_name: "FOCUS_LEFT",
            summary: "The focus (Jicofo) left the conference.",
            cause: "Jicofo's occupant left the MUC room; the SDK logs that it is leaving the conference and reports the failure.",
            when: &[
                "Jicofo restarts or drops the conference",
                "the conference is torn down on the server side",
            ],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "jitsi.conference_error.FOCUS_LEFT",
            remediation: &[
                "Join again after a delay, with backoff.",
                "Check Jicofo's logs for a restart or a dropped conference if it recurs.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::ServiceFault,
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
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Without the focus the conference cannot continue, but a new join usually gets a working focus.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "GRACEFUL_SHUTDOWN",
            catalog_name: "GRACEFUL_SHUTDOWN",
            summary: "The server is shutting down gracefully.",
            cause: "Jicofo refused the conference because it was in graceful shutdown; nothing emits it at this commit.",
            when: &["Jicofo is in graceful shutdown (older releases)"],
            user_message: "The meeting was interrupted by server maintenance. Rejoining should work in a moment.",
            user_message_key: "jitsi.conference_error.GRACEFUL_SHUTDOWN",
            remediation: &[
                "Join again after a short delay; the new conference lands on another instance.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
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
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The server instance is going away on purpose (maintenance, upgrade, migration); as with LiveKit's SERVER_SHUTDOWN, rejoining after a short delay lands on another instance.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ICE_FAILED",
            catalog_name: "ICE_FAILED",
            summary: "The media connection (ICE) failed and could not be restored.",
            cause: "ICE to the videobridge failed and the SDK's own ICE restarts (up to three, with backoff) or its session-restart request to Jicofo did not recover it.",
            when: &[
                "firewalls or NAT block the media ports",
                "TURN servers are unreachable",
                "Jicofo rejects the ICE-failure session restart",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "jitsi.conference_error.ICE_FAILED",
            remediation: &[
                "Join again (reload the conference) with backoff; the SDK has already tried its ICE restarts.",
                "Check that the network allows media to the videobridge (UDP 10000, or TURN over TLS on port 443) and that TURN servers are configured and reachable.",
            ],
            causes: &[
                "a firewall or NAT blocks the media ports",
                "TURN servers are unreachable",
                "Jicofo rejected the session restart after an ICE failure",
            ],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConference.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/util/Retry.ts",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 2000,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 3,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK has already exhausted its restarts and logs that the conference should be reloaded, so a bounded rejoin with backoff is what remains.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INCOMPATIBLE_SERVER_VERSIONS",
            catalog_name: "INCOMPATIBLE_SERVER_VERSIONS",
            summary: "The server-side components are incompatible with this client.",
            cause: "Upstream: the server components' versions \"are incompatible with the client side\"; the method that emits it is never called at this commit.",
            when: &["client and server releases do not match (older releases)"],
            user_message: "This app needs an update to join this meeting.",
            user_message_key: "jitsi.conference_error.INCOMPATIBLE_SERVER_VERSIONS",
            remediation: &[
                "Upgrade the client library or the server components so that their versions match.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "A version mismatch needs an upgrade by the app or the operator, not a retry.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "MEMBERS_ONLY_ERROR",
            catalog_name: "MEMBERS_ONLY_ERROR",
            summary: "Only approved members may join the room.",
            cause: "The join was rejected with registration-required because the room is members-only (lobby); the SDK passes on the lobby room and whether it waits for a host.",
            when: &[
                "the lobby is enabled and the participant has not been admitted",
                "the meeting waits for a host",
            ],
            user_message: "This meeting has a waiting room. Ask to join and wait for a moderator to let you in.",
            user_message_key: "jitsi.conference_error.MEMBERS_ONLY_ERROR",
            remediation: &[
                "Offer the user to knock in the lobby (JitsiConference.joinLobby) and wait to be admitted.",
                "If the meeting waits for a host, show a waiting screen instead.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The user must knock in the lobby (JitsiConference.joinLobby) and be admitted; the SDK does not do that by itself.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NOT_ALLOWED_ERROR",
            catalog_name: "NOT_ALLOWED_ERROR",
            summary: "The participant is not allowed to join the conference.",
            cause: "The join was rejected with not-allowed; an AUTH_ERROR_TYPES sub-type and the server's text are passed along with the code.",
            when: &[
                "room creation is restricted",
                "unauthenticated access is disabled",
                "visitor rules refuse the join",
            ],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "jitsi.conference_error.NOT_ALLOWED_ERROR",
            remediation: &[
                "Decide from the auth_error_type passed with it (the second argument of CONFERENCE_FAILED).",
                "Show the server's text to the user where it explains the refusal.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Depends,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The accompanying auth_error_type decides what to do, from retrying later to never.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "OFFER_ANSWER_FAILED",
            catalog_name: "OFFER_ANSWER_FAILED",
            summary: "The Jingle offer/answer exchange failed.",
            cause: "Accepting a JVB or P2P session offer, sending a P2P invite or applying a P2P answer failed; the underlying error is passed along.",
            when: &[
                "the browser rejects the remote session description",
                "local media cannot be added to the peer connection",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "jitsi.conference_error.OFFER_ANSWER_FAILED",
            remediation: &[
                "Join again with backoff.",
                "Log the underlying error passed with the code; check the browser's WebRTC support and the local media tracks if it repeats.",
            ],
            causes: &[
                "the browser rejected the remote session description",
                "local media could not be added to the peer connection",
            ],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
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
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Negotiation failures are often environmental, so a bounded rejoin may help; repeated failures need the user.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PASSWORD_NOT_SUPPORTED",
            catalog_name: "PASSWORD_NOT_SUPPORTED",
            summary: "A password cannot be set for this conference.",
            cause: "JitsiConference.lock() found no room-secret field in the room configuration, so the promise is rejected with this code.",
            when: &["a moderator tries to lock the room on a server without password support"],
            user_message: "Password protection is not available for this meeting.",
            user_message_key: "jitsi.conference_error.PASSWORD_NOT_SUPPORTED",
            remediation: &[
                "Hide the lock option on deployments without room passwords, or enable room passwords on the server (the room-secret field).",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The server configuration lacks the feature, so repeating the call fails again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PASSWORD_REQUIRED",
            catalog_name: "PASSWORD_REQUIRED",
            summary: "A password is required to join the conference.",
            cause: "The join presence was rejected with not-authorized because the room is locked.",
            when: &[
                "the room is password-protected",
                "the password given was wrong or missing",
            ],
            user_message: "This meeting is protected by a password. Please enter it to join.",
            user_message_key: "jitsi.conference_error.PASSWORD_REQUIRED",
            remediation: &[
                "Ask the user for the meeting password and call JitsiConference.join with it.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The join succeeds once the user enters the right password (JitsiConference.join with the password).",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "RESERVATION_ERROR",
            catalog_name: "RESERVATION_ERROR",
            summary: "The reservation system refused the conference.",
            cause: "Jicofo's reply to the conference request carried a reservation-error; its error code and message are passed along.",
            when: &["the reservation system rejects the room or its time"],
            user_message: "This meeting cannot start right now. Please check the meeting time or contact the organiser.",
            user_message_key: "jitsi.conference_error.RESERVATION_ERROR",
            remediation: &[
                "Show the reservation system's message passed with the code.",
                "Fix the reservation (room, time, owner) before trying again.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The reservation system's verdict does not change until the reservation does.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SETTINGS_ERROR",
            catalog_name: "SETTINGS_ERROR",
            summary: "The server rejected a settings change.",
            cause: "The MUC sent an error message carrying a settings-error text, which is passed along.",
            when: &["a room settings change is refused by the server"],
            user_message: "That setting could not be changed.",
            user_message_key: "jitsi.conference_error.SETTINGS_ERROR",
            remediation: &[
                "Show the server's text; do not repeat the same change.",
                "Check the user's role and the server's room configuration if the change should be allowed.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK emits it on CONFERENCE_ERROR and stays in the conference; the same change would be refused again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEOBRIDGE_NOT_AVAILABLE",
            catalog_name: "VIDEOBRIDGE_NOT_AVAILABLE",
            summary: "No videobridge is available for the conference.",
            cause:
                "Jicofo's presence reported bridgeNotAvailable; the SDK reports it once per room.",
            when: &["all videobridges are full or down"],
            user_message: "This call is full right now. Please try again in a little while.",
            user_message_key: "jitsi.conference_error.VIDEOBRIDGE_NOT_AVAILABLE",
            remediation: &[
                "Join again with backoff.",
                "Alert the operator: every videobridge is full or down; add bridge capacity.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::Capacity,
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
                name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "conference.failed (CONFERENCE_FAILED)",
                        means: "Joining or staying in the conference failed; the conference is over until the app joins again.",
                    },
                    crate::SignalValue {
                        value: "conference.error (CONFERENCE_ERROR)",
                        means: "An error inside a running conference; the participant stays in it.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Bridge capacity may free up, so a bounded rejoin with backoff is reasonable.",
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
            Self::AuthenticationRequired => "conference.authenticationRequired",
            Self::ChatError => "conference.chatError",
            Self::ConferenceAccessDenied => "conference.connectionError.accessDenied",
            Self::ConferenceDestroyed => "conference.destroyed",
            Self::ConferenceMaxUsers => "conference.max_users",
            Self::ConnectionError => "conference.connectionError",
            Self::DisplayNameRequired => "conference.display_name_required",
            Self::FocusDisconnected => "conference.focusDisconnected",
            Self::FocusLeft => "conference.focusLeft",
            Self::GracefulShutdown => "conference.gracefulShutdown",
            Self::IceFailed => "conference.iceFailed",
            Self::IncompatibleServerVersions => "conference.incompatible_server_versions",
            Self::MembersOnlyError => "conference.connectionError.membersOnly",
            Self::NotAllowedError => "conference.connectionError.notAllowed",
            Self::OfferAnswerFailed => "conference.offerAnswerFailed",
            Self::PasswordNotSupported => "conference.passwordNotSupported",
            Self::PasswordRequired => "conference.passwordRequired",
            Self::ReservationError => "conference.reservationError",
            Self::SettingsError => "conference.settingsError",
            Self::VideobridgeNotAvailable => "conference.videobridgeNotAvailable",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "conference.authenticationRequired" => Some(Self::AuthenticationRequired),
            "conference.chatError" => Some(Self::ChatError),
            "conference.connectionError.accessDenied" => Some(Self::ConferenceAccessDenied),
            "conference.destroyed" => Some(Self::ConferenceDestroyed),
            "conference.max_users" => Some(Self::ConferenceMaxUsers),
            "conference.connectionError" => Some(Self::ConnectionError),
            "conference.display_name_required" => Some(Self::DisplayNameRequired),
            "conference.focusDisconnected" => Some(Self::FocusDisconnected),
            "conference.focusLeft" => Some(Self::FocusLeft),
            "conference.gracefulShutdown" => Some(Self::GracefulShutdown),
            "conference.iceFailed" => Some(Self::IceFailed),
            "conference.incompatible_server_versions" => Some(Self::IncompatibleServerVersions),
            "conference.connectionError.membersOnly" => Some(Self::MembersOnlyError),
            "conference.connectionError.notAllowed" => Some(Self::NotAllowedError),
            "conference.offerAnswerFailed" => Some(Self::OfferAnswerFailed),
            "conference.passwordNotSupported" => Some(Self::PasswordNotSupported),
            "conference.passwordRequired" => Some(Self::PasswordRequired),
            "conference.reservationError" => Some(Self::ReservationError),
            "conference.settingsError" => Some(Self::SettingsError),
            "conference.videobridgeNotAvailable" => Some(Self::VideobridgeNotAvailable),
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
            "AUTHENTICATION_REQUIRED" => Some(Self::AuthenticationRequired),
            "CHAT_ERROR" => Some(Self::ChatError),
            "CONFERENCE_ACCESS_DENIED" => Some(Self::ConferenceAccessDenied),
            "CONFERENCE_DESTROYED" => Some(Self::ConferenceDestroyed),
            "CONFERENCE_MAX_USERS" => Some(Self::ConferenceMaxUsers),
            "CONNECTION_ERROR" => Some(Self::ConnectionError),
            "DISPLAY_NAME_REQUIRED" => Some(Self::DisplayNameRequired),
            "FOCUS_DISCONNECTED" => Some(Self::FocusDisconnected),
            "FOCUS_LEFT" => Some(Self::FocusLeft),
            "GRACEFUL_SHUTDOWN" => Some(Self::GracefulShutdown),
            "ICE_FAILED" => Some(Self::IceFailed),
            "INCOMPATIBLE_SERVER_VERSIONS" => Some(Self::IncompatibleServerVersions),
            "MEMBERS_ONLY_ERROR" => Some(Self::MembersOnlyError),
            "NOT_ALLOWED_ERROR" => Some(Self::NotAllowedError),
            "OFFER_ANSWER_FAILED" => Some(Self::OfferAnswerFailed),
            "PASSWORD_NOT_SUPPORTED" => Some(Self::PasswordNotSupported),
            "PASSWORD_REQUIRED" => Some(Self::PasswordRequired),
            "RESERVATION_ERROR" => Some(Self::ReservationError),
            "SETTINGS_ERROR" => Some(Self::SettingsError),
            "VIDEOBRIDGE_NOT_AVAILABLE" => Some(Self::VideobridgeNotAvailable),
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
impl From<ConferenceError> for &'static str {
    fn from(code: ConferenceError) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for ConferenceError {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for ConferenceError {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for ConferenceError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for ConferenceError {}
impl crate::ErrorCode for ConferenceError {
    fn provider(&self) -> &'static str {
        "jitsi"
    }
    fn code_set(&self) -> &'static str {
        "conference_error"
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
/// Sub-type passed with NOT_ALLOWED_ERROR that says why the join was not allowed.
///
/// Upstream: AUTH_ERROR_TYPES in jitsi/lib-jitsi-meet 0.0.0.
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::jitsi::AuthErrorType;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = AuthErrorType::from_value("general").expect("a known value");
/// assert_eq!(code, AuthErrorType::General);
/// assert_eq!(code.value(), "general");
/// assert_eq!(<&str>::from(code), "general");
/// assert_eq!(code.name(), "GENERAL");
/// assert_eq!("GENERAL".parse::<AuthErrorType>(), Ok(code));
/// assert_eq!(code.to_string(), "GENERAL");
/// assert_eq!(code.category(), Category::Permission);
/// assert_eq!(code.retry_policy(), RetryPolicy::Never);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(AuthErrorType::from_value("not-a-code"), None);
/// assert!(AuthErrorType::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthErrorType {
    /// The join was not allowed for an unspecified reason.
    ///
    /// The server returned not-allowed without any of the more specific markers the SDK recognises.
    ///
    /// Wire value "general".
    General,
    /// A visitor cannot join because no main participants are in the meeting.
    ///
    /// The server refused the visitor's join with no-main-participants in the jitsi:visitors namespace.
    ///
    /// Wire value "no-main-participants".
    NoMainParticipants,
    /// Visitors are not admitted because the room uses a lobby.
    ///
    /// The server refused the visitor's join with no-visitors-lobby in the jitsi:visitors namespace.
    ///
    /// Wire value "no-visitors-lobby".
    NoVisitorsLobby,
    /// The visitor may not be promoted to a main participant.
    ///
    /// The server refused the join with promotion-not-allowed in the jitsi:visitors namespace.
    ///
    /// Wire value "promotion-not-allowed".
    PromotionNotAllowed,
    /// The client may not create the room.
    ///
    /// The text "Room creation is restricted" or a room-does-not-exist marker: upstream describes a race where Jicofo left or was leaving the room when the client tried to join.
    ///
    /// Wire value "room-creation-restriction".
    RoomCreationRestriction,
    /// The room does not admit unauthenticated participants.
    ///
    /// The server refused the join with authentication-required in the <http://jitsi.org/jitmeet> namespace.
    ///
    /// Wire value "authentication-required".
    RoomUnauthenticatedAccessDisabled,
}
impl AuthErrorType {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::General,
        Self::NoMainParticipants,
        Self::NoVisitorsLobby,
        Self::PromotionNotAllowed,
        Self::RoomCreationRestriction,
        Self::RoomUnauthenticatedAccessDisabled,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 6;
    const CODE_SET: &'static str = "jitsi/auth_error_type";
    const INFO: [crate::CodeInfo; 6] = [
        crate::CodeInfo {
            name: "GENERAL",
            catalog_name: "GENERAL",
            summary: "The join was not allowed for an unspecified reason.",
            cause: "The server returned not-allowed without any of the more specific markers the SDK recognises.",
            when: &["room rules or server policy refuse the join"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "jitsi.auth_error_type.GENERAL",
            remediation: &[
                "Show the server's text if any; do not retry.",
                "Check the room rules and server policy if the refusal is unexpected.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "A plain refusal is not expected to change on retry; in a breakout room the SDK moves the user back to the main room instead of reporting it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NO_MAIN_PARTICIPANTS",
            catalog_name: "NO_MAIN_PARTICIPANTS",
            summary: "A visitor cannot join because no main participants are in the meeting.",
            cause: "The server refused the visitor's join with no-main-participants in the jitsi:visitors namespace.",
            when: &["a visitor arrives before the meeting has started"],
            user_message: "The meeting has not started yet. Please try again later.",
            user_message_key: "jitsi.auth_error_type.NO_MAIN_PARTICIPANTS",
            remediation: &[
                "Tell the visitor the meeting has not started; let them try again later.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The join can succeed once main participants are present, so the user may try again later.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NO_VISITORS_LOBBY",
            catalog_name: "NO_VISITORS_LOBBY",
            summary: "Visitors are not admitted because the room uses a lobby.",
            cause: "The server refused the visitor's join with no-visitors-lobby in the jitsi:visitors namespace.",
            when: &["a visitor tries to join a room whose lobby is enabled"],
            user_message: "This meeting is not open to viewers right now.",
            user_message_key: "jitsi.auth_error_type.NO_VISITORS_LOBBY",
            remediation: &[
                "Do not retry as a visitor; join as a participant through the lobby, or turn the lobby off for visitors.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("The room's lobby setting must change before a visitor can join."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PROMOTION_NOT_ALLOWED",
            catalog_name: "PROMOTION_NOT_ALLOWED",
            summary: "The visitor may not be promoted to a main participant.",
            cause: "The server refused the join with promotion-not-allowed in the jitsi:visitors namespace.",
            when: &["a visitor tries to join the main room without being allowed"],
            user_message: "You can watch this meeting but not join in.",
            user_message_key: "jitsi.auth_error_type.PROMOTION_NOT_ALLOWED",
            remediation: &[
                "Stay a visitor; the deployment does not let this visitor become a main participant.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The visitor lacks the right to be promoted, and retrying with the same rights fails again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ROOM_CREATION_RESTRICTION",
            catalog_name: "ROOM_CREATION_RESTRICTION",
            summary: "The client may not create the room.",
            cause: "The text \"Room creation is restricted\" or a room-does-not-exist marker: upstream describes a race where Jicofo left or was leaving the room when the client tried to join.",
            when: &[
                "Jicofo left the empty room just as the client joined",
                "a reconnect finished after Jicofo had left the room",
            ],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "jitsi.auth_error_type.ROOM_CREATION_RESTRICTION",
            remediation: &[
                "Join again after a short delay; the SDK has already retried up to three times unless disableRoomCreationRetry is set.",
                "If it recurs, check that Jicofo is up and that only Jicofo may create rooms.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/util/Retry.ts",
            ],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1500,
                multiplier_thousandths: 1500,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 3,
            }),
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK itself retries this race up to three times with jittered backoff (unless disableRoomCreationRetry is set) before reporting it, so a later retry can still succeed.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
            catalog_name: "ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
            summary: "The room does not admit unauthenticated participants.",
            cause: "The server refused the join with authentication-required in the http://jitsi.org/jitmeet namespace.",
            when: &["the room disables unauthenticated access and the user has no valid token"],
            user_message: "You need to sign in to join this meeting.",
            user_message_key: "jitsi.auth_error_type.ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
            remediation: &[
                "Ask the user to sign in or obtain a JWT from the backend, then join again.",
            ],
            causes: &[],
            references: &[
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
                "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
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
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Joining needs authentication, so obtain credentials (for example a JWT) and join again.",
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
            Self::General => "general",
            Self::NoMainParticipants => "no-main-participants",
            Self::NoVisitorsLobby => "no-visitors-lobby",
            Self::PromotionNotAllowed => "promotion-not-allowed",
            Self::RoomCreationRestriction => "room-creation-restriction",
            Self::RoomUnauthenticatedAccessDisabled => "authentication-required",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "general" => Some(Self::General),
            "no-main-participants" => Some(Self::NoMainParticipants),
            "no-visitors-lobby" => Some(Self::NoVisitorsLobby),
            "promotion-not-allowed" => Some(Self::PromotionNotAllowed),
            "room-creation-restriction" => Some(Self::RoomCreationRestriction),
            "authentication-required" => Some(Self::RoomUnauthenticatedAccessDisabled),
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
            "GENERAL" => Some(Self::General),
            "NO_MAIN_PARTICIPANTS" => Some(Self::NoMainParticipants),
            "NO_VISITORS_LOBBY" => Some(Self::NoVisitorsLobby),
            "PROMOTION_NOT_ALLOWED" => Some(Self::PromotionNotAllowed),
            "ROOM_CREATION_RESTRICTION" => Some(Self::RoomCreationRestriction),
            "ROOM_UNAUTHENTICATED_ACCESS_DISABLED" => Some(Self::RoomUnauthenticatedAccessDisabled),
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
impl From<AuthErrorType> for &'static str {
    fn from(code: AuthErrorType) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for AuthErrorType {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for AuthErrorType {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for AuthErrorType {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for AuthErrorType {}
impl crate::ErrorCode for AuthErrorType {
    fn provider(&self) -> &'static str {
        "jitsi"
    }
    fn code_set(&self) -> &'static str {
        "auth_error_type"
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

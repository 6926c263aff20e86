// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! LiveKit error codes.
/// Reason why the ESP32 SDK's room connection failed or is being retried.
///
/// Upstream: livekit_failure_reason_t in livekit/client-sdk-esp32 v0.3.10.
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::livekit::FailureReason;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = FailureReason::from_value(7).expect("a known value");
/// assert_eq!(code, FailureReason::DuplicateIdentity);
/// assert_eq!(code.value(), 7);
/// assert_eq!(i32::from(code), 7);
/// assert_eq!(code.name(), "LIVEKIT_FAILURE_REASON_DUPLICATE_IDENTITY");
/// assert_eq!("LIVEKIT_FAILURE_REASON_DUPLICATE_IDENTITY".parse::<FailureReason>(), Ok(code));
/// assert_eq!(code.to_string(), "LIVEKIT_FAILURE_REASON_DUPLICATE_IDENTITY");
/// assert_eq!(code.category(), Category::EndedByService);
/// assert_eq!(code.retry_policy(), RetryPolicy::UserAction);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(FailureReason::from_value(22), None);
/// assert!(FailureReason::try_from(22).is_err());
/// assert_eq!(code.protocol_equivalent(), Some(rtc_error_catalog::livekit::DisconnectReason::DuplicateIdentity));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum FailureReason {
    /// No failure has occurred.
    ///
    /// The room is connecting, connected, or was closed by the app, so there is nothing to report.
    ///
    /// Wire value 0.
    None = 0,
    /// The LiveKit server could not be reached.
    ///
    /// The signalling websocket could not be opened, for example because of a network outage, a wrong URL, a TLS handshake failure or an offline server.
    ///
    /// Wire value 1.
    Unreachable = 1,
    /// The access token is malformed.
    ///
    /// The server answered the signalling handshake with HTTP 400, for example because the token's identity or room is missing, empty or too long.
    ///
    /// Wire value 2.
    BadToken = 2,
    /// The token is not valid for joining the room.
    ///
    /// The server answered the signalling handshake with HTTP 401, for example because the token has expired or lacks the needed grants.
    ///
    /// Wire value 3.
    Unauthorized = 3,
    /// A WebRTC peer connection could not be established or failed.
    ///
    /// The publisher or subscriber peer connection reported disconnected or failed while connecting or while connected.
    ///
    /// Wire value 4.
    Rtc = 4,
    /// The SDK gave up after the maximum number of reconnect attempts.
    ///
    /// Every automatic retry failed, and the attempt count exceeded CONFIG_LK_MAX_RETRIES (7 by default).
    ///
    /// Wire value 5.
    MaxRetries = 5,
    /// The server stopped answering pings in time.
    ///
    /// No pong arrived within the ping timeout announced in the join response, so the SDK closed the signalling websocket.
    ///
    /// Wire value 6.
    PingTimeout = 6,
    /// Another participant joined with the same identity.
    ///
    /// The server sent a leave request because a newer connection used this participant's identity.
    ///
    /// Wire value 7.
    DuplicateIdentity = 7,
    /// The LiveKit server instance is shutting down.
    ///
    /// The server sent a leave request with reason SERVER_SHUTDOWN because it is going away.
    ///
    /// Wire value 8.
    ServerShutdown = 8,
    /// The participant was removed through the room service API.
    ///
    /// A backend called RoomService.RemoveParticipant for this participant.
    ///
    /// Wire value 9.
    ParticipantRemoved = 9,
    /// The room was deleted through the room service API.
    ///
    /// A backend called RoomService.DeleteRoom for the room.
    ///
    /// Wire value 10.
    RoomDeleted = 10,
    /// The server does not know the session the client tried to resume.
    ///
    /// The server rejected the connection because it holds no state for the session the client presented.
    ///
    /// Wire value 11.
    StateMismatch = 11,
    /// The client could not finish joining the room.
    ///
    /// The server gave up on the participant because the connection was not fully established in time.
    ///
    /// Wire value 12.
    JoinIncomplete = 12,
    /// The server asked the client to move its connection elsewhere.
    ///
    /// A LiveKit Cloud server requested that the participant migrate to another server; the ESP32 SDK does not migrate and ends the connection instead.
    ///
    /// Wire value 13.
    Migration = 13,
    /// The signalling connection was closed unexpectedly.
    ///
    /// The server reported that the signalling websocket closed without a clean leave.
    ///
    /// Wire value 14.
    SignalClose = 14,
    /// The room closed because all standard and ingress participants left.
    ///
    /// The server closed the room once no standard or ingress participant remained in it.
    ///
    /// Wire value 15.
    RoomClosed = 15,
    /// The SIP callee did not answer in time.
    ///
    /// A SIP call placed for the room was not answered before its timeout.
    ///
    /// Wire value 16.
    SipUserUnavailable = 16,
    /// The SIP callee rejected the call.
    ///
    /// The called party declined the SIP call, for example because the line was busy.
    ///
    /// Wire value 17.
    SipUserRejected = 17,
    /// The SIP trunk failed or answered unexpectedly.
    ///
    /// The SIP signalling with the trunk provider failed or returned an unexpected response.
    ///
    /// Wire value 18.
    SipTrunkFailure = 18,
    /// The server timed out the participant's session.
    ///
    /// The server stopped hearing from the participant for too long and ended its session.
    ///
    /// Wire value 19.
    ConnectionTimeout = 19,
    /// A media stream failed or timed out.
    ///
    /// The server ended the session because media stopped flowing or the media path failed.
    ///
    /// Wire value 20.
    MediaFailure = 20,
    /// A failure not covered by the other reasons.
    ///
    /// The SDK hit a failure it does not classify; upstream asks developers to check the console log and report the issue.
    ///
    /// Wire value 21.
    Other = 21,
}
impl FailureReason {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::None,
        Self::Unreachable,
        Self::BadToken,
        Self::Unauthorized,
        Self::Rtc,
        Self::MaxRetries,
        Self::PingTimeout,
        Self::DuplicateIdentity,
        Self::ServerShutdown,
        Self::ParticipantRemoved,
        Self::RoomDeleted,
        Self::StateMismatch,
        Self::JoinIncomplete,
        Self::Migration,
        Self::SignalClose,
        Self::RoomClosed,
        Self::SipUserUnavailable,
        Self::SipUserRejected,
        Self::SipTrunkFailure,
        Self::ConnectionTimeout,
        Self::MediaFailure,
        Self::Other,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 22;
    const CODE_SET: &'static str = "livekit/failure_reason";
    const INFO: [crate::CodeInfo; 22] = [
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_NONE",
            catalog_name: "NONE",
            summary: "No failure has occurred.",
            cause: "The room is connecting, connected, or was closed by the app, so there is nothing to report.",
            when: &[
                "the connection is up or being set up for the first time",
                "the app closed the room, or the server sent a leave with reason CLIENT_INITIATED",
            ],
            user_message: "Everything is working normally.",
            user_message_key: "livekit.failure_reason.NONE",
            remediation: &[
                "Nothing to fix: treat it as the absence of an error (log it at debug level at most).",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
            ],
            since: None,
            category: crate::Category::NotAnError,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_UNREACHABLE",
            catalog_name: "UNREACHABLE",
            summary: "The LiveKit server could not be reached.",
            cause: "The signalling websocket could not be opened, for example because of a network outage, a wrong URL, a TLS handshake failure or an offline server.",
            when: &[
                "the websocket reports an error without an HTTP status",
                "reported while the SDK is reconnecting (state RECONNECTING)",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "livekit.failure_reason.UNREACHABLE",
            remediation: &[
                "Do nothing from the app while the room state is RECONNECTING: the SDK is retrying by itself.",
                "Show the user that the call is reconnecting.",
                "If the state becomes FAILED, handle the final failure reason the SDK then reports (often MAX_RETRIES).",
                "If it ends in FAILED, check that the server URL is right and reachable from the device's network (DNS, TLS, firewall).",
            ],
            causes: &[
                "no network on the device",
                "a wrong server URL",
                "a TLS handshake failure",
                "the server is offline",
            ],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/utils.c",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 200,
                multiplier_thousandths: 2000,
                max_delay_ms: 7000,
                jitter: crate::Jitter::Equal,
                max_attempts: 7,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_BAD_TOKEN",
            catalog_name: "BAD_TOKEN",
            summary: "The access token is malformed.",
            cause: "The server answered the signalling handshake with HTTP 400, for example because the token's identity or room is missing, empty or too long.",
            when: &[
                "connecting with a token that lacks identity or room",
                "connecting with a token whose identity or room exceeds the maximum length",
            ],
            user_message:
                "We could not confirm your access to this call. Please try again in a moment.",
            user_message_key: "livekit.failure_reason.BAD_TOKEN",
            remediation: &[
                "Check how the backend builds the token: it must carry an identity and a room name, each within LiveKit's length limits.",
                "Mint a new token with those fields and connect with it.",
                "Do not retry with the same token: the server refuses it again.",
            ],
            causes: &[
                "the token has no identity or no room",
                "the identity or room name is too long",
            ],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
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
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK stops without retrying on this client-side failure, and only a correctly built token from the app's backend can succeed.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_UNAUTHORIZED",
            catalog_name: "UNAUTHORIZED",
            summary: "The token is not valid for joining the room.",
            cause: "The server answered the signalling handshake with HTTP 401, for example because the token has expired or lacks the needed grants.",
            when: &[
                "the token has expired",
                "the token does not grant joining this room",
            ],
            user_message:
                "We could not confirm your access to this call. Please try joining again.",
            user_message_key: "livekit.failure_reason.UNAUTHORIZED",
            remediation: &[
                "Fetch a new token from the app's backend and connect again.",
                "If a fresh token is refused too, check that it grants roomJoin for this room and that the API key and secret match the server.",
                "Check the device's clock if tokens look expired as soon as they are issued.",
            ],
            causes: &[
                "the token has expired",
                "the token does not grant joining this room",
                "the token was signed with the wrong key",
            ],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
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
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK stops without retrying on this client-side failure, and the upstream doc blames an expired or under-privileged token, so a fresh token is needed.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_RTC",
            catalog_name: "RTC",
            summary: "A WebRTC peer connection could not be established or failed.",
            cause: "The publisher or subscriber peer connection reported disconnected or failed while connecting or while connected.",
            when: &[
                "ICE or DTLS setup fails during join",
                "an established peer connection drops",
                "reported while the SDK is reconnecting (state RECONNECTING)",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "livekit.failure_reason.RTC",
            remediation: &[
                "Do nothing from the app while the room state is RECONNECTING: the SDK is retrying by itself.",
                "Show the user that the call is reconnecting.",
                "If the state becomes FAILED, handle the final failure reason the SDK then reports (often MAX_RETRIES).",
                "If it ends in FAILED, check that the network lets WebRTC through (UDP, or TURN over TLS on port 443) and that the server's ICE/TURN settings are right.",
            ],
            causes: &[
                "ICE or DTLS cannot complete through the network",
                "an established peer connection drops",
            ],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 200,
                multiplier_thousandths: 2000,
                max_delay_ms: 7000,
                jitter: crate::Jitter::Equal,
                max_attempts: 7,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_MAX_RETRIES",
            catalog_name: "MAX_RETRIES",
            summary: "The SDK gave up after the maximum number of reconnect attempts.",
            cause: "Every automatic retry failed, and the attempt count exceeded CONFIG_LK_MAX_RETRIES (7 by default).",
            when: &["repeated unreachable, ping-timeout, RTC or server-side handshake failures"],
            user_message: "We could not reconnect to the call. Check your internet connection, then try again.",
            user_message_key: "livekit.failure_reason.MAX_RETRIES",
            remediation: &[
                "Let the user rejoin when they choose; the SDK has already retried CONFIG_LK_MAX_RETRIES times.",
                "Look in the log at the failure reasons of the individual attempts to find the underlying cause.",
                "Raise CONFIG_LK_MAX_RETRIES (0-100) only if the device's network is known to recover slowly.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/Kconfig",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK has already backed off and retried, so a new attempt should wait for the user or the network to change; most retried failures are network related.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_PING_TIMEOUT",
            catalog_name: "PING_TIMEOUT",
            summary: "The server stopped answering pings in time.",
            cause: "No pong arrived within the ping timeout announced in the join response, so the SDK closed the signalling websocket.",
            when: &[
                "the network drops silently while connected",
                "reported while the SDK is reconnecting (state RECONNECTING)",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "livekit.failure_reason.PING_TIMEOUT",
            remediation: &[
                "Do nothing from the app while the room state is RECONNECTING: the SDK is retrying by itself.",
                "Show the user that the call is reconnecting.",
                "If the state becomes FAILED, handle the final failure reason the SDK then reports (often MAX_RETRIES).",
                "If it happens often, check the device's network for silent drops (Wi-Fi power saving, NAT timeouts).",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 200,
                multiplier_thousandths: 2000,
                max_delay_ms: 7000,
                jitter: crate::Jitter::Equal,
                max_attempts: 7,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_DUPLICATE_IDENTITY",
            catalog_name: "DUPLICATE_IDENTITY",
            summary: "Another participant joined with the same identity.",
            cause: "The server sent a leave request because a newer connection used this participant's identity.",
            when: &[
                "the same user joins from a second device or tab",
                "two devices share one token identity",
            ],
            user_message:
                "You joined this call from another device or window, so this one was disconnected.",
            user_message_key: "livekit.failure_reason.DUPLICATE_IDENTITY",
            remediation: &[
                "Give each device or tab its own participant identity when minting tokens.",
                "Offer the user a button to rejoin here, which disconnects the other session.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Reconnecting automatically would push out the other session in turn, so only the user should decide to rejoin.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_SERVER_SHUTDOWN",
            catalog_name: "SERVER_SHUTDOWN",
            summary: "The LiveKit server instance is shutting down.",
            cause: "The server sent a leave request with reason SERVER_SHUTDOWN because it is going away.",
            when: &["a server is drained or restarted for deployment or scaling"],
            user_message: "The call was interrupted by server maintenance. Reconnecting should work in a moment.",
            user_message_key: "livekit.failure_reason.SERVER_SHUTDOWN",
            remediation: &[
                "Join again after a short delay; the new connection is routed to a healthy server.",
                "No fix is needed on the device: servers are drained during deployments and scaling.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
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
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The ESP32 SDK ends the connection on any server leave, but a new join after a short delay is normally routed to a healthy server.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_PARTICIPANT_REMOVED",
            catalog_name: "PARTICIPANT_REMOVED",
            summary: "The participant was removed through the room service API.",
            cause: "A backend called RoomService.RemoveParticipant for this participant.",
            when: &["a moderator or backend kicks the device from the room"],
            user_message: "You were removed from the call.",
            user_message_key: "livekit.failure_reason.PARTICIPANT_REMOVED",
            remediation: &[
                "Do not rejoin automatically: a backend removed this participant on purpose.",
                "If the removal was not intended, check which service called RoomService.RemoveParticipant.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The removal was a deliberate decision by the app's backend, so rejoining without its consent would undo it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_ROOM_DELETED",
            catalog_name: "ROOM_DELETED",
            summary: "The room was deleted through the room service API.",
            cause: "A backend called RoomService.DeleteRoom for the room.",
            when: &["the app's backend ends the room for everyone"],
            user_message: "This call has ended.",
            user_message_key: "livekit.failure_reason.ROOM_DELETED",
            remediation: &[
                "Do not rejoin the same room: it was deleted through RoomService.DeleteRoom.",
                "Start a new room from the backend if the session should go on.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
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
            name: "LIVEKIT_FAILURE_REASON_STATE_MISMATCH",
            catalog_name: "STATE_MISMATCH",
            summary: "The server does not know the session the client tried to resume.",
            cause: "The server rejected the connection because it holds no state for the session the client presented.",
            when: &["the server already dropped the session after a long network outage"],
            user_message: "The connection to the call was lost for too long. Please join again.",
            user_message_key: "livekit.failure_reason.STATE_MISMATCH",
            remediation: &[
                "Do a fresh join (not a resume) after a short delay; the server no longer holds the old session.",
                "If it recurs, look for long network gaps on the device.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
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
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The old session is gone, but a fresh full join normally succeeds, so the app may reconnect after a delay.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_JOIN_INCOMPLETE",
            catalog_name: "JOIN_INCOMPLETE",
            summary: "The client could not finish joining the room.",
            cause: "The server gave up on the participant because the connection was not fully established in time.",
            when: &["the signalling connection works but media transports never come up"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "livekit.failure_reason.JOIN_INCOMPLETE",
            remediation: &[
                "Join again with backoff.",
                "If it keeps failing, check that the network allows WebRTC media (UDP or TURN over TLS) as well as the signalling websocket.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
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
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Join failures are usually transient network or ICE problems, so a delayed new join is reasonable, with the user told if it keeps failing.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_MIGRATION",
            catalog_name: "MIGRATION",
            summary: "The server asked the client to move its connection elsewhere.",
            cause: "A LiveKit Cloud server requested that the participant migrate to another server; the ESP32 SDK does not migrate and ends the connection instead.",
            when: &["LiveKit Cloud rebalances or drains a server"],
            user_message: "The call moved to another server. Reconnecting should work in a moment.",
            user_message_key: "livekit.failure_reason.MIGRATION",
            remediation: &["Join again after a short delay; this SDK does not migrate by itself."],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
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
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The server wants the participant connected elsewhere, so a new join after a short delay is the expected follow-up.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_SIGNAL_CLOSE",
            catalog_name: "SIGNAL_CLOSE",
            summary: "The signalling connection was closed unexpectedly.",
            cause:
                "The server reported that the signalling websocket closed without a clean leave.",
            when: &[
                "the signalling connection drops and the server reports the reason in a leave request",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "livekit.failure_reason.SIGNAL_CLOSE",
            remediation: &[
                "Join again with backoff.",
                "If it recurs, check the device's network stability and any proxy that closes long-lived websockets.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
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
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "A dropped signalling link is usually transient, so reconnecting with backoff is reasonable.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_ROOM_CLOSED",
            catalog_name: "ROOM_CLOSED",
            summary: "The room closed because all standard and ingress participants left.",
            cause:
                "The server closed the room once no standard or ingress participant remained in it.",
            when: &["everyone else left the room"],
            user_message: "The call has ended because everyone else left.",
            user_message_key: "livekit.failure_reason.ROOM_CLOSED",
            remediation: &["Do not rejoin automatically; let the user start or join a new call."],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The session ended naturally, so only the user should decide to start or join a new one.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_SIP_USER_UNAVAILABLE",
            catalog_name: "SIP_USER_UNAVAILABLE",
            summary: "The SIP callee did not answer in time.",
            cause: "A SIP call placed for the room was not answered before its timeout.",
            when: &["the called phone rings out or is switched off"],
            user_message: "The person you called did not answer.",
            user_message_key: "livekit.failure_reason.SIP_USER_UNAVAILABLE",
            remediation: &[
                "Let the user decide whether to call again later.",
                "Check the ringing timeout of the SIP call if calls end too early.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Calling again only helps once the callee is reachable, which the user has to judge.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_SIP_USER_REJECTED",
            catalog_name: "SIP_USER_REJECTED",
            summary: "The SIP callee rejected the call.",
            cause: "The called party declined the SIP call, for example because the line was busy.",
            when: &["the callee declines the call", "the line is busy"],
            user_message: "The person you called declined the call or was busy.",
            user_message_key: "livekit.failure_reason.SIP_USER_REJECTED",
            remediation: &["Let the user decide whether to call again."],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The other party refused the call, so only the user should decide to call again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_SIP_TRUNK_FAILURE",
            catalog_name: "SIP_TRUNK_FAILURE",
            summary: "The SIP trunk failed or answered unexpectedly.",
            cause: "The SIP signalling with the trunk provider failed or returned an unexpected response.",
            when: &["the SIP trunk is misconfigured or down"],
            user_message: "The phone call could not be connected. Please try again later.",
            user_message_key: "livekit.failure_reason.SIP_TRUNK_FAILURE",
            remediation: &[
                "Check the SIP trunk's configuration (address, credentials, allowed numbers) and its provider's status.",
                "Retry with backoff; alert the operator if it recurs.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
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
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "A trunk failure lies outside the client and may clear, so retry with backoff and alert if it recurs.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_CONNECTION_TIMEOUT",
            catalog_name: "CONNECTION_TIMEOUT",
            summary: "The server timed out the participant's session.",
            cause: "The server stopped hearing from the participant for too long and ended its session.",
            when: &["the device loses connectivity for longer than the server allows"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "livekit.failure_reason.CONNECTION_TIMEOUT",
            remediation: &[
                "Join again with backoff once the device is back online.",
                "If it recurs, look for long gaps in the device's connectivity.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
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
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Timeouts usually come from transient connectivity loss, so reconnecting with backoff is reasonable.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_MEDIA_FAILURE",
            catalog_name: "MEDIA_FAILURE",
            summary: "A media stream failed or timed out.",
            cause: "The server ended the session because media stopped flowing or the media path failed.",
            when: &["media packets stop arriving at the server"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "livekit.failure_reason.MEDIA_FAILURE",
            remediation: &[
                "Join again with backoff.",
                "If it repeats, check that the network lets media through (UDP, or TURN over TLS on port 443).",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
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
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Media failures are often transient network or firewall issues, so a delayed rejoin may work, with the user told if it repeats.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVEKIT_FAILURE_REASON_OTHER",
            catalog_name: "OTHER",
            summary: "A failure not covered by the other reasons.",
            cause: "The SDK hit a failure it does not classify; upstream asks developers to check the console log and report the issue.",
            when: &[
                "the signalling websocket closed without a ping timeout, or the handshake got an HTTP 5xx (the SDK retries)",
                "the handshake got an HTTP 4xx other than 400/401 (the SDK stops)",
                "the server sent a leave with UNKNOWN_REASON, AGENT_ERROR or another reason the SDK does not map (the SDK stops)",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "livekit.failure_reason.OTHER",
            remediation: &[
                "Read the room state: while it is RECONNECTING the SDK is retrying, so wait; once it is FAILED the connection is over.",
                "Check the console log for the HTTP status or leave reason behind it, as upstream asks, and report unknown cases to LiveKit.",
                "After FAILED, offer the user a retry.",
            ],
            causes: &[
                "the signalling websocket closed without a ping timeout (the SDK retries)",
                "the handshake got an HTTP 5xx (the SDK retries)",
                "the handshake got an HTTP 4xx other than 400 or 401 (the SDK stops)",
                "the server sent a leave with UNKNOWN_REASON, AGENT_ERROR or a reason the SDK does not know (the SDK stops)",
            ],
            references: &[
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
                "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Depends,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_RECONNECTING",
                        means: "The SDK is retrying by itself; the reason is not final and the app should wait.",
                    },
                    crate::SignalValue {
                        value: "LIVEKIT_CONNECTION_STATE_FAILED",
                        means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal once the room state is LIVEKIT_CONNECTION_STATE_FAILED; not terminal while it is LIVEKIT_CONNECTION_STATE_RECONNECTING, when the SDK is retrying by itself.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The SDK reports OTHER both while it retries by itself (state RECONNECTING) and after it has given up (state FAILED), so the verdict comes from the connection state.",
            ),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::None => 0,
            Self::Unreachable => 1,
            Self::BadToken => 2,
            Self::Unauthorized => 3,
            Self::Rtc => 4,
            Self::MaxRetries => 5,
            Self::PingTimeout => 6,
            Self::DuplicateIdentity => 7,
            Self::ServerShutdown => 8,
            Self::ParticipantRemoved => 9,
            Self::RoomDeleted => 10,
            Self::StateMismatch => 11,
            Self::JoinIncomplete => 12,
            Self::Migration => 13,
            Self::SignalClose => 14,
            Self::RoomClosed => 15,
            Self::SipUserUnavailable => 16,
            Self::SipUserRejected => 17,
            Self::SipTrunkFailure => 18,
            Self::ConnectionTimeout => 19,
            Self::MediaFailure => 20,
            Self::Other => 21,
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
            0 => Some(Self::None),
            1 => Some(Self::Unreachable),
            2 => Some(Self::BadToken),
            3 => Some(Self::Unauthorized),
            4 => Some(Self::Rtc),
            5 => Some(Self::MaxRetries),
            6 => Some(Self::PingTimeout),
            7 => Some(Self::DuplicateIdentity),
            8 => Some(Self::ServerShutdown),
            9 => Some(Self::ParticipantRemoved),
            10 => Some(Self::RoomDeleted),
            11 => Some(Self::StateMismatch),
            12 => Some(Self::JoinIncomplete),
            13 => Some(Self::Migration),
            14 => Some(Self::SignalClose),
            15 => Some(Self::RoomClosed),
            16 => Some(Self::SipUserUnavailable),
            17 => Some(Self::SipUserRejected),
            18 => Some(Self::SipTrunkFailure),
            19 => Some(Self::ConnectionTimeout),
            20 => Some(Self::MediaFailure),
            21 => Some(Self::Other),
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
            "LIVEKIT_FAILURE_REASON_NONE" => Some(Self::None),
            "LIVEKIT_FAILURE_REASON_UNREACHABLE" => Some(Self::Unreachable),
            "LIVEKIT_FAILURE_REASON_BAD_TOKEN" => Some(Self::BadToken),
            "LIVEKIT_FAILURE_REASON_UNAUTHORIZED" => Some(Self::Unauthorized),
            "LIVEKIT_FAILURE_REASON_RTC" => Some(Self::Rtc),
            "LIVEKIT_FAILURE_REASON_MAX_RETRIES" => Some(Self::MaxRetries),
            "LIVEKIT_FAILURE_REASON_PING_TIMEOUT" => Some(Self::PingTimeout),
            "LIVEKIT_FAILURE_REASON_DUPLICATE_IDENTITY" => Some(Self::DuplicateIdentity),
            "LIVEKIT_FAILURE_REASON_SERVER_SHUTDOWN" => Some(Self::ServerShutdown),
            "LIVEKIT_FAILURE_REASON_PARTICIPANT_REMOVED" => Some(Self::ParticipantRemoved),
            "LIVEKIT_FAILURE_REASON_ROOM_DELETED" => Some(Self::RoomDeleted),
            "LIVEKIT_FAILURE_REASON_STATE_MISMATCH" => Some(Self::StateMismatch),
            "LIVEKIT_FAILURE_REASON_JOIN_INCOMPLETE" => Some(Self::JoinIncomplete),
            "LIVEKIT_FAILURE_REASON_MIGRATION" => Some(Self::Migration),
            "LIVEKIT_FAILURE_REASON_SIGNAL_CLOSE" => Some(Self::SignalClose),
            "LIVEKIT_FAILURE_REASON_ROOM_CLOSED" => Some(Self::RoomClosed),
            "LIVEKIT_FAILURE_REASON_SIP_USER_UNAVAILABLE" => Some(Self::SipUserUnavailable),
            "LIVEKIT_FAILURE_REASON_SIP_USER_REJECTED" => Some(Self::SipUserRejected),
            "LIVEKIT_FAILURE_REASON_SIP_TRUNK_FAILURE" => Some(Self::SipTrunkFailure),
            "LIVEKIT_FAILURE_REASON_CONNECTION_TIMEOUT" => Some(Self::ConnectionTimeout),
            "LIVEKIT_FAILURE_REASON_MEDIA_FAILURE" => Some(Self::MediaFailure),
            "LIVEKIT_FAILURE_REASON_OTHER" => Some(Self::Other),
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
            Self::None => None,
            Self::Unreachable => None,
            Self::BadToken => None,
            Self::Unauthorized => None,
            Self::Rtc => None,
            Self::MaxRetries => None,
            Self::PingTimeout => None,
            Self::DuplicateIdentity => Some(DisconnectReason::DuplicateIdentity),
            Self::ServerShutdown => Some(DisconnectReason::ServerShutdown),
            Self::ParticipantRemoved => Some(DisconnectReason::ParticipantRemoved),
            Self::RoomDeleted => Some(DisconnectReason::RoomDeleted),
            Self::StateMismatch => Some(DisconnectReason::StateMismatch),
            Self::JoinIncomplete => Some(DisconnectReason::JoinFailure),
            Self::Migration => Some(DisconnectReason::Migration),
            Self::SignalClose => Some(DisconnectReason::SignalClose),
            Self::RoomClosed => Some(DisconnectReason::RoomClosed),
            Self::SipUserUnavailable => Some(DisconnectReason::UserUnavailable),
            Self::SipUserRejected => Some(DisconnectReason::UserRejected),
            Self::SipTrunkFailure => Some(DisconnectReason::SipTrunkFailure),
            Self::ConnectionTimeout => Some(DisconnectReason::ConnectionTimeout),
            Self::MediaFailure => Some(DisconnectReason::MediaFailure),
            Self::Other => None,
        }
    }
}
impl From<FailureReason> for i32 {
    fn from(code: FailureReason) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for FailureReason {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for FailureReason {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for FailureReason {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for FailureReason {}
impl crate::ErrorCode for FailureReason {
    fn provider(&self) -> &'static str {
        "livekit"
    }
    fn code_set(&self) -> &'static str {
        "failure_reason"
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
/// Reason why a participant was disconnected from a LiveKit room (LiveKit protocol).
///
/// Upstream: DisconnectReason in livekit/protocol 2.23.0 (package npm:livekit-client@2.23.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::livekit::DisconnectReason;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = DisconnectReason::from_value(0).expect("a known value");
/// assert_eq!(code, DisconnectReason::UnknownReason);
/// assert_eq!(code.value(), 0);
/// assert_eq!(i32::from(code), 0);
/// assert_eq!(code.name(), "UNKNOWN_REASON");
/// assert_eq!("UNKNOWN_REASON".parse::<DisconnectReason>(), Ok(code));
/// assert_eq!(code.to_string(), "UNKNOWN_REASON");
/// assert_eq!(code.category(), Category::Unknown);
/// assert_eq!(code.retry_policy(), RetryPolicy::Backoff);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(DisconnectReason::from_value(17), None);
/// assert!(DisconnectReason::try_from(17).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum DisconnectReason {
    /// No specific reason was given.
    ///
    /// The disconnect was not attributed to any of the defined reasons.
    ///
    /// Wire value 0.
    UnknownReason = 0,
    /// The client itself ended the connection.
    ///
    /// The local app disconnected from the room, or cancelled a connection attempt.
    ///
    /// Wire value 1.
    ClientInitiated = 1,
    /// Another participant with the same identity joined the room.
    ///
    /// The server disconnected this participant because a newer connection used its identity.
    ///
    /// Wire value 2.
    DuplicateIdentity = 2,
    /// The server instance is shutting down.
    ///
    /// The LiveKit server handling the participant is going away and disconnected it.
    ///
    /// Wire value 3.
    ServerShutdown = 3,
    /// The participant was removed through the room service API.
    ///
    /// A backend called RoomService.RemoveParticipant for this participant.
    ///
    /// Wire value 4.
    ParticipantRemoved = 4,
    /// The room was deleted through the room service API.
    ///
    /// A backend called RoomService.DeleteRoom for the room.
    ///
    /// Wire value 5.
    RoomDeleted = 5,
    /// The server does not know the session the client tried to resume.
    ///
    /// The client tried to resume a session for which the server holds no state.
    ///
    /// Wire value 6.
    StateMismatch = 6,
    /// The client could not connect fully.
    ///
    /// The participant never finished establishing its connection to the room.
    ///
    /// Wire value 7.
    JoinFailure = 7,
    /// The server asked the participant to move its connection elsewhere.
    ///
    /// A LiveKit Cloud server requested that the participant migrate its connection to another server.
    ///
    /// Wire value 8.
    Migration = 8,
    /// The signalling websocket closed unexpectedly.
    ///
    /// The signalling connection between client and server dropped without a clean leave.
    ///
    /// Wire value 9.
    SignalClose = 9,
    /// The room closed because all standard and ingress participants left.
    ///
    /// The server closed the room once no standard or ingress participant remained in it.
    ///
    /// Wire value 10.
    RoomClosed = 10,
    /// The SIP callee did not answer in time.
    ///
    /// A SIP call placed for the room was not answered before its timeout.
    ///
    /// Wire value 11.
    UserUnavailable = 11,
    /// The SIP callee rejected the call.
    ///
    /// The called party declined the SIP call, for example because the line was busy.
    ///
    /// Wire value 12.
    UserRejected = 12,
    /// The SIP trunk failed or answered unexpectedly.
    ///
    /// The SIP signalling with the trunk provider failed or returned an unexpected response.
    ///
    /// Wire value 13.
    SipTrunkFailure = 13,
    /// The server timed out the participant's session.
    ///
    /// The server stopped hearing from the participant for too long and ended its session.
    ///
    /// Wire value 14.
    ConnectionTimeout = 14,
    /// A media stream failed or timed out.
    ///
    /// The session ended because media stopped flowing or the media path failed.
    ///
    /// Wire value 15.
    MediaFailure = 15,
    /// An agent encountered an error.
    ///
    /// A LiveKit agent taking part in the session failed, and the participant was disconnected for that reason.
    ///
    /// Wire value 16.
    AgentError = 16,
}
impl DisconnectReason {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::UnknownReason,
        Self::ClientInitiated,
        Self::DuplicateIdentity,
        Self::ServerShutdown,
        Self::ParticipantRemoved,
        Self::RoomDeleted,
        Self::StateMismatch,
        Self::JoinFailure,
        Self::Migration,
        Self::SignalClose,
        Self::RoomClosed,
        Self::UserUnavailable,
        Self::UserRejected,
        Self::SipTrunkFailure,
        Self::ConnectionTimeout,
        Self::MediaFailure,
        Self::AgentError,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 17;
    const CODE_SET: &'static str = "livekit/disconnect_reason";
    const INFO: [crate::CodeInfo; 17] = [
        crate::CodeInfo {
            name: "UNKNOWN_REASON",
            catalog_name: "UNKNOWN_REASON",
            summary: "No specific reason was given.",
            cause: "The disconnect was not attributed to any of the defined reasons.",
            when: &[
                "the server or SDK could not classify the disconnect",
                "livekit-client fails to connect for an unclassified reason (timeout, internal error)",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "livekit.disconnect_reason.UNKNOWN_REASON",
            remediation: &[
                "Retry the join with backoff.",
                "Log the error that came with it (livekit-client reports unclassified connect failures, timeouts and internal errors this way) and check the server logs for the participant.",
            ],
            causes: &[
                "the server did not give a reason",
                "livekit-client failed to connect for an unclassified reason",
            ],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "livekit-client@2.23.0 src/room/RTCEngine.ts",
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
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Without a reason the failure may be transient, so a bounded retry with backoff is the safest default.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_INITIATED",
            catalog_name: "CLIENT_INITIATED",
            summary: "The client itself ended the connection.",
            cause: "The local app disconnected from the room, or cancelled a connection attempt.",
            when: &[
                "the app calls room.disconnect()",
                "a pending connect is aborted",
            ],
            user_message: "You have left the call.",
            user_message_key: "livekit.disconnect_reason.CLIENT_INITIATED",
            remediation: &[
                "Nothing to fix: the app called room.disconnect() or cancelled a pending connect. Clean up the UI.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ],
            since: None,
            category: crate::Category::EndedNormally,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
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
            summary: "Another participant with the same identity joined the room.",
            cause: "The server disconnected this participant because a newer connection used its identity.",
            when: &["the same user joins from a second device or tab"],
            user_message:
                "You joined this call from another device or window, so this one was disconnected.",
            user_message_key: "livekit.disconnect_reason.DUPLICATE_IDENTITY",
            remediation: &[
                "Give each device or tab its own participant identity when minting tokens.",
                "Offer the user a button to rejoin here, which disconnects the other session.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Reconnecting automatically would push out the other session in turn, so only the user should decide to rejoin.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SERVER_SHUTDOWN",
            catalog_name: "SERVER_SHUTDOWN",
            summary: "The server instance is shutting down.",
            cause: "The LiveKit server handling the participant is going away and disconnected it.",
            when: &["a server is drained or restarted for deployment or scaling"],
            user_message: "The call was interrupted by server maintenance. Reconnecting should work in a moment.",
            user_message_key: "livekit.disconnect_reason.SERVER_SHUTDOWN",
            remediation: &[
                "Join again after a short delay; the new connection reaches a healthy server.",
                "When the server asks for a resume or reconnect (LeaveRequest.action), livekit-client does it by itself and this reason is not reported.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "livekit-client@2.23.0 src/room/RTCEngine.ts",
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
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDKs reconnect by themselves only when the server's leave asks them to; once this reason is reported the session is over, but a new join after a delay normally reaches a healthy server.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PARTICIPANT_REMOVED",
            catalog_name: "PARTICIPANT_REMOVED",
            summary: "The participant was removed through the room service API.",
            cause: "A backend called RoomService.RemoveParticipant for this participant.",
            when: &["a moderator or backend kicks the participant"],
            user_message: "You were removed from the call.",
            user_message_key: "livekit.disconnect_reason.PARTICIPANT_REMOVED",
            remediation: &[
                "Do not rejoin automatically: a backend removed this participant on purpose.",
                "If the removal was not intended, check which service called RoomService.RemoveParticipant.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The removal was a deliberate decision by the app's backend, so rejoining without its consent would undo it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ROOM_DELETED",
            catalog_name: "ROOM_DELETED",
            summary: "The room was deleted through the room service API.",
            cause: "A backend called RoomService.DeleteRoom for the room.",
            when: &["the app's backend ends the room for everyone"],
            user_message: "This call has ended.",
            user_message_key: "livekit.disconnect_reason.ROOM_DELETED",
            remediation: &[
                "Do not rejoin the same room: it was deleted through RoomService.DeleteRoom.",
                "Start a new room from the backend if the session should go on.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
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
            name: "STATE_MISMATCH",
            catalog_name: "STATE_MISMATCH",
            summary: "The server does not know the session the client tried to resume.",
            cause: "The client tried to resume a session for which the server holds no state.",
            when: &[
                "a resume after a long network outage, when the server has already dropped the session",
                "livekit-client detects that its transport silently died and no engine is left to reconnect",
            ],
            user_message: "The connection to the call was lost for too long. Please join again.",
            user_message_key: "livekit.disconnect_reason.STATE_MISMATCH",
            remediation: &[
                "Do a fresh join after a short delay; the server no longer holds the old session.",
                "If it recurs, look for long network gaps or a browser tab that was suspended.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
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
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The old session is gone, but a fresh full join normally succeeds, so the app may reconnect after a delay.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "JOIN_FAILURE",
            catalog_name: "JOIN_FAILURE",
            summary: "The client could not connect fully.",
            cause: "The participant never finished establishing its connection to the room.",
            when: &[
                "signalling works but media transports never come up",
                "livekit-client cannot reach the server while joining",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "livekit.disconnect_reason.JOIN_FAILURE",
            remediation: &[
                "Join again with backoff.",
                "If it keeps failing, check that the server URL is reachable and that the network allows WebRTC media (UDP or TURN over TLS).",
            ],
            causes: &[
                "media transports never came up after signalling worked",
                "livekit-client could not reach the server while joining",
            ],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "livekit-client@2.23.0 src/room/RTCEngine.ts",
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
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Join failures are usually transient network or ICE problems, so a delayed new join is reasonable, with the user told if it keeps failing.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "MIGRATION",
            catalog_name: "MIGRATION",
            summary: "The server asked the participant to move its connection elsewhere.",
            cause: "A LiveKit Cloud server requested that the participant migrate its connection to another server.",
            when: &["LiveKit Cloud rebalances or drains a server"],
            user_message: "The call moved to another server. Reconnecting should work in a moment.",
            user_message_key: "livekit.disconnect_reason.MIGRATION",
            remediation: &["Join again after a short delay if the SDK did not already reconnect."],
            causes: &[],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
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
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The server wants the participant connected elsewhere, so a new join after a short delay is the expected follow-up when the SDK did not already reconnect.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SIGNAL_CLOSE",
            catalog_name: "SIGNAL_CLOSE",
            summary: "The signalling websocket closed unexpectedly.",
            cause:
                "The signalling connection between client and server dropped without a clean leave.",
            when: &["the network drops the websocket"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "livekit.disconnect_reason.SIGNAL_CLOSE",
            remediation: &[
                "Join again with backoff.",
                "If it recurs, check for proxies or firewalls that close long-lived websockets.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
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
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "A dropped signalling link is usually transient, so reconnecting with backoff is reasonable.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ROOM_CLOSED",
            catalog_name: "ROOM_CLOSED",
            summary: "The room closed because all standard and ingress participants left.",
            cause:
                "The server closed the room once no standard or ingress participant remained in it.",
            when: &["everyone else left the room"],
            user_message: "The call has ended because everyone else left.",
            user_message_key: "livekit.disconnect_reason.ROOM_CLOSED",
            remediation: &["Do not rejoin automatically; let the user start or join a new call."],
            causes: &[],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "https://github.com/livekit/protocol/commit/b92b88cd (#778)",
            ],
            since: Some("@livekit/protocol 1.19.2"),
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The session ended naturally, so only the user should decide to start or join a new one.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "USER_UNAVAILABLE",
            catalog_name: "USER_UNAVAILABLE",
            summary: "The SIP callee did not answer in time.",
            cause: "A SIP call placed for the room was not answered before its timeout.",
            when: &["the called phone rings out or is switched off"],
            user_message: "The person you called did not answer.",
            user_message_key: "livekit.disconnect_reason.USER_UNAVAILABLE",
            remediation: &[
                "Let the user decide whether to call again later.",
                "Check the ringing timeout of the SIP call if calls end too early.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "https://github.com/livekit/protocol/commit/2406243b (#828)",
            ],
            since: Some("@livekit/protocol 1.24.0"),
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Calling again only helps once the callee is reachable, which the user has to judge.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "USER_REJECTED",
            catalog_name: "USER_REJECTED",
            summary: "The SIP callee rejected the call.",
            cause: "The called party declined the SIP call, for example because the line was busy.",
            when: &[
                "the callee declines the call or the line is busy",
                "livekit-client's join is refused as not allowed (HTTP 4xx)",
            ],
            user_message: "The call was declined.",
            user_message_key: "livekit.disconnect_reason.USER_REJECTED",
            remediation: &[
                "For a SIP call, let the user decide whether to call again.",
                "For a livekit-client join refused as not allowed (HTTP 4xx), check the token's grants and the room's settings.",
            ],
            causes: &[
                "the SIP callee declined or was busy",
                "livekit-client's join was refused as not allowed (HTTP 4xx)",
            ],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "livekit-client@2.23.0 src/room/RTCEngine.ts",
                "https://github.com/livekit/protocol/commit/2406243b (#828)",
            ],
            since: Some("@livekit/protocol 1.24.0"),
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The other party refused, so only the user should decide to try again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SIP_TRUNK_FAILURE",
            catalog_name: "SIP_TRUNK_FAILURE",
            summary: "The SIP trunk failed or answered unexpectedly.",
            cause: "The SIP signalling with the trunk provider failed or returned an unexpected response.",
            when: &["the SIP trunk is misconfigured or down"],
            user_message: "The phone call could not be connected. Please try again later.",
            user_message_key: "livekit.disconnect_reason.SIP_TRUNK_FAILURE",
            remediation: &[
                "Check the SIP trunk's configuration (address, credentials, allowed numbers) and its provider's status.",
                "Retry with backoff; alert the operator if it recurs.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "https://github.com/livekit/protocol/commit/5bd7e73f (#845)",
            ],
            since: Some("@livekit/protocol 1.28.0"),
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
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "A trunk failure lies outside the client and may clear, so retry with backoff and alert if it recurs.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CONNECTION_TIMEOUT",
            catalog_name: "CONNECTION_TIMEOUT",
            summary: "The server timed out the participant's session.",
            cause: "The server stopped hearing from the participant for too long and ended its session.",
            when: &["the client loses connectivity for longer than the server allows"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "livekit.disconnect_reason.CONNECTION_TIMEOUT",
            remediation: &[
                "Join again with backoff once the client is back online.",
                "If it recurs, look for long gaps in the client's connectivity.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "https://github.com/livekit/protocol/commit/218e1318 (#1037)",
            ],
            since: Some("@livekit/protocol 1.37.0"),
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
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Timeouts usually come from transient connectivity loss, so reconnecting with backoff is reasonable.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "MEDIA_FAILURE",
            catalog_name: "MEDIA_FAILURE",
            summary: "A media stream failed or timed out.",
            cause: "The session ended because media stopped flowing or the media path failed.",
            when: &["media packets stop arriving"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "livekit.disconnect_reason.MEDIA_FAILURE",
            remediation: &[
                "Join again with backoff.",
                "If it repeats, check that the network lets media through (UDP, or TURN over TLS on port 443).",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "https://github.com/livekit/protocol/commit/573c85ba (#1085)",
            ],
            since: Some("@livekit/protocol 1.39.0"),
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
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Media failures are often transient network or firewall issues, so a delayed rejoin may work, with the user told if it repeats.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AGENT_ERROR",
            catalog_name: "AGENT_ERROR",
            summary: "An agent encountered an error.",
            cause: "A LiveKit agent taking part in the session failed, and the participant was disconnected for that reason.",
            when: &["an agent job crashes or reports an error"],
            user_message:
                "The assistant in this call ran into a problem. Please try again in a moment.",
            user_message_key: "livekit.disconnect_reason.AGENT_ERROR",
            remediation: &[
                "Check the agent's logs for the job that failed.",
                "Retry with backoff; alert if it recurs.",
            ],
            causes: &[],
            references: &[
                "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
                "https://github.com/livekit/protocol/commit/bb5cf392 (#1434)",
            ],
            since: Some("@livekit/protocol 1.45.0"),
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
                name: "LeaveRequest.action",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECT (0)",
                        means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies.",
                    },
                    crate::SignalValue {
                        value: "RESUME (1)",
                        means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing.",
                    },
                    crate::SignalValue {
                        value: "RECONNECT (2)",
                        means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The failure is on the agent side rather than the client's, so retry with backoff and alert if it recurs.",
            ),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::UnknownReason => 0,
            Self::ClientInitiated => 1,
            Self::DuplicateIdentity => 2,
            Self::ServerShutdown => 3,
            Self::ParticipantRemoved => 4,
            Self::RoomDeleted => 5,
            Self::StateMismatch => 6,
            Self::JoinFailure => 7,
            Self::Migration => 8,
            Self::SignalClose => 9,
            Self::RoomClosed => 10,
            Self::UserUnavailable => 11,
            Self::UserRejected => 12,
            Self::SipTrunkFailure => 13,
            Self::ConnectionTimeout => 14,
            Self::MediaFailure => 15,
            Self::AgentError => 16,
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
            0 => Some(Self::UnknownReason),
            1 => Some(Self::ClientInitiated),
            2 => Some(Self::DuplicateIdentity),
            3 => Some(Self::ServerShutdown),
            4 => Some(Self::ParticipantRemoved),
            5 => Some(Self::RoomDeleted),
            6 => Some(Self::StateMismatch),
            7 => Some(Self::JoinFailure),
            8 => Some(Self::Migration),
            9 => Some(Self::SignalClose),
            10 => Some(Self::RoomClosed),
            11 => Some(Self::UserUnavailable),
            12 => Some(Self::UserRejected),
            13 => Some(Self::SipTrunkFailure),
            14 => Some(Self::ConnectionTimeout),
            15 => Some(Self::MediaFailure),
            16 => Some(Self::AgentError),
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
            "UNKNOWN_REASON" => Some(Self::UnknownReason),
            "CLIENT_INITIATED" => Some(Self::ClientInitiated),
            "DUPLICATE_IDENTITY" => Some(Self::DuplicateIdentity),
            "SERVER_SHUTDOWN" => Some(Self::ServerShutdown),
            "PARTICIPANT_REMOVED" => Some(Self::ParticipantRemoved),
            "ROOM_DELETED" => Some(Self::RoomDeleted),
            "STATE_MISMATCH" => Some(Self::StateMismatch),
            "JOIN_FAILURE" => Some(Self::JoinFailure),
            "MIGRATION" => Some(Self::Migration),
            "SIGNAL_CLOSE" => Some(Self::SignalClose),
            "ROOM_CLOSED" => Some(Self::RoomClosed),
            "USER_UNAVAILABLE" => Some(Self::UserUnavailable),
            "USER_REJECTED" => Some(Self::UserRejected),
            "SIP_TRUNK_FAILURE" => Some(Self::SipTrunkFailure),
            "CONNECTION_TIMEOUT" => Some(Self::ConnectionTimeout),
            "MEDIA_FAILURE" => Some(Self::MediaFailure),
            "AGENT_ERROR" => Some(Self::AgentError),
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
        "livekit"
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

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! SpatialReal AvatarKit error codes.
/// Stable string error code carried in AvatarSDKError.code by the SpatialReal Python server SDK.
///
/// Upstream: AvatarSDKErrorCode in SpatialReal-ai/python-sdk 0.2.2 (package pypi:spatialreal@0.2.2).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::spatialreal::AvatarSdkErrorCode;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = AvatarSdkErrorCode::from_value("sessionTokenExpired").expect("a known value");
/// assert_eq!(code, AvatarSdkErrorCode::SessionTokenExpired);
/// assert_eq!(code.value(), "sessionTokenExpired");
/// assert_eq!(<&str>::from(code), "sessionTokenExpired");
/// assert_eq!(code.name(), "sessionTokenExpired");
/// assert_eq!("sessionTokenExpired".parse::<AvatarSdkErrorCode>(), Ok(code));
/// assert_eq!(code.to_string(), "sessionTokenExpired");
/// assert_eq!(code.category(), Category::Credentials);
/// assert_eq!(code.retry_policy(), RetryPolicy::RefreshCredentials);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(AvatarSdkErrorCode::from_value("not-a-code"), None);
/// assert!(AvatarSdkErrorCode::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AvatarSdkErrorCode {
    /// The session token has expired or is no longer authorized.
    ///
    /// The session token presented to the service is past its expiry time or has been revoked.
    ///
    /// Wire value "sessionTokenExpired".
    SessionTokenExpired,
    /// The session token or API key was rejected.
    ///
    /// The session-token request was refused with HTTP 401, the WebSocket upgrade was refused with HTTP 401 or 403, or the server closed the session with close code 4010 (bad or expired token, or app ID mismatch).
    ///
    /// Wire value "sessionTokenInvalid".
    SessionTokenInvalid,
    /// The server does not recognize the app ID.
    ///
    /// The SDK reports this when the console API answers the session-token request with HTTP 403.
    ///
    /// Wire value "appIDUnrecognized".
    AppIdUnrecognized,
    /// The session token belongs to a different app.
    ///
    /// The app ID sent with the connection does not match the app the session token was issued for.
    ///
    /// Wire value "appIDMismatch".
    AppIdMismatch,
    /// The requested avatar does not exist.
    ///
    /// The SDK reports this when the session-token request is answered with HTTP 404.
    ///
    /// Wire value "avatarNotFound".
    AvatarNotFound,
    /// Billing requirements block the session.
    ///
    /// The SDK reports this when the session-token request is answered with HTTP 402.
    ///
    /// Wire value "billingRequired".
    BillingRequired,
    /// The account has run out of credits.
    ///
    /// The server ended the session with close code 4001; the provider says reconnecting cannot succeed until the account is topped up.
    ///
    /// Wire value "creditsExhausted".
    CreditsExhausted,
    /// The session reached its maximum allowed duration.
    ///
    /// The server ended the session with close code 4002 because it hit its duration limit; the provider says reconnecting is allowed and expected.
    ///
    /// Wire value "sessionDurationExceeded".
    SessionDurationExceeded,
    /// Too many concurrent sessions for the account's plan.
    ///
    /// The session-token request was answered with HTTP 429, or the server closed the session with close code 4003; a session slot has to free up first.
    ///
    /// Wire value "concurrencyLimit".
    ConcurrencyLimit,
    /// The handshake rejected the audio sample rate.
    ///
    /// The sample rate in the session configuration is not one the server accepts.
    ///
    /// Wire value "unsupportedSampleRate".
    UnsupportedSampleRate,
    /// The egress configuration is invalid.
    ///
    /// The LiveKit or Agora egress settings sent in the handshake are missing or malformed.
    ///
    /// Wire value "invalidEgressConfig".
    InvalidEgressConfig,
    /// The egress service is unavailable or not configured.
    ///
    /// The server could not reach or provision the egress service that streams the avatar into a LiveKit room or Agora channel.
    ///
    /// Wire value "egressUnavailable".
    EgressUnavailable,
    /// The session was closed because no input arrived.
    ///
    /// The server ended the session after a period with no audio input.
    ///
    /// Wire value "idleTimeout".
    IdleTimeout,
    /// A server-side dependency is briefly unavailable.
    ///
    /// The server ended the session with close code 4503 because an internal dependency was rolling, unreachable or answering 5xx.
    ///
    /// Wire value "upstreamError".
    UpstreamError,
    /// The request payload or parameters are invalid.
    ///
    /// The session-token request failed with an unmapped 4xx status, or returned an error list in a 200 response.
    ///
    /// Wire value "invalidRequest".
    InvalidRequest,
    /// The transport connection could not be set up or broke.
    ///
    /// A network error or timeout on the session-token request, a failed WebSocket connect or send, or an unexpected error in the read loop.
    ///
    /// Wire value "connectionFailed".
    ConnectionFailed,
    /// The WebSocket closed unexpectedly.
    ///
    /// The connection closed abnormally without a close code, or with a close code the SDK does not map to a specific error.
    ///
    /// Wire value "connectionClosed".
    ConnectionClosed,
    /// The server sent an invalid or unexpected message.
    ///
    /// A protobuf payload could not be decoded, the handshake got an unexpected or incomplete reply, or the session-token response could not be parsed.
    ///
    /// Wire value "protocolError".
    ProtocolError,
    /// The server returned an unclassified error.
    ///
    /// The session-token request got HTTP 5xx, or the server sent a ServerError message whose code is not a 4000-4999 close code.
    ///
    /// Wire value "serverError".
    ServerError,
    /// The SDK could not classify the failure.
    ///
    /// Fallback code for failures that fit no other code.
    ///
    /// Wire value "unknown".
    Unknown,
}
impl AvatarSdkErrorCode {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::SessionTokenExpired,
        Self::SessionTokenInvalid,
        Self::AppIdUnrecognized,
        Self::AppIdMismatch,
        Self::AvatarNotFound,
        Self::BillingRequired,
        Self::CreditsExhausted,
        Self::SessionDurationExceeded,
        Self::ConcurrencyLimit,
        Self::UnsupportedSampleRate,
        Self::InvalidEgressConfig,
        Self::EgressUnavailable,
        Self::IdleTimeout,
        Self::UpstreamError,
        Self::InvalidRequest,
        Self::ConnectionFailed,
        Self::ConnectionClosed,
        Self::ProtocolError,
        Self::ServerError,
        Self::Unknown,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 20;
    const CODE_SET: &'static str = "spatialreal/avatar_sdk_error_code";
    const INFO: [crate::CodeInfo; 20] = [
        crate::CodeInfo {
            name: "sessionTokenExpired",
            catalog_name: "sessionTokenExpired",
            summary: "The session token has expired or is no longer authorized.",
            cause: "The session token presented to the service is past its expiry time or has been revoked.",
            when: &[
                "a session token is used after its expireAt time",
                "a token was revoked before the connection was made",
            ],
            user_message: "Your session has expired. Please try again.",
            user_message_key: "spatialreal.avatar_sdk_error_code.sessionTokenExpired",
            remediation: &[
                "Request a new session token from the backend and connect with it.",
                "If fresh tokens are refused too, check the API key and the app ID the token is issued for.",
            ],
            causes: &[],
            references: &["spatialreal@0.2.2 spatialreal/errors.py"],
            since: None,
            category: crate::Category::Credentials,
            retry_policy: crate::RetryPolicy::RefreshCredentials,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 100,
                multiplier_thousandths: 2000,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 2,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "SDK 0.2.2 defines but never emits this code, so we treat it like the auth-failure close code 4010, which ends the session.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "sessionTokenInvalid",
            catalog_name: "sessionTokenInvalid",
            summary: "The session token or API key was rejected.",
            cause: "The session-token request was refused with HTTP 401, the WebSocket upgrade was refused with HTTP 401 or 403, or the server closed the session with close code 4010 (bad or expired token, or app ID mismatch).",
            when: &[
                "the session token is invalid, empty or expired",
                "the console API answers the session-token request with HTTP 401",
                "the WebSocket upgrade is rejected with HTTP 401 or 403",
                "the server ends the session with close code 4010",
            ],
            user_message:
                "We could not confirm your access to this call. Please try joining again.",
            user_message_key: "spatialreal.avatar_sdk_error_code.sessionTokenInvalid",
            remediation: &[
                "Request a new session token from the backend and connect with it.",
                "If fresh tokens are refused too, check the API key and the app ID the token is issued for.",
                "Check that the session token request sends the right API key (HTTP 401 means the key was rejected).",
            ],
            causes: &[
                "HTTP 401 on the session-token request (API key rejected)",
                "HTTP 401 or 403 on the WebSocket upgrade",
                "close code 4010: a bad or expired token, or an app ID mismatch",
            ],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ],
            since: None,
            category: crate::Category::Credentials,
            retry_policy: crate::RetryPolicy::RefreshCredentials,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 100,
                multiplier_thousandths: 2000,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 2,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
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
            name: "appIDUnrecognized",
            catalog_name: "appIDUnrecognized",
            summary: "The server does not recognize the app ID.",
            cause: "The SDK reports this when the console API answers the session-token request with HTTP 403.",
            when: &[
                "the configured app ID is unknown to the server",
                "the session-token request returns HTTP 403",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "spatialreal.avatar_sdk_error_code.appIDUnrecognized",
            remediation: &[
                "Check the app ID in the SDK configuration against the one in the SpatialReal console.",
            ],
            causes: &[],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
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
            name: "appIDMismatch",
            catalog_name: "appIDMismatch",
            summary: "The session token belongs to a different app.",
            cause: "The app ID sent with the connection does not match the app the session token was issued for.",
            when: &["a token minted for one app is used with another app ID"],
            user_message:
                "We could not confirm your access to this call. Please try joining again.",
            user_message_key: "spatialreal.avatar_sdk_error_code.appIDMismatch",
            remediation: &[
                "Use a session token issued for the same app ID that the connection sends.",
            ],
            causes: &[],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ],
            since: None,
            category: crate::Category::Credentials,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "SDK 0.2.2 defines but never emits this code; the proto folds app ID mismatches into close code 4010, which ends the session.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "avatarNotFound",
            catalog_name: "avatarNotFound",
            summary: "The requested avatar does not exist.",
            cause: "The SDK reports this when the session-token request is answered with HTTP 404.",
            when: &[
                "the avatar ID is wrong or the avatar was deleted",
                "the session-token request returns HTTP 404",
            ],
            user_message: "This avatar is not available.",
            user_message_key: "spatialreal.avatar_sdk_error_code.avatarNotFound",
            remediation: &[
                "Check the avatar ID in the configuration; the avatar may have been deleted.",
            ],
            causes: &[],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
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
            name: "billingRequired",
            catalog_name: "billingRequired",
            summary: "Billing requirements block the session.",
            cause: "The SDK reports this when the session-token request is answered with HTTP 402.",
            when: &[
                "the account has no valid billing setup",
                "the session-token request returns HTTP 402",
            ],
            user_message:
                "This service is not available right now. Please contact the organiser or support.",
            user_message_key: "spatialreal.avatar_sdk_error_code.billingRequired",
            remediation: &[
                "Set up billing for the account in the SpatialReal console; retrying cannot help until then.",
            ],
            causes: &[],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
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
            name: "creditsExhausted",
            catalog_name: "creditsExhausted",
            summary: "The account has run out of credits.",
            cause: "The server ended the session with close code 4001; the provider says reconnecting cannot succeed until the account is topped up.",
            when: &[
                "runtime or connect-time credits run out",
                "the server closes the session with close code 4001",
            ],
            user_message:
                "This service is not available right now. Please contact the organiser or support.",
            user_message_key: "spatialreal.avatar_sdk_error_code.creditsExhausted",
            remediation: &[
                "Top up the account's credits; do not reconnect until then (the provider's close-code contract).",
            ],
            causes: &[],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
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
            name: "sessionDurationExceeded",
            catalog_name: "sessionDurationExceeded",
            summary: "The session reached its maximum allowed duration.",
            cause: "The server ended the session with close code 4002 because it hit its duration limit; the provider says reconnecting is allowed and expected.",
            when: &[
                "a session runs past its maximum duration",
                "the server closes the session with close code 4002",
            ],
            user_message: "The session reached its time limit. Please start a new one.",
            user_message_key: "spatialreal.avatar_sdk_error_code.sessionDurationExceeded",
            remediation: &[
                "Start a new session; the provider says reconnecting is allowed and expected.",
                "Split long conversations into sessions shorter than the duration limit if the break is unwelcome.",
            ],
            causes: &[],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
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
            name: "concurrencyLimit",
            catalog_name: "concurrencyLimit",
            summary: "Too many concurrent sessions for the account's plan.",
            cause: "The session-token request was answered with HTTP 429, or the server closed the session with close code 4003; a session slot has to free up first.",
            when: &[
                "the plan's concurrent-connection limit is reached",
                "the session-token request returns HTTP 429",
                "the server closes the session with close code 4003",
            ],
            user_message: "This call is full right now. Please try again in a little while.",
            user_message_key: "spatialreal.avatar_sdk_error_code.concurrencyLimit",
            remediation: &[
                "Wait for one of the account's sessions to end before starting another; do not reconnect in a loop.",
                "Close sessions that are no longer needed, or move to a plan with more concurrent sessions.",
            ],
            causes: &["HTTP 429 on the session-token request", "close code 4003"],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
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
            name: "unsupportedSampleRate",
            catalog_name: "unsupportedSampleRate",
            summary: "The handshake rejected the audio sample rate.",
            cause: "The sample rate in the session configuration is not one the server accepts.",
            when: &["the session is configured with an unsupported sample_rate"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "spatialreal.avatar_sdk_error_code.unsupportedSampleRate",
            remediation: &[
                "Set sample_rate in the session configuration to one the server accepts.",
            ],
            causes: &[],
            references: &["spatialreal@0.2.2 spatialreal/errors.py"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "SDK 0.2.2 defines but never emits this code; a rejected handshake leaves no session to continue.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "invalidEgressConfig",
            catalog_name: "invalidEgressConfig",
            summary: "The egress configuration is invalid.",
            cause: "The LiveKit or Agora egress settings sent in the handshake are missing or malformed.",
            when: &["egress URL, room, channel or token settings are wrong"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "spatialreal.avatar_sdk_error_code.invalidEgressConfig",
            remediation: &[
                "Check the LiveKit or Agora egress settings (URL, room or channel, token) sent with the session.",
            ],
            causes: &[],
            references: &["spatialreal@0.2.2 spatialreal/errors.py"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "SDK 0.2.2 defines but never emits this code; a rejected egress configuration leaves no usable session.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "egressUnavailable",
            catalog_name: "egressUnavailable",
            summary: "The egress service is unavailable or not configured.",
            cause: "The server could not reach or provision the egress service that streams the avatar into a LiveKit room or Agora channel.",
            when: &[
                "egress mode is requested but the egress service is down",
                "egress is not set up for the deployment",
            ],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "spatialreal.avatar_sdk_error_code.egressUnavailable",
            remediation: &[
                "Check that egress is set up for the deployment; contact SpatialReal if it is and still fails.",
            ],
            causes: &[],
            references: &["spatialreal@0.2.2 spatialreal/errors.py"],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "SDK 0.2.2 defines but never emits this code; without egress an egress-mode session cannot proceed.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "idleTimeout",
            catalog_name: "idleTimeout",
            summary: "The session was closed because no input arrived.",
            cause: "The server ended the session after a period with no audio input.",
            when: &["no audio is sent for longer than the idle timeout"],
            user_message:
                "The session closed because it was idle. Please start a new one when you are ready.",
            user_message_key: "spatialreal.avatar_sdk_error_code.idleTimeout",
            remediation: &[
                "Start a new session when there is audio to send again.",
                "Send audio, or close the session yourself, before the idle timeout.",
            ],
            causes: &[],
            references: &["spatialreal@0.2.2 spatialreal/errors.py"],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "AvatarSDKError.retryable is false for this code (the seed said retry), so we start a new session only when there is input again; SDK 0.2.2 never emits it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "upstreamError",
            catalog_name: "upstreamError",
            summary: "A server-side dependency is briefly unavailable.",
            cause: "The server ended the session with close code 4503 because an internal dependency was rolling, unreachable or answering 5xx.",
            when: &[
                "a backend deploy or network blip on the provider side",
                "the server closes the session with close code 4503",
            ],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "spatialreal.avatar_sdk_error_code.upstreamError",
            remediation: &[
                "Reconnect with backoff; the provider calls this a brief server-side problem.",
                "Alert if it recurs.",
            ],
            causes: &[],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
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
            name: "invalidRequest",
            catalog_name: "invalidRequest",
            summary: "The request payload or parameters are invalid.",
            cause: "The session-token request failed with an unmapped 4xx status, or returned an error list in a 200 response.",
            when: &[
                "the session-token request returns an unmapped 4xx status",
                "the console API returns errors for the request body",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "spatialreal.avatar_sdk_error_code.invalidRequest",
            remediation: &[
                "Read server_detail and raw_body on the error to see which parameter was refused, and fix the request.",
            ],
            causes: &[],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
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
            name: "connectionFailed",
            catalog_name: "connectionFailed",
            summary: "The transport connection could not be set up or broke.",
            cause: "A network error or timeout on the session-token request, a failed WebSocket connect or send, or an unexpected error in the read loop.",
            when: &[
                "the console API or ingress endpoint is unreachable",
                "the session-token request times out",
                "sending on the WebSocket fails",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "spatialreal.avatar_sdk_error_code.connectionFailed",
            remediation: &[
                "Reconnect with backoff.",
                "If it persists, check that the console API and the ingress endpoint are reachable from the server (DNS, firewall, proxy).",
            ],
            causes: &[
                "a network error or timeout on the session-token request",
                "a failed WebSocket connect or send",
                "an unexpected error in the read loop",
            ],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
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
            name: "connectionClosed",
            catalog_name: "connectionClosed",
            summary: "The WebSocket closed unexpectedly.",
            cause: "The connection closed abnormally without a close code, or with a close code the SDK does not map to a specific error.",
            when: &[
                "the connection drops without a close frame",
                "the server closes with an unmapped close code",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "spatialreal.avatar_sdk_error_code.connectionClosed",
            remediation: &[
                "Reconnect with backoff unless AvatarSDKError.retryable is false (an unmapped close code in 4000-4499).",
                "Log close_code and close_reason.",
            ],
            causes: &[
                "the connection dropped without a close frame",
                "the server closed with a close code the SDK does not map",
            ],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "AvatarSDKError.retryable is true except when the unmapped close code lies in 4000-4499.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "protocolError",
            catalog_name: "protocolError",
            summary: "The server sent an invalid or unexpected message.",
            cause: "A protobuf payload could not be decoded, the handshake got an unexpected or incomplete reply, or the session-token response could not be parsed.",
            when: &[
                "a non-binary or undecodable message during the handshake",
                "the handshake confirmation lacks a connection ID",
                "an undecodable message during the session",
            ],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "spatialreal.avatar_sdk_error_code.protocolError",
            remediation: &[
                "Log the error and the SDK version; during a running session the SDK keeps reading, so no action is needed unless it repeats.",
                "During connection, upgrade the SDK and report the failure to SpatialReal.",
            ],
            causes: &[],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal when AvatarSDKError.phase is session_token, websocket_connect or websocket_handshake (the attempt ends); not terminal in websocket_runtime, when the SDK reports it and keeps reading.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "During a running session the SDK reports it and keeps reading, though during init or the handshake it ends the attempt, so the verdict follows the error's phase.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "serverError",
            catalog_name: "serverError",
            summary: "The server returned an unclassified error.",
            cause: "The session-token request got HTTP 5xx, or the server sent a ServerError message whose code is not a 4000-4999 close code.",
            when: &[
                "the console API answers with HTTP 5xx",
                "the server relays an upstream failure for a request",
            ],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "spatialreal.avatar_sdk_error_code.serverError",
            remediation: &[
                "Log server_code and server_detail; during a running session the SDK keeps the connection, so no action is needed unless it repeats.",
                "Alert SpatialReal if HTTP 5xx on the session-token request persists.",
            ],
            causes: &[
                "HTTP 5xx on the session-token request",
                "a ServerError message whose code is not a 4000-4999 close code",
            ],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal when AvatarSDKError.phase is session_token, websocket_connect or websocket_handshake (the attempt ends); not terminal in websocket_runtime, when the SDK reports it without closing.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A ServerError message during a running session is reported without the SDK closing the connection, though during init or the handshake it ends the attempt, so the verdict follows the error's phase.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "unknown",
            catalog_name: "unknown",
            summary: "The SDK could not classify the failure.",
            cause: "Fallback code for failures that fit no other code.",
            when: &["an unclassified failure"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "spatialreal.avatar_sdk_error_code.unknown",
            remediation: &[
                "Log the error with its phase and message and report it to SpatialReal.",
            ],
            causes: &[],
            references: &["spatialreal@0.2.2 spatialreal/errors.py"],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "SDK 0.2.2 never emits this code; we assume the worst for an unclassified failure.",
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
            Self::SessionTokenExpired => "sessionTokenExpired",
            Self::SessionTokenInvalid => "sessionTokenInvalid",
            Self::AppIdUnrecognized => "appIDUnrecognized",
            Self::AppIdMismatch => "appIDMismatch",
            Self::AvatarNotFound => "avatarNotFound",
            Self::BillingRequired => "billingRequired",
            Self::CreditsExhausted => "creditsExhausted",
            Self::SessionDurationExceeded => "sessionDurationExceeded",
            Self::ConcurrencyLimit => "concurrencyLimit",
            Self::UnsupportedSampleRate => "unsupportedSampleRate",
            Self::InvalidEgressConfig => "invalidEgressConfig",
            Self::EgressUnavailable => "egressUnavailable",
            Self::IdleTimeout => "idleTimeout",
            Self::UpstreamError => "upstreamError",
            Self::InvalidRequest => "invalidRequest",
            Self::ConnectionFailed => "connectionFailed",
            Self::ConnectionClosed => "connectionClosed",
            Self::ProtocolError => "protocolError",
            Self::ServerError => "serverError",
            Self::Unknown => "unknown",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "sessionTokenExpired" => Some(Self::SessionTokenExpired),
            "sessionTokenInvalid" => Some(Self::SessionTokenInvalid),
            "appIDUnrecognized" => Some(Self::AppIdUnrecognized),
            "appIDMismatch" => Some(Self::AppIdMismatch),
            "avatarNotFound" => Some(Self::AvatarNotFound),
            "billingRequired" => Some(Self::BillingRequired),
            "creditsExhausted" => Some(Self::CreditsExhausted),
            "sessionDurationExceeded" => Some(Self::SessionDurationExceeded),
            "concurrencyLimit" => Some(Self::ConcurrencyLimit),
            "unsupportedSampleRate" => Some(Self::UnsupportedSampleRate),
            "invalidEgressConfig" => Some(Self::InvalidEgressConfig),
            "egressUnavailable" => Some(Self::EgressUnavailable),
            "idleTimeout" => Some(Self::IdleTimeout),
            "upstreamError" => Some(Self::UpstreamError),
            "invalidRequest" => Some(Self::InvalidRequest),
            "connectionFailed" => Some(Self::ConnectionFailed),
            "connectionClosed" => Some(Self::ConnectionClosed),
            "protocolError" => Some(Self::ProtocolError),
            "serverError" => Some(Self::ServerError),
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
            "sessionTokenExpired" => Some(Self::SessionTokenExpired),
            "sessionTokenInvalid" => Some(Self::SessionTokenInvalid),
            "appIDUnrecognized" => Some(Self::AppIdUnrecognized),
            "appIDMismatch" => Some(Self::AppIdMismatch),
            "avatarNotFound" => Some(Self::AvatarNotFound),
            "billingRequired" => Some(Self::BillingRequired),
            "creditsExhausted" => Some(Self::CreditsExhausted),
            "sessionDurationExceeded" => Some(Self::SessionDurationExceeded),
            "concurrencyLimit" => Some(Self::ConcurrencyLimit),
            "unsupportedSampleRate" => Some(Self::UnsupportedSampleRate),
            "invalidEgressConfig" => Some(Self::InvalidEgressConfig),
            "egressUnavailable" => Some(Self::EgressUnavailable),
            "idleTimeout" => Some(Self::IdleTimeout),
            "upstreamError" => Some(Self::UpstreamError),
            "invalidRequest" => Some(Self::InvalidRequest),
            "connectionFailed" => Some(Self::ConnectionFailed),
            "connectionClosed" => Some(Self::ConnectionClosed),
            "protocolError" => Some(Self::ProtocolError),
            "serverError" => Some(Self::ServerError),
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
impl From<AvatarSdkErrorCode> for &'static str {
    fn from(code: AvatarSdkErrorCode) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for AvatarSdkErrorCode {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for AvatarSdkErrorCode {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for AvatarSdkErrorCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for AvatarSdkErrorCode {}
impl crate::ErrorCode for AvatarSdkErrorCode {
    fn provider(&self) -> &'static str {
        "spatialreal"
    }
    fn code_set(&self) -> &'static str {
        "avatar_sdk_error_code"
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
/// WebSocket close code the SpatialReal server sends when it ends a session, also carried in ServerError.code.
///
/// Upstream: CloseCode in SpatialReal-ai/python-sdk 0.2.2 (package pypi:spatialreal@0.2.2).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::spatialreal::CloseCode;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = CloseCode::from_value(4001).expect("a known value");
/// assert_eq!(code, CloseCode::CreditsExhausted);
/// assert_eq!(code.value(), 4001);
/// assert_eq!(i32::from(code), 4001);
/// assert_eq!(code.name(), "CREDITS_EXHAUSTED");
/// assert_eq!("CREDITS_EXHAUSTED".parse::<CloseCode>(), Ok(code));
/// assert_eq!(code.to_string(), "CREDITS_EXHAUSTED");
/// assert_eq!(code.category(), Category::BillingQuota);
/// assert_eq!(code.retry_policy(), RetryPolicy::Never);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(CloseCode::from_value(4504), None);
/// assert!(CloseCode::try_from(4504).is_err());
/// assert_eq!(code.protocol_equivalent(), Some(rtc_error_catalog::spatialreal::AvatarSdkErrorCode::CreditsExhausted));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum CloseCode {
    /// The account is out of credits.
    ///
    /// The server ended the session because the account's credits ran out; the provider says not to reconnect until it is topped up.
    ///
    /// Wire value 4001.
    CreditsExhausted = 4001,
    /// The session hit its maximum duration.
    ///
    /// The server ended the session at its duration limit; the provider says reconnecting is allowed and expected.
    ///
    /// Wire value 4002.
    SessionTimeout = 4002,
    /// Too many concurrent connections for the plan.
    ///
    /// The server refused or ended the session because the plan's concurrent-connection limit is reached; the provider says not to reconnect until a slot frees up.
    ///
    /// Wire value 4003.
    ConcurrencyLimit = 4003,
    /// Authentication of the session failed.
    ///
    /// The session token was bad or expired, or the app ID did not match; the provider says the client needs a fresh token before reconnecting.
    ///
    /// Wire value 4010.
    AuthFailed = 4010,
    /// A server-side dependency is briefly unavailable.
    ///
    /// A dependency such as the control plane was rolling, hit a network blip or answered 5xx; the provider says to reconnect, ideally with backoff.
    ///
    /// Wire value 4503.
    UpstreamUnavailable = 4503,
}
impl CloseCode {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::CreditsExhausted,
        Self::SessionTimeout,
        Self::ConcurrencyLimit,
        Self::AuthFailed,
        Self::UpstreamUnavailable,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 5;
    const CODE_SET: &'static str = "spatialreal/close_code";
    const INFO: [crate::CodeInfo; 5] = [
        crate::CodeInfo {
            name: "CREDITS_EXHAUSTED",
            catalog_name: "CREDITS_EXHAUSTED",
            summary: "The account is out of credits.",
            cause: "The server ended the session because the account's credits ran out; the provider says not to reconnect until it is topped up.",
            when: &["credits run out during or before the session"],
            user_message:
                "This service is not available right now. Please contact the organiser or support.",
            user_message_key: "spatialreal.close_code.CREDITS_EXHAUSTED",
            remediation: &["Top up the account's credits; do not reconnect until then."],
            causes: &[],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
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
            name: "SESSION_TIMEOUT",
            catalog_name: "SESSION_TIMEOUT",
            summary: "The session hit its maximum duration.",
            cause: "The server ended the session at its duration limit; the provider says reconnecting is allowed and expected.",
            when: &["a session runs past its maximum duration"],
            user_message: "The session reached its time limit. Please start a new one.",
            user_message_key: "spatialreal.close_code.SESSION_TIMEOUT",
            remediation: &[
                "Start a new session; the provider says reconnecting is allowed and expected.",
            ],
            causes: &[],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
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
            name: "CONCURRENCY_LIMIT",
            catalog_name: "CONCURRENCY_LIMIT",
            summary: "Too many concurrent connections for the plan.",
            cause: "The server refused or ended the session because the plan's concurrent-connection limit is reached; the provider says not to reconnect until a slot frees up.",
            when: &["more simultaneous sessions than the plan allows"],
            user_message: "This call is full right now. Please try again in a little while.",
            user_message_key: "spatialreal.close_code.CONCURRENCY_LIMIT",
            remediation: &[
                "Wait for a session slot to free up before reconnecting; close sessions that are no longer needed.",
            ],
            causes: &[],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
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
            name: "AUTH_FAILED",
            catalog_name: "AUTH_FAILED",
            summary: "Authentication of the session failed.",
            cause: "The session token was bad or expired, or the app ID did not match; the provider says the client needs a fresh token before reconnecting.",
            when: &[
                "the session token is invalid or expired",
                "the app ID does not match the token",
            ],
            user_message:
                "We could not confirm your access to this call. Please try joining again.",
            user_message_key: "spatialreal.close_code.AUTH_FAILED",
            remediation: &[
                "Request a fresh session token (and check the app ID) before reconnecting.",
            ],
            causes: &[
                "a bad session token",
                "an expired session token",
                "an app ID that does not match the token",
            ],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ],
            since: None,
            category: crate::Category::Credentials,
            retry_policy: crate::RetryPolicy::RefreshCredentials,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 100,
                multiplier_thousandths: 2000,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 2,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
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
            name: "UPSTREAM_UNAVAILABLE",
            catalog_name: "UPSTREAM_UNAVAILABLE",
            summary: "A server-side dependency is briefly unavailable.",
            cause: "A dependency such as the control plane was rolling, hit a network blip or answered 5xx; the provider says to reconnect, ideally with backoff.",
            when: &["a provider-side deploy or outage"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "spatialreal.close_code.UPSTREAM_UNAVAILABLE",
            remediation: &[
                "Reconnect with backoff, as the provider advises.",
                "Alert if it recurs.",
            ],
            causes: &[],
            references: &[
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 20000,
                jitter: crate::Jitter::Full,
                max_attempts: 5,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AvatarSDKError.retryable",
                overrides: &["retry"],
                values: &[
                    crate::SignalValue {
                        value: "True",
                        means: "Reconnecting can plausibly succeed: reconnect with backoff.",
                    },
                    crate::SignalValue {
                        value: "False",
                        means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set).",
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
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::CreditsExhausted => 0,
            Self::SessionTimeout => 1,
            Self::ConcurrencyLimit => 2,
            Self::AuthFailed => 3,
            Self::UpstreamUnavailable => 4,
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
            4001 => Some(Self::CreditsExhausted),
            4002 => Some(Self::SessionTimeout),
            4003 => Some(Self::ConcurrencyLimit),
            4010 => Some(Self::AuthFailed),
            4503 => Some(Self::UpstreamUnavailable),
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
            "CREDITS_EXHAUSTED" => Some(Self::CreditsExhausted),
            "SESSION_TIMEOUT" => Some(Self::SessionTimeout),
            "CONCURRENCY_LIMIT" => Some(Self::ConcurrencyLimit),
            "AUTH_FAILED" => Some(Self::AuthFailed),
            "UPSTREAM_UNAVAILABLE" => Some(Self::UpstreamUnavailable),
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
    pub const fn protocol_equivalent(self) -> Option<AvatarSdkErrorCode> {
        match self {
            Self::CreditsExhausted => Some(AvatarSdkErrorCode::CreditsExhausted),
            Self::SessionTimeout => Some(AvatarSdkErrorCode::SessionDurationExceeded),
            Self::ConcurrencyLimit => Some(AvatarSdkErrorCode::ConcurrencyLimit),
            Self::AuthFailed => Some(AvatarSdkErrorCode::SessionTokenInvalid),
            Self::UpstreamUnavailable => Some(AvatarSdkErrorCode::UpstreamError),
        }
    }
}
impl From<CloseCode> for i32 {
    fn from(code: CloseCode) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for CloseCode {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for CloseCode {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for CloseCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for CloseCode {}
impl crate::ErrorCode for CloseCode {
    fn provider(&self) -> &'static str {
        "spatialreal"
    }
    fn code_set(&self) -> &'static str {
        "close_code"
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

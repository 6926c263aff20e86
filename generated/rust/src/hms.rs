// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! 100ms error codes.
/// Failures of the signalling WebSocket to the 100ms server (ErrorCodes.WebSocketConnectionErrors).
///
/// Upstream: ErrorCodes.WebSocketConnectionErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::hms::WebsocketConnectionErrors;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = WebsocketConnectionErrors::from_value(1000).expect("a known value");
/// assert_eq!(code, WebsocketConnectionErrors::FailedToConnect);
/// assert_eq!(code.value(), 1000);
/// assert_eq!(i32::from(code), 1000);
/// assert_eq!(code.name(), "FAILED_TO_CONNECT");
/// assert_eq!("FAILED_TO_CONNECT".parse::<WebsocketConnectionErrors>(), Ok(code));
/// assert_eq!(code.to_string(), "FAILED_TO_CONNECT");
/// assert_eq!(code.category(), Category::Network);
/// assert_eq!(code.retry_policy(), RetryPolicy::Automatic);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(WebsocketConnectionErrors::from_value(1007), None);
/// assert!(WebsocketConnectionErrors::try_from(1007).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum WebsocketConnectionErrors {
    /// The signalling WebSocket could not be opened.
    ///
    /// The browser reported an error on the WebSocket to the 100ms signalling server before it opened ("Error opening websocket connection").
    ///
    /// Wire value 1000.
    FailedToConnect = 1000,
    /// The signalling connection was lost.
    ///
    /// The signalling WebSocket is not connected (it closed, or pings went unanswered) while the SDK needed it; pending requests are rejected with this code.
    ///
    /// Wire value 1003.
    WebsocketConnectionLost = 1003,
    /// The signalling WebSocket closed while it was being opened.
    ///
    /// The WebSocket to the signalling server closed with a code other than 1000 before the connection was established.
    ///
    /// Wire value 1006.
    AbnormalClose = 1006,
}
impl WebsocketConnectionErrors {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::FailedToConnect,
        Self::WebsocketConnectionLost,
        Self::AbnormalClose,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 3;
    const CODE_SET: &'static str = "hms/websocket_connection_errors";
    const INFO: [crate::CodeInfo; 3] = [
        crate::CodeInfo {
            name: "FAILED_TO_CONNECT",
            catalog_name: "FAILED_TO_CONNECT",
            summary: "The signalling WebSocket could not be opened.",
            cause: "The browser reported an error on the WebSocket to the 100ms signalling server before it opened (\"Error opening websocket connection\").",
            when: &[
                "join or preview while the network is down or unstable",
                "a firewall, proxy or antivirus blocks WebSocket connections to the 100ms servers",
            ],
            user_message: "We could not connect to the call. Check your internet connection; we are trying again.",
            user_message_key: "hms.websocket_connection_errors.FAILED_TO_CONNECT",
            remediation: &[
                "Do not rejoin from the app while isTerminal is false; the SDK retries the connection by itself.",
                "If the error arrives with isTerminal true, offer the user a rejoin.",
                "If it happens on one network only, allow WebSocket (wss) traffic to the 100ms servers through the firewall or proxy.",
            ],
            causes: &[
                "no network connectivity",
                "a firewall, proxy or antivirus that blocks WebSockets",
            ],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 120000,
                jitter: crate::Jitter::Equal,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Not terminal while the SDK retries the connection (room state Reconnecting); terminal once the retries have failed for 60 s, when the SDK sets isTerminal to true and leaves the room.",
            ),
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "WEBSOCKET_CONNECTION_LOST",
            catalog_name: "WEBSOCKET_CONNECTION_LOST",
            summary: "The signalling connection was lost.",
            cause: "The signalling WebSocket is not connected (it closed, or pings went unanswered) while the SDK needed it; pending requests are rejected with this code.",
            when: &[
                "the network drops or changes during a call (Wi-Fi to mobile data, laptop sleep)",
                "a request such as join or a metadata update is sent while the signalling connection is down",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "hms.websocket_connection_errors.WEBSOCKET_CONNECTION_LOST",
            remediation: &[
                "Show that the call is reconnecting (onReconnecting, room state Reconnecting) and wait; the SDK reconnects by itself.",
                "If the error arrives with isTerminal true, offer the user a rejoin.",
                "Retry an app request that failed with this code once the room is connected again.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/RetryScheduler.ts",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1000,
                max_delay_ms: 1000,
                jitter: crate::Jitter::None,
                max_attempts: 60,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Not terminal while the SDK reconnects the signalling channel (room state Reconnecting); terminal once the reconnection has failed for 60 s, when the SDK sets isTerminal to true and leaves the room.",
            ),
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ABNORMAL_CLOSE",
            catalog_name: "ABNORMAL_CLOSE",
            summary: "The signalling WebSocket closed while it was being opened.",
            cause: "The WebSocket to the signalling server closed with a code other than 1000 before the connection was established.",
            when: &[
                "the server or a proxy drops the WebSocket during the opening handshake",
                "an unstable network at join time",
            ],
            user_message: "We could not connect to the call. Check your internet connection; we are trying again.",
            user_message_key: "hms.websocket_connection_errors.ABNORMAL_CLOSE",
            remediation: &[
                "Do not rejoin from the app while isTerminal is false; the SDK retries the connection by itself.",
                "If the error arrives with isTerminal true, offer the user a rejoin.",
                "If it recurs on one network, check for a proxy that terminates WebSockets early.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 120000,
                jitter: crate::Jitter::Equal,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Not terminal while the SDK retries the connection (room state Reconnecting); terminal once the retries have failed for 60 s, when the SDK sets isTerminal to true and leaves the room.",
            ),
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::FailedToConnect => 0,
            Self::WebsocketConnectionLost => 1,
            Self::AbnormalClose => 2,
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
            1000 => Some(Self::FailedToConnect),
            1003 => Some(Self::WebsocketConnectionLost),
            1006 => Some(Self::AbnormalClose),
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
            "FAILED_TO_CONNECT" => Some(Self::FailedToConnect),
            "WEBSOCKET_CONNECTION_LOST" => Some(Self::WebsocketConnectionLost),
            "ABNORMAL_CLOSE" => Some(Self::AbnormalClose),
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
impl From<WebsocketConnectionErrors> for i32 {
    fn from(code: WebsocketConnectionErrors) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for WebsocketConnectionErrors {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for WebsocketConnectionErrors {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for WebsocketConnectionErrors {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for WebsocketConnectionErrors {}
impl crate::ErrorCode for WebsocketConnectionErrors {
    fn provider(&self) -> &'static str {
        "hms"
    }
    fn code_set(&self) -> &'static str {
        "websocket_connection_errors"
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
/// Failures of the HTTP calls the SDK makes before and around a session (init, token, feedback) (ErrorCodes.APIErrors).
///
/// Upstream: ErrorCodes.APIErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::hms::ApiErrors;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = ApiErrors::from_value(2000).expect("a known value");
/// assert_eq!(code, ApiErrors::ServerErrors);
/// assert_eq!(code.value(), 2000);
/// assert_eq!(i32::from(code), 2000);
/// assert_eq!(code.name(), "SERVER_ERRORS");
/// assert_eq!("SERVER_ERRORS".parse::<ApiErrors>(), Ok(code));
/// assert_eq!(code.to_string(), "SERVER_ERRORS");
/// assert_eq!(code.category(), Category::Unknown);
/// assert_eq!(code.retry_policy(), RetryPolicy::Depends);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(ApiErrors::from_value(2005), None);
/// assert!(ApiErrors::try_from(2005).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum ApiErrors {
    /// An HTTP API of the 100ms service answered with an error.
    ///
    /// Declared for errors returned by the 100ms HTTP endpoints (the init endpoint, token and feedback APIs); in 0.15.2 the SDK reports such errors with the server's own code in place of 2000, under the exception name ServerErrors.
    ///
    /// Wire value 2000.
    ServerErrors = 2000,
    /// The SDK has no init configuration to connect with.
    ///
    /// The SDK tried to open the signalling connection before it had the configuration (signalling endpoint, ICE servers) that the init endpoint returns ("Init Config not found").
    ///
    /// Wire value 2002.
    InitConfigNotAvailable = 2002,
    /// A 100ms HTTP endpoint could not be reached.
    ///
    /// The request to the init, token or feedback endpoint failed at the network level, or the init endpoint answered 404.
    ///
    /// Wire value 2003.
    EndpointUnreachable = 2003,
    /// The auth token is not a well-formed JWT.
    ///
    /// The token passed to join or preview is empty, or does not have the three dot-separated parts (header, payload, signature) of a JWT, or its payload cannot be decoded.
    ///
    /// Wire value 2004.
    InvalidTokenFormat = 2004,
}
impl ApiErrors {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::ServerErrors,
        Self::InitConfigNotAvailable,
        Self::EndpointUnreachable,
        Self::InvalidTokenFormat,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 4;
    const CODE_SET: &'static str = "hms/api_errors";
    const INFO: [crate::CodeInfo; 4] = [
        crate::CodeInfo {
            name: "SERVER_ERRORS",
            catalog_name: "SERVER_ERRORS",
            summary: "An HTTP API of the 100ms service answered with an error.",
            cause: "Declared for errors returned by the 100ms HTTP endpoints (the init endpoint, token and feedback APIs); in 0.15.2 the SDK reports such errors with the server's own code in place of 2000, under the exception name ServerErrors.",
            when: &[
                "the init endpoint refuses the token or the room (an HTTP error status)",
                "the token or feedback API of the 100ms service fails",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "hms.api_errors.SERVER_ERRORS",
            remediation: &[
                "Read HMSException.code and description; in 0.15.2 they carry the server's status or error code, not 2000.",
                "Retry with backoff for 5xx and 429; for 401 or 403 fetch a new token; for other 4xx fix the request (room, role, token claims).",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/init/index.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Depends,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "The SDK decides per call; errors from the init endpoint during join are created terminal (the factory's default), errors from fetching an auth token by room code are not.",
            ),
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The code stands for a family of server answers; whether a retry helps depends on the HTTP status or server code carried in its place (a 5xx or 429 is transient, a 4xx is not).",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INIT_CONFIG_NOT_AVAILABLE",
            catalog_name: "INIT_CONFIG_NOT_AVAILABLE",
            summary: "The SDK has no init configuration to connect with.",
            cause: "The SDK tried to open the signalling connection before it had the configuration (signalling endpoint, ICE servers) that the init endpoint returns (\"Init Config not found\").",
            when: &[
                "the init request failed or was skipped and the join went on to open the signalling connection",
            ],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "hms.api_errors.INIT_CONFIG_NOT_AVAILABLE",
            remediation: &[
                "Retry the join after a short delay; each join fetches the init configuration again.",
                "If it persists, check that the app can reach the init endpoint (a custom initEndpoint in the join config, or the default https://prod-init.100ms.live) and look at the earlier error for the init request.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/constants.ts",
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
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The configuration comes from a fresh init request, so a new join attempt after a short wait can succeed; repeated failures point at the init endpoint.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ENDPOINT_UNREACHABLE",
            catalog_name: "ENDPOINT_UNREACHABLE",
            summary: "A 100ms HTTP endpoint could not be reached.",
            cause: "The request to the init, token or feedback endpoint failed at the network level, or the init endpoint answered 404.",
            when: &[
                "the device is offline when the app joins",
                "a firewall or ad blocker blocks the 100ms domains",
                "a wrong custom init endpoint",
            ],
            user_message:
                "We could not reach the call service. Check your internet connection and try again.",
            user_message_key: "hms.api_errors.ENDPOINT_UNREACHABLE",
            remediation: &[
                "Check the network connection and retry the join with backoff.",
                "Allow the 100ms domains through firewalls, proxies and content blockers.",
                "If the app sets a custom init endpoint, check its URL.",
            ],
            causes: &[
                "no network connectivity",
                "the 100ms domains are blocked",
                "a wrong endpoint URL (HTTP 404)",
            ],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/init/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
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
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Not terminal as created; when the browser reports that it is offline (navigator.onLine false) during connect, the SDK retries and sets isTerminal to true if it has not recovered within 60 s.",
            ),
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK retries by itself only while the browser is offline; otherwise the join fails at once and a later attempt, after the network is back, is the app's to make.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INVALID_TOKEN_FORMAT",
            catalog_name: "INVALID_TOKEN_FORMAT",
            summary: "The auth token is not a well-formed JWT.",
            cause: "The token passed to join or preview is empty, or does not have the three dot-separated parts (header, payload, signature) of a JWT, or its payload cannot be decoded.",
            when: &[
                "the app passes an empty, undefined or truncated token",
                "the app passes a room code or another string in place of the auth token",
            ],
            user_message:
                "We could not confirm your access to this call. Please try joining again.",
            user_message_key: "hms.api_errors.INVALID_TOKEN_FORMAT",
            remediation: &[
                "Fetch a fresh auth token (from the app's backend, or with getAuthTokenByRoomCode) and join again.",
                "Check that the app passes the token itself, complete, and not a room code or an error body.",
            ],
            causes: &[
                "an empty or undefined token",
                "a token cut short or altered on its way to the client",
            ],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/jwt.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
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
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The same string fails the same way every time; only a correct token, fetched again from the app's backend or the token API, can succeed.",
            ),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::ServerErrors => 0,
            Self::InitConfigNotAvailable => 1,
            Self::EndpointUnreachable => 2,
            Self::InvalidTokenFormat => 3,
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
            2000 => Some(Self::ServerErrors),
            2002 => Some(Self::InitConfigNotAvailable),
            2003 => Some(Self::EndpointUnreachable),
            2004 => Some(Self::InvalidTokenFormat),
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
            "SERVER_ERRORS" => Some(Self::ServerErrors),
            "INIT_CONFIG_NOT_AVAILABLE" => Some(Self::InitConfigNotAvailable),
            "ENDPOINT_UNREACHABLE" => Some(Self::EndpointUnreachable),
            "INVALID_TOKEN_FORMAT" => Some(Self::InvalidTokenFormat),
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
impl From<ApiErrors> for i32 {
    fn from(code: ApiErrors) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for ApiErrors {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for ApiErrors {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for ApiErrors {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for ApiErrors {}
impl crate::ErrorCode for ApiErrors {
    fn provider(&self) -> &'static str {
        "hms"
    }
    fn code_set(&self) -> &'static str {
        "api_errors"
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
/// Failures to capture, publish or play local and remote media tracks (ErrorCodes.TracksErrors), reported as HMSTrackException.
///
/// Upstream: ErrorCodes.TracksErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::hms::TracksErrors;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = TracksErrors::from_value(3001).expect("a known value");
/// assert_eq!(code, TracksErrors::CantAccessCaptureDevice);
/// assert_eq!(code.value(), 3001);
/// assert_eq!(i32::from(code), 3001);
/// assert_eq!(code.name(), "CANT_ACCESS_CAPTURE_DEVICE");
/// assert_eq!("CANT_ACCESS_CAPTURE_DEVICE".parse::<TracksErrors>(), Ok(code));
/// assert_eq!(code.to_string(), "CANT_ACCESS_CAPTURE_DEVICE");
/// assert_eq!(code.category(), Category::Permission);
/// assert_eq!(code.retry_policy(), RetryPolicy::UserAction);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(TracksErrors::from_value(3016), None);
/// assert!(TracksErrors::try_from(3016).is_err());
/// assert_eq!(code.protocol_equivalent(), Some(rtc_error_catalog::web_platform::MediaCaptureError::NotAllowedError));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum TracksErrors {
    /// Getting or changing a local track failed for a reason the SDK did not classify.
    ///
    /// A getUserMedia or getDisplayMedia failure that matched none of the specific browser errors, or another track operation failed (for example cropping a screen share, or a retry after all constraints were dropped).
    ///
    /// Wire value 3000.
    GenericTrack = 3000,
    /// The user denied access to the camera, microphone or screen.
    ///
    /// The browser refused the capture request with NotAllowedError, usually because the user (or a site setting) blocked the permission.
    ///
    /// Wire value 3001.
    CantAccessCaptureDevice = 3001,
    /// No capture device of the requested kind is available.
    ///
    /// The browser reported NotFoundError (or a "device not found" message) for the camera, microphone or screen requested.
    ///
    /// Wire value 3002.
    DeviceNotAvailable = 3002,
    /// The capture device is in use by another application.
    ///
    /// The browser reported NotReadableError; the device exists and access was granted, but it could not be opened, typically because another application holds it.
    ///
    /// Wire value 3003.
    DeviceInUse = 3003,
    /// Access to a capture device was lost during the call.
    ///
    /// Declared for a capture device that stops delivering media mid-call (unplugged, taken over or switched off); 0.15.2 has a factory for it but never raises it.
    ///
    /// Wire value 3004.
    DeviceLostMidway = 3004,
    /// Neither audio nor video was requested.
    ///
    /// Track settings asked for no audio and no video, or the browser refused the capture request with TypeError (which getUserMedia raises for an empty request).
    ///
    /// Wire value 3005.
    NothingToReturn = 3005,
    /// Simulcast was enabled without video settings.
    ///
    /// The track settings builder was asked for simulcast while its video settings are null.
    ///
    /// Wire value 3006.
    InvalidVideoSettings = 3006,
    /// The codec cannot be changed during a call.
    ///
    /// Declared for an attempt to change a track's codec mid-call ("Codec can't be changed mid call"); 0.15.2 has a factory for it but never raises it.
    ///
    /// Wire value 3007.
    CodecChangeNotPermitted = 3007,
    /// The browser blocked audio playback until the user interacts with the page.
    ///
    /// Playing a remote audio track failed with NotAllowedError because the browser's autoplay policy needs a user gesture first ("Autoplay blocked because the user didn't interact with the document first"); the exception is named AutoplayBlocked.
    ///
    /// Wire value 3008.
    AutoplayError = 3008,
    /// The device cannot satisfy the requested constraints.
    ///
    /// The browser reported OverconstrainedError; the requested resolution, frame rate or device id cannot be met by the hardware.
    ///
    /// Wire value 3009.
    OverConstrained = 3009,
    /// No sound is coming from the microphone.
    ///
    /// The SDK's audio presence check found no input on the local microphone track ("No audio input detected from microphone").
    ///
    /// Wire value 3010.
    NoAudioDetected = 3010,
    /// The operating system denied access to the capture device.
    ///
    /// The browser was refused access by the operating system (Chrome's NotAllowedError "denied by system", or NotFoundError on Firefox, which the SDK maps here as well).
    ///
    /// Wire value 3011.
    SystemDeniedPermission = 3011,
    /// The user shared something other than the current tab.
    ///
    /// Screen sharing was started with forceCurrentTab true, but the capture handle shows the user picked another tab, window or screen.
    ///
    /// Wire value 3012.
    CurrentTabNotShared = 3012,
    /// Playing a remote participant's audio failed.
    ///
    /// The audio element that plays a remote audio track raised an error (its MediaError code is in the description); the exception is named "Audio playback error".
    ///
    /// Wire value 3013.
    AudioPlaybackError = 3013,
    /// The selected device could no longer be found.
    ///
    /// After a device change, the SDK could not find the audio input (or output) the user had selected, nor a replacement ("Could not detect selected ... device").
    ///
    /// Wire value 3014.
    SelectedDeviceMissing = 3014,
    /// A local track is publishing no media.
    ///
    /// A local track is muted by the system or has ended before publishing, so it sends no data; the SDK's description says another application may have taken the camera or microphone, or an incoming phone call. The exception is named "Track does not have any data".
    ///
    /// Wire value 3015.
    NoData = 3015,
}
impl TracksErrors {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::GenericTrack,
        Self::CantAccessCaptureDevice,
        Self::DeviceNotAvailable,
        Self::DeviceInUse,
        Self::DeviceLostMidway,
        Self::NothingToReturn,
        Self::InvalidVideoSettings,
        Self::CodecChangeNotPermitted,
        Self::AutoplayError,
        Self::OverConstrained,
        Self::NoAudioDetected,
        Self::SystemDeniedPermission,
        Self::CurrentTabNotShared,
        Self::AudioPlaybackError,
        Self::SelectedDeviceMissing,
        Self::NoData,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 16;
    const CODE_SET: &'static str = "hms/tracks_errors";
    const INFO: [crate::CodeInfo; 16] = [
        crate::CodeInfo {
            name: "GENERIC_TRACK",
            catalog_name: "GENERIC_TRACK",
            summary:
                "Getting or changing a local track failed for a reason the SDK did not classify.",
            cause: "A getUserMedia or getDisplayMedia failure that matched none of the specific browser errors, or another track operation failed (for example cropping a screen share, or a retry after all constraints were dropped).",
            when: &[
                "an unusual browser or driver error while starting the camera, microphone or screen share",
                "cropping a screen-share capture to a region fails",
            ],
            user_message:
                "We could not start your camera, microphone or screen share. Please try again.",
            user_message_key: "hms.tracks_errors.GENERIC_TRACK",
            remediation: &[
                "Log HMSException.description and nativeError, which carry the browser's own error.",
                "Let the user retry the device, pick another one, or reload the page.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/LocalTrackManager.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The cause is unknown, so the catalog does not retry blindly; letting the user try the device again, or another device, is the safe choice.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CANT_ACCESS_CAPTURE_DEVICE",
            catalog_name: "CANT_ACCESS_CAPTURE_DEVICE",
            summary: "The user denied access to the camera, microphone or screen.",
            cause: "The browser refused the capture request with NotAllowedError, usually because the user (or a site setting) blocked the permission.",
            when: &[
                "the user clicks Block on the browser's permission prompt",
                "the site's camera or microphone permission was blocked earlier",
                "the user cancels the screen-share picker",
            ],
            user_message: "Access to your camera, microphone or screen was blocked. Allow it in your browser's settings, then try again.",
            user_message_key: "hms.tracks_errors.CANT_ACCESS_CAPTURE_DEVICE",
            remediation: &[
                "Tell the user which device was blocked (HMSTrackException.trackType) and how to allow it in the browser's site settings.",
                "Let the user join or stay in the call without that device.",
            ],
            causes: &[],
            references: &["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The browser keeps refusing until the user grants the permission, so a retry only makes sense after they have changed it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "DEVICE_NOT_AVAILABLE",
            catalog_name: "DEVICE_NOT_AVAILABLE",
            summary: "No capture device of the requested kind is available.",
            cause: "The browser reported NotFoundError (or a \"device not found\" message) for the camera, microphone or screen requested.",
            when: &[
                "the device has no camera or microphone, or it is disabled",
                "the selected device was unplugged",
            ],
            user_message: "We could not find your camera or microphone. Connect one, or choose another, and try again.",
            user_message_key: "hms.tracks_errors.DEVICE_NOT_AVAILABLE",
            remediation: &[
                "Ask the user to connect or enable a device, or to choose another one, then try again.",
                "Let the user continue without that device.",
            ],
            causes: &[],
            references: &["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts"],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Nothing changes until the user connects or enables a device, or picks another one.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "DEVICE_IN_USE",
            catalog_name: "DEVICE_IN_USE",
            summary: "The capture device is in use by another application.",
            cause: "The browser reported NotReadableError; the device exists and access was granted, but it could not be opened, typically because another application holds it.",
            when: &[
                "another video-call app or browser tab is using the camera",
                "a driver or hardware fault keeps the device from starting",
            ],
            user_message:
                "Your camera or microphone is being used by another app. Close it and try again.",
            user_message_key: "hms.tracks_errors.DEVICE_IN_USE",
            remediation: &[
                "Ask the user to close other applications or tabs using the device, then try again.",
                "Offer another device if one is available.",
            ],
            causes: &[],
            references: &["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts"],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The device frees up only when the other application lets go of it, which the user has to do.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "DEVICE_LOST_MIDWAY",
            catalog_name: "DEVICE_LOST_MIDWAY",
            summary: "Access to a capture device was lost during the call.",
            cause: "Declared for a capture device that stops delivering media mid-call (unplugged, taken over or switched off); 0.15.2 has a factory for it but never raises it.",
            when: &["a USB camera or headset is unplugged during the call"],
            user_message: "Your camera or microphone stopped working. Check it, or choose another, and try again.",
            user_message_key: "hms.tracks_errors.DEVICE_LOST_MIDWAY",
            remediation: &[
                "Ask the user to reconnect the device or select another one, then re-enable the track.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The device has to come back, or another be chosen, before capture can resume.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NOTHING_TO_RETURN",
            catalog_name: "NOTHING_TO_RETURN",
            summary: "Neither audio nor video was requested.",
            cause: "Track settings asked for no audio and no video, or the browser refused the capture request with TypeError (which getUserMedia raises for an empty request).",
            when: &[
                "building track settings with both audio and video set to null",
                "preview or join configured to publish nothing, while the SDK still asks for tracks",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "hms.tracks_errors.NOTHING_TO_RETURN",
            remediation: &[
                "Request audio, video or both in the track settings, or skip getting local tracks when the role publishes nothing.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/media/settings/HMSTrackSettings.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The same settings produce the same empty request; the app has to ask for at least one kind of media.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INVALID_VIDEO_SETTINGS",
            catalog_name: "INVALID_VIDEO_SETTINGS",
            summary: "Simulcast was enabled without video settings.",
            cause: "The track settings builder was asked for simulcast while its video settings are null.",
            when: &["building HMSTrackSettings with simulcast on and no video"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "hms.tracks_errors.INVALID_VIDEO_SETTINGS",
            remediation: &[
                "Provide video settings when enabling simulcast, or turn simulcast off for audio-only publishing.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/media/settings/HMSTrackSettings.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("A configuration error that repeats until the app's settings change."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CODEC_CHANGE_NOT_PERMITTED",
            catalog_name: "CODEC_CHANGE_NOT_PERMITTED",
            summary: "The codec cannot be changed during a call.",
            cause: "Declared for an attempt to change a track's codec mid-call (\"Codec can't be changed mid call\"); 0.15.2 has a factory for it but never raises it.",
            when: &["changing video codec settings after joining"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "hms.tracks_errors.CODEC_CHANGE_NOT_PERMITTED",
            remediation: &[
                "Choose the codec before joining; change it only by leaving and joining again.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK does not allow the change during a call, so repeating it fails the same way.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUTOPLAY_ERROR",
            catalog_name: "AUTOPLAY_ERROR",
            summary: "The browser blocked audio playback until the user interacts with the page.",
            cause: "Playing a remote audio track failed with NotAllowedError because the browser's autoplay policy needs a user gesture first (\"Autoplay blocked because the user didn't interact with the document first\"); the exception is named AutoplayBlocked.",
            when: &[
                "remote audio starts before the user has clicked or tapped on the page",
                "joining from a page opened without user interaction",
            ],
            user_message: "Tap or click anywhere to turn on the call's audio.",
            user_message_key: "hms.tracks_errors.AUTOPLAY_ERROR",
            remediation: &[
                "Show a button that asks the user to enable audio, and call unblockAudio() from its click handler.",
                "Have the user click a join button before joining, so that playback follows a user gesture.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/audio-sink-manager/AudioSinkManager.ts",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Only a user gesture lifts the browser's autoplay block; retrying playback without one fails again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "OVER_CONSTRAINED",
            catalog_name: "OVER_CONSTRAINED",
            summary: "The device cannot satisfy the requested constraints.",
            cause: "The browser reported OverconstrainedError; the requested resolution, frame rate or device id cannot be met by the hardware.",
            when: &[
                "requesting a resolution or frame rate the camera does not support",
                "requesting a deviceId that is no longer present",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "hms.tracks_errors.OVER_CONSTRAINED",
            remediation: &[
                "Relax the constraints in the track settings (resolution, frame rate), or drop a stale deviceId.",
                "Read HMSException.description, which names the constraint the browser could not satisfy.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/LocalTrackManager.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The same constraints fail on the same hardware. The SDK itself retries once without constraints (src/sdk/LocalTrackManager.ts), so the app should not repeat the original request.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NO_AUDIO_DETECTED",
            catalog_name: "NO_AUDIO_DETECTED",
            summary: "No sound is coming from the microphone.",
            cause: "The SDK's audio presence check found no input on the local microphone track (\"No audio input detected from microphone\").",
            when: &[
                "the microphone is muted in hardware or in the operating system",
                "the wrong input device is selected",
                "a faulty microphone",
            ],
            user_message: "We can't hear you. Check your microphone, or choose another one.",
            user_message_key: "hms.tracks_errors.NO_AUDIO_DETECTED",
            remediation: &[
                "Tell the user, and offer a microphone picker.",
                "Suggest checking the hardware mute switch and the operating system's input settings.",
            ],
            causes: &[],
            references: &["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The microphone keeps producing silence until the user checks it or selects another input.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SYSTEM_DENIED_PERMISSION",
            catalog_name: "SYSTEM_DENIED_PERMISSION",
            summary: "The operating system denied access to the capture device.",
            cause: "The browser was refused access by the operating system (Chrome's NotAllowedError \"denied by system\", or NotFoundError on Firefox, which the SDK maps here as well).",
            when: &[
                "the browser lacks camera, microphone or screen-recording permission in macOS or Windows privacy settings",
                "a device management policy blocks the device",
            ],
            user_message: "Your computer's settings are blocking the camera, microphone or screen share. Allow your browser in the system settings, then try again.",
            user_message_key: "hms.tracks_errors.SYSTEM_DENIED_PERMISSION",
            remediation: &[
                "Tell the user to allow the browser in the operating system's privacy settings (camera, microphone or screen recording), then restart the browser if needed.",
                "Let the user continue without that device meanwhile.",
            ],
            causes: &[],
            references: &["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The browser's own permission is not enough; the user must allow the browser in the operating system's settings (often followed by a browser restart).",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CURRENT_TAB_NOT_SHARED",
            catalog_name: "CURRENT_TAB_NOT_SHARED",
            summary: "The user shared something other than the current tab.",
            cause: "Screen sharing was started with forceCurrentTab true, but the capture handle shows the user picked another tab, window or screen.",
            when: &[
                "an app that needs the current tab shared, and the user chooses another surface in the picker",
            ],
            user_message: "Please share this tab to continue.",
            user_message_key: "hms.tracks_errors.CURRENT_TAB_NOT_SHARED",
            remediation: &[
                "Ask the user to start screen sharing again and choose the current tab.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/LocalTrackManager.ts",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("Only the user's choice in the browser picker can fix it."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUDIO_PLAYBACK_ERROR",
            catalog_name: "AUDIO_PLAYBACK_ERROR",
            summary: "Playing a remote participant's audio failed.",
            cause: "The audio element that plays a remote audio track raised an error (its MediaError code is in the description); the exception is named \"Audio playback error\".",
            when: &[
                "the browser cannot decode the incoming audio",
                "the audio output device fails",
            ],
            user_message: "There was a problem playing the call's audio. If you can't hear others, try rejoining.",
            user_message_key: "hms.tracks_errors.AUDIO_PLAYBACK_ERROR",
            remediation: &[
                "Log the MediaError code from the description; for a decode error the SDK recreates the audio element by itself after about 500 ms.",
                "If audio stays silent, let the user pick another output device or rejoin.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/audio-sink-manager/AudioSinkManager.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 120000,
                jitter: crate::Jitter::Equal,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "For a decode error, the usual case, the SDK recreates the audio element by itself after about 500 ms; for other media errors it does not, so the catalog's advice is to wait first and offer a rejoin only if audio stays silent.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SELECTED_DEVICE_MISSING",
            catalog_name: "SELECTED_DEVICE_MISSING",
            summary: "The selected device could no longer be found.",
            cause: "After a device change, the SDK could not find the audio input (or output) the user had selected, nor a replacement (\"Could not detect selected ... device\").",
            when: &[
                "the selected headset or microphone is unplugged and no other device is available",
            ],
            user_message: "We could not find your selected audio device. Check it's connected, or choose another.",
            user_message_key: "hms.tracks_errors.SELECTED_DEVICE_MISSING",
            remediation: &["Ask the user to reconnect the device or select another one."],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/device-manager/DeviceManager.ts",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The call can continue once the user connects a device or picks another one; the SDK reports it in its device-change analytics.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NO_DATA",
            catalog_name: "NO_DATA",
            summary: "A local track is publishing no media.",
            cause: "A local track is muted by the system or has ended before publishing, so it sends no data; the SDK's description says another application may have taken the camera or microphone, or an incoming phone call. The exception is named \"Track does not have any data\".",
            when: &[
                "on mobile browsers, a phone or WhatsApp call is in progress when the user joins",
                "another application takes priority over the camera or microphone",
            ],
            user_message: "Your camera or microphone is busy with another app or call. End it, then turn your camera or microphone off and on again.",
            user_message_key: "hms.tracks_errors.NO_DATA",
            remediation: &[
                "Tell the user another app or call holds the device, and let them toggle the track once it is free.",
            ],
            causes: &[],
            references: &["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the track or device named in the exception (trackType) is affected.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The device is held elsewhere, as with DEVICE_IN_USE; the track carries data again only after the other use ends.",
            ),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::GenericTrack => 0,
            Self::CantAccessCaptureDevice => 1,
            Self::DeviceNotAvailable => 2,
            Self::DeviceInUse => 3,
            Self::DeviceLostMidway => 4,
            Self::NothingToReturn => 5,
            Self::InvalidVideoSettings => 6,
            Self::CodecChangeNotPermitted => 7,
            Self::AutoplayError => 8,
            Self::OverConstrained => 9,
            Self::NoAudioDetected => 10,
            Self::SystemDeniedPermission => 11,
            Self::CurrentTabNotShared => 12,
            Self::AudioPlaybackError => 13,
            Self::SelectedDeviceMissing => 14,
            Self::NoData => 15,
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
            3000 => Some(Self::GenericTrack),
            3001 => Some(Self::CantAccessCaptureDevice),
            3002 => Some(Self::DeviceNotAvailable),
            3003 => Some(Self::DeviceInUse),
            3004 => Some(Self::DeviceLostMidway),
            3005 => Some(Self::NothingToReturn),
            3006 => Some(Self::InvalidVideoSettings),
            3007 => Some(Self::CodecChangeNotPermitted),
            3008 => Some(Self::AutoplayError),
            3009 => Some(Self::OverConstrained),
            3010 => Some(Self::NoAudioDetected),
            3011 => Some(Self::SystemDeniedPermission),
            3012 => Some(Self::CurrentTabNotShared),
            3013 => Some(Self::AudioPlaybackError),
            3014 => Some(Self::SelectedDeviceMissing),
            3015 => Some(Self::NoData),
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
            "GENERIC_TRACK" => Some(Self::GenericTrack),
            "CANT_ACCESS_CAPTURE_DEVICE" => Some(Self::CantAccessCaptureDevice),
            "DEVICE_NOT_AVAILABLE" => Some(Self::DeviceNotAvailable),
            "DEVICE_IN_USE" => Some(Self::DeviceInUse),
            "DEVICE_LOST_MIDWAY" => Some(Self::DeviceLostMidway),
            "NOTHING_TO_RETURN" => Some(Self::NothingToReturn),
            "INVALID_VIDEO_SETTINGS" => Some(Self::InvalidVideoSettings),
            "CODEC_CHANGE_NOT_PERMITTED" => Some(Self::CodecChangeNotPermitted),
            "AUTOPLAY_ERROR" => Some(Self::AutoplayError),
            "OVER_CONSTRAINED" => Some(Self::OverConstrained),
            "NO_AUDIO_DETECTED" => Some(Self::NoAudioDetected),
            "SYSTEM_DENIED_PERMISSION" => Some(Self::SystemDeniedPermission),
            "CURRENT_TAB_NOT_SHARED" => Some(Self::CurrentTabNotShared),
            "AUDIO_PLAYBACK_ERROR" => Some(Self::AudioPlaybackError),
            "SELECTED_DEVICE_MISSING" => Some(Self::SelectedDeviceMissing),
            "NO_DATA" => Some(Self::NoData),
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
    pub const fn protocol_equivalent(self) -> Option<crate::web_platform::MediaCaptureError> {
        match self {
            Self::GenericTrack => None,
            Self::CantAccessCaptureDevice => {
                Some(crate::web_platform::MediaCaptureError::NotAllowedError)
            }
            Self::DeviceNotAvailable => Some(crate::web_platform::MediaCaptureError::NotFoundError),
            Self::DeviceInUse => Some(crate::web_platform::MediaCaptureError::NotReadableError),
            Self::DeviceLostMidway => None,
            Self::NothingToReturn => Some(crate::web_platform::MediaCaptureError::TypeError),
            Self::InvalidVideoSettings => None,
            Self::CodecChangeNotPermitted => None,
            Self::AutoplayError => None,
            Self::OverConstrained => {
                Some(crate::web_platform::MediaCaptureError::OverconstrainedError)
            }
            Self::NoAudioDetected => None,
            Self::SystemDeniedPermission => None,
            Self::CurrentTabNotShared => None,
            Self::AudioPlaybackError => None,
            Self::SelectedDeviceMissing => None,
            Self::NoData => None,
        }
    }
}
impl From<TracksErrors> for i32 {
    fn from(code: TracksErrors) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for TracksErrors {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for TracksErrors {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for TracksErrors {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for TracksErrors {}
impl crate::ErrorCode for TracksErrors {
    fn provider(&self) -> &'static str {
        "hms"
    }
    fn code_set(&self) -> &'static str {
        "tracks_errors"
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
/// Failures of the WebRTC peer connections that carry the media (ErrorCodes.WebrtcErrors).
///
/// Upstream: ErrorCodes.WebrtcErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::hms::WebrtcErrors;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = WebrtcErrors::from_value(4001).expect("a known value");
/// assert_eq!(code, WebrtcErrors::CreateOfferFailed);
/// assert_eq!(code.value(), 4001);
/// assert_eq!(i32::from(code), 4001);
/// assert_eq!(code.name(), "CREATE_OFFER_FAILED");
/// assert_eq!("CREATE_OFFER_FAILED".parse::<WebrtcErrors>(), Ok(code));
/// assert_eq!(code.to_string(), "CREATE_OFFER_FAILED");
/// assert_eq!(code.category(), Category::MediaNegotiation);
/// assert_eq!(code.retry_policy(), RetryPolicy::Backoff);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(WebrtcErrors::from_value(4009), None);
/// assert!(WebrtcErrors::try_from(4009).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum WebrtcErrors {
    /// Creating an SDP offer failed.
    ///
    /// The browser's RTCPeerConnection.createOffer rejected while the SDK negotiated the publish connection.
    ///
    /// Wire value 4001.
    CreateOfferFailed = 4001,
    /// Creating an SDP answer failed.
    ///
    /// The browser's RTCPeerConnection.createAnswer rejected while the SDK answered the server's offer for the subscribe connection.
    ///
    /// Wire value 4002.
    CreateAnswerFailed = 4002,
    /// Applying the local SDP description failed.
    ///
    /// The browser's RTCPeerConnection.setLocalDescription rejected the offer or answer the SDK created.
    ///
    /// Wire value 4003.
    SetLocalDescriptionFailed = 4003,
    /// Applying the server's SDP description failed.
    ///
    /// The browser's RTCPeerConnection.setRemoteDescription rejected the server's offer or answer, or, during join, the publish answer was discarded because a newer offer was in flight.
    ///
    /// Wire value 4004.
    SetRemoteDescriptionFailed = 4004,
    /// The media connection failed.
    ///
    /// A peer connection's state became failed (ICE could not find or keep a working path), or its DTLS transport stayed connecting or failed past the configured timeout.
    ///
    /// Wire value 4005.
    IceFailure = 4005,
    /// The media connection was interrupted.
    ///
    /// A peer connection stayed disconnected (not failed) for longer than the SDK's grace period (ICE_DISCONNECTION_TIMEOUT, 5 s).
    ///
    /// Wire value 4006.
    IceDisconnected = 4006,
    /// Reading WebRTC statistics failed.
    ///
    /// RTCPeerConnection.getStats, or processing its report, failed while the SDK collected connection statistics.
    ///
    /// Wire value 4007.
    StatsFailed = 4007,
    /// The server's answer was dropped because a newer offer is in flight.
    ///
    /// The answer to a publish offer arrived after the SDK had already staged a newer offer, so the SDK discarded it.
    ///
    /// Wire value 4008.
    PublishAnswerSuperseded = 4008,
}
impl WebrtcErrors {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::CreateOfferFailed,
        Self::CreateAnswerFailed,
        Self::SetLocalDescriptionFailed,
        Self::SetRemoteDescriptionFailed,
        Self::IceFailure,
        Self::IceDisconnected,
        Self::StatsFailed,
        Self::PublishAnswerSuperseded,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 8;
    const CODE_SET: &'static str = "hms/webrtc_errors";
    const INFO: [crate::CodeInfo; 8] = [
        crate::CodeInfo {
            name: "CREATE_OFFER_FAILED",
            catalog_name: "CREATE_OFFER_FAILED",
            summary: "Creating an SDP offer failed.",
            cause: "The browser's RTCPeerConnection.createOffer rejected while the SDK negotiated the publish connection.",
            when: &[
                "publishing or renegotiating after a track change",
                "a browser or extension that interferes with WebRTC",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "hms.webrtc_errors.CREATE_OFFER_FAILED",
            remediation: &[
                "Retry the action that triggered the negotiation (publishing or unmuting a track) after a short delay.",
                "If it repeats, log the description and nativeError, and suggest another browser or disabling extensions that touch WebRTC.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts",
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
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK does not end the session for it, and a later negotiation (for example after the next track change) can succeed; repeated failures point at the browser.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CREATE_ANSWER_FAILED",
            catalog_name: "CREATE_ANSWER_FAILED",
            summary: "Creating an SDP answer failed.",
            cause: "The browser's RTCPeerConnection.createAnswer rejected while the SDK answered the server's offer for the subscribe connection.",
            when: &["subscribing to remote tracks, at join or when others publish"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "hms.webrtc_errors.CREATE_ANSWER_FAILED",
            remediation: &[
                "Log the description and nativeError; if remote media stays missing, offer the user a rejoin.",
                "If it repeats, suggest another browser or disabling extensions that touch WebRTC.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts",
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
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK does not end the session for it, and the server's next offer can succeed; repeated failures point at the browser.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SET_LOCAL_DESCRIPTION_FAILED",
            catalog_name: "SET_LOCAL_DESCRIPTION_FAILED",
            summary: "Applying the local SDP description failed.",
            cause: "The browser's RTCPeerConnection.setLocalDescription rejected the offer or answer the SDK created.",
            when: &["negotiating the publish or subscribe connection"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "hms.webrtc_errors.SET_LOCAL_DESCRIPTION_FAILED",
            remediation: &[
                "Retry the action that triggered the negotiation after a short delay; if media stays missing, offer a rejoin.",
                "Log the description and nativeError for the 100ms support team.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts",
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
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK does not end the session for it, and a new negotiation can succeed; repeated failures point at the browser.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SET_REMOTE_DESCRIPTION_FAILED",
            catalog_name: "SET_REMOTE_DESCRIPTION_FAILED",
            summary: "Applying the server's SDP description failed.",
            cause: "The browser's RTCPeerConnection.setRemoteDescription rejected the server's offer or answer, or, during join, the publish answer was discarded because a newer offer was in flight.",
            when: &[
                "joining, while the publish connection is negotiated",
                "a codec or SDP feature the browser does not accept",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "hms.webrtc_errors.SET_REMOTE_DESCRIPTION_FAILED",
            remediation: &[
                "Tell the user the call could not connect and offer a rejoin.",
                "If it repeats, log the description and nativeError and report it with the browser version to 100ms.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK marks it terminal and leaves the room; the app can only offer the user a new join.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ICE_FAILURE",
            catalog_name: "ICE_FAILURE",
            summary: "The media connection failed.",
            cause: "A peer connection's state became failed (ICE could not find or keep a working path), or its DTLS transport stayed connecting or failed past the configured timeout.",
            when: &[
                "firewalls or VPNs that block UDP and the TURN fallback",
                "a network change the connection could not survive",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "hms.webrtc_errors.ICE_FAILURE",
            remediation: &[
                "Show that the call is reconnecting and wait; the SDK restarts ICE by itself.",
                "If the error arrives with isTerminal true, offer a rejoin; if it recurs on one network, allow UDP or TURN over TLS (port 443) to the 100ms servers.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/RetryScheduler.ts",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 120000,
                jitter: crate::Jitter::Equal,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Not terminal while the SDK restarts ICE (room state Reconnecting); terminal when the restart has not recovered within 60 s, or at once when the DTLS transport is stuck past its timeout (the SDK creates that one with isTerminal true).",
            ),
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ICE_DISCONNECTED",
            catalog_name: "ICE_DISCONNECTED",
            summary: "The media connection was interrupted.",
            cause: "A peer connection stayed disconnected (not failed) for longer than the SDK's grace period (ICE_DISCONNECTION_TIMEOUT, 5 s).",
            when: &["a brief network outage or a switch between networks"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "hms.webrtc_errors.ICE_DISCONNECTED",
            remediation: &[
                "Show that the call is reconnecting and wait; the SDK restarts ICE by itself.",
                "If the error arrives with isTerminal true, offer the user a rejoin.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/constants.ts",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 120000,
                jitter: crate::Jitter::Equal,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Not terminal while the SDK restarts ICE (room state Reconnecting); terminal when the restart has not recovered within 60 s.",
            ),
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "STATS_FAILED",
            catalog_name: "STATS_FAILED",
            summary: "Reading WebRTC statistics failed.",
            cause: "RTCPeerConnection.getStats, or processing its report, failed while the SDK collected connection statistics.",
            when: &[
                "collecting stats while a peer connection is closing",
                "a browser that returns incomplete stats",
            ],
            user_message: "Call quality information is temporarily unavailable.",
            user_message_key: "hms.webrtc_errors.STATS_FAILED",
            remediation: &[
                "No action is needed for the call; log it if stats-based features (quality indicators) matter to the app.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/rtc-stats/HMSWebrtcStats.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The call itself is unaffected and the SDK collects statistics again on its next interval; there is nothing for the app to retry.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PUBLISH_ANSWER_SUPERSEDED",
            catalog_name: "PUBLISH_ANSWER_SUPERSEDED",
            summary: "The server's answer was dropped because a newer offer is in flight.",
            cause: "The answer to a publish offer arrived after the SDK had already staged a newer offer, so the SDK discarded it.",
            when: &["tracks published or changed in quick succession, so negotiations overlap"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "hms.webrtc_errors.PUBLISH_ANSWER_SUPERSEDED",
            remediation: &[
                "Nothing to do; the newer negotiation carries the change. The factory's doc comment says \"Non-terminal; the owner retries\".",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 120000,
                jitter: crate::Jitter::Equal,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed.",
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
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::CreateOfferFailed => 0,
            Self::CreateAnswerFailed => 1,
            Self::SetLocalDescriptionFailed => 2,
            Self::SetRemoteDescriptionFailed => 3,
            Self::IceFailure => 4,
            Self::IceDisconnected => 5,
            Self::StatsFailed => 6,
            Self::PublishAnswerSuperseded => 7,
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
            4001 => Some(Self::CreateOfferFailed),
            4002 => Some(Self::CreateAnswerFailed),
            4003 => Some(Self::SetLocalDescriptionFailed),
            4004 => Some(Self::SetRemoteDescriptionFailed),
            4005 => Some(Self::IceFailure),
            4006 => Some(Self::IceDisconnected),
            4007 => Some(Self::StatsFailed),
            4008 => Some(Self::PublishAnswerSuperseded),
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
            "CREATE_OFFER_FAILED" => Some(Self::CreateOfferFailed),
            "CREATE_ANSWER_FAILED" => Some(Self::CreateAnswerFailed),
            "SET_LOCAL_DESCRIPTION_FAILED" => Some(Self::SetLocalDescriptionFailed),
            "SET_REMOTE_DESCRIPTION_FAILED" => Some(Self::SetRemoteDescriptionFailed),
            "ICE_FAILURE" => Some(Self::IceFailure),
            "ICE_DISCONNECTED" => Some(Self::IceDisconnected),
            "STATS_FAILED" => Some(Self::StatsFailed),
            "PUBLISH_ANSWER_SUPERSEDED" => Some(Self::PublishAnswerSuperseded),
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
impl From<WebrtcErrors> for i32 {
    fn from(code: WebrtcErrors) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for WebrtcErrors {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for WebrtcErrors {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for WebrtcErrors {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for WebrtcErrors {}
impl crate::ErrorCode for WebrtcErrors {
    fn provider(&self) -> &'static str {
        "hms"
    }
    fn code_set(&self) -> &'static str {
        "webrtc_errors"
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
/// Errors answering requests sent over the signalling connection, such as join (ErrorCodes.WebsocketMethodErrors).
///
/// Upstream: ErrorCodes.WebsocketMethodErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::hms::WebsocketMethodErrors;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = WebsocketMethodErrors::from_value(5000).expect("a known value");
/// assert_eq!(code, WebsocketMethodErrors::ServerErrors);
/// assert_eq!(code.value(), 5000);
/// assert_eq!(i32::from(code), 5000);
/// assert_eq!(code.name(), "SERVER_ERRORS");
/// assert_eq!("SERVER_ERRORS".parse::<WebsocketMethodErrors>(), Ok(code));
/// assert_eq!(code.to_string(), "SERVER_ERRORS");
/// assert_eq!(code.category(), Category::Unknown);
/// assert_eq!(code.retry_policy(), RetryPolicy::Depends);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(WebsocketMethodErrors::from_value(5003), None);
/// assert!(WebsocketMethodErrors::try_from(5003).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum WebsocketMethodErrors {
    /// The 100ms server answered a signalling request with an error.
    ///
    /// Declared for errors the server returns over the signalling connection (a JSON-RPC error, or an on-error message it pushes); in 0.15.2 the SDK reports them with the server's own code in place of 5000, under the exception name ServerErrors.
    ///
    /// Wire value 5000.
    ServerErrors = 5000,
    /// The client has already joined, or is joining, this room.
    ///
    /// join was called while the transport was neither disconnected nor reconnecting ("Cannot join a meeting in ... state").
    ///
    /// Wire value 5001.
    AlreadyJoined = 5001,
    /// Join was called while a preview is in progress.
    ///
    /// Declared for a join that starts before preview has finished ("Cannot join if preview is in progress"); 0.15.2 has a factory for it but reports this case as NOT_READY (6003).
    ///
    /// Wire value 5002.
    CannotJoinPreviewInProgress = 5002,
}
impl WebsocketMethodErrors {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::ServerErrors,
        Self::AlreadyJoined,
        Self::CannotJoinPreviewInProgress,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 3;
    const CODE_SET: &'static str = "hms/websocket_method_errors";
    const INFO: [crate::CodeInfo; 3] = [
        crate::CodeInfo {
            name: "SERVER_ERRORS",
            catalog_name: "SERVER_ERRORS",
            summary: "The 100ms server answered a signalling request with an error.",
            cause: "Declared for errors the server returns over the signalling connection (a JSON-RPC error, or an on-error message it pushes); in 0.15.2 the SDK reports them with the server's own code in place of 5000, under the exception name ServerErrors.",
            when: &[
                "the server refuses a join (for example an invalid room, role or token claims)",
                "a request such as a role change, recording start or metadata update is rejected",
                "the server pushes an error during the session",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "hms.websocket_method_errors.SERVER_ERRORS",
            remediation: &[
                "Read HMSException.code, action and description; in 0.15.2 they carry the server's code and message, not 5000.",
                "For a failed request other than join, fix the request (permissions of the role, parameters) or retry later for 5xx.",
                "If isTerminal is true, offer the user a rejoin.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Depends,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the request named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal when the failed request was join, offer, answer or trickle, or the server pushed the error (on-error); not terminal for other requests. During join the SDK retries 5xx and 429 answers (not terminal while it does) and makes 410 terminal.",
            ),
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The code stands for a family of server answers; whether a retry helps depends on the server code carried in its place.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ALREADY_JOINED",
            catalog_name: "ALREADY_JOINED",
            summary: "The client has already joined, or is joining, this room.",
            cause: "join was called while the transport was neither disconnected nor reconnecting (\"Cannot join a meeting in ... state\").",
            when: &[
                "join called twice, for example by a re-rendered component",
                "join called again before leave has finished",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "hms.websocket_method_errors.ALREADY_JOINED",
            remediation: &[
                "Call join once per session; guard against repeated calls (React effects) and call leave before joining again.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the request named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The existing session is unaffected; calling join again is the app's mistake.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CANNOT_JOIN_PREVIEW_IN_PROGRESS",
            catalog_name: "CANNOT_JOIN_PREVIEW_IN_PROGRESS",
            summary: "Join was called while a preview is in progress.",
            cause: "Declared for a join that starts before preview has finished (\"Cannot join if preview is in progress\"); 0.15.2 has a factory for it but reports this case as NOT_READY (6003).",
            when: &[
                "calling join immediately after preview, without waiting for preview to finish",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "hms.websocket_method_errors.CANNOT_JOIN_PREVIEW_IN_PROGRESS",
            remediation: &["Wait for preview to complete (onPreview) before calling join."],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the request named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("The call order is the app's; waiting for preview to finish fixes it."),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::ServerErrors => 0,
            Self::AlreadyJoined => 1,
            Self::CannotJoinPreviewInProgress => 2,
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
            5000 => Some(Self::ServerErrors),
            5001 => Some(Self::AlreadyJoined),
            5002 => Some(Self::CannotJoinPreviewInProgress),
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
            "SERVER_ERRORS" => Some(Self::ServerErrors),
            "ALREADY_JOINED" => Some(Self::AlreadyJoined),
            "CANNOT_JOIN_PREVIEW_IN_PROGRESS" => Some(Self::CannotJoinPreviewInProgress),
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
impl From<WebsocketMethodErrors> for i32 {
    fn from(code: WebsocketMethodErrors) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for WebsocketMethodErrors {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for WebsocketMethodErrors {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for WebsocketMethodErrors {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for WebsocketMethodErrors {}
impl crate::ErrorCode for WebsocketMethodErrors {
    fn provider(&self) -> &'static str {
        "hms"
    }
    fn code_set(&self) -> &'static str {
        "websocket_method_errors"
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
/// Errors in how the SDK is used or in the environment it runs in, and unclassified failures (ErrorCodes.GenericErrors).
///
/// Upstream: ErrorCodes.GenericErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::hms::GenericErrors;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = GenericErrors::from_value(6000).expect("a known value");
/// assert_eq!(code, GenericErrors::NotConnected);
/// assert_eq!(code.value(), 6000);
/// assert_eq!(i32::from(code), 6000);
/// assert_eq!(code.name(), "NOT_CONNECTED");
/// assert_eq!("NOT_CONNECTED".parse::<GenericErrors>(), Ok(code));
/// assert_eq!(code.to_string(), "NOT_CONNECTED");
/// assert_eq!(code.category(), Category::ClientError);
/// assert_eq!(code.retry_policy(), RetryPolicy::Never);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(GenericErrors::from_value(6014), None);
/// assert!(GenericErrors::try_from(6014).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum GenericErrors {
    /// The call needs a joined room, and the client is not connected.
    ///
    /// An SDK method that needs a joined session (changing roles, sending messages, recording or transcription requests, mid-call preview) was called before join completed or after leave.
    ///
    /// Wire value 6000.
    NotConnected = 6000,
    /// An unknown signalling error.
    ///
    /// Declared for an unclassified failure of a signalling action ("Unknown signalling error"); in 0.15.2 it is raised only when stopTranscription is called without its parameters.
    ///
    /// Wire value 6001.
    Signalling = 6001,
    /// An unexpected error inside the SDK.
    ///
    /// An error that is not an HMSException reached a place where the SDK wraps it ("Unknown exception"), such as a failed renegotiation of the publish or subscribe connection or a failed server migration.
    ///
    /// Wire value 6002.
    Unknown = 6002,
    /// The SDK is not ready for this call yet.
    ///
    /// join was called while a preview is still in progress ("Preview is in progress, can't join").
    ///
    /// Wire value 6003.
    NotReady = 6003,
    /// A message could not be parsed as JSON.
    ///
    /// Declared for a signalling message that is not valid JSON ("Failed to parse JSON message"); 0.15.2 has a factory for it but never raises it.
    ///
    /// Wire value 6004.
    JsonParsingFailed = 6004,
    /// Metadata for a remote track is missing.
    ///
    /// Declared for a remote track that arrives without the track metadata the server should have sent; 0.15.2 has a factory for it but never raises it.
    ///
    /// Wire value 6005.
    TrackMetadataMissing = 6005,
    /// The WebRTC track for a remote track is missing.
    ///
    /// Declared for track metadata from the server with no matching media track on the peer connection; 0.15.2 has a factory for it but never raises it.
    ///
    /// Wire value 6006.
    RtcTrackMissing = 6006,
    /// Metadata for a peer is missing.
    ///
    /// Declared for a message about a peer the client has no record of; 0.15.2 has a factory for it but never raises it.
    ///
    /// Wire value 6007.
    PeerMetadataMissing = 6007,
    /// The requested role does not exist in the room's policy.
    ///
    /// A role name given to preview (asRole) or found for the local peer is not one of the roles defined for the room ("Invalid role. Join with valid role").
    ///
    /// Wire value 6008.
    InvalidRole = 6008,
    /// Preview was called while another preview is in progress.
    ///
    /// preview was called again before the previous preview finished ("Preview already called").
    ///
    /// Wire value 6009.
    PreviewInProgress = 6009,
    /// The browser exposes no media devices API.
    ///
    /// navigator.mediaDevices is undefined, which browsers do on pages not served over HTTPS or localhost; the SDK says it "won't work on this website".
    ///
    /// Wire value 6010.
    MissingMediadevices = 6010,
    /// The browser does not provide WebRTC.
    ///
    /// RTCPeerConnection was not found, because the browser does not support WebRTC or an extension blocks it.
    ///
    /// Wire value 6011.
    MissingRtcpeerconnection = 6011,
    /// The browser denied access to localStorage.
    ///
    /// Reading window.localStorage threw, usually because the browser's privacy settings block site storage (for example in a third-party iframe); the SDK logs it and uses an in-memory polyfill.
    ///
    /// Wire value 6012.
    LocalStorageAccessDenied = 6012,
    /// An SDK call was given invalid arguments or called in an invalid state.
    ///
    /// The SDK rejected a call before sending it, because a peer or role does not exist, a required parameter is missing, or leave was called before join could complete.
    ///
    /// Wire value 6013.
    ValidationFailed = 6013,
}
impl GenericErrors {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::NotConnected,
        Self::Signalling,
        Self::Unknown,
        Self::NotReady,
        Self::JsonParsingFailed,
        Self::TrackMetadataMissing,
        Self::RtcTrackMissing,
        Self::PeerMetadataMissing,
        Self::InvalidRole,
        Self::PreviewInProgress,
        Self::MissingMediadevices,
        Self::MissingRtcpeerconnection,
        Self::LocalStorageAccessDenied,
        Self::ValidationFailed,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 14;
    const CODE_SET: &'static str = "hms/generic_errors";
    const INFO: [crate::CodeInfo; 14] = [
        crate::CodeInfo {
            name: "NOT_CONNECTED",
            catalog_name: "NOT_CONNECTED",
            summary: "The call needs a joined room, and the client is not connected.",
            cause: "An SDK method that needs a joined session (changing roles, sending messages, recording or transcription requests, mid-call preview) was called before join completed or after leave.",
            when: &[
                "calling a room action before join has succeeded or after leaving",
                "a UI control still active after the session ended",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "hms.generic_errors.NOT_CONNECTED",
            remediation: &[
                "Call room actions only while the room is connected (selectIsConnectedToRoom), and disable the controls otherwise.",
            ],
            causes: &[],
            references: &["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the call named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The call fails the same way until the app has joined; the app must call it at the right time.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SIGNALLING",
            catalog_name: "SIGNALLING",
            summary: "An unknown signalling error.",
            cause: "Declared for an unclassified failure of a signalling action (\"Unknown signalling error\"); in 0.15.2 it is raised only when stopTranscription is called without its parameters.",
            when: &["stopping a transcription without passing the mode"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "hms.generic_errors.SIGNALLING",
            remediation: &[
                "Pass the transcription parameters (the mode to stop) to stopTranscription.",
                "For any other occurrence, log the action and description and report them to 100ms.",
            ],
            causes: &[],
            references: &["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the call named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "In this release its one use is a missing argument, which repeats until the app passes it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UNKNOWN",
            catalog_name: "UNKNOWN",
            summary: "An unexpected error inside the SDK.",
            cause: "An error that is not an HMSException reached a place where the SDK wraps it (\"Unknown exception\"), such as a failed renegotiation of the publish or subscribe connection or a failed server migration.",
            when: &[
                "a renegotiation fails with a browser error",
                "moving to another media server (SFU migration) fails",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "hms.generic_errors.UNKNOWN",
            remediation: &[
                "Log the action, description and nativeError, and report them to 100ms if they recur.",
                "If isTerminal is true or media is missing, offer the user a rejoin.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the call named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal when it comes from a failed subscribe renegotiation, which moves the transport to Failed and makes the SDK leave the room; not terminal elsewhere (publish renegotiation, server migration).",
            ),
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The cause is unknown; the catalog leaves the next step to the user (rejoin if the call ended or media is missing) rather than retrying blindly.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NOT_READY",
            catalog_name: "NOT_READY",
            summary: "The SDK is not ready for this call yet.",
            cause: "join was called while a preview is still in progress (\"Preview is in progress, can't join\").",
            when: &["calling join right after preview without waiting for it to finish"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "hms.generic_errors.NOT_READY",
            remediation: &[
                "Wait for preview to complete (onPreview, or the room state Preview) before calling join.",
            ],
            causes: &[],
            references: &["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the call named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("The call order is the app's; waiting for preview to finish fixes it."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "JSON_PARSING_FAILED",
            catalog_name: "JSON_PARSING_FAILED",
            summary: "A message could not be parsed as JSON.",
            cause: "Declared for a signalling message that is not valid JSON (\"Failed to parse JSON message\"); 0.15.2 has a factory for it but never raises it.",
            when: &["a corrupted or unexpected message from the server"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "hms.generic_errors.JSON_PARSING_FAILED",
            remediation: &["Log the description (it includes the message) and report it to 100ms."],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the call named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "A malformed message from the service is not something the app can repeat or fix; it only needs reporting.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TRACK_METADATA_MISSING",
            catalog_name: "TRACK_METADATA_MISSING",
            summary: "Metadata for a remote track is missing.",
            cause: "Declared for a remote track that arrives without the track metadata the server should have sent; 0.15.2 has a factory for it but never raises it.",
            when: &["a remote track added before its description reached the client"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "hms.generic_errors.TRACK_METADATA_MISSING",
            remediation: &[
                "Log and report it to 100ms; if a participant's media is missing, a rejoin refreshes the room state.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the call named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "An inconsistency between the server's messages and the media; the app cannot fix it by retrying.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "RTC_TRACK_MISSING",
            catalog_name: "RTC_TRACK_MISSING",
            summary: "The WebRTC track for a remote track is missing.",
            cause: "Declared for track metadata from the server with no matching media track on the peer connection; 0.15.2 has a factory for it but never raises it.",
            when: &["the server announces a track that the subscribe connection never received"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "hms.generic_errors.RTC_TRACK_MISSING",
            remediation: &[
                "Log and report it to 100ms; if a participant's media is missing, a rejoin refreshes the room state.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the call named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "An inconsistency between the server's messages and the media; the app cannot fix it by retrying.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PEER_METADATA_MISSING",
            catalog_name: "PEER_METADATA_MISSING",
            summary: "Metadata for a peer is missing.",
            cause: "Declared for a message about a peer the client has no record of; 0.15.2 has a factory for it but never raises it.",
            when: &["a notification about a peer that arrives before the peer's join notification"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "hms.generic_errors.PEER_METADATA_MISSING",
            remediation: &[
                "Log and report it to 100ms; if the peer list looks wrong, a rejoin refreshes the room state.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the call named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "An inconsistency in the server's messages; the app cannot fix it by retrying.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INVALID_ROLE",
            catalog_name: "INVALID_ROLE",
            summary: "The requested role does not exist in the room's policy.",
            cause: "A role name given to preview (asRole) or found for the local peer is not one of the roles defined for the room (\"Invalid role. Join with valid role\").",
            when: &[
                "previewing or joining as a role name with a typo, or one deleted from the room's template",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "hms.generic_errors.INVALID_ROLE",
            remediation: &[
                "Use a role defined in the room's template (100ms dashboard), and issue tokens for existing roles.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/store/Store.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the call named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK marks it terminal; the same role name fails again until the app or the room template is fixed.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PREVIEW_IN_PROGRESS",
            catalog_name: "PREVIEW_IN_PROGRESS",
            summary: "Preview was called while another preview is in progress.",
            cause: "preview was called again before the previous preview finished (\"Preview already called\").",
            when: &["preview triggered twice, for example by a re-rendered component"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "hms.generic_errors.PREVIEW_IN_PROGRESS",
            remediation: &[
                "Call preview once and wait for it to finish; guard against repeated calls from UI effects.",
            ],
            causes: &[],
            references: &["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the call named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("The first preview goes on; the second call is the app's mistake."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "MISSING_MEDIADEVICES",
            catalog_name: "MISSING_MEDIADEVICES",
            summary: "The browser exposes no media devices API.",
            cause: "navigator.mediaDevices is undefined, which browsers do on pages not served over HTTPS or localhost; the SDK says it \"won't work on this website\".",
            when: &[
                "the app is served over plain HTTP from a host other than localhost",
                "an embedded web view without media device support",
            ],
            user_message: "Calls are not supported on this page. Please open it over a secure (https) connection or in another browser.",
            user_message_key: "hms.generic_errors.MISSING_MEDIADEVICES",
            remediation: &[
                "Serve the app over HTTPS (or localhost during development).",
                "In web views, enable camera and microphone support.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/validations.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the call named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK marks it terminal; nothing changes until the page is served from a secure origin.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "MISSING_RTCPEERCONNECTION",
            catalog_name: "MISSING_RTCPEERCONNECTION",
            summary: "The browser does not provide WebRTC.",
            cause: "RTCPeerConnection was not found, because the browser does not support WebRTC or an extension blocks it.",
            when: &[
                "an old or unsupported browser",
                "a privacy extension or policy that disables WebRTC",
            ],
            user_message: "Your browser does not support calls, or an extension is blocking them. Try another browser, or turn off extensions that block WebRTC.",
            user_message_key: "hms.generic_errors.MISSING_RTCPEERCONNECTION",
            remediation: &[
                "Tell the user to use a supported browser or disable extensions that block WebRTC, then join again.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/validations.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the call named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK marks it terminal; the user can fix it by switching browser or disabling the blocking extension, then joining again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LOCAL_STORAGE_ACCESS_DENIED",
            catalog_name: "LOCAL_STORAGE_ACCESS_DENIED",
            summary: "The browser denied access to localStorage.",
            cause: "Reading window.localStorage threw, usually because the browser's privacy settings block site storage (for example in a third-party iframe); the SDK logs it and uses an in-memory polyfill.",
            when: &[
                "the app runs in a third-party iframe with storage blocked",
                "the browser blocks cookies and site data",
            ],
            user_message: "Some of your settings can't be saved in this browser.",
            user_message_key: "hms.generic_errors.LOCAL_STORAGE_ACCESS_DENIED",
            remediation: &[
                "Nothing is required; if remembered settings matter, allow site storage for the app's origin or avoid third-party iframes.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/local-storage.ts",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the call named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK carries on without persistent storage, so there is nothing to retry; only remembered settings are lost.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VALIDATION_FAILED",
            catalog_name: "VALIDATION_FAILED",
            summary: "An SDK call was given invalid arguments or called in an invalid state.",
            cause: "The SDK rejected a call before sending it, because a peer or role does not exist, a required parameter is missing, or leave was called before join could complete.",
            when: &[
                "acting on a peer that has left, or on a role that does not exist",
                "leaving while the join is still in progress",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "hms.generic_errors.VALIDATION_FAILED",
            remediation: &[
                "Read the message, which names what failed validation, and fix the arguments or the timing of the call.",
            ],
            causes: &[],
            references: &["@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the call named in HMSException.action failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some("The same arguments fail the same way; the app has to fix the call."),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::NotConnected => 0,
            Self::Signalling => 1,
            Self::Unknown => 2,
            Self::NotReady => 3,
            Self::JsonParsingFailed => 4,
            Self::TrackMetadataMissing => 5,
            Self::RtcTrackMissing => 6,
            Self::PeerMetadataMissing => 7,
            Self::InvalidRole => 8,
            Self::PreviewInProgress => 9,
            Self::MissingMediadevices => 10,
            Self::MissingRtcpeerconnection => 11,
            Self::LocalStorageAccessDenied => 12,
            Self::ValidationFailed => 13,
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
            6000 => Some(Self::NotConnected),
            6001 => Some(Self::Signalling),
            6002 => Some(Self::Unknown),
            6003 => Some(Self::NotReady),
            6004 => Some(Self::JsonParsingFailed),
            6005 => Some(Self::TrackMetadataMissing),
            6006 => Some(Self::RtcTrackMissing),
            6007 => Some(Self::PeerMetadataMissing),
            6008 => Some(Self::InvalidRole),
            6009 => Some(Self::PreviewInProgress),
            6010 => Some(Self::MissingMediadevices),
            6011 => Some(Self::MissingRtcpeerconnection),
            6012 => Some(Self::LocalStorageAccessDenied),
            6013 => Some(Self::ValidationFailed),
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
            "NOT_CONNECTED" => Some(Self::NotConnected),
            "SIGNALLING" => Some(Self::Signalling),
            "UNKNOWN" => Some(Self::Unknown),
            "NOT_READY" => Some(Self::NotReady),
            "JSON_PARSING_FAILED" => Some(Self::JsonParsingFailed),
            "TRACK_METADATA_MISSING" => Some(Self::TrackMetadataMissing),
            "RTC_TRACK_MISSING" => Some(Self::RtcTrackMissing),
            "PEER_METADATA_MISSING" => Some(Self::PeerMetadataMissing),
            "INVALID_ROLE" => Some(Self::InvalidRole),
            "PREVIEW_IN_PROGRESS" => Some(Self::PreviewInProgress),
            "MISSING_MEDIADEVICES" => Some(Self::MissingMediadevices),
            "MISSING_RTCPEERCONNECTION" => Some(Self::MissingRtcpeerconnection),
            "LOCAL_STORAGE_ACCESS_DENIED" => Some(Self::LocalStorageAccessDenied),
            "VALIDATION_FAILED" => Some(Self::ValidationFailed),
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
impl From<GenericErrors> for i32 {
    fn from(code: GenericErrors) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for GenericErrors {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for GenericErrors {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for GenericErrors {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for GenericErrors {}
impl crate::ErrorCode for GenericErrors {
    fn provider(&self) -> &'static str {
        "hms"
    }
    fn code_set(&self) -> &'static str {
        "generic_errors"
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
/// Failures adding or running an audio or video plugin, such as a virtual background or noise suppression (ErrorFactory.MediaPluginErrors).
///
/// Upstream: ErrorFactory.MediaPluginErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::hms::MediaPluginErrors;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = MediaPluginErrors::from_value(7001).expect("a known value");
/// assert_eq!(code, MediaPluginErrors::PlatformNotSupported);
/// assert_eq!(code.value(), 7001);
/// assert_eq!(i32::from(code), 7001);
/// assert_eq!(code.name(), "PlatformNotSupported");
/// assert_eq!("PlatformNotSupported".parse::<MediaPluginErrors>(), Ok(code));
/// assert_eq!(code.to_string(), "PlatformNotSupported");
/// assert_eq!(code.category(), Category::ClientError);
/// assert_eq!(code.retry_policy(), RetryPolicy::Never);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(MediaPluginErrors::from_value(7007), None);
/// assert!(MediaPluginErrors::try_from(7007).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum MediaPluginErrors {
    /// The plugin does not support this browser or platform.
    ///
    /// The plugin's own support check reported PLATFORM_NOT_SUPPORTED when it was added ("Check HMS Docs to see the list of supported platforms").
    ///
    /// Wire value 7001.
    PlatformNotSupported = 7001,
    /// The plugin failed to initialise.
    ///
    /// The plugin's init step threw while it was being added ("Plugin init failed"), for example because its model or WebAssembly files could not be loaded.
    ///
    /// Wire value 7002.
    InitFailed = 7002,
    /// The plugin failed while processing media.
    ///
    /// Processing frames or audio through the plugin threw ("Plugin processing failed"), or a plugin was added after the plugin manager was cleaned up.
    ///
    /// Wire value 7003.
    ProcessingFailed = 7003,
    /// A plugin is already being added.
    ///
    /// addPlugin was called while an earlier add on the same track had not finished ("Plugin add already in progress").
    ///
    /// Wire value 7004.
    AddAlreadyInProgress = 7004,
    /// The plugin does not support this device.
    ///
    /// The plugin's own support check reported DEVICE_NOT_SUPPORTED when it was added ("Check HMS Docs to see the list of supported devices").
    ///
    /// Wire value 7005.
    DeviceNotSupported = 7005,
    /// The plugin is not enabled for this room.
    ///
    /// The room does not allow the plugin; in 0.15.2 this is the Krisp noise-cancellation plugin added in a room where noise cancellation is not enabled.
    ///
    /// Wire value 7006.
    NotAllowedForRoom = 7006,
}
impl MediaPluginErrors {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::PlatformNotSupported,
        Self::InitFailed,
        Self::ProcessingFailed,
        Self::AddAlreadyInProgress,
        Self::DeviceNotSupported,
        Self::NotAllowedForRoom,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 6;
    const CODE_SET: &'static str = "hms/media_plugin_errors";
    const INFO: [crate::CodeInfo; 6] = [
        crate::CodeInfo {
            name: "PlatformNotSupported",
            catalog_name: "PlatformNotSupported",
            summary: "The plugin does not support this browser or platform.",
            cause: "The plugin's own support check reported PLATFORM_NOT_SUPPORTED when it was added (\"Check HMS Docs to see the list of supported platforms\").",
            when: &[
                "adding a virtual-background or noise-suppression plugin on a browser or OS it does not support",
            ],
            user_message: "This effect is not available in your browser.",
            user_message_key: "hms.media_plugin_errors.PlatformNotSupported",
            remediation: &[
                "Check the plugin's support (its checkSupport method) before offering the feature, and hide it where unsupported.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/HMSVideoPluginsManager.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the plugin named in HMSException.action's call failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The platform does not change between attempts; the app should check support before offering the feature.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "InitFailed",
            catalog_name: "InitFailed",
            summary: "The plugin failed to initialise.",
            cause: "The plugin's init step threw while it was being added (\"Plugin init failed\"), for example because its model or WebAssembly files could not be loaded.",
            when: &[
                "the plugin's assets cannot be downloaded (network, content security policy)",
                "the device lacks the resources the plugin needs",
            ],
            user_message: "We could not turn on this effect. Please try again.",
            user_message_key: "hms.media_plugin_errors.InitFailed",
            remediation: &[
                "Retry adding the plugin after a short delay, a bounded number of times.",
                "Check that the plugin's assets are allowed by the page's content security policy and reachable.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/VideoPluginsAnalytics.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/AudioPluginsAnalytics.ts",
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
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the plugin named in HMSException.action's call failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Initialisation often fails on loading assets, which a later attempt can get past; repeated failures point at the environment.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ProcessingFailed",
            catalog_name: "ProcessingFailed",
            summary: "The plugin failed while processing media.",
            cause: "Processing frames or audio through the plugin threw (\"Plugin processing failed\"), or a plugin was added after the plugin manager was cleaned up.",
            when: &[
                "a plugin error while the effect is running",
                "adding an audio plugin after its track was released",
            ],
            user_message: "This effect stopped working. Try turning it off and on again.",
            user_message_key: "hms.media_plugin_errors.ProcessingFailed",
            remediation: &[
                "Remove the plugin and let the user enable it again; log the description.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/VideoPluginsAnalytics.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the plugin named in HMSException.action's call failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "A running plugin that failed is unlikely to recover by itself; the user can turn the effect off and on again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AddAlreadyInProgress",
            catalog_name: "AddAlreadyInProgress",
            summary: "A plugin is already being added.",
            cause: "addPlugin was called while an earlier add on the same track had not finished (\"Plugin add already in progress\").",
            when: &["the user toggles an effect several times quickly"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "hms.media_plugin_errors.AddAlreadyInProgress",
            remediation: &[
                "Await addPlugin before calling it again, and disable the effect toggle while an add is in progress.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/HMSVideoPluginsManager.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the plugin named in HMSException.action's call failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The earlier add goes on; the app should wait for it rather than repeat the call.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "DeviceNotSupported",
            catalog_name: "DeviceNotSupported",
            summary: "The plugin does not support this device.",
            cause: "The plugin's own support check reported DEVICE_NOT_SUPPORTED when it was added (\"Check HMS Docs to see the list of supported devices\").",
            when: &[
                "adding a plugin on a device without the required capabilities (for example a mobile device for some effects)",
            ],
            user_message: "This effect is not available on your device.",
            user_message_key: "hms.media_plugin_errors.DeviceNotSupported",
            remediation: &[
                "Check the plugin's support before offering the feature, and hide it on unsupported devices.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/HMSVideoPluginsManager.ts",
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the plugin named in HMSException.action's call failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The device does not change between attempts; the app should check support before offering the feature.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NotAllowedForRoom",
            catalog_name: "NotAllowedForRoom",
            summary: "The plugin is not enabled for this room.",
            cause: "The room does not allow the plugin; in 0.15.2 this is the Krisp noise-cancellation plugin added in a room where noise cancellation is not enabled.",
            when: &[
                "adding HMSKrispPlugin in a room whose template does not enable noise cancellation",
            ],
            user_message: "This effect is not available in this call.",
            user_message_key: "hms.media_plugin_errors.NotAllowedForRoom",
            remediation: &[
                "Enable noise cancellation for the room's template in the 100ms dashboard, or hide the option when the room does not allow it.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the plugin named in HMSException.action's call failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The room's settings decide it; retrying fails until an operator enables the feature.",
            ),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::PlatformNotSupported => 0,
            Self::InitFailed => 1,
            Self::ProcessingFailed => 2,
            Self::AddAlreadyInProgress => 3,
            Self::DeviceNotSupported => 4,
            Self::NotAllowedForRoom => 5,
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
            7001 => Some(Self::PlatformNotSupported),
            7002 => Some(Self::InitFailed),
            7003 => Some(Self::ProcessingFailed),
            7004 => Some(Self::AddAlreadyInProgress),
            7005 => Some(Self::DeviceNotSupported),
            7006 => Some(Self::NotAllowedForRoom),
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
            "PlatformNotSupported" => Some(Self::PlatformNotSupported),
            "InitFailed" => Some(Self::InitFailed),
            "ProcessingFailed" => Some(Self::ProcessingFailed),
            "AddAlreadyInProgress" => Some(Self::AddAlreadyInProgress),
            "DeviceNotSupported" => Some(Self::DeviceNotSupported),
            "NotAllowedForRoom" => Some(Self::NotAllowedForRoom),
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
impl From<MediaPluginErrors> for i32 {
    fn from(code: MediaPluginErrors) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for MediaPluginErrors {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for MediaPluginErrors {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for MediaPluginErrors {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for MediaPluginErrors {}
impl crate::ErrorCode for MediaPluginErrors {
    fn provider(&self) -> &'static str {
        "hms"
    }
    fn code_set(&self) -> &'static str {
        "media_plugin_errors"
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
/// Errors from the playlist manager that plays audio or video files into the call (ErrorCodes.PlaylistErrors).
///
/// Upstream: ErrorCodes.PlaylistErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::hms::PlaylistErrors;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = PlaylistErrors::from_value(8001).expect("a known value");
/// assert_eq!(code, PlaylistErrors::NoEntryToPlay);
/// assert_eq!(code.value(), 8001);
/// assert_eq!(i32::from(code), 8001);
/// assert_eq!(code.name(), "NO_ENTRY_TO_PLAY");
/// assert_eq!("NO_ENTRY_TO_PLAY".parse::<PlaylistErrors>(), Ok(code));
/// assert_eq!(code.to_string(), "NO_ENTRY_TO_PLAY");
/// assert_eq!(code.category(), Category::ClientError);
/// assert_eq!(code.retry_policy(), RetryPolicy::Never);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(PlaylistErrors::from_value(8003), None);
/// assert!(PlaylistErrors::try_from(8003).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum PlaylistErrors {
    /// There is no playlist entry to play.
    ///
    /// A playlist action needs an entry, but the playlist is empty, has reached its end, or nothing is playing (for example a seek with no current item).
    ///
    /// Wire value 8001.
    NoEntryToPlay = 8001,
    /// No playlist entry is playing.
    ///
    /// Declared for a playlist action that needs a playing entry ("No entry is playing at this time"); 0.15.2 has a factory for it but never raises it.
    ///
    /// Wire value 8002.
    NoEntryIsPlaying = 8002,
}
impl PlaylistErrors {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[Self::NoEntryToPlay, Self::NoEntryIsPlaying];
    /// Number of codes in the set.
    pub const COUNT: usize = 2;
    const CODE_SET: &'static str = "hms/playlist_errors";
    const INFO: [crate::CodeInfo; 2] = [
        crate::CodeInfo {
            name: "NO_ENTRY_TO_PLAY",
            catalog_name: "NO_ENTRY_TO_PLAY",
            summary: "There is no playlist entry to play.",
            cause: "A playlist action needs an entry, but the playlist is empty, has reached its end, or nothing is playing (for example a seek with no current item).",
            when: &[
                "playing next or previous past the ends of the playlist",
                "seeking when no item is playing",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "hms.playlist_errors.NO_ENTRY_TO_PLAY",
            remediation: &[
                "Check the playlist's state (selectors for the current item and list) before calling next, previous or seek, and disable those controls when they do not apply.",
            ],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/playlist-manager/PlaylistManager.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the playlist call failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The playlist's state makes the action impossible; repeating it fails the same way.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NO_ENTRY_IS_PLAYING",
            catalog_name: "NO_ENTRY_IS_PLAYING",
            summary: "No playlist entry is playing.",
            cause: "Declared for a playlist action that needs a playing entry (\"No entry is playing at this time\"); 0.15.2 has a factory for it but never raises it.",
            when: &["acting on the current item while nothing is playing"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "hms.playlist_errors.NO_ENTRY_IS_PLAYING",
            remediation: &["Check that an item is playing before acting on the current item."],
            causes: &[],
            references: &[
                "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The SDK has left the room (room state Failed); any recovery is a new join.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The session goes on; only the playlist call failed.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The playlist's state makes the action impossible; repeating it fails the same way.",
            ),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::NoEntryToPlay => 0,
            Self::NoEntryIsPlaying => 1,
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
            8001 => Some(Self::NoEntryToPlay),
            8002 => Some(Self::NoEntryIsPlaying),
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
            "NO_ENTRY_TO_PLAY" => Some(Self::NoEntryToPlay),
            "NO_ENTRY_IS_PLAYING" => Some(Self::NoEntryIsPlaying),
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
impl From<PlaylistErrors> for i32 {
    fn from(code: PlaylistErrors) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for PlaylistErrors {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for PlaylistErrors {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for PlaylistErrors {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for PlaylistErrors {}
impl crate::ErrorCode for PlaylistErrors {
    fn provider(&self) -> &'static str {
        "hms"
    }
    fn code_set(&self) -> &'static str {
        "playlist_errors"
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

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Vonage Video (OpenTok) error codes.
/// Integer error code of OpenTok.js (OT.ExceptionCodes), carried as the code property of the errors passed to completion handlers and rejected promises, and of exception events.
///
/// Upstream: OT.ExceptionCodes in <https://tokbox.com/developer/sdks/js/> 2.35.2 (package npm:@opentok/client@2.35.2).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::vonage_video::ExceptionCode;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = ExceptionCode::from_value(2000).expect("a known value");
/// assert_eq!(code, ExceptionCode::JsException);
/// assert_eq!(code.value(), 2000);
/// assert_eq!(i32::from(code), 2000);
/// assert_eq!(code.name(), "JS_EXCEPTION");
/// assert_eq!("JS_EXCEPTION".parse::<ExceptionCode>(), Ok(code));
/// assert_eq!(code.to_string(), "JS_EXCEPTION");
/// assert_eq!(code.category(), Category::Unknown);
/// assert_eq!(code.retry_policy(), RetryPolicy::Backoff);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(ExceptionCode::from_value(5002), None);
/// assert!(ExceptionCode::try_from(5002).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum ExceptionCode {
    /// An internal error in the SDK.
    ///
    /// The SDK met a state it cannot handle (an internal JavaScript exception); its docs call 2000 "Internal Error" and list it among the errors any method can report.
    ///
    /// Wire value 2000.
    JsException = 2000,
    /// The token or API key was rejected.
    ///
    /// The session's server refused the credentials: the token has expired, is malformed or was made for another session, or the API key is missing or wrong.
    ///
    /// Wire value 1004.
    AuthenticationError = 1004,
    /// The session ID is not valid.
    ///
    /// The session ID passed to OT.initSession() is empty or malformed, or the service does not know it.
    ///
    /// Wire value 1005.
    InvalidSessionId = 1005,
    /// The client could not connect to the session.
    ///
    /// The connection to the session's servers could not be set up, most often because of the client's network.
    ///
    /// Wire value 1006.
    ConnectFailed = 1006,
    /// The connection to the session was rejected.
    ///
    /// The SDK titles this code "Connect Rejected": the service refused the connection. The 2.35.2 sources never raise it by name.
    ///
    /// Wire value 1007.
    ConnectRejected = 1007,
    /// Connecting to the session timed out.
    ///
    /// The SDK titles this code "Connect Time-out": the connection was not set up in time. The 2.35.2 sources never raise it by name.
    ///
    /// Wire value 1008.
    ConnectionTimeout = 1008,
    /// The client is not connected to the session.
    ///
    /// A method that needs a connected session was called before Session.connect() succeeded or after the session disconnected.
    ///
    /// Wire value 1010.
    NotConnected = 1010,
    /// A parameter passed to the SDK is not valid.
    ///
    /// A method received a missing, wrongly typed or out-of-range parameter.
    ///
    /// Wire value 1011.
    InvalidParameter = 1011,
    /// The WebRTC peer connection of a publisher or subscriber failed.
    ///
    /// The media connection (RTCPeerConnection) for a published or subscribed stream could not be set up or broke.
    ///
    /// Wire value 1013.
    P2pConnectionFailed = 1013,
    /// A request to the Vonage Video API failed.
    ///
    /// The SDK titles this code "API Response Failure": a call to the service did not get a usable answer. The 2.35.2 sources never raise it by name.
    ///
    /// Wire value 1014.
    ApiResponseFailure = 1014,
    /// The publisher's or subscriber's peer connection is not connected.
    ///
    /// A method that needs the media connection (statistics) was called while the peer connection was not set up yet or already closed.
    ///
    /// Wire value 1015.
    PeerConnectionNotConnected = 1015,
    /// The connection is refused under the terms of service (export compliance).
    ///
    /// The service refused the connection for a terms-of-service reason; the SDK titles it "Terms of Service Violation: Export Compliance".
    ///
    /// Wire value 1026.
    TermsOfServiceFailure = 1026,
    /// The session has reached its limit of simultaneous connections.
    ///
    /// The client tried to connect to a session that already holds as many connections as it may.
    ///
    /// Wire value 1027.
    ConnectionLimitExceeded = 1027,
    /// The stream could not be published.
    ///
    /// Publishing failed. The docs list a token without the publisher role, camera or microphone access denied, and an HTTP page in Chrome; the SDK also reports 1500 for an invalid publisher argument, a stream the server would not create (for example an unencrypted publisher in an encrypted session) and other publisher peer-connection failures.
    ///
    /// Wire value 1500.
    UnableToPublish = 1500,
    /// The stream could not be subscribed to.
    ///
    /// Subscribing did not complete; the docs say "in a reasonable amount of time", and the SDK also reports 1501 for other subscriber peer-connection failures.
    ///
    /// Wire value 1501.
    UnableToSubscribe = 1501,
    /// The browser cannot decode the stream's video format.
    ///
    /// The subscribed stream uses a video codec that this browser does not support.
    ///
    /// Wire value 1502.
    UnsupportedVideoCodec = 1502,
    /// This client may not force other clients to disconnect.
    ///
    /// Session.forceDisconnect() needs a token with the moderator role, and this client's token does not have it.
    ///
    /// Wire value 1520.
    UnableToForceDisconnect = 1520,
    /// This client may not force other clients to stop publishing.
    ///
    /// Session.forceUnpublish() needs a token with the moderator role, and this client's token does not have it.
    ///
    /// Wire value 1530.
    UnableToForceUnpublish = 1530,
    /// This client may not force other streams to mute.
    ///
    /// Session.forceMuteStream() and forceMuteAll() need a token with the moderator role, and this client's token does not have it.
    ///
    /// Wire value 1540.
    UnableToForceMute = 1540,
    /// The publisher's ICE negotiation failed.
    ///
    /// The WebRTC ICE exchange that connects a publisher's media could not find a working network path.
    ///
    /// Wire value 1553.
    PublisherIceWorkflowFailed = 1553,
    /// The subscriber's ICE negotiation failed.
    ///
    /// The WebRTC ICE exchange that connects a subscriber's media could not find a working network path.
    ///
    /// Wire value 1554.
    SubscriberIceWorkflowFailed = 1554,
    /// The session has reached its limit of simultaneous streams.
    ///
    /// The client tried to subscribe to a stream in a session that already carries as many streams as it may.
    ///
    /// Wire value 1605.
    StreamLimitExceeded = 1605,
    /// The Vonage Video API server answered unexpectedly.
    ///
    /// The service returned a response the SDK could not use, or an error it does not know.
    ///
    /// Wire value 2001.
    UnexpectedServerResponse = 2001,
    /// OT.reportIssue() could not send the report.
    ///
    /// The issue report could not reach Vonage, usually because of the client's network.
    ///
    /// Wire value 2011.
    ReportIssueError = 2011,
    /// OT.setProxyUrl() was called too late.
    ///
    /// The IP proxy URL was set after a Session or Publisher object had been created, so it cannot take effect.
    ///
    /// Wire value 2021.
    SetProxyUrlTimingError = 2021,
    /// OT.setProxyUrl() was called a second time.
    ///
    /// The IP proxy URL had already been set; the SDK ignores the new value.
    ///
    /// Wire value 2022.
    ProxyUrlAlreadySetError = 2022,
    /// The browser does not support getRtcStatsReport().
    ///
    /// The browser lacks the standard RTCPeerConnection.getStats() that Publisher.getRtcStatsReport() and Subscriber.getRtcStatsReport() need.
    ///
    /// Wire value 2031.
    GetRtcStatsReportNotSupported = 2031,
    /// The session-info response was not well-formed JSON.
    ///
    /// The request that fetches the session's details at Session.connect() returned a body that is not the JSON the SDK expects.
    ///
    /// Wire value 3001.
    AnvilBadlyFormedResponse = 3001,
    /// The session-info request got an HTTP error status.
    ///
    /// The request that fetches the session's details at Session.connect() was answered with a status outside 2xx.
    ///
    /// Wire value 3002.
    AnvilInvalidHttpStatus = 3002,
    /// The session-info response could not be parsed.
    ///
    /// The request that fetches the session's details at Session.connect() returned text that fails to parse as JSON, as a cross-domain or rewritten response does.
    ///
    /// Wire value 3003.
    AnvilXdomainOrParsingError = 3003,
    /// The session-info request failed before it was sent.
    ///
    /// The HTTP client failed while preparing the request that fetches the session's details at Session.connect(), with neither a request sent nor a response received.
    ///
    /// Wire value 3004.
    AnvilUnknownHttpError = 3004,
    /// The session-info service returned an error the SDK does not know.
    ///
    /// The session-info response carried an error whose status the SDK maps to no exception code (it knows 400, 403, 404, 409 and 500).
    ///
    /// Wire value 3005.
    AnvilUnexpectedErrorCode = 3005,
    /// The session-info response was empty.
    ///
    /// The request that fetches the session's details at Session.connect() returned an empty body; the SDK's own message blames a probable loss of connectivity.
    ///
    /// Wire value 3006.
    AnvilEmptyResponseBody = 3006,
    /// The session-info request got no response.
    ///
    /// The request that fetches the session's details at Session.connect() was sent but no response came back.
    ///
    /// Wire value 3007.
    AnvilConnectFailed = 3007,
    /// The SDK could not query the browser's media engine.
    ///
    /// OT.getSupportedCodecs() could not create the local peer connection and offer it uses to list the browser's codecs.
    ///
    /// Wire value 5001.
    UnableToAccessMediaEngine = 5001,
}
impl ExceptionCode {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::JsException,
        Self::AuthenticationError,
        Self::InvalidSessionId,
        Self::ConnectFailed,
        Self::ConnectRejected,
        Self::ConnectionTimeout,
        Self::NotConnected,
        Self::InvalidParameter,
        Self::P2pConnectionFailed,
        Self::ApiResponseFailure,
        Self::PeerConnectionNotConnected,
        Self::TermsOfServiceFailure,
        Self::ConnectionLimitExceeded,
        Self::UnableToPublish,
        Self::UnableToSubscribe,
        Self::UnsupportedVideoCodec,
        Self::UnableToForceDisconnect,
        Self::UnableToForceUnpublish,
        Self::UnableToForceMute,
        Self::PublisherIceWorkflowFailed,
        Self::SubscriberIceWorkflowFailed,
        Self::StreamLimitExceeded,
        Self::UnexpectedServerResponse,
        Self::ReportIssueError,
        Self::SetProxyUrlTimingError,
        Self::ProxyUrlAlreadySetError,
        Self::GetRtcStatsReportNotSupported,
        Self::AnvilBadlyFormedResponse,
        Self::AnvilInvalidHttpStatus,
        Self::AnvilXdomainOrParsingError,
        Self::AnvilUnknownHttpError,
        Self::AnvilUnexpectedErrorCode,
        Self::AnvilEmptyResponseBody,
        Self::AnvilConnectFailed,
        Self::UnableToAccessMediaEngine,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 35;
    const CODE_SET: &'static str = "vonage_video/exception_code";
    const INFO: [crate::CodeInfo; 35] = [
        crate::CodeInfo {
            name: "JS_EXCEPTION",
            catalog_name: "JS_EXCEPTION",
            summary: "An internal error in the SDK.",
            cause: "The SDK met a state it cannot handle (an internal JavaScript exception); its docs call 2000 \"Internal Error\" and list it among the errors any method can report.",
            when: &[
                "an exception event from OTError.handleJsException, for example a Subscriber created without a session",
                "any SDK call that fails on an unexpected internal error",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "vonage_video.exception_code.JS_EXCEPTION",
            remediation: &[
                "Log the error's message and name, reconnect to the session if it is no longer connected, and try the action again.",
                "If it recurs, capture the SDK logs (OT.setLogLevel) and report it to Vonage support with the OT.version value.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: general errors)",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/ot_error_class.js",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Provider,
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
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The docs advise reconnecting to the session and trying the action again, so a retry is the provider's advice. Whether the session survives depends on what threw; the code itself does not end the session, so the catalog treats it as not terminal.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUTHENTICATION_ERROR",
            catalog_name: "AUTHENTICATION_ERROR",
            summary: "The token or API key was rejected.",
            cause: "The session's server refused the credentials: the token has expired, is malformed or was made for another session, or the API key is missing or wrong.",
            when: &[
                "Session.connect() with an expired or invalid token",
                "OT.initSession() without an API key",
                "the session-info request answers HTTP 403",
            ],
            user_message:
                "We could not confirm your access to this call. Please try joining again.",
            user_message_key: "vonage_video.exception_code.AUTHENTICATION_ERROR",
            remediation: &[
                "Fetch a fresh token from the app's backend and connect again.",
                "Check that the token was generated for this session ID with the same API key, by a current Vonage Video server SDK.",
                "Check the API key passed to OT.initSession().",
            ],
            causes: &[
                "an expired token",
                "a token for another session or another API key",
                "a missing or wrong API key",
            ],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.connect())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/mapStatusCodeToErrorCode.js",
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
                "The docs name an expired or invalid token or API key as the causes; a new token from the app's backend fixes the common case, and twice refused means the key or token generation itself is wrong.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INVALID_SESSION_ID",
            catalog_name: "INVALID_SESSION_ID",
            summary: "The session ID is not valid.",
            cause: "The session ID passed to OT.initSession() is empty or malformed, or the service does not know it.",
            when: &[
                "OT.initSession() with a missing or malformed session ID",
                "the session-info request answers HTTP 400 or 404",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "vonage_video.exception_code.INVALID_SESSION_ID",
            remediation: &[
                "Create session IDs with a current Vonage Video server SDK and pass them unchanged to OT.initSession().",
                "Check that the session ID and the API key belong to the same project.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.connect())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/mapStatusCodeToErrorCode.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The same session ID fails every time; the app or its backend must supply a valid one.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CONNECT_FAILED",
            catalog_name: "CONNECT_FAILED",
            summary: "The client could not connect to the session.",
            cause: "The connection to the session's servers could not be set up, most often because of the client's network.",
            when: &[
                "Session.connect() when the signalling WebSocket cannot be opened",
                "the session-info request gets no answer or an empty one (ANVIL_CONNECT_FAILED, ANVIL_EMPTY_RESPONSE_BODY are reported as 1006)",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "vonage_video.exception_code.CONNECT_FAILED",
            remediation: &[
                "Check the client's network connection, then call Session.connect() again after a delay.",
                "If it fails behind a corporate network, check that the firewall allows the Vonage Video endpoints, or configure an IP proxy (OT.setProxyUrl).",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.connect())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js",
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
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The docs point at the client's network connection, which is usually a passing condition; the SDK has already retried the session-info request, so the app backs off before connecting again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CONNECT_REJECTED",
            catalog_name: "CONNECT_REJECTED",
            summary: "The connection to the session was rejected.",
            cause: "The SDK titles this code \"Connect Rejected\": the service refused the connection. The 2.35.2 sources never raise it by name.",
            when: &["connecting to a session that the service refuses"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "vonage_video.exception_code.CONNECT_REJECTED",
            remediation: &[
                "Check the token's role and expiry and the session's settings in the app's backend before connecting again.",
                "Report it to Vonage support with the session ID if the cause is not clear.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/errorCodeToErrorTitleMap.js",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A rejected connection is a decision by the service, so retrying unchanged is expected to fail again; the connect attempt is over.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CONNECTION_TIMEOUT",
            catalog_name: "CONNECTION_TIMEOUT",
            summary: "Connecting to the session timed out.",
            cause: "The SDK titles this code \"Connect Time-out\": the connection was not set up in time. The 2.35.2 sources never raise it by name.",
            when: &["a slow or lossy network while connecting"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "vonage_video.exception_code.CONNECTION_TIMEOUT",
            remediation: &[
                "Check the client's network connection, then connect again after a delay.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/errorCodeToErrorTitleMap.js",
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
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A timeout is usually a passing network condition; the connect attempt is over, and a later one may succeed.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NOT_CONNECTED",
            catalog_name: "NOT_CONNECTED",
            summary: "The client is not connected to the session.",
            cause: "A method that needs a connected session was called before Session.connect() succeeded or after the session disconnected.",
            when: &[
                "Session.publish(), forceDisconnect(), forceUnpublish() or forceMuteStream()/forceMuteAll() before sessionConnected",
                "the same calls after the session has disconnected",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "vonage_video.exception_code.NOT_CONNECTED",
            remediation: &[
                "Call the method only after Session.connect() has completed without error (or after the sessionConnected event).",
                "If the session disconnected, connect again first.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.forceDisconnect(), forceUnpublish(), publish())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/forceMuteErrors.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Repeating the call in the same state fails again; the app must wait for the session to be connected. Only the call failed, nothing that was running ends.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INVALID_PARAMETER",
            catalog_name: "INVALID_PARAMETER",
            summary: "A parameter passed to the SDK is not valid.",
            cause: "A method received a missing, wrongly typed or out-of-range parameter.",
            when: &[
                "OT.initPublisher() with invalid publisher properties",
                "force-mute or other session calls with an invalid stream or option",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "vonage_video.exception_code.INVALID_PARAMETER",
            remediation: &[
                "Read the error's message, which names the parameter, and fix the call.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: general errors)",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The same parameters are refused every time; a developer must fix the call. Only the call failed.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "P2P_CONNECTION_FAILED",
            catalog_name: "P2P_CONNECTION_FAILED",
            summary: "The WebRTC peer connection of a publisher or subscriber failed.",
            cause: "The media connection (RTCPeerConnection) for a published or subscribed stream could not be set up or broke.",
            when: &[
                "Session.subscribe() when the peer connection fails",
                "a publisher's peer connection fails",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "vonage_video.exception_code.P2P_CONNECTION_FAILED",
            remediation: &[
                "Republish or resubscribe the stream after a short delay; if it keeps failing, reconnect to the session.",
                "If it fails for many users, check that UDP and the TURN fallback are allowed by their networks.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.subscribe())",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Provider,
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
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The docs advise republishing, resubscribing or reconnecting. The failure is that of one publisher or subscriber; the session itself stays connected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "API_RESPONSE_FAILURE",
            catalog_name: "API_RESPONSE_FAILURE",
            summary: "A request to the Vonage Video API failed.",
            cause: "The SDK titles this code \"API Response Failure\": a call to the service did not get a usable answer. The 2.35.2 sources never raise it by name.",
            when: &["a request to the service fails or answers unexpectedly"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "vonage_video.exception_code.API_RESPONSE_FAILURE",
            remediation: &[
                "Retry the operation after a delay.",
                "If it persists, check the Vonage API status page and report it with the session ID.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/errorCodeToErrorTitleMap.js",
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
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A failed service response is usually transient; the code names a failed request, not the end of the session.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PEER_CONNECTION_NOT_CONNECTED",
            catalog_name: "PEER_CONNECTION_NOT_CONNECTED",
            summary: "The publisher's or subscriber's peer connection is not connected.",
            cause: "A method that needs the media connection (statistics) was called while the peer connection was not set up yet or already closed.",
            when: &[
                "Publisher.getRtcStatsReport() or Subscriber.getRtcStatsReport() before the stream is flowing",
                "Subscriber.getStats() after the peer connection closed",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "vonage_video.exception_code.PEER_CONNECTION_NOT_CONNECTED",
            remediation: &[
                "Call the statistics methods only after the publisher or subscriber is connected (after streamCreated / the subscriber's connected state), and retry later if it fails.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors of getRtcStatsReport())",
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
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The peer connection often comes up moments later, so the call can succeed on a later attempt; only the statistics call failed.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TERMS_OF_SERVICE_FAILURE",
            catalog_name: "TERMS_OF_SERVICE_FAILURE",
            summary: "The connection is refused under the terms of service (export compliance).",
            cause: "The service refused the connection for a terms-of-service reason; the SDK titles it \"Terms of Service Violation: Export Compliance\".",
            when: &[
                "connecting from a place or an account the service may not serve under export rules",
                "the session-info request answers HTTP 409",
            ],
            user_message: "This service is not available where you are.",
            user_message_key: "vonage_video.exception_code.TERMS_OF_SERVICE_FAILURE",
            remediation: &[
                "Do not retry; tell the user the service is not available to them.",
                "Operators can review the Vonage terms of use and contact Vonage support about the account.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.connect())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/mapStatusCodeToErrorCode.js",
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
                "A compliance refusal is not transient; only a change of account or location can change it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CONNECTION_LIMIT_EXCEEDED",
            catalog_name: "CONNECTION_LIMIT_EXCEEDED",
            summary: "The session has reached its limit of simultaneous connections.",
            cause: "The client tried to connect to a session that already holds as many connections as it may.",
            when: &["Session.connect() to a full session"],
            user_message: "This call is full right now. Please try again in a little while.",
            user_message_key: "vonage_video.exception_code.CONNECTION_LIMIT_EXCEEDED",
            remediation: &[
                "Tell the user the call is full and let them try again later.",
                "If sessions are often full, route users to more sessions or review the session's connection limit with Vonage.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.connect())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/RaptorSession/raptor/RaptorSocket.js",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The session is full until someone leaves, which the client cannot know; the user decides when to try again, as for the other full-room codes.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UNABLE_TO_PUBLISH",
            catalog_name: "UNABLE_TO_PUBLISH",
            summary: "The stream could not be published.",
            cause: "Publishing failed. The docs list a token without the publisher role, camera or microphone access denied, and an HTTP page in Chrome; the SDK also reports 1500 for an invalid publisher argument, a stream the server would not create (for example an unencrypted publisher in an encrypted session) and other publisher peer-connection failures.",
            when: &[
                "Session.publish() with a token whose role is subscriber",
                "the user denies camera or microphone access",
                "the page is served over plain HTTP",
                "Session.publish() with an argument that is not a Publisher or its target element",
                "publishing without encryption to a session that requires it",
                "the publisher's media connection fails for another reason",
            ],
            user_message: "We could not share your camera or microphone.",
            user_message_key: "vonage_video.exception_code.UNABLE_TO_PUBLISH",
            remediation: &[
                "Decide from the error's name; for OT_PERMISSION_DENIED give the user a token with the publisher role, for OT_INVALID_PARAMETER fix the call.",
                "On the publisher's accessDenied event, ask the user to allow camera and microphone access.",
                "Serve the page over HTTPS.",
                "Give publishing users a token with the publisher or moderator role (Session.capabilities.publish shows it), and enable encryption on publishers of encrypted sessions.",
            ],
            causes: &[
                "a token without the publisher role",
                "camera or microphone access denied",
                "a page served over HTTP",
                "an invalid argument to Session.publish()",
                "a stream the server refused to create",
                "a publisher peer-connection failure",
            ],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.publish())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/interpretPeerConnectionError.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/createStreamErrorMap.js",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Depends,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "error.name",
                overrides: &["retry"],
                values: &[],
                meaning: Some(
                    "The OT_* name the SDK puts on the same error says which failure this is: OT_PERMISSION_DENIED (the token's role does not allow publishing: never retry), OT_INVALID_PARAMETER (fix the call), OT_STREAM_CREATE_FAILED (the server refused the stream), or a peer-connection name. The SDK's docs tell apps to use the name, not the deprecated code.",
                ),
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The code groups failures that need opposite handling (a permission is never granted by retrying, a media failure may pass); the error's name (OT_PERMISSION_DENIED, OT_INVALID_PARAMETER, OT_STREAM_CREATE_FAILED, ...) tells them apart. Only the publish failed; the session stays connected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UNABLE_TO_SUBSCRIBE",
            catalog_name: "UNABLE_TO_SUBSCRIBE",
            summary: "The stream could not be subscribed to.",
            cause: "Subscribing did not complete; the docs say \"in a reasonable amount of time\", and the SDK also reports 1501 for other subscriber peer-connection failures.",
            when: &[
                "Session.subscribe() times out",
                "the subscriber's media connection fails for another reason",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "vonage_video.exception_code.UNABLE_TO_SUBSCRIBE",
            remediation: &[
                "Decide from the error's name; for a timeout, resubscribe after a delay.",
                "If it fails for many users, check their networks allow UDP and the TURN fallback.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.subscribe())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/interpretPeerConnectionError.js",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Depends,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "error.name",
                overrides: &["retry"],
                values: &[],
                meaning: Some(
                    "The OT_* name the SDK puts on the same error says which failure this is, for example OT_TIMEOUT for a subscribe that did not complete in time (resubscribe) or a peer-connection name. The SDK's docs tell apps to use the name, not the deprecated code.",
                ),
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The code covers timeouts and other subscriber failures alike; the error's name says which. Only this subscriber failed; the session stays connected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UNSUPPORTED_VIDEO_CODEC",
            catalog_name: "UNSUPPORTED_VIDEO_CODEC",
            summary: "The browser cannot decode the stream's video format.",
            cause: "The subscribed stream uses a video codec that this browser does not support.",
            when: &["Session.subscribe() to a stream encoded in a codec the browser lacks"],
            user_message: "This video cannot be played in your browser. Try another browser.",
            user_message_key: "vonage_video.exception_code.UNSUPPORTED_VIDEO_CODEC",
            remediation: &[
                "Suggest a browser that supports the session's codec.",
                "Choose a codec every target browser supports for the session (for example VP8), or set the publishers' preferredVideoCodecs.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.subscribe())",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The same browser fails the same stream again; the user can switch browser, or the session's codec settings must change. Only this subscriber failed.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UNABLE_TO_FORCE_DISCONNECT",
            catalog_name: "UNABLE_TO_FORCE_DISCONNECT",
            summary: "This client may not force other clients to disconnect.",
            cause: "Session.forceDisconnect() needs a token with the moderator role, and this client's token does not have it.",
            when: &["Session.forceDisconnect() with a publisher or subscriber token"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "vonage_video.exception_code.UNABLE_TO_FORCE_DISCONNECT",
            remediation: &[
                "Issue moderator tokens to the clients that must remove others, and check Session.capabilities.forceDisconnect before calling.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.forceDisconnect())",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("The token's role does not change by retrying; only the call failed."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UNABLE_TO_FORCE_UNPUBLISH",
            catalog_name: "UNABLE_TO_FORCE_UNPUBLISH",
            summary: "This client may not force other clients to stop publishing.",
            cause: "Session.forceUnpublish() needs a token with the moderator role, and this client's token does not have it.",
            when: &["Session.forceUnpublish() with a publisher or subscriber token"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "vonage_video.exception_code.UNABLE_TO_FORCE_UNPUBLISH",
            remediation: &[
                "Issue moderator tokens to the clients that must stop others' streams, and check Session.capabilities.forceUnpublish before calling.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.forceUnpublish())",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("The token's role does not change by retrying; only the call failed."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UNABLE_TO_FORCE_MUTE",
            catalog_name: "UNABLE_TO_FORCE_MUTE",
            summary: "This client may not force other streams to mute.",
            cause: "Session.forceMuteStream() and forceMuteAll() need a token with the moderator role, and this client's token does not have it.",
            when: &[
                "Session.forceMuteStream() or Session.forceMuteAll() with a publisher or subscriber token",
            ],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "vonage_video.exception_code.UNABLE_TO_FORCE_MUTE",
            remediation: &[
                "Issue moderator tokens to the clients that must mute others, and check Session.capabilities.forceMute before calling.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/forceMuteErrors.js",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("The token's role does not change by retrying; only the call failed."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PUBLISHER_ICE_WORKFLOW_FAILED",
            catalog_name: "PUBLISHER_ICE_WORKFLOW_FAILED",
            summary: "The publisher's ICE negotiation failed.",
            cause: "The WebRTC ICE exchange that connects a publisher's media could not find a working network path.",
            when: &[
                "Session.publish() on a network that blocks UDP and TURN",
                "the publisher's network changes during setup",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "vonage_video.exception_code.PUBLISHER_ICE_WORKFLOW_FAILED",
            remediation: &[
                "Publish again after a delay; if it keeps failing, reconnect to the session.",
                "Check that the user's network allows UDP or the TURN relay (TCP/TLS 443).",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.publish())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/interpretPeerConnectionError.js",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Provider,
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
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The docs advise publishing again or reconnecting to the session. Only the publisher failed; the session stays connected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SUBSCRIBER_ICE_WORKFLOW_FAILED",
            catalog_name: "SUBSCRIBER_ICE_WORKFLOW_FAILED",
            summary: "The subscriber's ICE negotiation failed.",
            cause: "The WebRTC ICE exchange that connects a subscriber's media could not find a working network path.",
            when: &[
                "Session.subscribe() on a network that blocks UDP and TURN",
                "the subscriber's network changes during setup",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "vonage_video.exception_code.SUBSCRIBER_ICE_WORKFLOW_FAILED",
            remediation: &[
                "Resubscribe after a delay; if it keeps failing, reconnect to the session.",
                "Check that the user's network allows UDP or the TURN relay (TCP/TLS 443).",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.subscribe())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/interpretPeerConnectionError.js",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Provider,
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
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The docs advise resubscribing or reconnecting to the session. Only the subscriber failed; the session stays connected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "STREAM_LIMIT_EXCEEDED",
            catalog_name: "STREAM_LIMIT_EXCEEDED",
            summary: "The session has reached its limit of simultaneous streams.",
            cause: "The client tried to subscribe to a stream in a session that already carries as many streams as it may.",
            when: &["Session.subscribe() in a session at its stream limit"],
            user_message: "This call is full right now. Please try again in a little while.",
            user_message_key: "vonage_video.exception_code.STREAM_LIMIT_EXCEEDED",
            remediation: &[
                "Subscribe to fewer streams (for example only the active speakers), and try again when streams end.",
                "Review the session's stream limits with Vonage if the use case needs more.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.subscribe())",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The limit lifts only when other streams stop, which the client cannot see; the user or the app's layout decides when to try again. The session stays connected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UNEXPECTED_SERVER_RESPONSE",
            catalog_name: "UNEXPECTED_SERVER_RESPONSE",
            summary: "The Vonage Video API server answered unexpectedly.",
            cause: "The service returned a response the SDK could not use, or an error it does not know.",
            when: &[
                "Session.connect() (the session-info request fails after the SDK's own retries, or the signalling server answers unexpectedly)",
                "Session.publish(), Session.subscribe(), Session.signal() or a force-mute call",
            ],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "vonage_video.exception_code.UNEXPECTED_SERVER_RESPONSE",
            remediation: &[
                "Try the operation again later, after a delay.",
                "If it persists, check the Vonage API status page and report it with the session ID.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: Session.connect(), publish(), signal(), subscribe())",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertRumorError.js",
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
            runtime_signal: None,
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal when Session.connect() reports it (the connect attempt is over); after publish, subscribe, signal or force-mute only that call failed and the session stays connected.",
            ),
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "REPORT_ISSUE_ERROR",
            catalog_name: "REPORT_ISSUE_ERROR",
            summary: "OT.reportIssue() could not send the report.",
            cause:
                "The issue report could not reach Vonage, usually because of the client's network.",
            when: &["OT.reportIssue() while offline or behind a blocking network"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "vonage_video.exception_code.REPORT_ISSUE_ERROR",
            remediation: &[
                "Check the client's network connection and call OT.reportIssue() again after a delay.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling OT.reportIssue())",
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
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The docs point at the client's network connection, which usually recovers; only the report failed.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SET_PROXY_URL_TIMING_ERROR",
            catalog_name: "SET_PROXY_URL_TIMING_ERROR",
            summary: "OT.setProxyUrl() was called too late.",
            cause: "The IP proxy URL was set after a Session or Publisher object had been created, so it cannot take effect.",
            when: &["OT.setProxyUrl() after OT.initSession() or OT.initPublisher()"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "vonage_video.exception_code.SET_PROXY_URL_TIMING_ERROR",
            remediation: &[
                "Call OT.setProxyUrl() before any other Vonage Video method, before any session or publisher is created.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling OT.setProxyUrl())",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The order of calls is fixed in the app's code; calling again changes nothing. Nothing that was running ends.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PROXY_URL_ALREADY_SET_ERROR",
            catalog_name: "PROXY_URL_ALREADY_SET_ERROR",
            summary: "OT.setProxyUrl() was called a second time.",
            cause: "The IP proxy URL had already been set; the SDK ignores the new value.",
            when: &["OT.setProxyUrl() called more than once in a page"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "vonage_video.exception_code.PROXY_URL_ALREADY_SET_ERROR",
            remediation: &[
                "Set the proxy URL once, at start-up; reload the page to use another one.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling OT.setProxyUrl())",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The first proxy URL stays in effect whatever the app does; calling again changes nothing.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "GET_RTC_STATS_REPORT_NOT_SUPPORTED",
            catalog_name: "GET_RTC_STATS_REPORT_NOT_SUPPORTED",
            summary: "The browser does not support getRtcStatsReport().",
            cause: "The browser lacks the standard RTCPeerConnection.getStats() that Publisher.getRtcStatsReport() and Subscriber.getRtcStatsReport() need.",
            when: &["getRtcStatsReport() in an old browser (the docs name Chrome 57 and lower)"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "vonage_video.exception_code.GET_RTC_STATS_REPORT_NOT_SUPPORTED",
            remediation: &[
                "Fall back to Publisher.getStats() / Subscriber.getStats(), or ask the user to update the browser.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors of getRtcStatsReport())",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The browser's abilities do not change by retrying; only the statistics call failed.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ANVIL_BADLY_FORMED_RESPONSE",
            catalog_name: "ANVIL_BADLY_FORMED_RESPONSE",
            summary: "The session-info response was not well-formed JSON.",
            cause: "The request that fetches the session's details at Session.connect() returned a body that is not the JSON the SDK expects.",
            when: &["Session.connect(), while the SDK fetches the session's details"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "vonage_video.exception_code.ANVIL_BADLY_FORMED_RESPONSE",
            remediation: &[
                "Nothing to do while the SDK retries; handle the 2001 that Session.connect() reports if the retries fail.",
                "If it recurs, check that no proxy or captive portal rewrites the SDK's HTTPS traffic.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js",
            ],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 600,
                multiplier_thousandths: 2000,
                max_delay_ms: 1200,
                jitter: crate::Jitter::None,
                max_attempts: 2,
            }),
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 2001 (UNEXPECTED_SERVER_RESPONSE), so this code is never the final one.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ANVIL_INVALID_HTTP_STATUS",
            catalog_name: "ANVIL_INVALID_HTTP_STATUS",
            summary: "The session-info request got an HTTP error status.",
            cause: "The request that fetches the session's details at Session.connect() was answered with a status outside 2xx.",
            when: &["Session.connect(), while the SDK fetches the session's details"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "vonage_video.exception_code.ANVIL_INVALID_HTTP_STATUS",
            remediation: &[
                "Nothing to do while the SDK retries; handle the 2001 that Session.connect() reports if the retries fail.",
                "If it recurs, check the status in the SDK's log and whether a proxy answers in the service's place.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js",
            ],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 600,
                multiplier_thousandths: 2000,
                max_delay_ms: 1200,
                jitter: crate::Jitter::None,
                max_attempts: 2,
            }),
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 2001 (UNEXPECTED_SERVER_RESPONSE), so this code is never the final one.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ANVIL_XDOMAIN_OR_PARSING_ERROR",
            catalog_name: "ANVIL_XDOMAIN_OR_PARSING_ERROR",
            summary: "The session-info response could not be parsed.",
            cause: "The request that fetches the session's details at Session.connect() returned text that fails to parse as JSON, as a cross-domain or rewritten response does.",
            when: &["Session.connect(), while the SDK fetches the session's details"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "vonage_video.exception_code.ANVIL_XDOMAIN_OR_PARSING_ERROR",
            remediation: &[
                "Nothing to do while the SDK retries; handle the 2001 that Session.connect() reports if the retries fail.",
                "If it recurs, check that no proxy, captive portal or content filter rewrites the SDK's HTTPS traffic.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js",
            ],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 600,
                multiplier_thousandths: 2000,
                max_delay_ms: 1200,
                jitter: crate::Jitter::None,
                max_attempts: 2,
            }),
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 2001 (UNEXPECTED_SERVER_RESPONSE), so this code is never the final one.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ANVIL_UNKNOWN_HTTP_ERROR",
            catalog_name: "ANVIL_UNKNOWN_HTTP_ERROR",
            summary: "The session-info request failed before it was sent.",
            cause: "The HTTP client failed while preparing the request that fetches the session's details at Session.connect(), with neither a request sent nor a response received.",
            when: &["Session.connect(), while the SDK fetches the session's details"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "vonage_video.exception_code.ANVIL_UNKNOWN_HTTP_ERROR",
            remediation: &[
                "Nothing to do while the SDK retries; handle the 2001 that Session.connect() reports if the retries fail.",
                "If it recurs, log the error's message and check the proxy URL and the page's security policy (Content-Security-Policy connect-src).",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 600,
                multiplier_thousandths: 2000,
                max_delay_ms: 1200,
                jitter: crate::Jitter::None,
                max_attempts: 2,
            }),
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 2001 (UNEXPECTED_SERVER_RESPONSE), so this code is never the final one.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ANVIL_UNEXPECTED_ERROR_CODE",
            catalog_name: "ANVIL_UNEXPECTED_ERROR_CODE",
            summary: "The session-info service returned an error the SDK does not know.",
            cause: "The session-info response carried an error whose status the SDK maps to no exception code (it knows 400, 403, 404, 409 and 500).",
            when: &["Session.connect(), while the SDK fetches the session's details"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "vonage_video.exception_code.ANVIL_UNEXPECTED_ERROR_CODE",
            remediation: &[
                "Nothing to do while the SDK retries; handle the 2001 that Session.connect() reports if the retries fail.",
                "If it recurs, report the error message from the SDK's log to Vonage support with the session ID.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/mapStatusCodeToErrorCode.js",
            ],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 600,
                multiplier_thousandths: 2000,
                max_delay_ms: 1200,
                jitter: crate::Jitter::None,
                max_attempts: 2,
            }),
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 2001 (UNEXPECTED_SERVER_RESPONSE), so this code is never the final one.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ANVIL_EMPTY_RESPONSE_BODY",
            catalog_name: "ANVIL_EMPTY_RESPONSE_BODY",
            summary: "The session-info response was empty.",
            cause: "The request that fetches the session's details at Session.connect() returned an empty body; the SDK's own message blames a probable loss of connectivity.",
            when: &["Session.connect() on a connection that drops during the request"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "vonage_video.exception_code.ANVIL_EMPTY_RESPONSE_BODY",
            remediation: &[
                "Nothing to do while the SDK retries; handle the 1006 that Session.connect() reports if the retries fail.",
                "If it recurs, check the client's network connection.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 600,
                multiplier_thousandths: 2000,
                max_delay_ms: 1200,
                jitter: crate::Jitter::None,
                max_attempts: 2,
            }),
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 1006 (CONNECT_FAILED), so this code is never the final one.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ANVIL_CONNECT_FAILED",
            catalog_name: "ANVIL_CONNECT_FAILED",
            summary: "The session-info request got no response.",
            cause: "The request that fetches the session's details at Session.connect() was sent but no response came back.",
            when: &[
                "Session.connect() while offline, or behind a network that blocks the Vonage Video endpoints",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "vonage_video.exception_code.ANVIL_CONNECT_FAILED",
            remediation: &[
                "Nothing to do while the SDK retries; handle the 1006 that Session.connect() reports if the retries fail.",
                "If it recurs, check the client's network connection and that the firewall allows the Vonage Video endpoints.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js",
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 600,
                multiplier_thousandths: 2000,
                max_delay_ms: 1200,
                jitter: crate::Jitter::None,
                max_attempts: 2,
            }),
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 1006 (CONNECT_FAILED), so this code is never the final one.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UNABLE_TO_ACCESS_MEDIA_ENGINE",
            catalog_name: "UNABLE_TO_ACCESS_MEDIA_ENGINE",
            summary: "The SDK could not query the browser's media engine.",
            cause: "OT.getSupportedCodecs() could not create the local peer connection and offer it uses to list the browser's codecs.",
            when: &["OT.getSupportedCodecs() in a browser with WebRTC disabled or restricted"],
            user_message: "Your browser does not allow video calls right now. Check its settings, or try another browser.",
            user_message_key: "vonage_video.exception_code.UNABLE_TO_ACCESS_MEDIA_ENGINE",
            remediation: &[
                "Check that WebRTC is available (not disabled by a browser setting, an extension or an enterprise policy), or suggest another browser.",
                "Treat the supported-codec list as unknown and fall back to the session's default codec.",
            ],
            causes: &[],
            references: &[
                "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/getSupportedCodecs.js",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The browser's WebRTC support does not change by retrying; the user can enable it or switch browser. Only the codec query failed.",
            ),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::JsException => 0,
            Self::AuthenticationError => 1,
            Self::InvalidSessionId => 2,
            Self::ConnectFailed => 3,
            Self::ConnectRejected => 4,
            Self::ConnectionTimeout => 5,
            Self::NotConnected => 6,
            Self::InvalidParameter => 7,
            Self::P2pConnectionFailed => 8,
            Self::ApiResponseFailure => 9,
            Self::PeerConnectionNotConnected => 10,
            Self::TermsOfServiceFailure => 11,
            Self::ConnectionLimitExceeded => 12,
            Self::UnableToPublish => 13,
            Self::UnableToSubscribe => 14,
            Self::UnsupportedVideoCodec => 15,
            Self::UnableToForceDisconnect => 16,
            Self::UnableToForceUnpublish => 17,
            Self::UnableToForceMute => 18,
            Self::PublisherIceWorkflowFailed => 19,
            Self::SubscriberIceWorkflowFailed => 20,
            Self::StreamLimitExceeded => 21,
            Self::UnexpectedServerResponse => 22,
            Self::ReportIssueError => 23,
            Self::SetProxyUrlTimingError => 24,
            Self::ProxyUrlAlreadySetError => 25,
            Self::GetRtcStatsReportNotSupported => 26,
            Self::AnvilBadlyFormedResponse => 27,
            Self::AnvilInvalidHttpStatus => 28,
            Self::AnvilXdomainOrParsingError => 29,
            Self::AnvilUnknownHttpError => 30,
            Self::AnvilUnexpectedErrorCode => 31,
            Self::AnvilEmptyResponseBody => 32,
            Self::AnvilConnectFailed => 33,
            Self::UnableToAccessMediaEngine => 34,
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
            2000 => Some(Self::JsException),
            1004 => Some(Self::AuthenticationError),
            1005 => Some(Self::InvalidSessionId),
            1006 => Some(Self::ConnectFailed),
            1007 => Some(Self::ConnectRejected),
            1008 => Some(Self::ConnectionTimeout),
            1010 => Some(Self::NotConnected),
            1011 => Some(Self::InvalidParameter),
            1013 => Some(Self::P2pConnectionFailed),
            1014 => Some(Self::ApiResponseFailure),
            1015 => Some(Self::PeerConnectionNotConnected),
            1026 => Some(Self::TermsOfServiceFailure),
            1027 => Some(Self::ConnectionLimitExceeded),
            1500 => Some(Self::UnableToPublish),
            1501 => Some(Self::UnableToSubscribe),
            1502 => Some(Self::UnsupportedVideoCodec),
            1520 => Some(Self::UnableToForceDisconnect),
            1530 => Some(Self::UnableToForceUnpublish),
            1540 => Some(Self::UnableToForceMute),
            1553 => Some(Self::PublisherIceWorkflowFailed),
            1554 => Some(Self::SubscriberIceWorkflowFailed),
            1605 => Some(Self::StreamLimitExceeded),
            2001 => Some(Self::UnexpectedServerResponse),
            2011 => Some(Self::ReportIssueError),
            2021 => Some(Self::SetProxyUrlTimingError),
            2022 => Some(Self::ProxyUrlAlreadySetError),
            2031 => Some(Self::GetRtcStatsReportNotSupported),
            3001 => Some(Self::AnvilBadlyFormedResponse),
            3002 => Some(Self::AnvilInvalidHttpStatus),
            3003 => Some(Self::AnvilXdomainOrParsingError),
            3004 => Some(Self::AnvilUnknownHttpError),
            3005 => Some(Self::AnvilUnexpectedErrorCode),
            3006 => Some(Self::AnvilEmptyResponseBody),
            3007 => Some(Self::AnvilConnectFailed),
            5001 => Some(Self::UnableToAccessMediaEngine),
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
            "JS_EXCEPTION" => Some(Self::JsException),
            "AUTHENTICATION_ERROR" => Some(Self::AuthenticationError),
            "INVALID_SESSION_ID" => Some(Self::InvalidSessionId),
            "CONNECT_FAILED" => Some(Self::ConnectFailed),
            "CONNECT_REJECTED" => Some(Self::ConnectRejected),
            "CONNECTION_TIMEOUT" => Some(Self::ConnectionTimeout),
            "NOT_CONNECTED" => Some(Self::NotConnected),
            "INVALID_PARAMETER" => Some(Self::InvalidParameter),
            "P2P_CONNECTION_FAILED" => Some(Self::P2pConnectionFailed),
            "API_RESPONSE_FAILURE" => Some(Self::ApiResponseFailure),
            "PEER_CONNECTION_NOT_CONNECTED" => Some(Self::PeerConnectionNotConnected),
            "TERMS_OF_SERVICE_FAILURE" => Some(Self::TermsOfServiceFailure),
            "CONNECTION_LIMIT_EXCEEDED" => Some(Self::ConnectionLimitExceeded),
            "UNABLE_TO_PUBLISH" => Some(Self::UnableToPublish),
            "UNABLE_TO_SUBSCRIBE" => Some(Self::UnableToSubscribe),
            "UNSUPPORTED_VIDEO_CODEC" => Some(Self::UnsupportedVideoCodec),
            "UNABLE_TO_FORCE_DISCONNECT" => Some(Self::UnableToForceDisconnect),
            "UNABLE_TO_FORCE_UNPUBLISH" => Some(Self::UnableToForceUnpublish),
            "UNABLE_TO_FORCE_MUTE" => Some(Self::UnableToForceMute),
            "PUBLISHER_ICE_WORKFLOW_FAILED" => Some(Self::PublisherIceWorkflowFailed),
            "SUBSCRIBER_ICE_WORKFLOW_FAILED" => Some(Self::SubscriberIceWorkflowFailed),
            "STREAM_LIMIT_EXCEEDED" => Some(Self::StreamLimitExceeded),
            "UNEXPECTED_SERVER_RESPONSE" => Some(Self::UnexpectedServerResponse),
            "REPORT_ISSUE_ERROR" => Some(Self::ReportIssueError),
            "SET_PROXY_URL_TIMING_ERROR" => Some(Self::SetProxyUrlTimingError),
            "PROXY_URL_ALREADY_SET_ERROR" => Some(Self::ProxyUrlAlreadySetError),
            "GET_RTC_STATS_REPORT_NOT_SUPPORTED" => Some(Self::GetRtcStatsReportNotSupported),
            "ANVIL_BADLY_FORMED_RESPONSE" => Some(Self::AnvilBadlyFormedResponse),
            "ANVIL_INVALID_HTTP_STATUS" => Some(Self::AnvilInvalidHttpStatus),
            "ANVIL_XDOMAIN_OR_PARSING_ERROR" => Some(Self::AnvilXdomainOrParsingError),
            "ANVIL_UNKNOWN_HTTP_ERROR" => Some(Self::AnvilUnknownHttpError),
            "ANVIL_UNEXPECTED_ERROR_CODE" => Some(Self::AnvilUnexpectedErrorCode),
            "ANVIL_EMPTY_RESPONSE_BODY" => Some(Self::AnvilEmptyResponseBody),
            "ANVIL_CONNECT_FAILED" => Some(Self::AnvilConnectFailed),
            "UNABLE_TO_ACCESS_MEDIA_ENGINE" => Some(Self::UnableToAccessMediaEngine),
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
impl From<ExceptionCode> for i32 {
    fn from(code: ExceptionCode) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for ExceptionCode {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for ExceptionCode {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for ExceptionCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for ExceptionCode {}
impl crate::ErrorCode for ExceptionCode {
    fn provider(&self) -> &'static str {
        "vonage_video"
    }
    fn code_set(&self) -> &'static str {
        "exception_code"
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

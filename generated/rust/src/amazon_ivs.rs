// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Amazon IVS error codes.
/// Code of a StageError that an IVS real-time Stage reports when a join, publish or subscribe operation fails.
///
/// Upstream: StageErrorCode in <https://aws.amazon.com/ivs/> 1.41.0 (package npm:amazon-ivs-web-broadcast@1.41.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::amazon_ivs::StageErrorCode;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = StageErrorCode::from_value(1).expect("a known value");
/// assert_eq!(code, StageErrorCode::TokenMalformed);
/// assert_eq!(code.value(), 1);
/// assert_eq!(i32::from(code), 1);
/// assert_eq!(code.name(), "TOKEN_MALFORMED");
/// assert_eq!("TOKEN_MALFORMED".parse::<StageErrorCode>(), Ok(code));
/// assert_eq!(code.to_string(), "TOKEN_MALFORMED");
/// assert_eq!(code.category(), Category::Credentials);
/// assert_eq!(code.retry_policy(), RetryPolicy::RefreshCredentials);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(StageErrorCode::from_value(13), None);
/// assert!(StageErrorCode::try_from(13).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum StageErrorCode {
    /// The stage token is malformed.
    ///
    /// The participant token could not be parsed, or the server reported it invalid, wrongly signed or missing. IVS advises checking that the token is not modified (spaces inserted, characters changed) before it reaches the stage.
    ///
    /// Wire value 1.
    TokenMalformed = 1,
    /// The stage token has expired.
    ///
    /// The token's expiration time has passed: the SDK checks it before joining, and the server rejects expired tokens.
    ///
    /// Wire value 2.
    TokenExpired = 2,
    /// The operation timed out.
    ///
    /// A join, publish or subscribe did not complete in time. For a join IVS says to check that the stage exists and the token is valid; if both hold, the cause is likely the network.
    ///
    /// Wire value 3.
    Timeout = 3,
    /// The operation failed; the error details give the cause.
    ///
    /// Catch-all for failures the SDK does not classify further, such as network failures, internal server errors, bad requests, WebSocket creation failures, a server-forced leave or revoked connection token, and publish or subscribe failures.
    ///
    /// Wire value 4.
    Failed = 4,
    /// The operation was canceled before it completed.
    ///
    /// A join, publish or subscribe was aborted before completion, typically because the app started another join, leave, refreshStrategy or replaceStrategy that superseded it.
    ///
    /// Wire value 5.
    Canceled = 5,
    /// The stage is at capacity.
    ///
    /// The server refused a publish or subscribe request because the stage has no room left for it.
    ///
    /// Wire value 6.
    StageAtCapacity = 6,
    /// The stage does not support the codec offered.
    ///
    /// The server found no codec shared by the browser's offer and the stage.
    ///
    /// Wire value 7.
    CodecMismatch = 7,
    /// The token lacks permission for the operation.
    ///
    /// The token's capabilities do not allow what was requested, for example publishing with a subscribe-only token, or the server refused the join as not authorized.
    ///
    /// Wire value 8.
    TokenNotAllowed = 8,
    /// The stage has been deleted.
    ///
    /// The stage no longer exists. IVS disconnects participants who are in the session gracefully and fails later joins during join establishment.
    ///
    /// Wire value 9.
    StageDeleted = 9,
    /// The participant has been disconnected from the stage.
    ///
    /// The server disconnected the participant; IVS's StageLeftReason ties this to the DisconnectParticipant API and says the token can no longer be used.
    ///
    /// Wire value 10.
    ParticipantDisconnected = 10,
    /// The token given to exchangeToken is invalid or incompatible.
    ///
    /// The new token could not be parsed, or it changes a property that must stay the same during an exchange (stageARN, participantID, eventsURL, whipURL, topic).
    ///
    /// Wire value 11.
    TokenExchangeRequestInvalid = 11,
    /// The server rejected or did not answer the token exchange.
    ///
    /// The token exchange request failed on the server side: an error, a rejection, an invalid response or no response in time.
    ///
    /// Wire value 12.
    TokenExchangeFailed = 12,
}
impl StageErrorCode {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::TokenMalformed,
        Self::TokenExpired,
        Self::Timeout,
        Self::Failed,
        Self::Canceled,
        Self::StageAtCapacity,
        Self::CodecMismatch,
        Self::TokenNotAllowed,
        Self::StageDeleted,
        Self::ParticipantDisconnected,
        Self::TokenExchangeRequestInvalid,
        Self::TokenExchangeFailed,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 12;
    const CODE_SET: &'static str = "amazon_ivs/stage_error_code";
    const INFO: [crate::CodeInfo; 12] = [
        crate::CodeInfo {
            name: "TOKEN_MALFORMED",
            catalog_name: "TOKEN_MALFORMED",
            summary: "The stage token is malformed.",
            cause: "The participant token could not be parsed, or the server reported it invalid, wrongly signed or missing. IVS advises checking that the token is not modified (spaces inserted, characters changed) before it reaches the stage.",
            when: &[
                "constructing a Stage with a token that cannot be parsed",
                "joining when the server rejects the token as invalid or badly signed",
            ],
            user_message:
                "We could not confirm your access to this call. Please try joining again.",
            user_message_key: "amazon_ivs.stage_error_code.TOKEN_MALFORMED",
            remediation: &[
                "Check that nothing changes the token on its way from the backend to the Stage (inserted spaces, truncation, changed characters).",
                "Create a new token with CreateParticipantToken and join with it.",
            ],
            causes: &[],
            references: &["amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"],
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
                name: "StageError.category",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "JOIN_ERROR",
                        means: "The error concerns the connection to the stage: a join that fails this way did not complete.",
                    },
                    crate::SignalValue {
                        value: "PUBLISH_ERROR",
                        means: "Only publishing failed; the participant is still in the stage.",
                    },
                    crate::SignalValue {
                        value: "SUBSCRIBE_ERROR",
                        means: "Only a subscription failed; the participant is still in the stage.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "IVS says to create a valid token and retry joining; the SDK marks the underlying error fatal, so the join does not complete.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TOKEN_EXPIRED",
            catalog_name: "TOKEN_EXPIRED",
            summary: "The stage token has expired.",
            cause: "The token's expiration time has passed: the SDK checks it before joining, and the server rejects expired tokens.",
            when: &[
                "calling join() with an expired token",
                "the server reporting the token expired on a join, publish or subscribe request",
            ],
            user_message: "Your access to this session has expired. Please try joining again.",
            user_message_key: "amazon_ivs.stage_error_code.TOKEN_EXPIRED",
            remediation: &[
                "Create a new participant token with a later expiry and join with it.",
                "Mint tokens just before joining rather than ahead of time; check the device clock if fresh tokens look expired.",
            ],
            causes: &[],
            references: &["amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"],
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
                name: "StageError.category",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "JOIN_ERROR",
                        means: "The error concerns the connection to the stage: a join that fails this way did not complete.",
                    },
                    crate::SignalValue {
                        value: "PUBLISH_ERROR",
                        means: "Only publishing failed; the participant is still in the stage.",
                    },
                    crate::SignalValue {
                        value: "SUBSCRIBE_ERROR",
                        means: "Only a subscription failed; the participant is still in the stage.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "IVS says to create a non-expired token and retry joining; the SDK marks the underlying error fatal and maps it to a stage disconnect.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TIMEOUT",
            catalog_name: "TIMEOUT",
            summary: "The operation timed out.",
            cause: "A join, publish or subscribe did not complete in time. For a join IVS says to check that the stage exists and the token is valid; if both hold, the cause is likely the network.",
            when: &[
                "joining over a slow or broken network",
                "publishing or subscribing when the media request gets no answer in time",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "amazon_ivs.stage_error_code.TIMEOUT",
            remediation: &[
                "For a JOIN_ERROR, check that the stage exists and that the token is valid.",
                "If both hold, wait for the device's connectivity to recover, then call refreshStrategy() or leave and join again.",
                "For a publish or subscribe timeout, refresh the strategy; the participant is still in the stage.",
            ],
            causes: &[
                "the stage does not exist",
                "the token is invalid",
                "a slow or broken network",
            ],
            references: &["amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"],
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
                name: "StageError.category",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "JOIN_ERROR",
                        means: "The error concerns the connection to the stage: a join that fails this way did not complete.",
                    },
                    crate::SignalValue {
                        value: "PUBLISH_ERROR",
                        means: "Only publishing failed; the participant is still in the stage.",
                    },
                    crate::SignalValue {
                        value: "SUBSCRIBE_ERROR",
                        means: "Only a subscription failed; the participant is still in the stage.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when StageError.category is JOIN_ERROR; a PUBLISH_ERROR or SUBSCRIBE_ERROR timeout leaves the participant in the stage.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "IVS says to wait for connectivity to recover, then refresh the strategy or leave and rejoin; only join timeouts end the attempt, while publish and subscribe timeouts leave the participant in the stage.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "FAILED",
            catalog_name: "FAILED",
            summary: "The operation failed; the error details give the cause.",
            cause: "Catch-all for failures the SDK does not classify further, such as network failures, internal server errors, bad requests, WebSocket creation failures, a server-forced leave or revoked connection token, and publish or subscribe failures.",
            when: &[
                "a join, publish or subscribe fails for a reason without a more specific code",
                "the server removes the stage from a shared real-time connection",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "amazon_ivs.stage_error_code.FAILED",
            remediation: &[
                "Read the error's message and details: this code covers several failures.",
                "For a join, retry with backoff; for a publish or subscribe, refresh the strategy.",
                "If the stage was left (StageEvents.STAGE_LEFT), join again only if the StageLeftReason allows it.",
            ],
            causes: &[
                "network failures",
                "internal server errors",
                "bad requests",
                "WebSocket creation failures",
                "a server-forced leave or revoked connection token",
                "publish or subscribe failures",
            ],
            references: &["amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"],
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
                name: "StageError.category",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "JOIN_ERROR",
                        means: "The error concerns the connection to the stage: a join that fails this way did not complete.",
                    },
                    crate::SignalValue {
                        value: "PUBLISH_ERROR",
                        means: "Only publishing failed; the participant is still in the stage.",
                    },
                    crate::SignalValue {
                        value: "SUBSCRIBE_ERROR",
                        means: "Only a subscription failed; the participant is still in the stage.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal when the SDK marks the underlying error fatal or the stage is left (StageConnectionState disconnected, StageEvents.STAGE_LEFT); otherwise the SDK reconnects and the participant stays.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The code groups failures of several kinds, some of which end the session and some of which do not (the SDK reconnects after non-fatal connection errors), so the verdict comes from the stage's connection state; the catalog treats it as an unclassified fault: read the details and retry with backoff.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CANCELED",
            catalog_name: "CANCELED",
            summary: "The operation was canceled before it completed.",
            cause: "A join, publish or subscribe was aborted before completion, typically because the app started another join, leave, refreshStrategy or replaceStrategy that superseded it.",
            when: &[
                "join and leave called repeatedly in quick succession",
                "refreshStrategy or replaceStrategy called while an earlier operation is still running",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "amazon_ivs.stage_error_code.CANCELED",
            remediation: &[
                "Check the app code for join(), leave(), refreshStrategy() or replaceStrategy() called again before the previous call finished.",
                "Serialise these calls so that each completes before the next starts.",
            ],
            causes: &[],
            references: &["amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "StageError.category",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "JOIN_ERROR",
                        means: "The error concerns the connection to the stage: a join that fails this way did not complete.",
                    },
                    crate::SignalValue {
                        value: "PUBLISH_ERROR",
                        means: "Only publishing failed; the participant is still in the stage.",
                    },
                    crate::SignalValue {
                        value: "SUBSCRIBE_ERROR",
                        means: "Only a subscription failed; the participant is still in the stage.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "IVS's guidance is to fix the app code that starts and cancels repeated operations rather than to retry; the SDK marks the underlying abort non-fatal, so the cancellation by itself does not end the session.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "STAGE_AT_CAPACITY",
            catalog_name: "STAGE_AT_CAPACITY",
            summary: "The stage is at capacity.",
            cause: "The server refused a publish or subscribe request because the stage has no room left for it.",
            when: &[
                "publishing to a stage that is full",
                "subscribing on a stage that is at its limit",
            ],
            user_message: "This call is full right now. Please try again in a little while.",
            user_message_key: "amazon_ivs.stage_error_code.STAGE_AT_CAPACITY",
            remediation: &[
                "Tell the user the stage is full; try again once it is no longer at capacity.",
                "Review the stage's participant and publisher limits if this happens often.",
            ],
            causes: &[],
            references: &["amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"],
            since: None,
            category: crate::Category::Capacity,
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
                name: "StageError.category",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "JOIN_ERROR",
                        means: "The error concerns the connection to the stage: a join that fails this way did not complete.",
                    },
                    crate::SignalValue {
                        value: "PUBLISH_ERROR",
                        means: "Only publishing failed; the participant is still in the stage.",
                    },
                    crate::SignalValue {
                        value: "SUBSCRIBE_ERROR",
                        means: "Only a subscription failed; the participant is still in the stage.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "IVS says to try again when the stage is no longer at capacity; the SDK raises it from publish and subscribe requests, after which the participant is still joined.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CODEC_MISMATCH",
            catalog_name: "CODEC_MISMATCH",
            summary: "The stage does not support the codec offered.",
            cause: "The server found no codec shared by the browser's offer and the stage.",
            when: &[
                "publishing or subscribing from a browser or platform without a codec the stage supports",
            ],
            user_message: "Your browser cannot send or receive video in this session. Please try another browser.",
            user_message_key: "amazon_ivs.stage_error_code.CODEC_MISMATCH",
            remediation: &[
                "Check which codecs the browser or platform supports; ask the user to switch to a supported browser.",
            ],
            causes: &[],
            references: &["amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "StageError.category",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "JOIN_ERROR",
                        means: "The error concerns the connection to the stage: a join that fails this way did not complete.",
                    },
                    crate::SignalValue {
                        value: "PUBLISH_ERROR",
                        means: "Only publishing failed; the participant is still in the stage.",
                    },
                    crate::SignalValue {
                        value: "SUBSCRIBE_ERROR",
                        means: "Only a subscription failed; the participant is still in the stage.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "IVS says to check the browser or platform for codec support, so the same request from the same browser fails again; the failure concerns one publish or subscribe and the participant stays joined.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TOKEN_NOT_ALLOWED",
            catalog_name: "TOKEN_NOT_ALLOWED",
            summary: "The token lacks permission for the operation.",
            cause: "The token's capabilities do not allow what was requested, for example publishing with a subscribe-only token, or the server refused the join as not authorized.",
            when: &[
                "publishing with a token without the publish capability",
                "joining when the server refuses the token as not authorized",
            ],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "amazon_ivs.stage_error_code.TOKEN_NOT_ALLOWED",
            remediation: &[
                "Create a new token with the capabilities the operation needs (PUBLISH, SUBSCRIBE) and try again.",
                "If the app should not publish, do not ask the strategy to publish with a subscribe-only token.",
            ],
            causes: &[
                "publishing with a token without the publish capability",
                "the server refused the join as not authorized",
            ],
            references: &["amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"],
            since: None,
            category: crate::Category::Permission,
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
                name: "StageError.category",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "JOIN_ERROR",
                        means: "The error concerns the connection to the stage: a join that fails this way did not complete.",
                    },
                    crate::SignalValue {
                        value: "PUBLISH_ERROR",
                        means: "Only publishing failed; the participant is still in the stage.",
                    },
                    crate::SignalValue {
                        value: "SUBSCRIBE_ERROR",
                        means: "Only a subscription failed; the participant is still in the stage.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when the server refuses the join (StageError.category JOIN_ERROR); a refused publish (PUBLISH_ERROR) leaves the participant in the stage.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "IVS says to recreate the token with the correct permissions and try again; a refused join ends the attempt, but a refused publish leaves the participant in the stage.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "STAGE_DELETED",
            catalog_name: "STAGE_DELETED",
            summary: "The stage has been deleted.",
            cause: "The stage no longer exists. IVS disconnects participants who are in the session gracefully and fails later joins during join establishment.",
            when: &[
                "the stage is deleted while the participant is in it",
                "joining a stage that has been deleted",
            ],
            user_message: "This session has ended.",
            user_message_key: "amazon_ivs.stage_error_code.STAGE_DELETED",
            remediation: &[
                "Do not rejoin: the stage was deleted and its tokens can no longer be used.",
                "Create a new stage and tokens from the backend if the session should go on.",
            ],
            causes: &[],
            references: &["amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "StageError.category",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "JOIN_ERROR",
                        means: "The error concerns the connection to the stage: a join that fails this way did not complete.",
                    },
                    crate::SignalValue {
                        value: "PUBLISH_ERROR",
                        means: "Only publishing failed; the participant is still in the stage.",
                    },
                    crate::SignalValue {
                        value: "SUBSCRIBE_ERROR",
                        means: "Only a subscription failed; the participant is still in the stage.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "A deleted stage cannot be joined again (StageLeftReason says its token can no longer be used); the app needs a new stage and token.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PARTICIPANT_DISCONNECTED",
            catalog_name: "PARTICIPANT_DISCONNECTED",
            summary: "The participant has been disconnected from the stage.",
            cause: "The server disconnected the participant; IVS's StageLeftReason ties this to the DisconnectParticipant API and says the token can no longer be used.",
            when: &[
                "the participant is disconnected while in the session",
                "joining again with the token of a disconnected participant",
            ],
            user_message: "You were removed from the session.",
            user_message_key: "amazon_ivs.stage_error_code.PARTICIPANT_DISCONNECTED",
            remediation: &[
                "Do not rejoin with the same token: it can no longer be used after DisconnectParticipant.",
                "If the disconnect was not intended, check which service called DisconnectParticipant.",
            ],
            causes: &[],
            references: &["amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "StageError.category",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "JOIN_ERROR",
                        means: "The error concerns the connection to the stage: a join that fails this way did not complete.",
                    },
                    crate::SignalValue {
                        value: "PUBLISH_ERROR",
                        means: "Only publishing failed; the participant is still in the stage.",
                    },
                    crate::SignalValue {
                        value: "SUBSCRIBE_ERROR",
                        means: "Only a subscription failed; the participant is still in the stage.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The disconnect was requested on the server side and the token is no longer usable, so rejoining needs a decision and a new token from the app's backend.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TOKEN_EXCHANGE_REQUEST_INVALID",
            catalog_name: "TOKEN_EXCHANGE_REQUEST_INVALID",
            summary: "The token given to exchangeToken is invalid or incompatible.",
            cause: "The new token could not be parsed, or it changes a property that must stay the same during an exchange (stageARN, participantID, eventsURL, whipURL, topic).",
            when: &[
                "calling Stage.exchangeToken with a malformed token",
                "calling Stage.exchangeToken with a token for another stage or participant",
            ],
            user_message:
                "We could not confirm your access to this call. Please try joining again.",
            user_message_key: "amazon_ivs.stage_error_code.TOKEN_EXCHANGE_REQUEST_INVALID",
            remediation: &[
                "Create a token whose immutable properties (stageARN, participantID, eventsURL, whipURL, topic) match the current one.",
                "Call exchangeToken() again with it; the stage keeps running on the current token meanwhile.",
            ],
            causes: &[],
            references: &["amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"],
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
                name: "StageError.category",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "JOIN_ERROR",
                        means: "The error concerns the connection to the stage: a join that fails this way did not complete.",
                    },
                    crate::SignalValue {
                        value: "PUBLISH_ERROR",
                        means: "Only publishing failed; the participant is still in the stage.",
                    },
                    crate::SignalValue {
                        value: "SUBSCRIBE_ERROR",
                        means: "Only a subscription failed; the participant is still in the stage.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "IVS says to create a valid token with matching immutable properties and retry; the SDK rejects the token before contacting the server and stays in the stage with the current token.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TOKEN_EXCHANGE_FAILED",
            catalog_name: "TOKEN_EXCHANGE_FAILED",
            summary: "The server rejected or did not answer the token exchange.",
            cause: "The token exchange request failed on the server side: an error, a rejection, an invalid response or no response in time.",
            when: &[
                "calling Stage.exchangeToken when the server returns an error or an invalid response",
                "a token exchange that times out",
            ],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "amazon_ivs.stage_error_code.TOKEN_EXCHANGE_FAILED",
            remediation: &[
                "Join again after a delay with a new token; the stage was left (StageLeftReason failed-exchange).",
                "Alert if it recurs: the server rejected or did not answer the exchange.",
            ],
            causes: &[],
            references: &["amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"],
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
                name: "StageError.category",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "JOIN_ERROR",
                        means: "The error concerns the connection to the stage: a join that fails this way did not complete.",
                    },
                    crate::SignalValue {
                        value: "PUBLISH_ERROR",
                        means: "Only publishing failed; the participant is still in the stage.",
                    },
                    crate::SignalValue {
                        value: "SUBSCRIBE_ERROR",
                        means: "Only a subscription failed; the participant is still in the stage.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "IVS documents that the stage is left when the server rejects an exchange (StageLeftReason failed-exchange); since the failure lies with the server or the network, the catalog suggests rejoining after a delay.",
            ),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::TokenMalformed => 0,
            Self::TokenExpired => 1,
            Self::Timeout => 2,
            Self::Failed => 3,
            Self::Canceled => 4,
            Self::StageAtCapacity => 5,
            Self::CodecMismatch => 6,
            Self::TokenNotAllowed => 7,
            Self::StageDeleted => 8,
            Self::ParticipantDisconnected => 9,
            Self::TokenExchangeRequestInvalid => 10,
            Self::TokenExchangeFailed => 11,
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
            1 => Some(Self::TokenMalformed),
            2 => Some(Self::TokenExpired),
            3 => Some(Self::Timeout),
            4 => Some(Self::Failed),
            5 => Some(Self::Canceled),
            6 => Some(Self::StageAtCapacity),
            7 => Some(Self::CodecMismatch),
            8 => Some(Self::TokenNotAllowed),
            9 => Some(Self::StageDeleted),
            10 => Some(Self::ParticipantDisconnected),
            11 => Some(Self::TokenExchangeRequestInvalid),
            12 => Some(Self::TokenExchangeFailed),
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
            "TOKEN_MALFORMED" => Some(Self::TokenMalformed),
            "TOKEN_EXPIRED" => Some(Self::TokenExpired),
            "TIMEOUT" => Some(Self::Timeout),
            "FAILED" => Some(Self::Failed),
            "CANCELED" => Some(Self::Canceled),
            "STAGE_AT_CAPACITY" => Some(Self::StageAtCapacity),
            "CODEC_MISMATCH" => Some(Self::CodecMismatch),
            "TOKEN_NOT_ALLOWED" => Some(Self::TokenNotAllowed),
            "STAGE_DELETED" => Some(Self::StageDeleted),
            "PARTICIPANT_DISCONNECTED" => Some(Self::ParticipantDisconnected),
            "TOKEN_EXCHANGE_REQUEST_INVALID" => Some(Self::TokenExchangeRequestInvalid),
            "TOKEN_EXCHANGE_FAILED" => Some(Self::TokenExchangeFailed),
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
impl From<StageErrorCode> for i32 {
    fn from(code: StageErrorCode) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for StageErrorCode {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for StageErrorCode {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for StageErrorCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for StageErrorCode {}
impl crate::ErrorCode for StageErrorCode {
    fn provider(&self) -> &'static str {
        "amazon_ivs"
    }
    fn code_set(&self) -> &'static str {
        "stage_error_code"
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
/// Which part of a stage session a StageError concerns: the connection to the stage, publishing or subscribing.
///
/// Upstream: StageErrorCategory in <https://aws.amazon.com/ivs/> 1.41.0 (package npm:amazon-ivs-web-broadcast@1.41.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::amazon_ivs::StageErrorCategory;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = StageErrorCategory::from_value("JOIN_ERROR").expect("a known value");
/// assert_eq!(code, StageErrorCategory::JoinError);
/// assert_eq!(code.value(), "JOIN_ERROR");
/// assert_eq!(<&str>::from(code), "JOIN_ERROR");
/// assert_eq!(code.name(), "JOIN_ERROR");
/// assert_eq!("JOIN_ERROR".parse::<StageErrorCategory>(), Ok(code));
/// assert_eq!(code.to_string(), "JOIN_ERROR");
/// assert_eq!(code.category(), Category::Unknown);
/// assert_eq!(code.retry_policy(), RetryPolicy::Depends);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(StageErrorCategory::from_value("not-a-code"), None);
/// assert!(StageErrorCategory::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StageErrorCategory {
    /// The error concerns the connection to the stage.
    ///
    /// Reported for failures in joining or staying connected to the stage, including token checks and token exchange.
    ///
    /// Wire value "JOIN_ERROR".
    JoinError,
    /// The error concerns publishing local media to the stage.
    ///
    /// Reported for failures while sending the local participant's media streams to the stage.
    ///
    /// Wire value "PUBLISH_ERROR".
    PublishError,
    /// The error concerns subscribing to a remote participant's media.
    ///
    /// Reported for failures while receiving a remote participant's media streams from the stage.
    ///
    /// Wire value "SUBSCRIBE_ERROR".
    SubscribeError,
}
impl StageErrorCategory {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[Self::JoinError, Self::PublishError, Self::SubscribeError];
    /// Number of codes in the set.
    pub const COUNT: usize = 3;
    const CODE_SET: &'static str = "amazon_ivs/stage_error_category";
    const INFO: [crate::CodeInfo; 3] = [
        crate::CodeInfo {
            name: "JOIN_ERROR",
            catalog_name: "JOIN_ERROR",
            summary: "The error concerns the connection to the stage.",
            cause: "Reported for failures in joining or staying connected to the stage, including token checks and token exchange.",
            when: &[
                "constructing a Stage or calling join()",
                "connection failures during a session",
                "calling Stage.exchangeToken",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "amazon_ivs.stage_error_category.JOIN_ERROR",
            remediation: &[
                "Decide from the StageErrorCode that comes with it.",
                "Watch StageConnectionState: errored or disconnected means the app must join again.",
            ],
            causes: &[],
            references: &["amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Depends,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "StageConnectionState (StageEvents.STAGE_CONNECTION_STATE_CHANGED)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "connected",
                        means: "The stage connection survived the error.",
                    },
                    crate::SignalValue {
                        value: "connecting",
                        means: "The SDK is establishing the connection again; wait.",
                    },
                    crate::SignalValue {
                        value: "errored",
                        means: "The SDK errored in the middle of a session (d.ts: \"SDK errored in the middle of a session\"); the app must act.",
                    },
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Not connected to the stage: the session is over until the app joins again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal when the stage connection ends (StageConnectionState disconnected or errored, or StageEvents.STAGE_LEFT); not terminal when the SDK reconnects by itself.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A category only groups StageErrorCode values: fatal join errors end the session while others are retried by the SDK, so decide retry and terminality from the accompanying code and the connection state.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PUBLISH_ERROR",
            catalog_name: "PUBLISH_ERROR",
            summary: "The error concerns publishing local media to the stage.",
            cause: "Reported for failures while sending the local participant's media streams to the stage.",
            when: &["publishing the streams chosen by the stage strategy"],
            user_message: "Your audio or video could not be shared.",
            user_message_key: "amazon_ivs.stage_error_category.PUBLISH_ERROR",
            remediation: &[
                "Decide from the StageErrorCode that comes with it; the participant stays in the stage.",
                "Refresh the strategy to publish again once the cause is fixed.",
            ],
            causes: &[],
            references: &["amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Depends,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "StageConnectionState (StageEvents.STAGE_CONNECTION_STATE_CHANGED)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "connected",
                        means: "The stage connection survived the error.",
                    },
                    crate::SignalValue {
                        value: "connecting",
                        means: "The SDK is establishing the connection again; wait.",
                    },
                    crate::SignalValue {
                        value: "errored",
                        means: "The SDK errored in the middle of a session (d.ts: \"SDK errored in the middle of a session\"); the app must act.",
                    },
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Not connected to the stage: the session is over until the app joins again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A category only groups StageErrorCode values (capacity, codec, permission, timeout and other failures); decide from the accompanying code. A failed publish does not by itself end the stage session.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SUBSCRIBE_ERROR",
            catalog_name: "SUBSCRIBE_ERROR",
            summary: "The error concerns subscribing to a remote participant's media.",
            cause: "Reported for failures while receiving a remote participant's media streams from the stage.",
            when: &["subscribing to remote streams chosen by the stage strategy"],
            user_message: "Someone's audio or video could not be loaded.",
            user_message_key: "amazon_ivs.stage_error_category.SUBSCRIBE_ERROR",
            remediation: &[
                "Decide from the StageErrorCode that comes with it; the participant stays in the stage.",
                "Refresh the strategy to subscribe again once the cause is fixed.",
            ],
            causes: &[],
            references: &["amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Depends,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "StageConnectionState (StageEvents.STAGE_CONNECTION_STATE_CHANGED)",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "connected",
                        means: "The stage connection survived the error.",
                    },
                    crate::SignalValue {
                        value: "connecting",
                        means: "The SDK is establishing the connection again; wait.",
                    },
                    crate::SignalValue {
                        value: "errored",
                        means: "The SDK errored in the middle of a session (d.ts: \"SDK errored in the middle of a session\"); the app must act.",
                    },
                    crate::SignalValue {
                        value: "disconnected",
                        means: "Not connected to the stage: the session is over until the app joins again.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A category only groups StageErrorCode values (capacity, codec, timeout and other failures); decide from the accompanying code. A failed subscription does not by itself end the stage session.",
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
            Self::JoinError => "JOIN_ERROR",
            Self::PublishError => "PUBLISH_ERROR",
            Self::SubscribeError => "SUBSCRIBE_ERROR",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "JOIN_ERROR" => Some(Self::JoinError),
            "PUBLISH_ERROR" => Some(Self::PublishError),
            "SUBSCRIBE_ERROR" => Some(Self::SubscribeError),
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
            "JOIN_ERROR" => Some(Self::JoinError),
            "PUBLISH_ERROR" => Some(Self::PublishError),
            "SUBSCRIBE_ERROR" => Some(Self::SubscribeError),
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
impl From<StageErrorCategory> for &'static str {
    fn from(code: StageErrorCategory) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for StageErrorCategory {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for StageErrorCategory {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for StageErrorCategory {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for StageErrorCategory {}
impl crate::ErrorCode for StageErrorCategory {
    fn provider(&self) -> &'static str {
        "amazon_ivs"
    }
    fn code_set(&self) -> &'static str {
        "stage_error_category"
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

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Stream Video error codes.
/// Code of an error the Stream SFU reports, in the \`code\` of its Error message (on the SFU \`error\` event or an RPC response).
///
/// Upstream: ErrorCode in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::stream_video::SfuErrorCode;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = SfuErrorCode::from_value(104).expect("a known value");
/// assert_eq!(code, SfuErrorCode::LiveEnded);
/// assert_eq!(code.value(), 104);
/// assert_eq!(i32::from(code), 104);
/// assert_eq!(code.name(), "LIVE_ENDED");
/// assert_eq!("LIVE_ENDED".parse::<SfuErrorCode>(), Ok(code));
/// assert_eq!(code.to_string(), "LIVE_ENDED");
/// assert_eq!(code.category(), Category::EndedByService);
/// assert_eq!(code.retry_policy(), RetryPolicy::Never);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(SfuErrorCode::from_value(701), None);
/// assert!(SfuErrorCode::try_from(701).is_err());
/// assert_eq!(code.protocol_equivalent(), Some(rtc_error_catalog::stream_video::CallEndedReason::LiveEnded));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum SfuErrorCode {
    /// The error carries no specific code.
    ///
    /// The protobuf default; the SFU reported an error without classifying it.
    ///
    /// Wire value 0.
    Unspecified = 0,
    /// The track to publish was not found.
    ///
    /// The SFU does not know a track the client referred to in a publishing request.
    ///
    /// Wire value 100.
    PublishTrackNotFound = 100,
    /// The published tracks do not match what the SFU expects.
    ///
    /// The tracks described in a publishing request disagree with the SFU's record of them.
    ///
    /// Wire value 101.
    PublishTracksMismatch = 101,
    /// A publishing request arrived out of order.
    ///
    /// The SFU received a track publishing update in an order it cannot apply.
    ///
    /// Wire value 102.
    PublishTrackOutOfOrder = 102,
    /// A video layer of a published track was not found.
    ///
    /// A publishing request referred to a simulcast or SVC layer the SFU does not know for that track.
    ///
    /// Wire value 103.
    PublishTrackVideoLayerNotFound = 103,
    /// The livestream has ended.
    ///
    /// The call's live broadcast was stopped; the SDK puts the call back in backstage and leaves unless the user may join backstage.
    ///
    /// Wire value 104.
    LiveEnded = 104,
    /// The SFU does not know this participant.
    ///
    /// The SFU holds no session for the participant the request names.
    ///
    /// Wire value 200.
    ParticipantNotFound = 200,
    /// The participant is being migrated away from this SFU.
    ///
    /// The SFU is moving the participant to another SFU and refuses work on the old session.
    ///
    /// Wire value 201.
    ParticipantMigratingOut = 201,
    /// Migrating the participant to another SFU failed.
    ///
    /// The move of the participant's session to another SFU did not complete.
    ///
    /// Wire value 202.
    ParticipantMigrationFailed = 202,
    /// The participant is in the middle of a migration.
    ///
    /// The SFU refused a request because the participant's session is being migrated.
    ///
    /// Wire value 203.
    ParticipantMigrating = 203,
    /// Reconnecting the participant failed.
    ///
    /// The SFU could not restore the participant's session on a reconnect.
    ///
    /// Wire value 204.
    ParticipantReconnectFailed = 204,
    /// The participant's media transport failed.
    ///
    /// The WebRTC media connection between the participant and the SFU failed.
    ///
    /// Wire value 205.
    ParticipantMediaTransportFailure = 205,
    /// The SFU lost the participant's signalling connection.
    ///
    /// The signalling WebSocket between the participant and the SFU dropped.
    ///
    /// Wire value 206.
    ParticipantSignalLost = 206,
    /// The call was not found on the SFU.
    ///
    /// The SFU has no record of the call the client tried to join.
    ///
    /// Wire value 300.
    CallNotFound = 300,
    /// The call has reached its participant limit.
    ///
    /// The SFU refused the join because the call holds as many participants as allowed.
    ///
    /// Wire value 301.
    CallParticipantLimitReached = 301,
    /// The request failed validation.
    ///
    /// The SFU rejected a malformed or invalid request.
    ///
    /// Wire value 400.
    RequestValidationFailed = 400,
    /// The client is not authenticated with the SFU.
    ///
    /// The SFU token was missing, invalid or expired.
    ///
    /// Wire value 401.
    Unauthenticated = 401,
    /// The participant lacks the permission for this request.
    ///
    /// The participant's grants do not allow the operation, for example publishing a track type it may not send.
    ///
    /// Wire value 403.
    PermissionDenied = 403,
    /// The client sent too many requests.
    ///
    /// The SFU rate-limited the client.
    ///
    /// Wire value 429.
    TooManyRequests = 429,
    /// The SFU failed internally.
    ///
    /// An unexpected error on the SFU.
    ///
    /// Wire value 500.
    InternalServerError = 500,
    /// The SFU is shutting down.
    ///
    /// The SFU instance is going away and refuses new joins.
    ///
    /// Wire value 600.
    SfuShuttingDown = 600,
    /// The SFU has no capacity left.
    ///
    /// The SFU instance is at capacity and refuses the join.
    ///
    /// Wire value 700.
    SfuFull = 700,
}
impl SfuErrorCode {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::Unspecified,
        Self::PublishTrackNotFound,
        Self::PublishTracksMismatch,
        Self::PublishTrackOutOfOrder,
        Self::PublishTrackVideoLayerNotFound,
        Self::LiveEnded,
        Self::ParticipantNotFound,
        Self::ParticipantMigratingOut,
        Self::ParticipantMigrationFailed,
        Self::ParticipantMigrating,
        Self::ParticipantReconnectFailed,
        Self::ParticipantMediaTransportFailure,
        Self::ParticipantSignalLost,
        Self::CallNotFound,
        Self::CallParticipantLimitReached,
        Self::RequestValidationFailed,
        Self::Unauthenticated,
        Self::PermissionDenied,
        Self::TooManyRequests,
        Self::InternalServerError,
        Self::SfuShuttingDown,
        Self::SfuFull,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 22;
    const CODE_SET: &'static str = "stream_video/sfu_error_code";
    const INFO: [crate::CodeInfo; 22] = [
        crate::CodeInfo {
            name: "UNSPECIFIED",
            catalog_name: "UNSPECIFIED",
            summary: "The error carries no specific code.",
            cause: "The protobuf default; the SFU reported an error without classifying it.",
            when: &["an SFU error that fits no other code"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "stream_video.sfu_error_code.UNSPECIFIED",
            remediation: &[
                "Read the error's shouldRetry and the event's reconnectStrategy, and let the SDK act on them.",
                "Log the error message: without a code it is the only description.",
                "If the call ends (DISCONNECT), offer the user to join again.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/rpc/retryable.ts",
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Depends,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal when the error event's reconnectStrategy is DISCONNECT; otherwise the call goes on.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Without a code, the error's shouldRetry and the event's reconnect strategy are the only guide.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PUBLISH_TRACK_NOT_FOUND",
            catalog_name: "PUBLISH_TRACK_NOT_FOUND",
            summary: "The track to publish was not found.",
            cause: "The SFU does not know a track the client referred to in a publishing request.",
            when: &["the client's view of its published tracks is out of step with the SFU"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "stream_video.sfu_error_code.PUBLISH_TRACK_NOT_FOUND",
            remediation: &[
                "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
                "Check the track ids the client publishes against what the client announced to the SFU, and fix the publishing code.",
                "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
            ],
            causes: &[],
            references: &["@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The request is refused, not the call; repeating the same request fails again until the client's track state is corrected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PUBLISH_TRACKS_MISMATCH",
            catalog_name: "PUBLISH_TRACKS_MISMATCH",
            summary: "The published tracks do not match what the SFU expects.",
            cause: "The tracks described in a publishing request disagree with the SFU's record of them.",
            when: &["the client's view of its published tracks is out of step with the SFU"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "stream_video.sfu_error_code.PUBLISH_TRACKS_MISMATCH",
            remediation: &[
                "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
                "Check the tracks in the publisher's offer against what the client announced to the SFU, and fix the publishing code.",
                "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
            ],
            causes: &[],
            references: &["@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The request is refused, not the call; repeating the same request fails again until the client's track state is corrected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PUBLISH_TRACK_OUT_OF_ORDER",
            catalog_name: "PUBLISH_TRACK_OUT_OF_ORDER",
            summary: "A publishing request arrived out of order.",
            cause: "The SFU received a track publishing update in an order it cannot apply.",
            when: &["concurrent publishing updates race each other"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "stream_video.sfu_error_code.PUBLISH_TRACK_OUT_OF_ORDER",
            remediation: &[
                "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
                "Check the order in which publish requests are sent (wait for each to complete) against what the client announced to the SFU, and fix the publishing code.",
                "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
            ],
            causes: &[],
            references: &["@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The request is refused, not the call; the client must resend its state in order rather than repeat the same request.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
            catalog_name: "PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
            summary: "A video layer of a published track was not found.",
            cause: "A publishing request referred to a simulcast or SVC layer the SFU does not know for that track.",
            when: &["the client's layer configuration is out of step with the SFU"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "stream_video.sfu_error_code.PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
            remediation: &[
                "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
                "Check the video layers (simulcast encodings) the client announces against what the client announced to the SFU, and fix the publishing code.",
                "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
            ],
            causes: &[],
            references: &["@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The request is refused, not the call; repeating it fails again until the layer configuration is corrected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVE_ENDED",
            catalog_name: "LIVE_ENDED",
            summary: "The livestream has ended.",
            cause: "The call's live broadcast was stopped; the SDK puts the call back in backstage and leaves unless the user may join backstage.",
            when: &["the host ends the livestream while viewers watch"],
            user_message: "The livestream has ended.",
            user_message_key: "stream_video.sfu_error_code.LIVE_ENDED",
            remediation: &[
                "Let the SDK handle it: it moves the call to backstage and leaves unless the user may join backstage.",
                "Tell viewers the stream has ended; they can join again when it goes live.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/events/internal.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The broadcast was ended on purpose; viewers can only wait for it to go live again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PARTICIPANT_NOT_FOUND",
            catalog_name: "PARTICIPANT_NOT_FOUND",
            summary: "The SFU does not know this participant.",
            cause: "The SFU holds no session for the participant the request names.",
            when: &["the SFU already dropped the session after a long network outage"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "stream_video.sfu_error_code.PARTICIPANT_NOT_FOUND",
            remediation: &[
                "Follow the error event's reconnectStrategy; the SDK rejoins by itself when asked.",
                "If the call was left, join again after a delay, with a fresh session.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The old session is gone, but a fresh join normally succeeds, so a rejoin after a delay is reasonable.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PARTICIPANT_MIGRATING_OUT",
            catalog_name: "PARTICIPANT_MIGRATING_OUT",
            summary: "The participant is being migrated away from this SFU.",
            cause: "The SFU is moving the participant to another SFU and refuses work on the old session.",
            when: &["the SFU is drained or rebalanced"],
            user_message: "Moving you to a new server. This will only take a moment.",
            user_message_key: "stream_video.sfu_error_code.PARTICIPANT_MIGRATING_OUT",
            remediation: &[
                "Do nothing: the SDK is migrating the participant to another SFU.",
                "Show a brief reconnecting indicator.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
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
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Migration is driven by the SFU together with the MIGRATE reconnect strategy, which the SDK carries out by itself.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PARTICIPANT_MIGRATION_FAILED",
            catalog_name: "PARTICIPANT_MIGRATION_FAILED",
            summary: "Migrating the participant to another SFU failed.",
            cause: "The move of the participant's session to another SFU did not complete.",
            when: &["the target SFU cannot be reached during a migration"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "stream_video.sfu_error_code.PARTICIPANT_MIGRATION_FAILED",
            remediation: &[
                "Follow the error event's reconnectStrategy; the SDK usually rejoins by itself.",
                "If the call was left, join again after a delay and tell the user.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A failed move is usually transient, so a full rejoin after a delay is the remaining path.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PARTICIPANT_MIGRATING",
            catalog_name: "PARTICIPANT_MIGRATING",
            summary: "The participant is in the middle of a migration.",
            cause: "The SFU refused a request because the participant's session is being migrated.",
            when: &["a request arrives while the session moves between SFUs"],
            user_message: "Moving you to a new server. This will only take a moment.",
            user_message_key: "stream_video.sfu_error_code.PARTICIPANT_MIGRATING",
            remediation: &[
                "Do nothing: a migration is in progress and the SDK completes it.",
                "Retry the request that failed after the call is connected again, if it still matters.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
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
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The migration completes on its own; the SDK reissues its state once connected to the new SFU.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PARTICIPANT_RECONNECT_FAILED",
            catalog_name: "PARTICIPANT_RECONNECT_FAILED",
            summary: "Reconnecting the participant failed.",
            cause: "The SFU could not restore the participant's session on a reconnect.",
            when: &["a fast reconnect arrives after the SFU gave up on the session"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "stream_video.sfu_error_code.PARTICIPANT_RECONNECT_FAILED",
            remediation: &[
                "Follow the error event's reconnectStrategy: the SDK tries another strategy when asked.",
                "If the call was left, join again after a growing delay and tell the user the connection was lost.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal when the error event's reconnectStrategy is DISCONNECT; with REJOIN or MIGRATE the SDK tries again.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session cannot be resumed, but a full rejoin after a delay normally succeeds.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
            catalog_name: "PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
            summary: "The participant's media transport failed.",
            cause: "The WebRTC media connection between the participant and the SFU failed.",
            when: &["ICE or DTLS to the SFU fails, for example behind a restrictive firewall"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "stream_video.sfu_error_code.PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
            remediation: &[
                "Let the SDK reconnect (it rejoins after a negotiation error).",
                "If it happens on some networks only, check that the network allows Stream's TURN and media ports.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/rtc/BasePeerConnection.ts",
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Media transport failures are usually network-path problems that a reconnect after a delay can fix, with the user told if they persist.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PARTICIPANT_SIGNAL_LOST",
            catalog_name: "PARTICIPANT_SIGNAL_LOST",
            summary: "The SFU lost the participant's signalling connection.",
            cause: "The signalling WebSocket between the participant and the SFU dropped.",
            when: &["the network drops briefly or switches interface"],
            user_message: "Your connection is unstable. Trying to reconnect...",
            user_message_key: "stream_video.sfu_error_code.PARTICIPANT_SIGNAL_LOST",
            remediation: &[
                "Do nothing: the SDK reconnects fast (FAST strategy), keeping the peer connections.",
                "Show a reconnecting indicator until the call is connected again.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/rtc/BasePeerConnection.ts",
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK answers a negotiation error with this code with a FAST reconnect that keeps the peer connections.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CALL_NOT_FOUND",
            catalog_name: "CALL_NOT_FOUND",
            summary: "The call was not found on the SFU.",
            cause: "The SFU has no record of the call the client tried to join.",
            when: &["joining with stale call credentials after the call ended"],
            user_message: "This call could not be found.",
            user_message_key: "stream_video.sfu_error_code.CALL_NOT_FOUND",
            remediation: &[
                "Check the call type and id the app joins.",
                "Create the call through the coordinator before joining, or hand out a current call id.",
            ],
            causes: &[],
            references: &["@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The SFU cannot serve a call it does not know; the app must join again through the coordinator to get current credentials.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CALL_PARTICIPANT_LIMIT_REACHED",
            catalog_name: "CALL_PARTICIPANT_LIMIT_REACHED",
            summary: "The call has reached its participant limit.",
            cause:
                "The SFU refused the join because the call holds as many participants as allowed.",
            when: &["joining a full call"],
            user_message: "This call is full right now. Please try again in a little while.",
            user_message_key: "stream_video.sfu_error_code.CALL_PARTICIPANT_LIMIT_REACHED",
            remediation: &[
                "Let Call.join retry on another SFU (up to maxJoinRetries).",
                "If the join still fails, tell the user the call is full and let them try later.",
                "If calls often fill up, raise the call's participant limit.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::Capacity,
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
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
            ),
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK treats it as a join error and retries the join on another SFU, up to maxJoinRetries (3 by default); only after those does the join fail.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "REQUEST_VALIDATION_FAILED",
            catalog_name: "REQUEST_VALIDATION_FAILED",
            summary: "The request failed validation.",
            cause: "The SFU rejected a malformed or invalid request.",
            when: &["a client bug or an SDK and SFU version mismatch"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "stream_video.sfu_error_code.REQUEST_VALIDATION_FAILED",
            remediation: &[
                "Log the error message, which says which field was refused.",
                "Fix the request the client builds; do not resend it unchanged.",
                "Upgrade @stream-io/video-client if the request comes from the SDK itself.",
            ],
            causes: &[],
            references: &["@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("The same request fails again; the code that builds it must be fixed."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UNAUTHENTICATED",
            catalog_name: "UNAUTHENTICATED",
            summary: "The client is not authenticated with the SFU.",
            cause: "The SFU token was missing, invalid or expired.",
            when: &["connecting with an expired SFU token"],
            user_message:
                "We could not confirm your access to this call. Please try joining again.",
            user_message_key: "stream_video.sfu_error_code.UNAUTHENTICATED",
            remediation: &[
                "Fetch a fresh user token through the app's token provider.",
                "Let the SDK rejoin (REJOIN gets new credentials from the coordinator), or join again.",
                "If fresh tokens are refused too, check the API key and secret the backend signs with.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A REJOIN fetches new credentials from the coordinator, which is what fixes a rejected token.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PERMISSION_DENIED",
            catalog_name: "PERMISSION_DENIED",
            summary: "The participant lacks the permission for this request.",
            cause: "The participant's grants do not allow the operation, for example publishing a track type it may not send.",
            when: &["publishing without the needed capability"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "stream_video.sfu_error_code.PERMISSION_DENIED",
            remediation: &[
                "Check the user's role and the call type's permissions for the action (for example publishing audio or video).",
                "Grant the capability in the call's settings, or hide the action from users who lack it.",
            ],
            causes: &[],
            references: &["@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Retrying with the same grants fails again; the call itself continues.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TOO_MANY_REQUESTS",
            catalog_name: "TOO_MANY_REQUESTS",
            summary: "The client sent too many requests.",
            cause: "The SFU rate-limited the client.",
            when: &["a burst of requests, for example rapid subscription changes"],
            user_message: "This call is full right now. Please try again in a little while.",
            user_message_key: "stream_video.sfu_error_code.TOO_MANY_REQUESTS",
            remediation: &[
                "Slow down: repeat the request after a growing delay.",
                "Look for client code that sends the same request in a loop (for example on every render).",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/rpc/retryable.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Throttling clears with time, so the request should be retried after a growing delay.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INTERNAL_SERVER_ERROR",
            catalog_name: "INTERNAL_SERVER_ERROR",
            summary: "The SFU failed internally.",
            cause: "An unexpected error on the SFU.",
            when: &["an SFU bug or overload"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "stream_video.sfu_error_code.INTERNAL_SERVER_ERROR",
            remediation: &[
                "Let the SDK act on shouldRetry and the reconnectStrategy.",
                "Otherwise repeat the request after a growing delay, a few times at most.",
                "If it persists, report it to Stream with the call id and time.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/rpc/retryable.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The client did not cause it, so a retry after a delay may succeed; alert if it recurs.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SFU_SHUTTING_DOWN",
            catalog_name: "SFU_SHUTTING_DOWN",
            summary: "The SFU is shutting down.",
            cause: "The SFU instance is going away and refuses new joins.",
            when: &["an SFU is drained for deployment or scaling"],
            user_message: "This call has ended.",
            user_message_key: "stream_video.sfu_error_code.SFU_SHUTTING_DOWN",
            remediation: &[
                "Do nothing: Call.join retries on another SFU.",
                "If the join still fails after its retries, join again later.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
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
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
            ),
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK treats it as a join error and retries the join on another SFU.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SFU_FULL",
            catalog_name: "SFU_FULL",
            summary: "The SFU has no capacity left.",
            cause: "The SFU instance is at capacity and refuses the join.",
            when: &["joining during a load peak on the assigned SFU"],
            user_message: "This call is full right now. Please try again in a little while.",
            user_message_key: "stream_video.sfu_error_code.SFU_FULL",
            remediation: &[
                "Do nothing: Call.join retries on another SFU.",
                "If the join still fails after its retries, join again later.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::Capacity,
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
                name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "shouldRetry = true",
                        means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits.",
                    },
                    crate::SignalValue {
                        value: "shouldRetry = false",
                        means: "The SDK does not repeat the RPC; the error is the final answer to that request.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = DISCONNECT",
                        means: "The SDK leaves the call: terminal whatever the code says.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = FAST, REJOIN or MIGRATE",
                        means: "The SDK reconnects by itself with that strategy: not terminal, the app waits.",
                    },
                    crate::SignalValue {
                        value: "reconnectStrategy = UNSPECIFIED",
                        means:
                            "No instruction; the catalog's retry and terminal for the code apply.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
            ),
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK treats it as a join error and, although the SFU suggests MIGRATE, rejoins on another SFU.",
            ),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::Unspecified => 0,
            Self::PublishTrackNotFound => 1,
            Self::PublishTracksMismatch => 2,
            Self::PublishTrackOutOfOrder => 3,
            Self::PublishTrackVideoLayerNotFound => 4,
            Self::LiveEnded => 5,
            Self::ParticipantNotFound => 6,
            Self::ParticipantMigratingOut => 7,
            Self::ParticipantMigrationFailed => 8,
            Self::ParticipantMigrating => 9,
            Self::ParticipantReconnectFailed => 10,
            Self::ParticipantMediaTransportFailure => 11,
            Self::ParticipantSignalLost => 12,
            Self::CallNotFound => 13,
            Self::CallParticipantLimitReached => 14,
            Self::RequestValidationFailed => 15,
            Self::Unauthenticated => 16,
            Self::PermissionDenied => 17,
            Self::TooManyRequests => 18,
            Self::InternalServerError => 19,
            Self::SfuShuttingDown => 20,
            Self::SfuFull => 21,
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
            0 => Some(Self::Unspecified),
            100 => Some(Self::PublishTrackNotFound),
            101 => Some(Self::PublishTracksMismatch),
            102 => Some(Self::PublishTrackOutOfOrder),
            103 => Some(Self::PublishTrackVideoLayerNotFound),
            104 => Some(Self::LiveEnded),
            200 => Some(Self::ParticipantNotFound),
            201 => Some(Self::ParticipantMigratingOut),
            202 => Some(Self::ParticipantMigrationFailed),
            203 => Some(Self::ParticipantMigrating),
            204 => Some(Self::ParticipantReconnectFailed),
            205 => Some(Self::ParticipantMediaTransportFailure),
            206 => Some(Self::ParticipantSignalLost),
            300 => Some(Self::CallNotFound),
            301 => Some(Self::CallParticipantLimitReached),
            400 => Some(Self::RequestValidationFailed),
            401 => Some(Self::Unauthenticated),
            403 => Some(Self::PermissionDenied),
            429 => Some(Self::TooManyRequests),
            500 => Some(Self::InternalServerError),
            600 => Some(Self::SfuShuttingDown),
            700 => Some(Self::SfuFull),
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
            "UNSPECIFIED" => Some(Self::Unspecified),
            "PUBLISH_TRACK_NOT_FOUND" => Some(Self::PublishTrackNotFound),
            "PUBLISH_TRACKS_MISMATCH" => Some(Self::PublishTracksMismatch),
            "PUBLISH_TRACK_OUT_OF_ORDER" => Some(Self::PublishTrackOutOfOrder),
            "PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND" => Some(Self::PublishTrackVideoLayerNotFound),
            "LIVE_ENDED" => Some(Self::LiveEnded),
            "PARTICIPANT_NOT_FOUND" => Some(Self::ParticipantNotFound),
            "PARTICIPANT_MIGRATING_OUT" => Some(Self::ParticipantMigratingOut),
            "PARTICIPANT_MIGRATION_FAILED" => Some(Self::ParticipantMigrationFailed),
            "PARTICIPANT_MIGRATING" => Some(Self::ParticipantMigrating),
            "PARTICIPANT_RECONNECT_FAILED" => Some(Self::ParticipantReconnectFailed),
            "PARTICIPANT_MEDIA_TRANSPORT_FAILURE" => Some(Self::ParticipantMediaTransportFailure),
            "PARTICIPANT_SIGNAL_LOST" => Some(Self::ParticipantSignalLost),
            "CALL_NOT_FOUND" => Some(Self::CallNotFound),
            "CALL_PARTICIPANT_LIMIT_REACHED" => Some(Self::CallParticipantLimitReached),
            "REQUEST_VALIDATION_FAILED" => Some(Self::RequestValidationFailed),
            "UNAUTHENTICATED" => Some(Self::Unauthenticated),
            "PERMISSION_DENIED" => Some(Self::PermissionDenied),
            "TOO_MANY_REQUESTS" => Some(Self::TooManyRequests),
            "INTERNAL_SERVER_ERROR" => Some(Self::InternalServerError),
            "SFU_SHUTTING_DOWN" => Some(Self::SfuShuttingDown),
            "SFU_FULL" => Some(Self::SfuFull),
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
    pub const fn protocol_equivalent(self) -> Option<CallEndedReason> {
        match self {
            Self::Unspecified => None,
            Self::PublishTrackNotFound => None,
            Self::PublishTracksMismatch => None,
            Self::PublishTrackOutOfOrder => None,
            Self::PublishTrackVideoLayerNotFound => None,
            Self::LiveEnded => Some(CallEndedReason::LiveEnded),
            Self::ParticipantNotFound => None,
            Self::ParticipantMigratingOut => None,
            Self::ParticipantMigrationFailed => None,
            Self::ParticipantMigrating => None,
            Self::ParticipantReconnectFailed => None,
            Self::ParticipantMediaTransportFailure => None,
            Self::ParticipantSignalLost => None,
            Self::CallNotFound => None,
            Self::CallParticipantLimitReached => None,
            Self::RequestValidationFailed => None,
            Self::Unauthenticated => None,
            Self::PermissionDenied => None,
            Self::TooManyRequests => None,
            Self::InternalServerError => None,
            Self::SfuShuttingDown => None,
            Self::SfuFull => None,
        }
    }
}
impl From<SfuErrorCode> for i32 {
    fn from(code: SfuErrorCode) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for SfuErrorCode {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for SfuErrorCode {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for SfuErrorCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for SfuErrorCode {}
impl crate::ErrorCode for SfuErrorCode {
    fn provider(&self) -> &'static str {
        "stream_video"
    }
    fn code_set(&self) -> &'static str {
        "sfu_error_code"
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
/// What the Stream SFU tells the client to do after an error, in the reconnect_strategy of its \`error\` event.
///
/// Upstream: WebsocketReconnectStrategy in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::stream_video::WebsocketReconnectStrategy;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = WebsocketReconnectStrategy::from_value(0).expect("a known value");
/// assert_eq!(code, WebsocketReconnectStrategy::Unspecified);
/// assert_eq!(code.value(), 0);
/// assert_eq!(i32::from(code), 0);
/// assert_eq!(code.name(), "UNSPECIFIED");
/// assert_eq!("UNSPECIFIED".parse::<WebsocketReconnectStrategy>(), Ok(code));
/// assert_eq!(code.to_string(), "UNSPECIFIED");
/// assert_eq!(code.category(), Category::NotAnError);
/// assert_eq!(code.retry_policy(), RetryPolicy::NotAnError);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(WebsocketReconnectStrategy::from_value(5), None);
/// assert!(WebsocketReconnectStrategy::try_from(5).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum WebsocketReconnectStrategy {
    /// No reconnect instruction.
    ///
    /// The protobuf default; the SFU asks for nothing.
    ///
    /// Wire value 0.
    Unspecified = 0,
    /// Disconnect for good.
    ///
    /// The SFU reached its maximum reconnection attempts or hit another unrecoverable error; the SDK leaves the call.
    ///
    /// Wire value 1.
    Disconnect = 1,
    /// Reconnect fast, keeping the peer connections.
    ///
    /// The SFU asks the client to keep its publisher and subscriber peer connections and open a new WebSocket.
    ///
    /// Wire value 2.
    Fast = 2,
    /// Rejoin with new credentials and fresh peer connections.
    ///
    /// The SFU asks the client to get new credentials from the coordinator, drop its peer connections, take a new session id and open a new WebSocket.
    ///
    /// Wire value 3.
    Rejoin = 3,
    /// Migrate to another SFU.
    ///
    /// The SFU asks the client to move to a new SFU instance.
    ///
    /// Wire value 4.
    Migrate = 4,
}
impl WebsocketReconnectStrategy {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::Unspecified,
        Self::Disconnect,
        Self::Fast,
        Self::Rejoin,
        Self::Migrate,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 5;
    const CODE_SET: &'static str = "stream_video/websocket_reconnect_strategy";
    const INFO: [crate::CodeInfo; 5] = [
        crate::CodeInfo {
            name: "UNSPECIFIED",
            catalog_name: "UNSPECIFIED",
            summary: "No reconnect instruction.",
            cause: "The protobuf default; the SFU asks for nothing.",
            when: &["an SFU error that needs no reconnect"],
            user_message: "Everything is working normally.",
            user_message_key: "stream_video.websocket_reconnect_strategy.UNSPECIFIED",
            remediation: &["Nothing to do: the SFU asks for no reconnect."],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::NotAnError,
            retry_policy: crate::RetryPolicy::NotAnError,
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
            name: "DISCONNECT",
            catalog_name: "DISCONNECT",
            summary: "Disconnect for good.",
            cause: "The SFU reached its maximum reconnection attempts or hit another unrecoverable error; the SDK leaves the call.",
            when: &[
                "reconnection attempts are exhausted",
                "an unrecoverable error on the SFU",
            ],
            user_message: "You have been disconnected from this call.",
            user_message_key: "stream_video.websocket_reconnect_strategy.DISCONNECT",
            remediation: &[
                "Let the SDK leave the call.",
                "Log the accompanying error code and message.",
                "Offer the user to join again; do not rejoin automatically.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SFU has declared the session unrecoverable, so only the user should decide to join again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "FAST",
            catalog_name: "FAST",
            summary: "Reconnect fast, keeping the peer connections.",
            cause: "The SFU asks the client to keep its publisher and subscriber peer connections and open a new WebSocket.",
            when: &["a brief signalling drop"],
            user_message: "Your connection is unstable. Trying to reconnect...",
            user_message_key: "stream_video.websocket_reconnect_strategy.FAST",
            remediation: &[
                "Do nothing: the SDK reconnects the WebSocket and keeps the peer connections.",
                "Show a reconnecting indicator.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "REJOIN",
            catalog_name: "REJOIN",
            summary: "Rejoin with new credentials and fresh peer connections.",
            cause: "The SFU asks the client to get new credentials from the coordinator, drop its peer connections, take a new session id and open a new WebSocket.",
            when: &["the session cannot be resumed"],
            user_message: "Your connection is unstable. Trying to reconnect...",
            user_message_key: "stream_video.websocket_reconnect_strategy.REJOIN",
            remediation: &[
                "Do nothing: the SDK gets new credentials and rejoins with new peer connections.",
                "Show a reconnecting indicator.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "MIGRATE",
            catalog_name: "MIGRATE",
            summary: "Migrate to another SFU.",
            cause: "The SFU asks the client to move to a new SFU instance.",
            when: &["the SFU is drained or rebalanced"],
            user_message: "Moving you to a new server. This will only take a moment.",
            user_message_key: "stream_video.websocket_reconnect_strategy.MIGRATE",
            remediation: &[
                "Do nothing: the SDK moves the call to another SFU.",
                "Show a brief reconnecting indicator.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 120000,
                jitter: crate::Jitter::Equal,
                max_attempts: 10,
            }),
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
            Self::Unspecified => 0,
            Self::Disconnect => 1,
            Self::Fast => 2,
            Self::Rejoin => 3,
            Self::Migrate => 4,
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
            0 => Some(Self::Unspecified),
            1 => Some(Self::Disconnect),
            2 => Some(Self::Fast),
            3 => Some(Self::Rejoin),
            4 => Some(Self::Migrate),
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
            "UNSPECIFIED" => Some(Self::Unspecified),
            "DISCONNECT" => Some(Self::Disconnect),
            "FAST" => Some(Self::Fast),
            "REJOIN" => Some(Self::Rejoin),
            "MIGRATE" => Some(Self::Migrate),
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
impl From<WebsocketReconnectStrategy> for i32 {
    fn from(code: WebsocketReconnectStrategy) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for WebsocketReconnectStrategy {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for WebsocketReconnectStrategy {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for WebsocketReconnectStrategy {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for WebsocketReconnectStrategy {}
impl crate::ErrorCode for WebsocketReconnectStrategy {
    fn provider(&self) -> &'static str {
        "stream_video"
    }
    fn code_set(&self) -> &'static str {
        "websocket_reconnect_strategy"
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
/// Why the Stream SFU ended the call, in the reason of its \`callEnded\` event.
///
/// Upstream: CallEndedReason in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::stream_video::CallEndedReason;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = CallEndedReason::from_value(0).expect("a known value");
/// assert_eq!(code, CallEndedReason::Unspecified);
/// assert_eq!(code.value(), 0);
/// assert_eq!(i32::from(code), 0);
/// assert_eq!(code.name(), "UNSPECIFIED");
/// assert_eq!("UNSPECIFIED".parse::<CallEndedReason>(), Ok(code));
/// assert_eq!(code.to_string(), "UNSPECIFIED");
/// assert_eq!(code.category(), Category::EndedByService);
/// assert_eq!(code.retry_policy(), RetryPolicy::Never);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(CallEndedReason::from_value(5), None);
/// assert!(CallEndedReason::try_from(5).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum CallEndedReason {
    /// The call ended without a stated reason.
    ///
    /// The protobuf default; the SFU ended the call without saying why.
    ///
    /// Wire value 0.
    Unspecified = 0,
    /// The call was ended.
    ///
    /// The call was ended for everyone, for example by a host or the app's backend.
    ///
    /// Wire value 1.
    Ended = 1,
    /// The livestream ended.
    ///
    /// The call went back from live to backstage; viewers leave, users allowed to join backstage stay.
    ///
    /// Wire value 2.
    LiveEnded = 2,
    /// The participant was removed from the call.
    ///
    /// Someone with the right to do so removed this participant.
    ///
    /// Wire value 3.
    Kicked = 3,
    /// The call session ended.
    ///
    /// The SFU closed the current session of the call.
    ///
    /// Wire value 4.
    SessionEnded = 4,
}
impl CallEndedReason {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::Unspecified,
        Self::Ended,
        Self::LiveEnded,
        Self::Kicked,
        Self::SessionEnded,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 5;
    const CODE_SET: &'static str = "stream_video/call_ended_reason";
    const INFO: [crate::CodeInfo; 5] = [
        crate::CodeInfo {
            name: "UNSPECIFIED",
            catalog_name: "UNSPECIFIED",
            summary: "The call ended without a stated reason.",
            cause: "The protobuf default; the SFU ended the call without saying why.",
            when: &["a callEnded event without a reason"],
            user_message: "This call has ended.",
            user_message_key: "stream_video.call_ended_reason.UNSPECIFIED",
            remediation: &[
                "Tell the user the call has ended.",
                "Offer to start or join a new call if the app supports it.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/events/call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK leaves the call whatever the reason, and an ended call cannot be rejoined.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ENDED",
            catalog_name: "ENDED",
            summary: "The call was ended.",
            cause: "The call was ended for everyone, for example by a host or the app's backend.",
            when: &["the host ends the call for all participants"],
            user_message: "This call has ended.",
            user_message_key: "stream_video.call_ended_reason.ENDED",
            remediation: &[
                "Tell the user the call has ended.",
                "Do not rejoin: the call was ended for everyone.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/events/call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The call was ended on purpose, so rejoining makes no sense unless a new call is started.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVE_ENDED",
            catalog_name: "LIVE_ENDED",
            summary: "The livestream ended.",
            cause: "The call went back from live to backstage; viewers leave, users allowed to join backstage stay.",
            when: &["the host stops the broadcast"],
            user_message: "The livestream has ended.",
            user_message_key: "stream_video.call_ended_reason.LIVE_ENDED",
            remediation: &[
                "Tell viewers the stream has ended.",
                "Users allowed to join backstage stay in the call; the others can wait for the next broadcast.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/events/call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The broadcast was ended on purpose; viewers can only wait for it to go live again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "KICKED",
            catalog_name: "KICKED",
            summary: "The participant was removed from the call.",
            cause: "Someone with the right to do so removed this participant.",
            when: &["a host kicks the participant"],
            user_message: "You were removed from this call.",
            user_message_key: "stream_video.call_ended_reason.KICKED",
            remediation: &[
                "Tell the user they were removed and do not rejoin automatically.",
                "If it was not intended, check who may remove participants in the call type's permissions.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/events/call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
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
            name: "SESSION_ENDED",
            catalog_name: "SESSION_ENDED",
            summary: "The call session ended.",
            cause: "The SFU closed the current session of the call.",
            when: &["the call's session is closed on the server"],
            user_message: "This call has ended.",
            user_message_key: "stream_video.call_ended_reason.SESSION_ENDED",
            remediation: &[
                "Tell the user the call session has ended.",
                "Join again through the coordinator if the call should continue.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/events/call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK leaves the call and the session is over; only a new join through the coordinator can start another.",
            ),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::Unspecified => 0,
            Self::Ended => 1,
            Self::LiveEnded => 2,
            Self::Kicked => 3,
            Self::SessionEnded => 4,
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
            0 => Some(Self::Unspecified),
            1 => Some(Self::Ended),
            2 => Some(Self::LiveEnded),
            3 => Some(Self::Kicked),
            4 => Some(Self::SessionEnded),
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
            "UNSPECIFIED" => Some(Self::Unspecified),
            "ENDED" => Some(Self::Ended),
            "LIVE_ENDED" => Some(Self::LiveEnded),
            "KICKED" => Some(Self::Kicked),
            "SESSION_ENDED" => Some(Self::SessionEnded),
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
impl From<CallEndedReason> for i32 {
    fn from(code: CallEndedReason) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for CallEndedReason {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for CallEndedReason {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for CallEndedReason {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for CallEndedReason {}
impl crate::ErrorCode for CallEndedReason {
    fn provider(&self) -> &'static str {
        "stream_video"
    }
    fn code_set(&self) -> &'static str {
        "call_ended_reason"
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
/// Why the Stream SFU asks the client to move away from it, in the reason of its \`goAway\` event.
///
/// Upstream: GoAwayReason in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::stream_video::GoAwayReason;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = GoAwayReason::from_value(0).expect("a known value");
/// assert_eq!(code, GoAwayReason::Unspecified);
/// assert_eq!(code.value(), 0);
/// assert_eq!(i32::from(code), 0);
/// assert_eq!(code.name(), "UNSPECIFIED");
/// assert_eq!("UNSPECIFIED".parse::<GoAwayReason>(), Ok(code));
/// assert_eq!(code.to_string(), "UNSPECIFIED");
/// assert_eq!(code.category(), Category::EndedByService);
/// assert_eq!(code.retry_policy(), RetryPolicy::Automatic);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(GoAwayReason::from_value(3), None);
/// assert!(GoAwayReason::try_from(3).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum GoAwayReason {
    /// The SFU asks the client to migrate without a stated reason.
    ///
    /// The protobuf default; the SDK migrates as for any goAway.
    ///
    /// Wire value 0.
    Unspecified = 0,
    /// The SFU is shutting down.
    ///
    /// The SFU instance is going away; the SDK migrates to another SFU.
    ///
    /// Wire value 1.
    ShuttingDown = 1,
    /// The SFU is rebalancing its load.
    ///
    /// The SFU moves participants elsewhere to spread load; the SDK migrates to another SFU.
    ///
    /// Wire value 2.
    Rebalance = 2,
}
impl GoAwayReason {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[Self::Unspecified, Self::ShuttingDown, Self::Rebalance];
    /// Number of codes in the set.
    pub const COUNT: usize = 3;
    const CODE_SET: &'static str = "stream_video/go_away_reason";
    const INFO: [crate::CodeInfo; 3] = [
        crate::CodeInfo {
            name: "UNSPECIFIED",
            catalog_name: "UNSPECIFIED",
            summary: "The SFU asks the client to migrate without a stated reason.",
            cause: "The protobuf default; the SDK migrates as for any goAway.",
            when: &["a goAway event without a reason"],
            user_message: "Moving you to a new server. This will only take a moment.",
            user_message_key: "stream_video.go_away_reason.UNSPECIFIED",
            remediation: &[
                "Do nothing: the SDK migrates to another SFU.",
                "Show a brief reconnecting indicator.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 120000,
                jitter: crate::Jitter::Equal,
                max_attempts: 10,
            }),
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SHUTTING_DOWN",
            catalog_name: "SHUTTING_DOWN",
            summary: "The SFU is shutting down.",
            cause: "The SFU instance is going away; the SDK migrates to another SFU.",
            when: &["an SFU is drained for deployment or scaling"],
            user_message: "Moving you to a new server. This will only take a moment.",
            user_message_key: "stream_video.go_away_reason.SHUTTING_DOWN",
            remediation: &[
                "Do nothing: the SDK migrates to another SFU.",
                "Show a brief reconnecting indicator.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 120000,
                jitter: crate::Jitter::Equal,
                max_attempts: 10,
            }),
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "REBALANCE",
            catalog_name: "REBALANCE",
            summary: "The SFU is rebalancing its load.",
            cause: "The SFU moves participants elsewhere to spread load; the SDK migrates to another SFU.",
            when: &["the SFU is busy and sheds participants"],
            user_message: "Moving you to a new server. This will only take a moment.",
            user_message_key: "stream_video.go_away_reason.REBALANCE",
            remediation: &[
                "Do nothing: the SDK migrates to another SFU.",
                "Show a brief reconnecting indicator.",
            ],
            causes: &[],
            references: &[
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 1600,
                max_delay_ms: 120000,
                jitter: crate::Jitter::Equal,
                max_attempts: 10,
            }),
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
            Self::Unspecified => 0,
            Self::ShuttingDown => 1,
            Self::Rebalance => 2,
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
            0 => Some(Self::Unspecified),
            1 => Some(Self::ShuttingDown),
            2 => Some(Self::Rebalance),
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
            "UNSPECIFIED" => Some(Self::Unspecified),
            "SHUTTING_DOWN" => Some(Self::ShuttingDown),
            "REBALANCE" => Some(Self::Rebalance),
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
impl From<GoAwayReason> for i32 {
    fn from(code: GoAwayReason) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for GoAwayReason {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for GoAwayReason {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for GoAwayReason {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for GoAwayReason {}
impl crate::ErrorCode for GoAwayReason {
    fn provider(&self) -> &'static str {
        "stream_video"
    }
    fn code_set(&self) -> &'static str {
        "go_away_reason"
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

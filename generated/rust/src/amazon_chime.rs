// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Amazon Chime SDK error codes.
/// Underlying reason for a meeting session status, mainly as reported to AudioVideoObserver.audioVideoDidStop.
///
/// Upstream: MeetingSessionStatusCode in aws/amazon-chime-sdk-js 3.32.0 (package npm:amazon-chime-sdk-js@3.32.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::amazon_chime::MeetingSessionStatusCode;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = MeetingSessionStatusCode::from_value(0).expect("a known value");
/// assert_eq!(code, MeetingSessionStatusCode::Ok);
/// assert_eq!(code.value(), 0);
/// assert_eq!(i32::from(code), 0);
/// assert_eq!(code.name(), "OK");
/// assert_eq!("OK".parse::<MeetingSessionStatusCode>(), Ok(code));
/// assert_eq!(code.to_string(), "OK");
/// assert_eq!(code.category(), Category::NotAnError);
/// assert_eq!(code.retry_policy(), RetryPolicy::NotAnError);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(MeetingSessionStatusCode::from_value(27), None);
/// assert!(MeetingSessionStatusCode::try_from(27).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum MeetingSessionStatusCode {
    /// No error.
    ///
    /// Used internally to mean nothing has failed; the doc comment says it "will never be returned by \`audioVideoDidStop\`".
    ///
    /// Wire value 0.
    Ok = 0,
    /// The attendee left the meeting normally.
    ///
    /// The local app stopped the session via AudioVideoControllerFacade.stop.
    ///
    /// Wire value 1.
    Left = 1,
    /// The same attendee joined from another device or tab.
    ///
    /// Another client joined with the same attendee credentials, replacing this session; the Audio prefix is irrelevant.
    ///
    /// Wire value 2.
    AudioJoinedFromAnotherDevice = 2,
    /// Authentication of the attendee was rejected.
    ///
    /// The attendee in MeetingSessionCredentials does not match an attendee created via chime::CreateAttendee; this may point at a problem in the app's credential service.
    ///
    /// Wire value 3.
    AudioAuthenticationRejected = 3,
    /// The meeting is at capacity.
    ///
    /// The service refused the join because the meeting reached its attendee limit (the doc comment cites 250 attendees).
    ///
    /// Wire value 4.
    AudioCallAtCapacity = 4,
    /// The meeting has already ended.
    ///
    /// The attendee tried to join, or was in, a meeting that has ended.
    ///
    /// Wire value 5.
    MeetingEnded = 5,
    /// Internal server error related to audio.
    ///
    /// An audio-related server error (audio status 500), which may come from the audio device or the Amazon Chime SDK service.
    ///
    /// Wire value 6.
    AudioInternalServerError = 6,
    /// The audio service is unavailable.
    ///
    /// The audio service reported unavailability (audio status 503); documented like AudioInternalServerError.
    ///
    /// Wire value 7.
    AudioServiceUnavailable = 7,
    /// The audio connection failed.
    ///
    /// The service sent an audio status that is neither success nor one of the specifically mapped errors; documented as an internal audio server error.
    ///
    /// Wire value 8.
    AudioDisconnected = 8,
    /// Local video must switch to view-only mode.
    ///
    /// The client asked to send and receive video but the service only allows receiving (signaling status 206), e.g. the video sender limit is reached.
    ///
    /// Wire value 9.
    VideoCallSwitchToViewOnly = 9,
    /// The video source capacity was exceeded.
    ///
    /// Signaling status 509, e.g. joining a video meeting in send-only mode; the doc says to treat it as "fatal".
    ///
    /// Wire value 10.
    VideoCallAtSourceCapacity = 10,
    /// The signaling connection was refused as a bad request.
    ///
    /// A 4xx signaling status, typically because the attendee was deleted via DeleteAttendee or the attendee response of an already ended meeting was reused.
    ///
    /// Wire value 11.
    SignalingBadRequest = 11,
    /// The signaling connection failed or was lost.
    ///
    /// The signaling connection could not be established because of a server error (5xx) or was lost mid-call; the doc notes it often indicates a network issue for the end user.
    ///
    /// Wire value 12.
    SignalingInternalServerError = 12,
    /// Received an unknown signaling error without a status.
    ///
    /// A signaling error frame had no recognizable status; the doc calls it nearly impossible and a sign of a Chime service issue.
    ///
    /// Wire value 13.
    SignalingRequestFailed = 13,
    /// The signaling websocket closed unexpectedly mid-meeting.
    ///
    /// The websocket signaling channel dropped, most often from a client-side network change, less often from the backend forcing a reconnect or AWS networking issues.
    ///
    /// Wire value 14.
    SignalingChannelClosedUnexpectedly = 14,
    /// Timed out gathering ICE candidates.
    ///
    /// ICE candidate gathering did not complete in time; in Chrome this can mean the browser is in a bad state after a VPN reconnect (webrtc issue 9097).
    ///
    /// Wire value 15.
    IceGatheringTimeoutWorkaround = 15,
    /// A reconnect was triggered by poor connection health.
    ///
    /// The connection health policy (ConnectionHealthPolicyConfiguration) judged the connection unhealthy and triggered a reconnect.
    ///
    /// Wire value 16.
    ConnectionHealthReconnect = 16,
    /// The RealtimeController failed.
    ///
    /// A callback passed to a RealtimeController API threw an error or otherwise failed.
    ///
    /// Wire value 17.
    RealtimeApiFailed = 17,
    /// A connection step failed without a more specific reason.
    ///
    /// A step connecting to the Amazon Chime SDK backends failed; the doc says this may indicate end-user connection issues "and should be retried".
    ///
    /// Wire value 18.
    TaskFailed = 18,
    /// Media negotiation failed due to incompatible SDP.
    ///
    /// Media negotiation failed, possibly from an SDK issue or an unsupported browser; the doc suggests checking DefaultBrowserBehavior().isSupported() before the call.
    ///
    /// Wire value 19.
    IncompatibleSdp = 19,
    /// TURN credentials were refused because the meeting ended or the attendee was removed.
    ///
    /// The media channel's TURN credential request was forbidden; the doc calls it analogous to MeetingEnded but detected through the media channel.
    ///
    /// Wire value 20.
    TurnCredentialsForbidden = 20,
    /// The attendee did not show up on the roster.
    ///
    /// The attendee never appeared in the meeting roster after connecting, which may come from the end user's audio device or from the Amazon Chime SDK.
    ///
    /// Wire value 21.
    NoAttendeePresent = 21,
    /// The attendee was removed from the meeting.
    ///
    /// The session ended because the attendee was deleted via chime::DeleteAttendee (audio status 411).
    ///
    /// Wire value 22.
    AudioAttendeeRemoved = 22,
    /// The attendee's primary-meeting credentials were revoked.
    ///
    /// Used only by promotion functions; the primary meeting attendee used for promotion was revoked or deleted, so the replica client is demoted.
    ///
    /// Wire value 23.
    AudioVideoWasRemovedFromPrimaryMeeting = 23,
    /// The attendee was demoted after a disconnection.
    ///
    /// Used only by promotion functions; any disconnection while promoted to the primary meeting triggers an automatic demotion.
    ///
    /// Wire value 24.
    AudioVideoDisconnectedWhilePromoted = 24,
    /// Reserved code for an audio disconnect.
    ///
    /// Reserved and used only internally (audio status 302); never passed to audioVideoDidStop.
    ///
    /// Wire value 25.
    AudioDisconnectAudio = 25,
    /// The encoded transform worker manager failed.
    ///
    /// The encoded transform worker failed during the meeting, possibly from a media-processing issue or browser support for encoded transforms.
    ///
    /// Wire value 26.
    EncodedTransformManagerFailed = 26,
}
impl MeetingSessionStatusCode {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::Ok,
        Self::Left,
        Self::AudioJoinedFromAnotherDevice,
        Self::AudioAuthenticationRejected,
        Self::AudioCallAtCapacity,
        Self::MeetingEnded,
        Self::AudioInternalServerError,
        Self::AudioServiceUnavailable,
        Self::AudioDisconnected,
        Self::VideoCallSwitchToViewOnly,
        Self::VideoCallAtSourceCapacity,
        Self::SignalingBadRequest,
        Self::SignalingInternalServerError,
        Self::SignalingRequestFailed,
        Self::SignalingChannelClosedUnexpectedly,
        Self::IceGatheringTimeoutWorkaround,
        Self::ConnectionHealthReconnect,
        Self::RealtimeApiFailed,
        Self::TaskFailed,
        Self::IncompatibleSdp,
        Self::TurnCredentialsForbidden,
        Self::NoAttendeePresent,
        Self::AudioAttendeeRemoved,
        Self::AudioVideoWasRemovedFromPrimaryMeeting,
        Self::AudioVideoDisconnectedWhilePromoted,
        Self::AudioDisconnectAudio,
        Self::EncodedTransformManagerFailed,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 27;
    const CODE_SET: &'static str = "amazon_chime/meeting_session_status_code";
    const INFO: [crate::CodeInfo; 27] = [
        crate::CodeInfo {
            name: "OK",
            catalog_name: "OK",
            summary: "No error.",
            cause: "Used internally to mean nothing has failed; the doc comment says it \"will never be returned by `audioVideoDidStop`\".",
            when: &[
                "internal status checks, e.g. a signal frame with a 2xx status",
                "audioVideoWasDemotedFromPrimaryMeeting after demoteFromPrimaryMeeting was called",
            ],
            user_message: "Everything is working normally.",
            user_message_key: "amazon_chime.meeting_session_status_code.OK",
            remediation: &["Nothing to fix: the status means that nothing failed."],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::NotAnError,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: Some(false),
        },
        crate::CodeInfo {
            name: "Left",
            catalog_name: "Left",
            summary: "The attendee left the meeting normally.",
            cause: "The local app stopped the session via AudioVideoControllerFacade.stop.",
            when: &["the app calls stop() on the audio-video facade"],
            user_message: "You have left the call.",
            user_message_key: "amazon_chime.meeting_session_status_code.Left",
            remediation: &["Nothing to fix: the app called stop(). Clean up the meeting UI."],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatus.js",
            ],
            since: None,
            category: crate::Category::EndedNormally,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "A deliberate local leave is not a failure (isFailure() is false), so there is nothing to retry.",
            ),
            deprecated: None,
            failure: Some(false),
        },
        crate::CodeInfo {
            name: "AudioJoinedFromAnotherDevice",
            catalog_name: "AudioJoinedFromAnotherDevice",
            summary: "The same attendee joined from another device or tab.",
            cause: "Another client joined with the same attendee credentials, replacing this session; the Audio prefix is irrelevant.",
            when: &[
                "the user opens the meeting in another browser tab, window or on mobile",
                "the app accidentally creates two meeting sessions",
            ],
            user_message: "You joined this meeting from another device or window, so this one was disconnected.",
            user_message_key:
                "amazon_chime.meeting_session_status_code.AudioJoinedFromAnotherDevice",
            remediation: &[
                "Create one meeting session per attendee per device; check that the app does not start two sessions by accident.",
                "Offer the user a button to rejoin here, which ends the other session.",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Rejoining would evict the other session, so only rejoin if the user explicitly chooses to.",
            ),
            deprecated: None,
            failure: Some(false),
        },
        crate::CodeInfo {
            name: "AudioAuthenticationRejected",
            catalog_name: "AudioAuthenticationRejected",
            summary: "Authentication of the attendee was rejected.",
            cause: "The attendee in MeetingSessionCredentials does not match an attendee created via chime::CreateAttendee; this may point at a problem in the app's credential service.",
            when: &[
                "join with wrong, stale or mismatched attendee credentials (403)",
                "the primary-meeting attendee used for promotion was deleted",
            ],
            user_message:
                "We could not confirm your access to this call. Please try joining again.",
            user_message_key:
                "amazon_chime.meeting_session_status_code.AudioAuthenticationRejected",
            remediation: &[
                "Request a new attendee from the backend (chime:CreateAttendee) and join with its credentials.",
                "Check that the app's credential service returns the attendee of this meeting, not a stale or mismatched one.",
            ],
            causes: &[
                "the attendee does not match one created with CreateAttendee",
                "the primary-meeting attendee used for promotion was deleted",
            ],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
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
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The credentials were rejected, so only a fresh attendee from the app's backend can succeed.",
            ),
            deprecated: None,
            failure: Some(true),
        },
        crate::CodeInfo {
            name: "AudioCallAtCapacity",
            catalog_name: "AudioCallAtCapacity",
            summary: "The meeting is at capacity.",
            cause: "The service refused the join because the meeting reached its attendee limit (the doc comment cites 250 attendees).",
            when: &["joining a full meeting (409)"],
            user_message: "This meeting is full. Please try again later.",
            user_message_key: "amazon_chime.meeting_session_status_code.AudioCallAtCapacity",
            remediation: &[
                "Tell the user the meeting is full; let them try again later.",
                "If meetings regularly fill up, plan for larger meetings (for example replica meetings for view-only attendees).",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The doc suggests notifying the user; a later attempt can succeed only once someone leaves.",
            ),
            deprecated: None,
            failure: Some(true),
        },
        crate::CodeInfo {
            name: "MeetingEnded",
            catalog_name: "MeetingEnded",
            summary: "The meeting has already ended.",
            cause: "The attendee tried to join, or was in, a meeting that has ended.",
            when: &[
                "joining an ended meeting",
                "the meeting is deleted or ends while in the call (audio status 410)",
            ],
            user_message: "This meeting has ended.",
            user_message_key: "amazon_chime.meeting_session_status_code.MeetingEnded",
            remediation: &[
                "Do not rejoin: the meeting no longer exists.",
                "Create a new meeting from the backend if the session should go on.",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "An ended meeting cannot be rejoined; the app must create a new meeting.",
            ),
            deprecated: None,
            failure: Some(false),
        },
        crate::CodeInfo {
            name: "AudioInternalServerError",
            catalog_name: "AudioInternalServerError",
            summary: "Internal server error related to audio.",
            cause: "An audio-related server error (audio status 500), which may come from the audio device or the Amazon Chime SDK service.",
            when: &["transient service-side audio failures"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "amazon_chime.meeting_session_status_code.AudioInternalServerError",
            remediation: &[
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "If it recurs across meetings, check the AWS Health Dashboard and contact AWS support.",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 2000,
                max_delay_ms: 5000,
                jitter: crate::Jitter::Full,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: Some(true),
        },
        crate::CodeInfo {
            name: "AudioServiceUnavailable",
            catalog_name: "AudioServiceUnavailable",
            summary: "The audio service is unavailable.",
            cause: "The audio service reported unavailability (audio status 503); documented like AudioInternalServerError.",
            when: &["audio service temporarily unavailable"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "amazon_chime.meeting_session_status_code.AudioServiceUnavailable",
            remediation: &[
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "If it recurs across meetings, check the AWS Health Dashboard and contact AWS support.",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 2000,
                max_delay_ms: 5000,
                jitter: crate::Jitter::Full,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: Some(true),
        },
        crate::CodeInfo {
            name: "AudioDisconnected",
            catalog_name: "AudioDisconnected",
            summary: "The audio connection failed.",
            cause: "The service sent an audio status that is neither success nor one of the specifically mapped errors; documented as an internal audio server error.",
            when: &["unexpected non-2xx audio status from the service"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "amazon_chime.meeting_session_status_code.AudioDisconnected",
            remediation: &[
                "Start a new session after a delay, with backoff.",
                "Alert if it recurs: the service sent an unexpected audio status.",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
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
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK gives up on this code, yet it reports a service fault, so a new session after a delay may succeed.",
            ),
            deprecated: None,
            failure: Some(true),
        },
        crate::CodeInfo {
            name: "VideoCallSwitchToViewOnly",
            catalog_name: "VideoCallSwitchToViewOnly",
            summary: "Local video must switch to view-only mode.",
            cause: "The client asked to send and receive video but the service only allows receiving (signaling status 206), e.g. the video sender limit is reached.",
            when: &["starting local video when the meeting's video capacity is reached"],
            user_message: "Too many people are sharing video right now, so yours was turned off. You can try again later.",
            user_message_key: "amazon_chime.meeting_session_status_code.VideoCallSwitchToViewOnly",
            remediation: &[
                "Tell the user their video cannot be shared right now; they can still see and hear others.",
                "Let the user start their video again later (videoSendDidBecomeUnavailable tells the app when it was turned off).",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Internal only; the SDK removes the local tile and calls videoSendDidBecomeUnavailable, and local video can be restarted when the user asks once capacity frees up.",
            ),
            deprecated: None,
            failure: Some(false),
        },
        crate::CodeInfo {
            name: "VideoCallAtSourceCapacity",
            catalog_name: "VideoCallAtSourceCapacity",
            summary: "The video source capacity was exceeded.",
            cause: "Signaling status 509, e.g. joining a video meeting in send-only mode; the doc says to treat it as \"fatal\".",
            when: &["joining in send-only video mode"],
            user_message: "This call is full right now. Please try again in a little while.",
            user_message_key: "amazon_chime.meeting_session_status_code.VideoCallAtSourceCapacity",
            remediation: &[
                "Do not retry: the SDK documents this status as fatal.",
                "Check how the app joins video: a send-only video join is refused.",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Category follows the code name and its 509 status; the doc comment says it \"probably should not be retried\".",
            ),
            deprecated: None,
            failure: Some(true),
        },
        crate::CodeInfo {
            name: "SignalingBadRequest",
            catalog_name: "SignalingBadRequest",
            summary: "The signaling connection was refused as a bad request.",
            cause: "A 4xx signaling status, typically because the attendee was deleted via DeleteAttendee or the attendee response of an already ended meeting was reused.",
            when: &[
                "joining with a deleted attendee",
                "reusing attendee info from an ended meeting created with the same ClientRequestToken",
            ],
            user_message:
                "We could not confirm your access to this call. Please try joining again.",
            user_message_key: "amazon_chime.meeting_session_status_code.SignalingBadRequest",
            remediation: &[
                "Request a new attendee (and, if the meeting ended, a new meeting) from the backend; do not reuse the old CreateAttendee response.",
                "Check that the backend does not reuse a ClientRequestToken of an ended meeting.",
            ],
            causes: &[
                "the attendee was deleted with DeleteAttendee",
                "the attendee response of an ended meeting was reused",
            ],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
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
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The doc says the stale attendee response must not be reused, so a new attendee is needed before joining again.",
            ),
            deprecated: None,
            failure: Some(true),
        },
        crate::CodeInfo {
            name: "SignalingInternalServerError",
            catalog_name: "SignalingInternalServerError",
            summary: "The signaling connection failed or was lost.",
            cause: "The signaling connection could not be established because of a server error (5xx) or was lost mid-call; the doc notes it often indicates a network issue for the end user.",
            when: &[
                "unstable end-user network",
                "signaling websocket closed with a server-failure close code",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key:
                "amazon_chime.meeting_session_status_code.SignalingInternalServerError",
            remediation: &[
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "If it happens often, look at the end user's network first; Amazon notes it often points there.",
            ],
            causes: &[
                "an unstable end-user network",
                "a Chime service error (HTTP 5xx)",
            ],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 2000,
                max_delay_ms: 5000,
                jitter: crate::Jitter::Full,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Category follows the doc comment, which says this code often indicates a network issue, though it can also be a Chime service issue.",
            ),
            deprecated: None,
            failure: Some(true),
        },
        crate::CodeInfo {
            name: "SignalingRequestFailed",
            catalog_name: "SignalingRequestFailed",
            summary: "Received an unknown signaling error without a status.",
            cause: "A signaling error frame had no recognizable status; the doc calls it nearly impossible and a sign of a Chime service issue.",
            when: &["malformed or unexpected signaling error frames"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "amazon_chime.meeting_session_status_code.SignalingRequestFailed",
            remediation: &[
                "Start a new session after a delay, with backoff.",
                "Report it to AWS support with the meeting and attendee IDs if it recurs: the SDK calls it a sign of a service issue.",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
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
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The SDK stops on it and the doc attributes it to the service, so a fresh attempt after a delay is reasonable.",
            ),
            deprecated: None,
            failure: Some(true),
        },
        crate::CodeInfo {
            name: "SignalingChannelClosedUnexpectedly",
            catalog_name: "SignalingChannelClosedUnexpectedly",
            summary: "The signaling websocket closed unexpectedly mid-meeting.",
            cause: "The websocket signaling channel dropped, most often from a client-side network change, less often from the backend forcing a reconnect or AWS networking issues.",
            when: &[
                "switching WiFi networks or other client network changes",
                "the backend detects client issues (e.g. decryption) and closes the connection",
                "unexpected backend networking issues",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key:
                "amazon_chime.meeting_session_status_code.SignalingChannelClosedUnexpectedly",
            remediation: &[
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "If it happens often, look for network changes on the client (Wi-Fi switches, VPNs).",
            ],
            causes: &[
                "a client network change such as switching Wi-Fi",
                "the backend closed the connection after detecting client problems",
                "AWS networking issues",
            ],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
                "amazon-chime-sdk-js@3.32.0 CHANGELOG.md (3.27.0: reconnect immediately when the WebSocket is lost)",
                "https://github.com/aws/amazon-chime-sdk-js/commit/5c3d2242d98044072ae69313630b02294d63e6dc",
            ],
            since: Some("3.27.0"),
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 2000,
                max_delay_ms: 5000,
                jitter: crate::Jitter::Full,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: Some(true),
        },
        crate::CodeInfo {
            name: "ICEGatheringTimeoutWorkaround",
            catalog_name: "ICEGatheringTimeoutWorkaround",
            summary: "Timed out gathering ICE candidates.",
            cause: "ICE candidate gathering did not complete in time; in Chrome this can mean the browser is in a bad state after a VPN reconnect (webrtc issue 9097).",
            when: &[
                "VPN reconnects in Chrome",
                "restrictive networks blocking ICE",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key:
                "amazon_chime.meeting_session_status_code.ICEGatheringTimeoutWorkaround",
            remediation: &[
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "If it persists in Chrome after a VPN change, ask the user to restart the browser (webrtc issue 9097).",
            ],
            causes: &[
                "Chrome in a bad state after a VPN reconnect",
                "a network that blocks ICE",
            ],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 2000,
                max_delay_ms: 5000,
                jitter: crate::Jitter::Full,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: Some(true),
        },
        crate::CodeInfo {
            name: "ConnectionHealthReconnect",
            catalog_name: "ConnectionHealthReconnect",
            summary: "A reconnect was triggered by poor connection health.",
            cause: "The connection health policy (ConnectionHealthPolicyConfiguration) judged the connection unhealthy and triggered a reconnect.",
            when: &["missed pongs, no received packets or bad audio delay"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "amazon_chime.meeting_session_status_code.ConnectionHealthReconnect",
            remediation: &[
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "Tune ConnectionHealthPolicyConfiguration only if reconnects fire on healthy connections.",
            ],
            causes: &["missed pongs", "no packets received", "bad audio delay"],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 2000,
                max_delay_ms: 5000,
                jitter: crate::Jitter::Full,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: None,
            deprecated: None,
            failure: Some(true),
        },
        crate::CodeInfo {
            name: "RealtimeApiFailed",
            catalog_name: "RealtimeApiFailed",
            summary: "The RealtimeController failed.",
            cause:
                "A callback passed to a RealtimeController API threw an error or otherwise failed.",
            when: &["an app callback registered with realtime APIs throws"],
            user_message: "Something went wrong in the app and the meeting stopped. Please rejoin.",
            user_message_key: "amazon_chime.meeting_session_status_code.RealtimeApiFailed",
            remediation: &[
                "Fix the callback the app passed to the RealtimeController API: it threw an error.",
                "Catch errors inside realtime callbacks so one bad handler does not end the session.",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The failure is in the app's own callback code, which must be fixed before a retry can help.",
            ),
            deprecated: None,
            failure: Some(true),
        },
        crate::CodeInfo {
            name: "TaskFailed",
            catalog_name: "TaskFailed",
            summary: "A connection step failed without a more specific reason.",
            cause: "A step connecting to the Amazon Chime SDK backends failed; the doc says this may indicate end-user connection issues \"and should be retried\".",
            when: &[
                "generic failures during connect, reconnect or update",
                "connection timeouts",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "amazon_chime.meeting_session_status_code.TaskFailed",
            remediation: &[
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "If it ends the session, look at the SDK log for the step that failed, then offer a rejoin.",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 2000,
                max_delay_ms: 5000,
                jitter: crate::Jitter::Full,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Category is unknown because the SDK uses this code for any connection step that fails without a more specific status.",
            ),
            deprecated: None,
            failure: Some(true),
        },
        crate::CodeInfo {
            name: "IncompatibleSDP",
            catalog_name: "IncompatibleSDP",
            summary: "Media negotiation failed due to incompatible SDP.",
            cause: "Media negotiation failed, possibly from an SDK issue or an unsupported browser; the doc suggests checking DefaultBrowserBehavior().isSupported() before the call.",
            when: &["unsupported browsers", "video codec negotiation problems"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "amazon_chime.meeting_session_status_code.IncompatibleSDP",
            remediation: &[
                "Nothing to do at first: the controller restarts local video by itself.",
                "Check DefaultBrowserBehavior().isSupported() before joining and tell users of unsupported browsers to switch.",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
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
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The controller handles this code itself by restarting local video (handleMeetingSessionStatus).",
            ),
            deprecated: None,
            failure: Some(false),
        },
        crate::CodeInfo {
            name: "TURNCredentialsForbidden",
            catalog_name: "TURNCredentialsForbidden",
            summary: "TURN credentials were refused because the meeting ended or the attendee was removed.",
            cause: "The media channel's TURN credential request was forbidden; the doc calls it analogous to MeetingEnded but detected through the media channel.",
            when: &[
                "joining a meeting that has ended",
                "the attendee was removed",
            ],
            user_message: "This meeting has ended or you are no longer part of it.",
            user_message_key: "amazon_chime.meeting_session_status_code.TURNCredentialsForbidden",
            remediation: &[
                "Do not rejoin with the same attendee: the meeting has ended or the attendee was removed.",
                "Create a new meeting or attendee from the backend if the session should go on.",
            ],
            causes: &["the meeting has ended", "the attendee was removed"],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Like MeetingEnded, the meeting or attendee no longer exists, so the same join cannot succeed.",
            ),
            deprecated: None,
            failure: Some(false),
        },
        crate::CodeInfo {
            name: "NoAttendeePresent",
            catalog_name: "NoAttendeePresent",
            summary: "The attendee did not show up on the roster.",
            cause: "The attendee never appeared in the meeting roster after connecting, which may come from the end user's audio device or from the Amazon Chime SDK.",
            when: &["initial connection where attendee presence is not confirmed in time"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "amazon_chime.meeting_session_status_code.NoAttendeePresent",
            remediation: &[
                "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
                "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
                "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
                "If it ends the session, check the user's audio device, then offer a rejoin.",
            ],
            causes: &[
                "a problem with the end user's audio device",
                "a problem in the Amazon Chime SDK",
            ],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 2000,
                max_delay_ms: 5000,
                jitter: crate::Jitter::Full,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "Category is unknown because the doc names both a device problem and an SDK problem as possible causes.",
            ),
            deprecated: None,
            failure: Some(true),
        },
        crate::CodeInfo {
            name: "AudioAttendeeRemoved",
            catalog_name: "AudioAttendeeRemoved",
            summary: "The attendee was removed from the meeting.",
            cause: "The session ended because the attendee was deleted via chime::DeleteAttendee (audio status 411).",
            when: &["the app backend or another party calls DeleteAttendee"],
            user_message: "You were removed from the meeting.",
            user_message_key: "amazon_chime.meeting_session_status_code.AudioAttendeeRemoved",
            remediation: &[
                "Do not rejoin automatically: the attendee was deleted with DeleteAttendee.",
                "If the removal was not intended, check which service called DeleteAttendee.",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The removal was deliberate and the attendee no longer exists; the doc suggests notifying the user.",
            ),
            deprecated: None,
            failure: Some(false),
        },
        crate::CodeInfo {
            name: "AudioVideoWasRemovedFromPrimaryMeeting",
            catalog_name: "AudioVideoWasRemovedFromPrimaryMeeting",
            summary: "The attendee's primary-meeting credentials were revoked.",
            cause: "Used only by promotion functions; the primary meeting attendee used for promotion was revoked or deleted, so the replica client is demoted.",
            when: &["DeleteAttendee is called on the primary meeting attendee while promoted"],
            user_message:
                "You can no longer speak or share video in this meeting, but you can keep watching.",
            user_message_key:
                "amazon_chime.meeting_session_status_code.AudioVideoWasRemovedFromPrimaryMeeting",
            remediation: &[
                "Keep the replica session running; the attendee is back to view-only.",
                "Promote again only with a new primary-meeting attendee from the backend.",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The primary credentials were revoked on purpose, so promoting again with them cannot succeed; the replica session itself continues.",
            ),
            deprecated: None,
            failure: Some(false),
        },
        crate::CodeInfo {
            name: "AudioVideoDisconnectedWhilePromoted",
            catalog_name: "AudioVideoDisconnectedWhilePromoted",
            summary: "The attendee was demoted after a disconnection.",
            cause: "Used only by promotion functions; any disconnection while promoted to the primary meeting triggers an automatic demotion.",
            when: &["the connection drops and reconnects while promoted"],
            user_message: "Your connection dropped, so you are back to watching only. You can ask to join in again.",
            user_message_key:
                "amazon_chime.meeting_session_status_code.AudioVideoDisconnectedWhilePromoted",
            remediation: &[
                "Offer the user a way to promote again (promoteToPrimaryMeeting); the SDK does not do it by itself.",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The doc says the attendee must promote itself again; the SDK does not re-promote, so the app does it when the user wants.",
            ),
            deprecated: None,
            failure: Some(false),
        },
        crate::CodeInfo {
            name: "AudioDisconnectAudio",
            catalog_name: "AudioDisconnectAudio",
            summary: "Reserved code for an audio disconnect.",
            cause: "Reserved and used only internally (audio status 302); never passed to audioVideoDidStop.",
            when: &["the service sends audio status 302"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "amazon_chime.meeting_session_status_code.AudioDisconnectAudio",
            remediation: &["Nothing to do: the code is reserved and only used inside the SDK."],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
                "amazon-chime-sdk-js@3.32.0 CHANGELOG.md (3.4.0: Add the reserved status code AudioDisconnectAudio)",
            ],
            since: Some("3.4.0"),
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The code is documented only as reserved and the controller takes no action on it, as it is neither terminal nor a failure.",
            ),
            deprecated: None,
            failure: Some(false),
        },
        crate::CodeInfo {
            name: "EncodedTransformManagerFailed",
            catalog_name: "EncodedTransformManagerFailed",
            summary: "The encoded transform worker manager failed.",
            cause: "The encoded transform worker failed during the meeting, possibly from a media-processing issue or browser support for encoded transforms.",
            when: &["encoded transform worker errors after the session is connected"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key:
                "amazon_chime.meeting_session_status_code.EncodedTransformManagerFailed",
            remediation: &[
                "Nothing to do at first: the controller reconnects by itself without encoded transforms.",
                "Check that the browser supports encoded transforms (RTCRtpScriptTransform or insertable streams) and look at the worker's errors in the log.",
            ],
            causes: &[],
            references: &[
                "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
                "https://github.com/aws/amazon-chime-sdk-js/commit/2df262f1177155ca6b060f7dcdf9f9acc88acbde (released in 3.31.0)",
            ],
            since: Some("3.31.0"),
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            retry_schedule: Some(crate::RetrySchedule {
                initial_delay_ms: 1000,
                multiplier_thousandths: 2000,
                max_delay_ms: 5000,
                jitter: crate::Jitter::Full,
                max_attempts: 10,
            }),
            runtime_signal: Some(crate::RuntimeSignal {
                name: "MeetingSessionStatus.isTerminal()",
                overrides: &["retry", "terminal"],
                values: &[
                    crate::SignalValue {
                        value: "true",
                        means: "The session is over and the audio-video controller will not retry; handle the code as final.",
                    },
                    crate::SignalValue {
                        value: "false",
                        means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The controller reconnects on its own without transforms (onEncodedTransformWorkerManagerFailed calls reconnect); category reflects the browser media-pipeline cause.",
            ),
            deprecated: None,
            failure: Some(false),
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::Ok => 0,
            Self::Left => 1,
            Self::AudioJoinedFromAnotherDevice => 2,
            Self::AudioAuthenticationRejected => 3,
            Self::AudioCallAtCapacity => 4,
            Self::MeetingEnded => 5,
            Self::AudioInternalServerError => 6,
            Self::AudioServiceUnavailable => 7,
            Self::AudioDisconnected => 8,
            Self::VideoCallSwitchToViewOnly => 9,
            Self::VideoCallAtSourceCapacity => 10,
            Self::SignalingBadRequest => 11,
            Self::SignalingInternalServerError => 12,
            Self::SignalingRequestFailed => 13,
            Self::SignalingChannelClosedUnexpectedly => 14,
            Self::IceGatheringTimeoutWorkaround => 15,
            Self::ConnectionHealthReconnect => 16,
            Self::RealtimeApiFailed => 17,
            Self::TaskFailed => 18,
            Self::IncompatibleSdp => 19,
            Self::TurnCredentialsForbidden => 20,
            Self::NoAttendeePresent => 21,
            Self::AudioAttendeeRemoved => 22,
            Self::AudioVideoWasRemovedFromPrimaryMeeting => 23,
            Self::AudioVideoDisconnectedWhilePromoted => 24,
            Self::AudioDisconnectAudio => 25,
            Self::EncodedTransformManagerFailed => 26,
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
            0 => Some(Self::Ok),
            1 => Some(Self::Left),
            2 => Some(Self::AudioJoinedFromAnotherDevice),
            3 => Some(Self::AudioAuthenticationRejected),
            4 => Some(Self::AudioCallAtCapacity),
            5 => Some(Self::MeetingEnded),
            6 => Some(Self::AudioInternalServerError),
            7 => Some(Self::AudioServiceUnavailable),
            8 => Some(Self::AudioDisconnected),
            9 => Some(Self::VideoCallSwitchToViewOnly),
            10 => Some(Self::VideoCallAtSourceCapacity),
            11 => Some(Self::SignalingBadRequest),
            12 => Some(Self::SignalingInternalServerError),
            13 => Some(Self::SignalingRequestFailed),
            14 => Some(Self::SignalingChannelClosedUnexpectedly),
            15 => Some(Self::IceGatheringTimeoutWorkaround),
            16 => Some(Self::ConnectionHealthReconnect),
            17 => Some(Self::RealtimeApiFailed),
            18 => Some(Self::TaskFailed),
            19 => Some(Self::IncompatibleSdp),
            20 => Some(Self::TurnCredentialsForbidden),
            21 => Some(Self::NoAttendeePresent),
            22 => Some(Self::AudioAttendeeRemoved),
            23 => Some(Self::AudioVideoWasRemovedFromPrimaryMeeting),
            24 => Some(Self::AudioVideoDisconnectedWhilePromoted),
            25 => Some(Self::AudioDisconnectAudio),
            26 => Some(Self::EncodedTransformManagerFailed),
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
            "OK" => Some(Self::Ok),
            "Left" => Some(Self::Left),
            "AudioJoinedFromAnotherDevice" => Some(Self::AudioJoinedFromAnotherDevice),
            "AudioAuthenticationRejected" => Some(Self::AudioAuthenticationRejected),
            "AudioCallAtCapacity" => Some(Self::AudioCallAtCapacity),
            "MeetingEnded" => Some(Self::MeetingEnded),
            "AudioInternalServerError" => Some(Self::AudioInternalServerError),
            "AudioServiceUnavailable" => Some(Self::AudioServiceUnavailable),
            "AudioDisconnected" => Some(Self::AudioDisconnected),
            "VideoCallSwitchToViewOnly" => Some(Self::VideoCallSwitchToViewOnly),
            "VideoCallAtSourceCapacity" => Some(Self::VideoCallAtSourceCapacity),
            "SignalingBadRequest" => Some(Self::SignalingBadRequest),
            "SignalingInternalServerError" => Some(Self::SignalingInternalServerError),
            "SignalingRequestFailed" => Some(Self::SignalingRequestFailed),
            "SignalingChannelClosedUnexpectedly" => Some(Self::SignalingChannelClosedUnexpectedly),
            "ICEGatheringTimeoutWorkaround" => Some(Self::IceGatheringTimeoutWorkaround),
            "ConnectionHealthReconnect" => Some(Self::ConnectionHealthReconnect),
            "RealtimeApiFailed" => Some(Self::RealtimeApiFailed),
            "TaskFailed" => Some(Self::TaskFailed),
            "IncompatibleSDP" => Some(Self::IncompatibleSdp),
            "TURNCredentialsForbidden" => Some(Self::TurnCredentialsForbidden),
            "NoAttendeePresent" => Some(Self::NoAttendeePresent),
            "AudioAttendeeRemoved" => Some(Self::AudioAttendeeRemoved),
            "AudioVideoWasRemovedFromPrimaryMeeting" => {
                Some(Self::AudioVideoWasRemovedFromPrimaryMeeting)
            }
            "AudioVideoDisconnectedWhilePromoted" => {
                Some(Self::AudioVideoDisconnectedWhilePromoted)
            }
            "AudioDisconnectAudio" => Some(Self::AudioDisconnectAudio),
            "EncodedTransformManagerFailed" => Some(Self::EncodedTransformManagerFailed),
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
    /// The provider SDK's own verdict on whether this status is a failure.
    pub const fn is_failure(self) -> bool {
        match self {
            Self::Ok => false,
            Self::Left => false,
            Self::AudioJoinedFromAnotherDevice => false,
            Self::AudioAuthenticationRejected => true,
            Self::AudioCallAtCapacity => true,
            Self::MeetingEnded => false,
            Self::AudioInternalServerError => true,
            Self::AudioServiceUnavailable => true,
            Self::AudioDisconnected => true,
            Self::VideoCallSwitchToViewOnly => false,
            Self::VideoCallAtSourceCapacity => true,
            Self::SignalingBadRequest => true,
            Self::SignalingInternalServerError => true,
            Self::SignalingRequestFailed => true,
            Self::SignalingChannelClosedUnexpectedly => true,
            Self::IceGatheringTimeoutWorkaround => true,
            Self::ConnectionHealthReconnect => true,
            Self::RealtimeApiFailed => true,
            Self::TaskFailed => true,
            Self::IncompatibleSdp => false,
            Self::TurnCredentialsForbidden => false,
            Self::NoAttendeePresent => true,
            Self::AudioAttendeeRemoved => false,
            Self::AudioVideoWasRemovedFromPrimaryMeeting => false,
            Self::AudioVideoDisconnectedWhilePromoted => false,
            Self::AudioDisconnectAudio => false,
            Self::EncodedTransformManagerFailed => false,
        }
    }
}
impl From<MeetingSessionStatusCode> for i32 {
    fn from(code: MeetingSessionStatusCode) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for MeetingSessionStatusCode {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for MeetingSessionStatusCode {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for MeetingSessionStatusCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for MeetingSessionStatusCode {}
impl crate::ErrorCode for MeetingSessionStatusCode {
    fn provider(&self) -> &'static str {
        "amazon_chime"
    }
    fn code_set(&self) -> &'static str {
        "meeting_session_status_code"
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

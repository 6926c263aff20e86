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
            category: crate::Category::NotAnError,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Provider,
            terminal: false,
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
            category: crate::Category::EndedNormally,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Catalog,
            terminal: true,
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
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            terminal: true,
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
            category: crate::Category::Credentials,
            retry_policy: crate::RetryPolicy::RefreshCredentials,
            retry_basis: crate::Basis::Catalog,
            terminal: true,
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
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            terminal: true,
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
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            terminal: true,
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
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            terminal: false,
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
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            terminal: false,
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
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Catalog,
            terminal: true,
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
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            terminal: false,
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
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Provider,
            terminal: true,
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
            category: crate::Category::Credentials,
            retry_policy: crate::RetryPolicy::RefreshCredentials,
            retry_basis: crate::Basis::Catalog,
            terminal: true,
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
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            terminal: false,
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
            category: crate::Category::ServiceFault,
            retry_policy: crate::RetryPolicy::Backoff,
            retry_basis: crate::Basis::Catalog,
            terminal: true,
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
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            terminal: false,
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
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            terminal: false,
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
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            terminal: false,
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
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            terminal: true,
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
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            terminal: false,
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
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            terminal: false,
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
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            terminal: true,
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
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            terminal: false,
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
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            terminal: true,
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
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            terminal: false,
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
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            terminal: false,
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
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Catalog,
            terminal: false,
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
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Provider,
            terminal: false,
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
    /// Whether the session ends when this code is reported.
    pub const fn is_terminal(self) -> bool {
        self.info().terminal
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

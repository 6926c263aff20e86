// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Zoom Video SDK error codes.
/// Numeric code of a failed Video SDK call, carried as \`errorCode\` in the ExecutedFailure a rejected promise returns.
///
/// Upstream: ExceptionCode in <https://developers.zoom.us/docs/video-sdk/web/error-codes.md> 2.5.0 (package npm:@zoom/videosdk@2.5.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::zoom_video::ExceptionCode;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = ExceptionCode::from_value(1).expect("a known value");
/// assert_eq!(code, ExceptionCode::OperationTimeout);
/// assert_eq!(code.value(), 1);
/// assert_eq!(i32::from(code), 1);
/// assert_eq!(code.name(), "OPERATION_TIMEOUT");
/// assert_eq!("OPERATION_TIMEOUT".parse::<ExceptionCode>(), Ok(code));
/// assert_eq!(code.to_string(), "OPERATION_TIMEOUT");
/// assert_eq!(code.category(), Category::Network);
/// assert_eq!(code.retry_policy(), RetryPolicy::Backoff);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(ExceptionCode::from_value(8206), None);
/// assert!(ExceptionCode::try_from(8206).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum ExceptionCode {
    /// An operation timed out.
    ///
    /// The SDK got no answer from Zoom's service in time for the call; Zoom's d.ts attributes this kind of error to a Zoom service issue.
    ///
    /// Wire value 1.
    OperationTimeout = 1,
    /// Zoom's service reported an internal error.
    ///
    /// Something failed inside the SDK or Zoom's service; Zoom's d.ts attributes it to a Zoom service issue.
    ///
    /// Wire value 2.
    InternalError = 2,
    /// An operation was cancelled because the session changed state.
    ///
    /// A pending call became invalid because the session started leaving, the join failed or the session began reconnecting; its promise is rejected with this code.
    ///
    /// Wire value 3.
    OperationCancelled = 3,
    /// The session could not be created or looked up, usually because of the JWT.
    ///
    /// Zoom could not create or fetch the session from the join request, most often because a field of the JWT signature is wrong; 200 is also the SDK's fallback for a join refusal it has no specific code for ('connection error').
    ///
    /// Wire value 200.
    SessionFetchInfoError = 200,
    /// The user is already in another session.
    ///
    /// The same user is already in a different session, which Zoom's service refuses. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 3000.
    SessionInAnotherSession = 3000,
    /// The session passcode is wrong.
    ///
    /// The passcode given to \`client.join\` does not match the session's passcode.
    ///
    /// Wire value 3004.
    SessionIncorrectPasscode = 3004,
    /// The session has not started.
    ///
    /// The session exists but has not been started yet. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 3008.
    SessionNotStarted = 3008,
    /// The user was removed by the host and cannot rejoin.
    ///
    /// The session host removed this user, and Zoom keeps the user from rejoining the same session.
    ///
    /// Wire value 3009.
    SessionUserRemoved = 3009,
    /// The role type in the JWT is wrong.
    ///
    /// The \`role_type\` field of the JWT signature is not a role Zoom accepts for this join.
    ///
    /// Wire value 3010.
    SessionRoleTypeError = 3010,
    /// The webinar user has been blocked.
    ///
    /// The user was blocked from the webinar. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 3620.
    SessionWebinarUserRemoved = 3620,
    /// The parameters for connecting to Zoom's server are wrong.
    ///
    /// The parameters the SDK sent to connect to Zoom's server were refused; Zoom asks that this be reported to it.
    ///
    /// Wire value 4003.
    SessionInvalidParameter = 4003,
    /// The session has ended.
    ///
    /// The session was ended, so it can no longer be joined.
    ///
    /// Wire value 4004.
    SessionEnded = 4004,
    /// The session is locked by its host.
    ///
    /// The host locked the session, so no one new can join. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 4006.
    SessionLocked = 4006,
    /// The session is blocked by an information barrier.
    ///
    /// An information-barrier policy of the account forbids this user from joining this session. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 4007.
    SessionIbBlocked = 4007,
    /// The user is already in the session.
    ///
    /// A participant with the same identity is already in this session. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 4008.
    SessionParticipantExist = 4008,
    /// The browser does not meet the SDK's basic WebRTC requirements.
    ///
    /// \`client.init\` found that the platform lacks the WebRTC features the SDK needs.
    ///
    /// Wire value 5000.
    ClientPlatformUnsupported = 5000,
    /// The SDK's dependent assets could not be loaded.
    ///
    /// \`client.init\` could not fetch the SDK's own asset files (WebAssembly, workers) from the location the app configured for self-hosting.
    ///
    /// Wire value 5001.
    ClientDependentAssetsInaccessible = 5001,
    /// A call needs a joined session, but the session is closed.
    ///
    /// The app called a method that needs the user in a session after the session closed or before it opened.
    ///
    /// Wire value 5002.
    ClientSessionStateClosed = 5002,
    /// A call needs a connected session, but the session is reconnecting.
    ///
    /// The app called a method that needs a connected session while the SDK was reconnecting.
    ///
    /// Wire value 5003.
    ClientSessionStateReconnecting = 5003,
    /// The user is on hold.
    ///
    /// The method needs an active participant, but the user is on hold. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 5004.
    ClientSessionStateOnHold = 5004,
    /// The session is not a webinar.
    ///
    /// The method applies only to webinars. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 5005.
    ClientSessionNotWebinar = 5005,
    /// The operation needs the host or a manager.
    ///
    /// The user called a method reserved for the host or a manager.
    ///
    /// Wire value 5006.
    ClientHostOrManagerPermissionRequired = 5006,
    /// The operation needs the host.
    ///
    /// The user called a method only the host may call.
    ///
    /// Wire value 5007.
    ClientHostPermissionRequired = 5007,
    /// The operation needs the original host or a manager.
    ///
    /// The method is reserved for the session's original host (or a manager), and the caller is neither.
    ///
    /// Wire value 5008.
    ClientOriginHostPermissionRequired = 5008,
    /// The operation applies only to webinar attendees.
    ///
    /// The method is meant for webinar attendees and the caller is not one. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 5009.
    ClientAttendeeApplicableOnly = 5009,
    /// The operation applies only to webinar participants.
    ///
    /// The method is meant for webinar participants (panelists) and the caller is not one. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 5010.
    ClientParticipantApplicableOnly = 5010,
    /// The user ID does not match a participant.
    ///
    /// A client method got a user ID that is not a participant of the session.
    ///
    /// Wire value 5011.
    ClientMismatchUser = 5011,
    /// \`client.join\` was called while already in a session.
    ///
    /// The app called \`client.join\` again while the user was already in a session.
    ///
    /// Wire value 5012.
    ClientDuplicatedJoin = 5012,
    /// A \`client.join\` parameter is invalid.
    ///
    /// \`client.join\` refused its arguments: a bad signature, a missing or non-string topic, token or user name, or a value over its length limit.
    ///
    /// Wire value 5013.
    ClientInvalidJoinParameter = 5013,
    /// The host does not allow users to rename themselves.
    ///
    /// \`client.changeName\` was refused because the host disallowed self-renaming.
    ///
    /// Wire value 5014.
    ClientHostDisallowRename = 5014,
    /// The device ID matches no known device.
    ///
    /// A microphone, speaker or camera ID passed to the stream does not match any device in the SDK's device list.
    ///
    /// Wire value 6000.
    StreamMismatchDevice = 6000,
    /// The user ID does not match a participant.
    ///
    /// A stream method got a user ID that is not a participant of the session.
    ///
    /// Wire value 6001.
    StreamMismatchUser = 6001,
    /// A stream method was called before the join resolved.
    ///
    /// The media stream is available only after \`client.join\` resolves, and the app called it earlier.
    ///
    /// Wire value 6002.
    StreamSessionJoinRequired = 6002,
    /// The render target is not the kind of element required.
    ///
    /// A video or sharing method got a target element of the wrong type (for example a canvas where a video-player element is needed, or the reverse).
    ///
    /// Wire value 6003.
    StreamMismatchRenderElement = 6003,
    /// The microphone could not be captured when starting audio.
    ///
    /// \`stream.startAudio\` could not capture the microphone; the rejection carries a sub-reason: permission denied by the user or the system, device in use, no device, constraint violation, prompt dismissed, or unknown.
    ///
    /// Wire value 6010.
    AudioCaptureFailed = 6010,
    /// Audio capture is still starting or stopping.
    ///
    /// \`stream.startAudio\` or \`stream.stopAudio\` was called while an earlier audio capture change was still in progress.
    ///
    /// Wire value 6011.
    AudioCaptureLoading = 6011,
    /// Audio is already connected through a phone call.
    ///
    /// \`stream.startAudio\` was refused because the user's audio is already joined by PSTN (phone).
    ///
    /// Wire value 6012.
    AudioInPstn = 6012,
    /// Legacy Safari needs audio encoding or decoding to be set up.
    ///
    /// On legacy Safari, \`stream.startAudio\` needs the SDK's audio encode/decode support, which was not available.
    ///
    /// Wire value 6013.
    AudioEncodingRequired = 6013,
    /// Audio cannot stop while tab or system audio is shared (legacy Chrome).
    ///
    /// On legacy Chrome, \`stream.stopAudio\` was refused because tab or system audio is being shared.
    ///
    /// Wire value 6014.
    AudioShareAudioConflict = 6014,
    /// Audio or shared audio has not been started.
    ///
    /// A mute or unmute call (\`muteAudio\`, \`unmuteAudio\`, \`muteShareAudio\`, \`unmuteShareAudio\`) was made before audio or shared audio was started.
    ///
    /// Wire value 6015.
    AudioNotStarted = 6015,
    /// Webinar attendees may not unmute themselves.
    ///
    /// \`stream.unmuteAudio\` was refused because webinar attendees cannot unmute themselves. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 6016.
    AudioAttendeeNotAllowed = 6016,
    /// Secondary audio is not supported on this platform.
    ///
    /// \`stream.startSecondaryAudio\` is not supported by this browser or platform.
    ///
    /// Wire value 6017.
    SecondaryAudioUnsupported = 6017,
    /// The microphone chosen for secondary audio is already used for session audio.
    ///
    /// \`stream.startSecondaryAudio\` got the microphone ID that the session audio is using.
    ///
    /// Wire value 6018.
    SecondaryAudioDeviceConflict = 6018,
    /// Secondary audio cannot start while screen sharing.
    ///
    /// \`stream.startSecondaryAudio\` was refused because a screen share is in progress.
    ///
    /// Wire value 6019.
    SecondaryAudioScreenSharingConflict = 6019,
    /// Secondary audio has not been started.
    ///
    /// \`stream.stopSecondaryAudio\` was called but no secondary audio is running.
    ///
    /// Wire value 6020.
    SecondaryAudioNotStarted = 6020,
    /// The phone country code is not in the supported list.
    ///
    /// \`stream.inviteByPhone\` got a country code that matches none of the supported call-out countries.
    ///
    /// Wire value 6021.
    PstnMismatchCountryCode = 6021,
    /// There is no phone connection to hang up.
    ///
    /// \`stream.hangup\` was called but PSTN audio is not connected.
    ///
    /// Wire value 6022.
    PstnNotConnected = 6022,
    /// The room-system (CRC) device is not connected.
    ///
    /// \`stream.cancelCallCRCDevice\` was called but no CRC (H.323/SIP room system) call is in progress.
    ///
    /// Wire value 6023.
    CrcNotConnected = 6023,
    /// The target user cannot be allowed to talk.
    ///
    /// \`stream.allowAttendeeToTalk\` does not apply to the target user. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 6024.
    AudioAllowTalkUnsupported = 6024,
    /// The user to allow to talk does not match.
    ///
    /// \`stream.allowAttendeeToTalk\` got a user ID that matches no attendee. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 6025.
    AudioAllowTalkMismatchUser = 6025,
    /// Audio processors are not supported on this platform.
    ///
    /// \`stream.createProcessor\` cannot create an audio processor in this browser.
    ///
    /// Wire value 6026.
    AudioProcessorUnsupported = 6026,
    /// The audio processor has already been created.
    ///
    /// \`stream.createProcessor\` was asked to create an audio processor that already exists.
    ///
    /// Wire value 6027.
    AudioProcessorDuplicateCreate = 6027,
    /// The audio processor was not found.
    ///
    /// \`stream.addProcessor\` or \`stream.removeProcessor\` got an audio processor the SDK does not know.
    ///
    /// Wire value 6028.
    AudioProcessorMismatchProcessor = 6028,
    /// The audio processor has already been added.
    ///
    /// \`stream.addProcessor\` was called with an audio processor that is already added.
    ///
    /// Wire value 6029.
    AudioProcessorLimitExceed = 6029,
    /// Camera access was denied.
    ///
    /// \`stream.startVideo\` could not open the camera because the user (or the browser) denied camera permission.
    ///
    /// Wire value 6100.
    VideoCameraPermissionDenied = 6100,
    /// No camera was found.
    ///
    /// \`stream.startVideo\` found no camera device.
    ///
    /// Wire value 6101.
    VideoNoCamera = 6101,
    /// The camera ID matches no camera in the device list.
    ///
    /// \`stream.startVideo\` got a camera ID that is not in the current camera list.
    ///
    /// Wire value 6102.
    VideoMismatchCamera = 6102,
    /// The camera is in use by another program.
    ///
    /// \`stream.startVideo\` could not open the camera because another application or tab holds it.
    ///
    /// Wire value 6103.
    VideoCameraTaken = 6103,
    /// The virtual background could not be initialised.
    ///
    /// \`stream.startVideo\` with a virtual background failed while setting the background up.
    ///
    /// Wire value 6104.
    VideoVbInitializeError = 6104,
    /// Video capture is still starting or stopping.
    ///
    /// \`stream.startVideo\` or \`stream.stopVideo\` was called while an earlier video capture change was still in progress.
    ///
    /// Wire value 6105.
    VideoCaptureLoading = 6105,
    /// The host has stopped this user's video.
    ///
    /// \`stream.startVideo\` was refused because the host muted the user's video. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 6106.
    VideoMutedByHost = 6106,
    /// Virtual backgrounds are not supported on this platform.
    ///
    /// \`stream.startVideo\` with a virtual background was refused because the browser lacks the needed capabilities.
    ///
    /// Wire value 6107.
    VideoVbUnsupported = 6107,
    /// A virtual background or video processor is already in progress.
    ///
    /// \`stream.startVideo\` with a virtual background was refused because another virtual video processing is running.
    ///
    /// Wire value 6108.
    VideoVbProcessorConflict = 6108,
    /// The video is not in the state the call needs.
    ///
    /// \`stream.startVideo\` or \`stream.stopVideo\` was called in a video state where it does not apply (for example starting video that is already started).
    ///
    /// Wire value 6109.
    VideoMismatchState = 6109,
    /// The video stream could not be established.
    ///
    /// \`stream.startVideo\` got the camera but failed to set up the video stream.
    ///
    /// Wire value 6110.
    VideoEstablishStreamError = 6110,
    /// Too many videos are being rendered.
    ///
    /// \`stream.renderVideo\` or \`stream.attachVideo\` was refused because the number of rendered videos reached the SDK's limit.
    ///
    /// Wire value 6111.
    VideoRenderLimitExceed = 6111,
    /// The render method does not apply to WebRTC video.
    ///
    /// \`stream.renderVideo\` was used where the session uses WebRTC video, which it does not support.
    ///
    /// Wire value 6112.
    VideoMethodDeprecated = 6112,
    /// The virtual background image cannot be loaded.
    ///
    /// \`stream.previewVirtualBackground\` could not fetch the background image.
    ///
    /// Wire value 6113.
    VideoVbImageInaccessible = 6113,
    /// The virtual background is not in the state the call needs.
    ///
    /// \`stream.previewVirtualBackground\` was called in a virtual background state where it does not apply.
    ///
    /// Wire value 6114.
    VideoVbMismatchState = 6114,
    /// The video mask image cannot be loaded.
    ///
    /// \`stream.previewMask\` could not fetch the mask image.
    ///
    /// Wire value 6115.
    VideoMaskImageInaccessible = 6115,
    /// A virtual background or processor is already in progress.
    ///
    /// \`stream.previewMask\` was refused because a virtual background or a video processor is running.
    ///
    /// Wire value 6116.
    VideoMaskProcessorConflict = 6116,
    /// The video cannot be spotlighted in its current state.
    ///
    /// \`stream.spotlightVideo\` was refused because the user's video is not started or is already spotlighted.
    ///
    /// Wire value 6117.
    VideoSpotlightMismatchState = 6117,
    /// Multiple spotlighted videos cannot be removed this way.
    ///
    /// \`stream.removeSpotlightedVideo\` was refused because several videos are spotlighted.
    ///
    /// Wire value 6118.
    VideoSpotlightMultiConflict = 6118,
    /// Video processors are not supported on this platform.
    ///
    /// \`stream.createProcessor\` cannot create a video processor in this browser.
    ///
    /// Wire value 6119.
    VideoProcessorUnsupported = 6119,
    /// Only one video processor can be added at a time.
    ///
    /// \`stream.addProcessor\` was refused because a video processor is already added.
    ///
    /// Wire value 6120.
    VideoProcessorLimitExceed = 6120,
    /// The video processor has already been created.
    ///
    /// \`stream.createProcessor\` was asked to create a video processor that already exists.
    ///
    /// Wire value 6121.
    VideoProcessorDuplicateCreate = 6121,
    /// The video processor was not found.
    ///
    /// \`stream.addProcessor\` or \`stream.removeProcessor\` got a video processor the SDK does not know.
    ///
    /// Wire value 6122.
    VideoProcessorMismatchProcessor = 6122,
    /// Camera control is not supported here.
    ///
    /// \`stream.controlCamera\`, \`stream.controlFarEndCamera\` or \`stream.requestFarEndCameraControl\` was refused because the camera or platform does not support pan-tilt-zoom control.
    ///
    /// Wire value 6150.
    FarEndCameraControlDeviceUnsupported = 6150,
    /// Camera control is not in the state the call needs.
    ///
    /// A far-end camera control call (request, approve, decline, give up, control) was made in a control state where it does not apply.
    ///
    /// Wire value 6151.
    FarEndCameraControlMismatchState = 6151,
    /// Permission to control the remote camera has not been granted.
    ///
    /// \`stream.controlFarEndCamera\` was refused because the remote user has not granted camera control.
    ///
    /// Wire value 6152.
    FarEndCameraPermissionRequired = 6152,
    /// The camera control range is invalid.
    ///
    /// \`stream.controlFarEndCamera\` got a range value outside what it accepts.
    ///
    /// Wire value 6153.
    FarEndCameraInvalidRange = 6153,
    /// Camera control calls are too frequent.
    ///
    /// \`stream.controlFarEndCamera\` was refused because calls exceeded the SDK's rate limit.
    ///
    /// Wire value 6154.
    FarEndCameraRateLimit = 6154,
    /// The user declined the screen share.
    ///
    /// \`stream.startShareScreen\` failed because the user cancelled or denied the browser's screen picker.
    ///
    /// Wire value 6200.
    ScreenShareUserDenied = 6200,
    /// The operating system does not allow screen recording.
    ///
    /// \`stream.startShareScreen\` failed because the system settings do not allow the browser to record the screen.
    ///
    /// Wire value 6201.
    ScreenShareSystemDenied = 6201,
    /// Screen sharing is not supported on this platform.
    ///
    /// \`stream.startShareScreen\` failed because the browser has no \`getDisplayMedia\`.
    ///
    /// Wire value 6202.
    ScreenShareUnsupported = 6202,
    /// Sharing to subsessions is not possible from inside a subsession.
    ///
    /// \`stream.startShareScreen\` was asked to share to subsessions while the user is already in a subsession.
    ///
    /// Wire value 6203.
    ScreenShareSubsessionConflict = 6203,
    /// Only the host may share.
    ///
    /// \`stream.startShareScreen\` was refused because the session's share privilege is limited to the host.
    ///
    /// Wire value 6204.
    ScreenShareHostPrivilegeRequired = 6204,
    /// The screen share is not in the state the call needs.
    ///
    /// A share call (\`startShareScreen\`, \`shareToBreakoutRoom\`, \`enableOptimizeForSharedVideo\`, \`muteOthersScreenShare\`) was made in a share state where it does not apply.
    ///
    /// Wire value 6205.
    ScreenShareMismatchState = 6205,
    /// Optimising a share for video is not supported here.
    ///
    /// \`stream.startShareScreen\` or \`stream.enableOptimizeForSharedVideo\` asked for video-optimised sharing, which this platform does not support.
    ///
    /// Wire value 6206.
    ScreenShareOptimizeVideoUnsupported = 6206,
    /// Optimising a share for video conflicts with multiple sharing.
    ///
    /// \`stream.enableOptimizeForSharedVideo\` was refused because the host enabled simultaneous sharing by several users.
    ///
    /// Wire value 6207.
    ScreenShareOptimizeVideoConflict = 6207,
    /// The share privilege value is invalid.
    ///
    /// \`stream.setScreenSharePrivilege\` got a value that is not a valid share privilege.
    ///
    /// Wire value 6208.
    ScreenShareInvalidPrivilege = 6208,
    /// An information barrier forbids this share.
    ///
    /// \`stream.startShareScreen\` was refused by the account's information-barrier policy. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 6209.
    ScreenShareIbDenied = 6209,
    /// Too many share views are rendered.
    ///
    /// \`stream.attachShareView\` was refused because the number of rendered share views reached the SDK's limit.
    ///
    /// Wire value 6218.
    ScreenShareLimitExceed = 6218,
    /// A screen share cannot start while a whiteboard is in progress.
    ///
    /// \`stream.startShareScreen\` was refused because whiteboard sharing is in progress. The package's d.ts and JSON description do not list this member; Zoom's bundled error-code page (skill/references/error-codes.md) does.
    ///
    /// Wire value 6220.
    ScreenShareWhiteboardConflict = 6220,
    /// Annotation is disabled for the account.
    ///
    /// \`stream.startAnnotation\` was refused because annotation is not enabled in the Zoom account's settings.
    ///
    /// Wire value 6210.
    ScreenShareAnnotationAccountDisable = 6210,
    /// There is no active share to annotate.
    ///
    /// \`stream.startAnnotation\` was called while nobody is sharing.
    ///
    /// Wire value 6211.
    ScreenShareAnnotationNoActiveShare = 6211,
    /// The presenter has disabled annotation.
    ///
    /// \`stream.startAnnotation\` was refused because the sharing user turned annotation off with \`stream.changeAnnotationPrivilege\`.
    ///
    /// Wire value 6212.
    ScreenShareAnnotationPresenterDisabled = 6212,
    /// Annotation has already started.
    ///
    /// \`stream.startAnnotation\` was called while annotation is already on.
    ///
    /// Wire value 6213.
    ScreenShareAnnotationDuplicateStart = 6213,
    /// Annotation failed to start.
    ///
    /// \`stream.startAnnotation\` failed for a reason the code does not specify.
    ///
    /// Wire value 6214.
    ScreenShareAnnotationStartError = 6214,
    /// An annotation controller parameter is invalid.
    ///
    /// \`getAnnotationController().clear\` or \`.setToolType\` got an invalid argument.
    ///
    /// Wire value 6215.
    ScreenShareAnnotationIncorrectParameter = 6215,
    /// The current configuration does not support annotation.
    ///
    /// \`stream.startAnnotation\` was refused because the current setup (platform or share configuration) does not support annotation.
    ///
    /// Wire value 6216.
    ScreenShareAnnotationNotSupport = 6216,
    /// Annotation has not been started.
    ///
    /// \`stream.stopAnnotation\` was called but annotation is not on.
    ///
    /// Wire value 6217.
    ScreenShareAnnotationNotStart = 6217,
    /// A share-camera request named an unknown user or an invalid value.
    ///
    /// A share-camera call (\`requestShareCamera\` and the calls that answer such a request) was refused because the target user ID is not in the session, the share source is not a \`MobileVideoFacingMode\` value, or the reported status is invalid. Neither the package's d.ts nor its JSON description lists this member; its meaning is read from where the runtime (dist/index.js) raises it.
    ///
    /// Wire value 6219.
    ShareCameraMessageError = 6219,
    /// Share processors are not supported on this platform.
    ///
    /// \`stream.createProcessor\` cannot create a share processor in this browser.
    ///
    /// Wire value 6223.
    SharedProcessorUnsupported = 6223,
    /// The share processor has already been created.
    ///
    /// \`stream.createProcessor\` was asked to create a share processor that already exists.
    ///
    /// Wire value 6224.
    SharedProcessorDuplicateCreate = 6224,
    /// The share processor was not found.
    ///
    /// \`stream.addProcessor\` or \`stream.removeProcessor\` got a share processor the SDK does not know.
    ///
    /// Wire value 6225.
    SharedProcessorMismatchProcessor = 6225,
    /// Only one share processor can be added at a time.
    ///
    /// \`stream.addProcessor\` was refused because a share processor is already added.
    ///
    /// Wire value 6226.
    SharedProcessorLimitExceed = 6226,
    /// Remote control is disabled for the account.
    ///
    /// \`stream.requestRemoteControl\` was refused because remote control is not enabled in the Zoom account's settings. Zoom's d.ts marks it \`@ignore\` and 'ZCC only' (Zoom Contact Center builds).
    ///
    /// Wire value 6300.
    RemoteControlAccountDisable = 6300,
    /// Remote control is not in the state the call needs.
    ///
    /// \`stream.requestRemoteControl\`, \`grabRemoteControl\` or \`approveRemoteControl\` was called in a remote-control state where it does not apply. Zoom's d.ts marks it \`@ignore\` and 'ZCC only' (Zoom Contact Center builds).
    ///
    /// Wire value 6301.
    RemoteControlMismatchState = 6301,
    /// Permission to control the remote screen has not been granted.
    ///
    /// \`stream.startRemoteControl\` was refused because the sharer has not granted control. Zoom's d.ts marks it \`@ignore\` and 'ZCC only' (Zoom Contact Center builds).
    ///
    /// Wire value 6302.
    RemoteControlPermissionRequired = 6302,
    /// Remote control needs the entire screen to be shared.
    ///
    /// \`stream.approveRemoteControl\` was refused because the shared surface is a window or tab, not the entire screen. Zoom's d.ts marks it \`@ignore\` and 'ZCC only' (Zoom Contact Center builds).
    ///
    /// Wire value 6303.
    RemoteControlMismatchDisplaySurface = 6303,
    /// The remote-control app's launch URL scheme is invalid.
    ///
    /// \`stream.launchRemoteControlApp\` got an invalid URL scheme. Zoom's d.ts marks it \`@ignore\` and 'ZCC only' (Zoom Contact Center builds).
    ///
    /// Wire value 6304.
    RemoteControlInvalidLaunchScheme = 6304,
    /// The chat message is empty.
    ///
    /// \`chat.send\` got an empty message.
    ///
    /// Wire value 7000.
    ChatEmptyMessage = 7000,
    /// The chat recipient does not match a participant.
    ///
    /// \`chat.send\` got a recipient user ID that is not in the session.
    ///
    /// Wire value 7001.
    ChatMismatchUser = 7001,
    /// The chat privilege does not allow this message.
    ///
    /// \`chat.send\` was refused because the session's chat privilege does not allow it (for example private chat is off).
    ///
    /// Wire value 7002.
    ChatInsufficientPrivilege = 7002,
    /// Only the host or a manager can set the chat privilege.
    ///
    /// \`chat.setPrivilege\` was called by a user who is neither host nor manager.
    ///
    /// Wire value 7003.
    ChatInvalidPrivilege = 7003,
    /// The call is not available inside a subsession.
    ///
    /// \`chat.setPrivilege\` or \`chat.sendFile\` was refused because the user is in a subsession.
    ///
    /// Wire value 7004.
    ChatSubsessionConflict = 7004,
    /// The chat file is empty.
    ///
    /// \`chat.sendFile\` got an empty file.
    ///
    /// Wire value 7005.
    ChatEmptyFile = 7005,
    /// The file retry token is invalid.
    ///
    /// \`chat.sendFile\` got a retry token that does not identify a failed upload.
    ///
    /// Wire value 7006.
    ChatInvalidRetryToken = 7006,
    /// The file type is not allowed.
    ///
    /// \`chat.sendFile\` was refused because the file's type is not among the types the account allows.
    ///
    /// Wire value 7007.
    ChatMismatchFileType = 7007,
    /// The file is too large.
    ///
    /// \`chat.sendFile\` was refused because the file exceeds the account's maximum size.
    ///
    /// Wire value 7008.
    ChatExceedFileSize = 7008,
    /// The message ID or file URL is invalid.
    ///
    /// \`chat.downloadFile\` got a message ID or file URL that does not identify a file message.
    ///
    /// Wire value 7009.
    ChatInvalidMsgIdOrUrl = 7009,
    /// File transfer in chat is disabled for the account.
    ///
    /// \`chat.sendFile\` was refused because file transfer in chat is not enabled in the Zoom account's settings.
    ///
    /// Wire value 7010.
    ChatFileAccountDisable = 7010,
    /// Deleting chat messages is disabled for the account.
    ///
    /// \`chat.deleteMessage\` was refused because deleting chat messages is not enabled in the Zoom account's settings.
    ///
    /// Wire value 7011.
    ChatDeleteAccountDisable = 7011,
    /// The command message is empty.
    ///
    /// \`cmd.send\` got an empty message.
    ///
    /// Wire value 7100.
    CmdEmptyMessage = 7100,
    /// The command recipient does not match a participant.
    ///
    /// \`cmd.send\` got a recipient user ID that is not in the session.
    ///
    /// Wire value 7101.
    CmdMismatchUser = 7101,
    /// The command message is not a string.
    ///
    /// \`cmd.send\` got a message that is not a string.
    ///
    /// Wire value 7102.
    CmdInvalidMessageType = 7102,
    /// The command message is too long.
    ///
    /// \`cmd.send\` got a message longer than its limit of 512 bytes.
    ///
    /// Wire value 7103.
    CmdExceedMessageLength = 7103,
    /// The command channel is not ready.
    ///
    /// \`cmd.send\` was called before the command channel connected (or while it is reconnecting).
    ///
    /// Wire value 7104.
    CmdChannelNotReady = 7104,
    /// Command messages are sent too often.
    ///
    /// \`cmd.send\` was refused because it was called again sooner than the command channel's rate limit allows. Neither the package's d.ts nor its JSON description lists this member; its meaning is read from where the runtime (dist/index.js) raises it ('Exceed the rate limit for command channel message').
    ///
    /// Wire value 7105.
    CmdRateLimit = 7105,
    /// Cloud recording is disabled for the account.
    ///
    /// \`recording.startCloudRecording\` was refused because cloud recording is not enabled in the Zoom account's settings.
    ///
    /// Wire value 7200.
    RecordingAccountDisable = 7200,
    /// Pausing or stopping cloud recording is forbidden.
    ///
    /// The account's settings forbid pausing or stopping cloud recording, so the recording call was refused.
    ///
    /// Wire value 7201.
    RecordingStopForbidden = 7201,
    /// The recording is not in the state the call needs.
    ///
    /// A cloud recording call was made in a recording state where it does not apply (for example starting a recording that is already running).
    ///
    /// Wire value 7202.
    RecordingMismatchState = 7202,
    /// Individual (per-user) recording is disabled for the account.
    ///
    /// \`recording.acceptIndividualRecording\` was refused because individual (per-user) recording is not enabled in the Zoom account's settings.
    ///
    /// Wire value 7203.
    RecordingIsoDisable = 7203,
    /// Zoom IQ for recording is disabled for the account.
    ///
    /// \`recording.enableRecordingWithIQ\` was refused because Zoom IQ for recording is not enabled in the Zoom account's settings. Zoom's d.ts marks it \`@ignore\` and 'ZCC only' (Zoom Contact Center builds).
    ///
    /// Wire value 7204.
    RecordingIqDisable = 7204,
    /// Only the host can enable recording with Zoom IQ.
    ///
    /// \`recording.enableRecordingWithIQ\` was called by a user who is not the host. Zoom's d.ts marks it \`@ignore\` and 'ZCC only' (Zoom Contact Center builds).
    ///
    /// Wire value 7205.
    RecordingIqPermissionRequired = 7205,
    /// Recording with Zoom IQ is not in the state the call needs.
    ///
    /// \`recording.enableRecordingWithIQ\` was called in a state where it does not apply. Zoom's d.ts marks it \`@ignore\` and 'ZCC only' (Zoom Contact Center builds).
    ///
    /// Wire value 7206.
    RecordingIqMismatchState = 7206,
    /// Local recording is disabled for the account.
    ///
    /// \`recording.askLocalRecordingPermission\` was refused because local recording is not enabled in the Zoom account's settings. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 7207.
    LocalRecordingAccountDisable = 7207,
    /// The local recording permission value is invalid.
    ///
    /// \`recording.startLocalRecording\` got an invalid permission value. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 7208.
    LocalRecordingInvalidValue = 7208,
    /// Local recording is not in the state the call needs.
    ///
    /// \`recording.startLocalRecording\` or \`grantLocalRecordingPermission\` was called in a state where it does not apply. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 7209.
    LocalRecordingMismatchState = 7209,
    /// Live transcription is disabled for the account.
    ///
    /// \`liveTranscription.startLiveTranscription\` was refused because live transcription is not enabled in the Zoom account's settings.
    ///
    /// Wire value 7300.
    TranscriptionAccountDisable = 7300,
    /// The host has disabled live transcription.
    ///
    /// \`liveTranscription.startLiveTranscription\` was refused because the session host turned the feature off.
    ///
    /// Wire value 7301.
    TranscriptionFeatureDisable = 7301,
    /// The speaking language is not supported.
    ///
    /// \`liveTranscription.setSpeakingLanguage\` got a language transcription does not support.
    ///
    /// Wire value 7302.
    TranscriptionLanguageUnsupported = 7302,
    /// Transcription is not in the state the call needs.
    ///
    /// \`liveTranscription.setSpeakingLanguage\` or \`setTranslationLanguage\` was called while transcription is not available or not started.
    ///
    /// Wire value 7303.
    TranscriptionMismatchState = 7303,
    /// Translated captions is disabled for the account.
    ///
    /// \`liveTranscription.setTranslationLanguage\` was refused because translated captions is not enabled in the Zoom account's settings.
    ///
    /// Wire value 7304.
    TranslationAccountDisable = 7304,
    /// The translation language is not supported.
    ///
    /// \`liveTranscription.setTranslationLanguage\` got a language translation does not support.
    ///
    /// Wire value 7305.
    TranslationLanguageUnsupported = 7305,
    /// Manual captions is disabled for the account.
    ///
    /// \`liveTranscription.enableManualCaptioner\` was refused because manual captions is not enabled in the Zoom account's settings. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 7306.
    ManualCaptionAccountDisable = 7306,
    /// The host has disabled manual captions.
    ///
    /// \`liveTranscription.enableManualCaptioner\` was refused because the host turned manual captions off. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 7307.
    ManualCaptionFeatureDisable = 7307,
    /// The captioner user does not match a participant.
    ///
    /// \`liveTranscription.assignManualCaption\` got a user ID that is not in the session. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 7308.
    ManualCaptionMismatchUser = 7308,
    /// The user may not send manual captions.
    ///
    /// \`liveTranscription.sendCaptionTextManually\` was called by a user who is not an assigned captioner. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 7309.
    ManualCaptionInsufficientPrivilege = 7309,
    /// The host has locked the transcription language.
    ///
    /// \`liveTranscription.lockTranscriptionLanguage\` was called while the host already locked the transcription language.
    ///
    /// Wire value 7310.
    TranscriptionLanguageLocked = 7310,
    /// Live streaming is disabled for the account.
    ///
    /// \`liveStream.startLiveStream\` was refused because live streaming is not enabled in the Zoom account's settings.
    ///
    /// Wire value 7400.
    LiveStreamAccountDisable = 7400,
    /// A live stream parameter is invalid.
    ///
    /// \`liveStream.startLiveStream\` got an invalid stream URL, key or page URL.
    ///
    /// Wire value 7401.
    LiveStreamInvalidParameter = 7401,
    /// A live stream is already in progress.
    ///
    /// \`liveStream.startLiveStream\` was refused because a live stream is running.
    ///
    /// Wire value 7402.
    LiveStreamMismatchState = 7402,
    /// The incoming live stream ID is empty or not the bound one.
    ///
    /// An incoming live stream method got a \`streamId\` that is empty or does not match the stream currently bound.
    ///
    /// Wire value 7450.
    IncomingLiveStreamInvalidParameter = 7450,
    /// The incoming live stream is not in the state the call needs.
    ///
    /// An incoming live stream method was called in the wrong state: binding from a breakout room, binding while the current stream is RTMP-connected, or starting or stopping while \`isRTMPConnected\` is false.
    ///
    /// Wire value 7451.
    IncomingLiveStreamMismatchState = 7451,
    /// Subsessions is disabled for the account.
    ///
    /// \`subsession.createSubsessions\` was refused because subsessions is not enabled in the Zoom account's settings.
    ///
    /// Wire value 7500.
    SubsessionAccountDisable = 7500,
    /// Too many subsessions were requested.
    ///
    /// \`subsession.createSubsessions\` was asked for more subsessions than the limit (Zoom's docs say 100), or for none.
    ///
    /// Wire value 7501.
    SubsessionExceedCapacity = 7501,
    /// The subsession ID is wrong.
    ///
    /// A subsession call (open, join, assign, move) got a subsession ID that does not exist.
    ///
    /// Wire value 7502.
    SubsessionMismatchId = 7502,
    /// The subsession user ID is wrong.
    ///
    /// A subsession call (open, move back, assign, move) got a user ID that is not in the session.
    ///
    /// Wire value 7503.
    SubsessionMismatchUser = 7503,
    /// The subsessions are not in the state the call needs.
    ///
    /// A subsession call was made in a subsession status where it does not apply (for example opening subsessions that are already open).
    ///
    /// Wire value 7504.
    SubsessionMismatchState = 7504,
    /// The host does not allow leaving the subsession.
    ///
    /// \`subsession.leaveSubsession\` was refused because the host restricts users from leaving their subsession.
    ///
    /// Wire value 7505.
    SubsessionExitRestricted = 7505,
    /// Broadcasting messages to subsessions is disabled for the account.
    ///
    /// \`subsession.broadcast\` was refused because broadcasting messages to subsessions is not enabled in the Zoom account's settings.
    ///
    /// Wire value 7506.
    SubsessionBroadcastDisable = 7506,
    /// The broadcast message is empty or invalid.
    ///
    /// \`subsession.broadcast\` got an empty message or one that is not a valid string.
    ///
    /// Wire value 7507.
    SubsessionBroadcastInvalidContent = 7507,
    /// Broadcasting voice to subsessions is disabled for the account.
    ///
    /// \`subsession.startBroadcastVoice\` was refused because broadcasting voice to subsessions is not enabled in the Zoom account's settings.
    ///
    /// Wire value 7508.
    SubsessionBroadcastVoiceDisable = 7508,
    /// Voice cannot be broadcast from inside a subsession.
    ///
    /// \`subsession.startBroadcastVoice\` was called by the host from within a subsession.
    ///
    /// Wire value 7509.
    SubsessionBroadcastVoiceRestricted = 7509,
    /// Voice broadcast needs an active audio connection.
    ///
    /// \`subsession.startBroadcastVoice\` or \`stopBroadcastVoice\` was called while the host has no audio connected (or in a broadcast state where it does not apply).
    ///
    /// Wire value 7510.
    SubsessionBroadcastVoiceMismatchState = 7510,
    /// Emoji reactions is disabled for the account.
    ///
    /// \`reaction.sendEmojiReactionRequest\` was refused because emoji reactions is not enabled in the Zoom account's settings. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 7600.
    ReactionAccountDisable = 7600,
    /// The reaction parameter is invalid.
    ///
    /// \`reaction.sendEmojiReactionRequest\` got an invalid argument. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 7601.
    ReactionInvalidParameter = 7601,
    /// Meeting summary and query is disabled for the account.
    ///
    /// \`summary.startSummary\` was refused because meeting summary and query is not enabled in the Zoom account's settings. Zoom's d.ts marks it \`@ignore\` and 'ZCC only' (Zoom Contact Center builds).
    ///
    /// Wire value 7700.
    SummaryAccountDisable = 7700,
    /// A Q&amp;A parameter is invalid.
    ///
    /// \`qa.askQuestion\` or \`qa.answerQuestion\` got an invalid argument. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 7800.
    QaInvalidParameter = 7800,
    /// The host has disabled this Q&amp;A action.
    ///
    /// \`qa.commentQuestion\` or \`qa.upvoteQuestion\` was refused because the host disabled it. Zoom's d.ts marks it \`@ignore\` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.
    ///
    /// Wire value 7801.
    QaInsufficientPrivilege = 7801,
    /// Broadcast streaming is disabled for the account.
    ///
    /// \`broadcastStreamingClient.startBroadcast\` was refused because broadcast streaming is not enabled in the Zoom account's settings.
    ///
    /// Wire value 7900.
    BroadcastStreamingAccountDisable = 7900,
    /// Broadcast streaming is not in the state the call needs.
    ///
    /// \`broadcastStreamingClient.startBroadcast\` was called in a broadcast status where it does not apply.
    ///
    /// Wire value 7901.
    BroadcastStreamingMismatchState = 7901,
    /// A broadcast channel ID is required.
    ///
    /// \`broadcastStreamingClient.stopBroadcast\` needs a channel ID in this case and did not get a valid one.
    ///
    /// Wire value 7902.
    BroadcastStreamingInvalidChannelId = 7902,
    /// The whiteboard is disabled for the account.
    ///
    /// \`whiteboard.startWhiteboardScreen\` was refused because the whiteboard is not enabled in the Zoom account's settings.
    ///
    /// Wire value 8000.
    WhiteboardAccountDisable = 8000,
    /// The whiteboard is not supported on this platform.
    ///
    /// \`whiteboard.startWhiteboardScreen\` was refused because the platform does not support the whiteboard (Zoom names mobile browsers).
    ///
    /// Wire value 8001.
    WhiteboardUnsupported = 8001,
    /// A whiteboard cannot start while a screen share is in progress.
    ///
    /// \`whiteboard.startWhiteboardScreen\` was refused because screen sharing is in progress.
    ///
    /// Wire value 8002.
    WhiteboardScreenShareConflict = 8002,
    /// The whiteboard is not in the state the call needs.
    ///
    /// \`whiteboard.startWhiteboardScreen\` or \`exportWhiteboard\` was called in a whiteboard state where it does not apply.
    ///
    /// Wire value 8003.
    WhiteboardMismatchState = 8003,
    /// Only the host or a manager may do this with the whiteboard.
    ///
    /// A whiteboard call (start, stop, set permission) was made by a user without host or manager rights.
    ///
    /// Wire value 8004.
    WhiteboardHostPrivilegeRequired = 8004,
    /// A whiteboard parameter is invalid.
    ///
    /// A whiteboard call got an invalid document, template or presenter ID.
    ///
    /// Wire value 8005.
    WhiteboardInvalidParameter = 8005,
    /// Exporting the whiteboard is disabled for this session.
    ///
    /// \`whiteboard.exportWhiteboard\` was refused because export is disabled in the current session.
    ///
    /// Wire value 8006.
    WhiteboardExportDisable = 8006,
    /// Real-time media streams is disabled for the account.
    ///
    /// \`realTimeMediaStreamsClient.startRealTimeMediaStreams\` was refused because real-time media streams is not enabled in the Zoom account's settings.
    ///
    /// Wire value 8100.
    RealTimeMediaStreamsNotEnabled = 8100,
    /// Real-time media streams are not in the state the call needs.
    ///
    /// \`startRealTimeMediaStreams\` or \`stopRealTimeMediaStreams\` was called in a state where it does not apply.
    ///
    /// Wire value 8101.
    RealTimeMediaStreamsInvalidState = 8101,
    /// Real-time media streams are not available in breakout rooms.
    ///
    /// \`startRealTimeMediaStreams\` was called from a breakout room.
    ///
    /// Wire value 8102.
    RealTimeMediaStreamsNotSupportedInBreakoutRoom = 8102,
    /// The voice translator is disabled for the account.
    ///
    /// \`voiceTranslatorClient.startVoiceTranslator\` was refused because the voice translator is not enabled in the Zoom account's settings.
    ///
    /// Wire value 8200.
    VoiceTranslatorAccountDisable = 8200,
    /// No voice translator language list is available.
    ///
    /// \`voiceTranslatorClient.setSpeakingLanguage\` was refused because the list of translator languages is not available (yet).
    ///
    /// Wire value 8201.
    VoiceTranslatorNoAvailableLanguageList = 8201,
    /// The voice translator must be started first.
    ///
    /// A voice translator setting (listening language, original audio balance, voice style) was changed before the translator started.
    ///
    /// Wire value 8202.
    VoiceTranslatorMismatchState = 8202,
    /// The translator language is not supported.
    ///
    /// \`setSpeakingLanguage\` or \`setListeningLanguage\` got a language the voice translator does not support.
    ///
    /// Wire value 8203.
    VoiceTranslatorLanguageUnsupported = 8203,
    /// The original audio balance is out of range.
    ///
    /// \`setOriginalAudioBalance\` got a value outside 0 to 1.
    ///
    /// Wire value 8204.
    VoiceTranslatorIncorrectBalanceRange = 8204,
    /// The voice timbre ID is invalid.
    ///
    /// \`setTranslatedVoiceStyle\` got a timbre ID that is invalid or unknown.
    ///
    /// Wire value 8205.
    VoiceTranslatorIncorrectTimbre = 8205,
}
impl ExceptionCode {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::OperationTimeout,
        Self::InternalError,
        Self::OperationCancelled,
        Self::SessionFetchInfoError,
        Self::SessionInAnotherSession,
        Self::SessionIncorrectPasscode,
        Self::SessionNotStarted,
        Self::SessionUserRemoved,
        Self::SessionRoleTypeError,
        Self::SessionWebinarUserRemoved,
        Self::SessionInvalidParameter,
        Self::SessionEnded,
        Self::SessionLocked,
        Self::SessionIbBlocked,
        Self::SessionParticipantExist,
        Self::ClientPlatformUnsupported,
        Self::ClientDependentAssetsInaccessible,
        Self::ClientSessionStateClosed,
        Self::ClientSessionStateReconnecting,
        Self::ClientSessionStateOnHold,
        Self::ClientSessionNotWebinar,
        Self::ClientHostOrManagerPermissionRequired,
        Self::ClientHostPermissionRequired,
        Self::ClientOriginHostPermissionRequired,
        Self::ClientAttendeeApplicableOnly,
        Self::ClientParticipantApplicableOnly,
        Self::ClientMismatchUser,
        Self::ClientDuplicatedJoin,
        Self::ClientInvalidJoinParameter,
        Self::ClientHostDisallowRename,
        Self::StreamMismatchDevice,
        Self::StreamMismatchUser,
        Self::StreamSessionJoinRequired,
        Self::StreamMismatchRenderElement,
        Self::AudioCaptureFailed,
        Self::AudioCaptureLoading,
        Self::AudioInPstn,
        Self::AudioEncodingRequired,
        Self::AudioShareAudioConflict,
        Self::AudioNotStarted,
        Self::AudioAttendeeNotAllowed,
        Self::SecondaryAudioUnsupported,
        Self::SecondaryAudioDeviceConflict,
        Self::SecondaryAudioScreenSharingConflict,
        Self::SecondaryAudioNotStarted,
        Self::PstnMismatchCountryCode,
        Self::PstnNotConnected,
        Self::CrcNotConnected,
        Self::AudioAllowTalkUnsupported,
        Self::AudioAllowTalkMismatchUser,
        Self::AudioProcessorUnsupported,
        Self::AudioProcessorDuplicateCreate,
        Self::AudioProcessorMismatchProcessor,
        Self::AudioProcessorLimitExceed,
        Self::VideoCameraPermissionDenied,
        Self::VideoNoCamera,
        Self::VideoMismatchCamera,
        Self::VideoCameraTaken,
        Self::VideoVbInitializeError,
        Self::VideoCaptureLoading,
        Self::VideoMutedByHost,
        Self::VideoVbUnsupported,
        Self::VideoVbProcessorConflict,
        Self::VideoMismatchState,
        Self::VideoEstablishStreamError,
        Self::VideoRenderLimitExceed,
        Self::VideoMethodDeprecated,
        Self::VideoVbImageInaccessible,
        Self::VideoVbMismatchState,
        Self::VideoMaskImageInaccessible,
        Self::VideoMaskProcessorConflict,
        Self::VideoSpotlightMismatchState,
        Self::VideoSpotlightMultiConflict,
        Self::VideoProcessorUnsupported,
        Self::VideoProcessorLimitExceed,
        Self::VideoProcessorDuplicateCreate,
        Self::VideoProcessorMismatchProcessor,
        Self::FarEndCameraControlDeviceUnsupported,
        Self::FarEndCameraControlMismatchState,
        Self::FarEndCameraPermissionRequired,
        Self::FarEndCameraInvalidRange,
        Self::FarEndCameraRateLimit,
        Self::ScreenShareUserDenied,
        Self::ScreenShareSystemDenied,
        Self::ScreenShareUnsupported,
        Self::ScreenShareSubsessionConflict,
        Self::ScreenShareHostPrivilegeRequired,
        Self::ScreenShareMismatchState,
        Self::ScreenShareOptimizeVideoUnsupported,
        Self::ScreenShareOptimizeVideoConflict,
        Self::ScreenShareInvalidPrivilege,
        Self::ScreenShareIbDenied,
        Self::ScreenShareLimitExceed,
        Self::ScreenShareWhiteboardConflict,
        Self::ScreenShareAnnotationAccountDisable,
        Self::ScreenShareAnnotationNoActiveShare,
        Self::ScreenShareAnnotationPresenterDisabled,
        Self::ScreenShareAnnotationDuplicateStart,
        Self::ScreenShareAnnotationStartError,
        Self::ScreenShareAnnotationIncorrectParameter,
        Self::ScreenShareAnnotationNotSupport,
        Self::ScreenShareAnnotationNotStart,
        Self::ShareCameraMessageError,
        Self::SharedProcessorUnsupported,
        Self::SharedProcessorDuplicateCreate,
        Self::SharedProcessorMismatchProcessor,
        Self::SharedProcessorLimitExceed,
        Self::RemoteControlAccountDisable,
        Self::RemoteControlMismatchState,
        Self::RemoteControlPermissionRequired,
        Self::RemoteControlMismatchDisplaySurface,
        Self::RemoteControlInvalidLaunchScheme,
        Self::ChatEmptyMessage,
        Self::ChatMismatchUser,
        Self::ChatInsufficientPrivilege,
        Self::ChatInvalidPrivilege,
        Self::ChatSubsessionConflict,
        Self::ChatEmptyFile,
        Self::ChatInvalidRetryToken,
        Self::ChatMismatchFileType,
        Self::ChatExceedFileSize,
        Self::ChatInvalidMsgIdOrUrl,
        Self::ChatFileAccountDisable,
        Self::ChatDeleteAccountDisable,
        Self::CmdEmptyMessage,
        Self::CmdMismatchUser,
        Self::CmdInvalidMessageType,
        Self::CmdExceedMessageLength,
        Self::CmdChannelNotReady,
        Self::CmdRateLimit,
        Self::RecordingAccountDisable,
        Self::RecordingStopForbidden,
        Self::RecordingMismatchState,
        Self::RecordingIsoDisable,
        Self::RecordingIqDisable,
        Self::RecordingIqPermissionRequired,
        Self::RecordingIqMismatchState,
        Self::LocalRecordingAccountDisable,
        Self::LocalRecordingInvalidValue,
        Self::LocalRecordingMismatchState,
        Self::TranscriptionAccountDisable,
        Self::TranscriptionFeatureDisable,
        Self::TranscriptionLanguageUnsupported,
        Self::TranscriptionMismatchState,
        Self::TranslationAccountDisable,
        Self::TranslationLanguageUnsupported,
        Self::ManualCaptionAccountDisable,
        Self::ManualCaptionFeatureDisable,
        Self::ManualCaptionMismatchUser,
        Self::ManualCaptionInsufficientPrivilege,
        Self::TranscriptionLanguageLocked,
        Self::LiveStreamAccountDisable,
        Self::LiveStreamInvalidParameter,
        Self::LiveStreamMismatchState,
        Self::IncomingLiveStreamInvalidParameter,
        Self::IncomingLiveStreamMismatchState,
        Self::SubsessionAccountDisable,
        Self::SubsessionExceedCapacity,
        Self::SubsessionMismatchId,
        Self::SubsessionMismatchUser,
        Self::SubsessionMismatchState,
        Self::SubsessionExitRestricted,
        Self::SubsessionBroadcastDisable,
        Self::SubsessionBroadcastInvalidContent,
        Self::SubsessionBroadcastVoiceDisable,
        Self::SubsessionBroadcastVoiceRestricted,
        Self::SubsessionBroadcastVoiceMismatchState,
        Self::ReactionAccountDisable,
        Self::ReactionInvalidParameter,
        Self::SummaryAccountDisable,
        Self::QaInvalidParameter,
        Self::QaInsufficientPrivilege,
        Self::BroadcastStreamingAccountDisable,
        Self::BroadcastStreamingMismatchState,
        Self::BroadcastStreamingInvalidChannelId,
        Self::WhiteboardAccountDisable,
        Self::WhiteboardUnsupported,
        Self::WhiteboardScreenShareConflict,
        Self::WhiteboardMismatchState,
        Self::WhiteboardHostPrivilegeRequired,
        Self::WhiteboardInvalidParameter,
        Self::WhiteboardExportDisable,
        Self::RealTimeMediaStreamsNotEnabled,
        Self::RealTimeMediaStreamsInvalidState,
        Self::RealTimeMediaStreamsNotSupportedInBreakoutRoom,
        Self::VoiceTranslatorAccountDisable,
        Self::VoiceTranslatorNoAvailableLanguageList,
        Self::VoiceTranslatorMismatchState,
        Self::VoiceTranslatorLanguageUnsupported,
        Self::VoiceTranslatorIncorrectBalanceRange,
        Self::VoiceTranslatorIncorrectTimbre,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 191;
    const CODE_SET: &'static str = "zoom_video/exception_code";
    const INFO: [crate::CodeInfo; 191] = [
        crate::CodeInfo {
            name: "OPERATION_TIMEOUT",
            catalog_name: "OPERATION_TIMEOUT",
            summary: "An operation timed out.",
            cause: "The SDK got no answer from Zoom's service in time for the call; Zoom's d.ts attributes this kind of error to a Zoom service issue.",
            when: &[
                "any SDK call that waits on Zoom's service",
                "a slow or interrupted network path to Zoom",
            ],
            user_message: "The connection to the call was slow to respond. Please try again.",
            user_message_key: "zoom_video.exception_code.OPERATION_TIMEOUT",
            remediation: &[
                "Retry the call with backoff.",
                "If it keeps timing out, check the network path to Zoom and report the case to Zoom with the session ID, as the d.ts asks.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "A timeout is usually transient (Zoom's ErrorTypes text says 'try again later'), so a bounded backoff is the catalog's policy.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INTERNAL_ERROR",
            catalog_name: "INTERNAL_ERROR",
            summary: "Zoom's service reported an internal error.",
            cause: "Something failed inside the SDK or Zoom's service; Zoom's d.ts attributes it to a Zoom service issue.",
            when: &["any SDK call, when Zoom's service fails"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "zoom_video.exception_code.INTERNAL_ERROR",
            remediation: &[
                "Retry the call with backoff.",
                "If it recurs, report it to Zoom with the session ID and the SDK logs, as the d.ts asks.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The failure is on Zoom's side and may be temporary; retrying a bounded number of times is the catalog's choice.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "OPERATION_CANCELLED",
            catalog_name: "OPERATION_CANCELLED",
            summary: "An operation was cancelled because the session changed state.",
            cause: "A pending call became invalid because the session started leaving, the join failed or the session began reconnecting; its promise is rejected with this code.",
            when: &[
                "the session is left while a call is pending",
                "the join fails while a call is pending",
                "the session starts reconnecting while a call is pending",
            ],
            user_message:
                "That action was interrupted. Please try again once the call has reconnected.",
            user_message_key: "zoom_video.exception_code.OPERATION_CANCELLED",
            remediation: &[
                "Do not retry the cancelled call as such.",
                "Wait for `connection-change` to report `Connected` again, then re-issue what the new state still needs; after a leave or a failed join, drop it.",
            ],
            causes: &[
                "the session is being left (LEAVING_MEETING)",
                "the join failed (JOIN_MEETING_FAILED)",
                "the session is reconnecting (RECONNECTING_MEETING)",
            ],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The code covers three different state changes; the call belonged to a state that no longer exists, so re-issuing it is a new decision, not a retry.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SESSION_FETCH_INFO_ERROR",
            catalog_name: "SESSION_FETCH_INFO_ERROR",
            summary: "The session could not be created or looked up, usually because of the JWT.",
            cause: "Zoom could not create or fetch the session from the join request, most often because a field of the JWT signature is wrong; 200 is also the SDK's fallback for a join refusal it has no specific code for ('connection error').",
            when: &[
                "joining with an expired token, or one more than two days old",
                "joining with a token whose fields are wrong or signed with the wrong key",
                "a passcode longer than 10 characters",
                "a join refusal the SDK maps to no other code",
            ],
            user_message:
                "We could not confirm your access to this call. Please try joining again.",
            user_message_key: "zoom_video.exception_code.SESSION_FETCH_INFO_ERROR",
            remediation: &[
                "Check the JWT the app's backend signs: SDK key and secret, `tpc`, `role_type`, `iat`/`exp` (at most 48 hours), and the session key.",
                "Fetch a fresh token and join again; if it still fails, read the `reason` string of the rejection.",
            ],
            causes: &[
                "expired, over-age or ineffective token",
                "JWT verification failed",
                "invalid session key",
                "passcode over 10 characters",
                "account does not exist or is not the token's",
                "connection error",
            ],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Zoom lists token problems as the usual cause, so a fresh, correct token is the first remedy; two refusals with fresh tokens point at the signing code or the account. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SESSION_IN_ANOTHER_SESSION",
            catalog_name: "SESSION_IN_ANOTHER_SESSION",
            summary: "The user is already in another session.",
            cause: "The same user is already in a different session, which Zoom's service refuses. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["joining while the same user is in another session"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SESSION_IN_ANOTHER_SESSION",
            remediation: &[
                "Leave the other session before joining this one.",
                "Give each concurrent session its own user identity.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The join keeps failing until the other session is left, which the app controls. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SESSION_INCORRECT_PASSCODE",
            catalog_name: "SESSION_INCORRECT_PASSCODE",
            summary: "The session passcode is wrong.",
            cause: "The passcode given to `client.join` does not match the session's passcode.",
            when: &["joining with a wrong or missing passcode"],
            user_message: "The passcode is not correct. Please check it and try again.",
            user_message_key: "zoom_video.exception_code.SESSION_INCORRECT_PASSCODE",
            remediation: &[
                "Ask the user for the passcode again and join with it.",
                "If the app supplies the passcode itself, check where it comes from (at most 10 characters).",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Only a correct passcode fixes it, which usually the user must provide. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SESSION_NOT_STARTED",
            catalog_name: "SESSION_NOT_STARTED",
            summary: "The session has not started.",
            cause: "The session exists but has not been started yet. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["joining a session before it starts"],
            user_message: "This call has not started yet. Please try again later.",
            user_message_key: "zoom_video.exception_code.SESSION_NOT_STARTED",
            remediation: &["Tell the user the session has not started and let them retry later."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The join can succeed once the session has started, which the user waits for. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SESSION_USER_REMOVED",
            catalog_name: "SESSION_USER_REMOVED",
            summary: "The user was removed by the host and cannot rejoin.",
            cause: "The session host removed this user, and Zoom keeps the user from rejoining the same session.",
            when: &["joining a session the host removed this user from"],
            user_message: "You were removed from this call.",
            user_message_key: "zoom_video.exception_code.SESSION_USER_REMOVED",
            remediation: &[
                "Tell the user they were removed, and do not rejoin automatically.",
                "If the removal was a mistake, the host must start a new session or the app must use a new one.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "Zoom documents that the removed user is prevented from rejoining, so a retry cannot succeed.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SESSION_ROLE_TYPE_ERROR",
            catalog_name: "SESSION_ROLE_TYPE_ERROR",
            summary: "The role type in the JWT is wrong.",
            cause: "The `role_type` field of the JWT signature is not a role Zoom accepts for this join.",
            when: &[
                "a token whose `role_type` is missing or neither 0 (participant) nor 1 (host or co-host)",
            ],
            user_message:
                "We could not confirm your access to this call. Please try joining again.",
            user_message_key: "zoom_video.exception_code.SESSION_ROLE_TYPE_ERROR",
            remediation: &[
                "Fix the `role_type` the app's backend writes into the token, then join with a new token.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::Credentials,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A new token with the same wrong role fails again; the signing code must change. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SESSION_WEBINAR_USER_REMOVED",
            catalog_name: "SESSION_WEBINAR_USER_REMOVED",
            summary: "The webinar user has been blocked.",
            cause: "The user was blocked from the webinar. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["joining a webinar the user is blocked from"],
            user_message: "You cannot join this call.",
            user_message_key: "zoom_video.exception_code.SESSION_WEBINAR_USER_REMOVED",
            remediation: &["Tell the user they cannot join, and do not retry."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::EndedByService,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A blocked user stays blocked until an organiser changes it. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SESSION_INVALID_PARAMETER",
            catalog_name: "SESSION_INVALID_PARAMETER",
            summary: "The parameters for connecting to Zoom's server are wrong.",
            cause: "The parameters the SDK sent to connect to Zoom's server were refused; Zoom asks that this be reported to it.",
            when: &["joining, when the connection parameters are refused"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "zoom_video.exception_code.SESSION_INVALID_PARAMETER",
            remediation: &[
                "Retry the join a bounded number of times.",
                "If it persists, report it to Zoom with the session ID and SDK version, as its docs ask.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The app does not build these parameters itself, so the catalog treats it as a possibly transient fault on Zoom's side. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SESSION_ENDED",
            catalog_name: "SESSION_ENDED",
            summary: "The session has ended.",
            cause: "The session was ended, so it can no longer be joined.",
            when: &["joining a session that has already ended"],
            user_message: "This call has ended.",
            user_message_key: "zoom_video.exception_code.SESSION_ENDED",
            remediation: &[
                "Tell the user the session is over; do not rejoin it.",
                "Start or schedule a new session if the users still need one.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "An ended session does not come back; retrying the join cannot succeed.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SESSION_LOCKED",
            catalog_name: "SESSION_LOCKED",
            summary: "The session is locked by its host.",
            cause: "The host locked the session, so no one new can join. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["joining a locked session"],
            user_message: "This call is locked. Please ask the host to let you in.",
            user_message_key: "zoom_video.exception_code.SESSION_LOCKED",
            remediation: &[
                "Tell the user the session is locked; they may try again once the host unlocks it.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Only the host can unlock it; the user decides when to try again. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SESSION_IB_BLOCKED",
            catalog_name: "SESSION_IB_BLOCKED",
            summary: "The session is blocked by an information barrier.",
            cause: "An information-barrier policy of the account forbids this user from joining this session. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["joining across an information barrier"],
            user_message: "You are not allowed to join this call.",
            user_message_key: "zoom_video.exception_code.SESSION_IB_BLOCKED",
            remediation: &[
                "Tell the user they cannot join; the account's information-barrier policy decides.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "Compliance policy does not change between retries. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SESSION_PARTICIPANT_EXIST",
            catalog_name: "SESSION_PARTICIPANT_EXIST",
            summary: "The user is already in the session.",
            cause: "A participant with the same identity is already in this session. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["joining twice with the same identity"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SESSION_PARTICIPANT_EXIST",
            remediation: &[
                "Leave the existing connection first, or join with a distinct user identity.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The second join keeps failing while the first connection stays. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_PLATFORM_UNSUPPORTED",
            catalog_name: "CLIENT_PLATFORM_UNSUPPORTED",
            summary: "The browser does not meet the SDK's basic WebRTC requirements.",
            cause: "`client.init` found that the platform lacks the WebRTC features the SDK needs.",
            when: &[
                "calling `client.init` in an old or restricted browser",
                "a browser with WebRTC or WebAssembly disabled",
            ],
            user_message: "This browser is not supported for calls. Please try a recent version of Chrome, Edge, Firefox or Safari.",
            user_message_key: "zoom_video.exception_code.CLIENT_PLATFORM_UNSUPPORTED",
            remediation: &[
                "Tell the user to use a supported browser (see Zoom's browser support list).",
                "Check `ZoomVideo.checkSystemRequirements()` before init to explain it up front.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The same browser fails again; only another browser or device helps. `client.init` fails, so no session can be joined.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_DEPENDENT_ASSETS_INACCESSIBLE",
            catalog_name: "CLIENT_DEPENDENT_ASSETS_INACCESSIBLE",
            summary: "The SDK's dependent assets could not be loaded.",
            cause: "`client.init` could not fetch the SDK's own asset files (WebAssembly, workers) from the location the app configured for self-hosting.",
            when: &[
                "self-hosted assets at a wrong path",
                "assets blocked by a content security policy, CORS or a proxy",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CLIENT_DEPENDENT_ASSETS_INACCESSIBLE",
            remediation: &[
                "Check the `dependentAssets` path given to `client.init` and that every file of the SDK's lib folder is served there.",
                "Check CSP, CORS and proxy rules for those files.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A wrong asset location fails the same way each time; the deployment must change. `client.init` fails, so no session can be joined.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_SESSION_STATE_CLOSED",
            catalog_name: "CLIENT_SESSION_STATE_CLOSED",
            summary: "A call needs a joined session, but the session is closed.",
            cause: "The app called a method that needs the user in a session after the session closed or before it opened.",
            when: &[
                "calling session methods after leaving",
                "calling them before `client.join` resolves",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CLIENT_SESSION_STATE_CLOSED",
            remediation: &[
                "Call session methods only between a resolved `client.join` and the leave.",
                "Track `connection-change` and stop calls when the state is `Closed`.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app's call order is wrong; retrying while closed fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_SESSION_STATE_RECONNECTING",
            catalog_name: "CLIENT_SESSION_STATE_RECONNECTING",
            summary: "A call needs a connected session, but the session is reconnecting.",
            cause: "The app called a method that needs a connected session while the SDK was reconnecting.",
            when: &["calling session methods during a failover or a subsession move"],
            user_message: "The call is reconnecting. Please wait a moment.",
            user_message_key: "zoom_video.exception_code.CLIENT_SESSION_STATE_RECONNECTING",
            remediation: &[
                "Wait for `connection-change` to report `Connected`, then call again.",
                "Hold queued UI actions while the state is `Reconnecting`.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The SDK is recovering by itself; the same call works once it has reconnected, so waiting and retrying is the catalog's policy. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_SESSION_STATE_ON_HOLD",
            catalog_name: "CLIENT_SESSION_STATE_ON_HOLD",
            summary: "The user is on hold.",
            cause: "The method needs an active participant, but the user is on hold. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["calling session methods while on hold"],
            user_message: "You are on hold. Please wait for the host.",
            user_message_key: "zoom_video.exception_code.CLIENT_SESSION_STATE_ON_HOLD",
            remediation: &["Wait until the host takes the user off hold, then call again."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The host decides when the hold ends. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_SESSION_NOT_WEBINAR",
            catalog_name: "CLIENT_SESSION_NOT_WEBINAR",
            summary: "The session is not a webinar.",
            cause: "The method applies only to webinars. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["calling a webinar-only method in an ordinary session"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CLIENT_SESSION_NOT_WEBINAR",
            remediation: &["Call webinar methods only in webinar sessions."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The session type does not change. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED",
            catalog_name: "CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED",
            summary: "The operation needs the host or a manager.",
            cause: "The user called a method reserved for the host or a manager.",
            when: &["a participant calls a host or manager action"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key:
                "zoom_video.exception_code.CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED",
            remediation: &[
                "Offer the action only to users whose `isHost` or `isManager` is true.",
                "Sign the host's token with `role_type` 1.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            rationale: Some(
                "Retrying with the same role fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_HOST_PERMISSION_REQUIRED",
            catalog_name: "CLIENT_HOST_PERMISSION_REQUIRED",
            summary: "The operation needs the host.",
            cause: "The user called a method only the host may call.",
            when: &["a participant or manager calls a host-only action"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.CLIENT_HOST_PERMISSION_REQUIRED",
            remediation: &["Offer the action only to the host (`isHost`)."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            rationale: Some(
                "Retrying with the same role fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED",
            catalog_name: "CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED",
            summary: "The operation needs the original host or a manager.",
            cause: "The method is reserved for the session's original host (or a manager), and the caller is neither.",
            when: &[
                "a user who became host later, or a participant, calls an original-host action",
            ],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED",
            remediation: &["Offer the action only to the original host or a manager."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            rationale: Some(
                "Retrying with the same role fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_ATTENDEE_APPLICABLE_ONLY",
            catalog_name: "CLIENT_ATTENDEE_APPLICABLE_ONLY",
            summary: "The operation applies only to webinar attendees.",
            cause: "The method is meant for webinar attendees and the caller is not one. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["a panelist or host calls an attendee-only method"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CLIENT_ATTENDEE_APPLICABLE_ONLY",
            remediation: &["Call it only for webinar attendees."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The caller's role does not change between retries. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_PARTICIPANT_APPLICABLE_ONLY",
            catalog_name: "CLIENT_PARTICIPANT_APPLICABLE_ONLY",
            summary: "The operation applies only to webinar participants.",
            cause: "The method is meant for webinar participants (panelists) and the caller is not one. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["an attendee calls a participant-only method"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CLIENT_PARTICIPANT_APPLICABLE_ONLY",
            remediation: &["Call it only for webinar participants."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The caller's role does not change between retries. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_MISMATCH_USER",
            catalog_name: "CLIENT_MISMATCH_USER",
            summary: "The user ID does not match a participant.",
            cause: "A client method got a user ID that is not a participant of the session.",
            when: &[
                "passing a stale user ID after that user left",
                "passing a wrong or made-up user ID",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CLIENT_MISMATCH_USER",
            remediation: &[
                "Take user IDs from `client.getAllUser()` or the user events, and drop them on `user-removed`.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same ID fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_DUPLICATED_JOIN",
            catalog_name: "CLIENT_DUPLICATED_JOIN",
            summary: "`client.join` was called while already in a session.",
            cause: "The app called `client.join` again while the user was already in a session.",
            when: &[
                "a second join without a leave",
                "a join triggered twice by the UI",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CLIENT_DUPLICATED_JOIN",
            remediation: &[
                "Call `client.join` once per session and `client.leave` before joining another.",
                "Guard the join button against double clicks.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The second join is refused and the existing session continues, so this code ends nothing. The catalog's reading of the code; Zoom does not say what happens to the first session.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_INVALID_JOIN_PARAMETER",
            catalog_name: "CLIENT_INVALID_JOIN_PARAMETER",
            summary: "A `client.join` parameter is invalid.",
            cause: "`client.join` refused its arguments: a bad signature, a missing or non-string topic, token or user name, or a value over its length limit.",
            when: &[
                "a topic or user name over 200 characters",
                "a passcode over 10 characters",
                "a missing or non-string argument",
                "an invalid signature",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CLIENT_INVALID_JOIN_PARAMETER",
            remediation: &[
                "Validate the topic, token, user name and passcode before calling `client.join` (strings; topic and name at most 200, passcode at most 10).",
                "Check that the signature is the JWT the backend issued.",
            ],
            causes: &[
                "invalid signature",
                "topic, token or user name missing or not a string",
                "topic over 200 characters",
                "user name over 200 characters",
                "passcode over 10 characters",
            ],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The same arguments fail again; the app must fix them. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CLIENT_HOST_DISALLOW_RENAME",
            catalog_name: "CLIENT_HOST_DISALLOW_RENAME",
            summary: "The host does not allow users to rename themselves.",
            cause: "`client.changeName` was refused because the host disallowed self-renaming.",
            when: &["a participant renames themselves while the host forbids it"],
            user_message: "The host does not allow changing your name.",
            user_message_key: "zoom_video.exception_code.CLIENT_HOST_DISALLOW_RENAME",
            remediation: &[
                "Hide the rename action while self-renaming is disallowed, or ask the host to rename the user.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            rationale: Some(
                "The host's setting decides; retrying does not change it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "STREAM_MISMATCH_DEVICE",
            catalog_name: "STREAM_MISMATCH_DEVICE",
            summary: "The device ID matches no known device.",
            cause: "A microphone, speaker or camera ID passed to the stream does not match any device in the SDK's device list.",
            when: &[
                "switching to a device that was unplugged",
                "using a device ID saved in an earlier browser session",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.STREAM_MISMATCH_DEVICE",
            remediation: &[
                "Take device IDs from `stream.getMicList()`, `getSpeakerList()` or `getCameraList()` and refresh them on `device-change`.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "STREAM_MISMATCH_USER",
            catalog_name: "STREAM_MISMATCH_USER",
            summary: "The user ID does not match a participant.",
            cause: "A stream method got a user ID that is not a participant of the session.",
            when: &[
                "rendering or controlling a user who has left",
                "passing a wrong user ID",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.STREAM_MISMATCH_USER",
            remediation: &[
                "Take user IDs from the participant list and stop using them on `user-removed`.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "STREAM_SESSION_JOIN_REQUIRED",
            catalog_name: "STREAM_SESSION_JOIN_REQUIRED",
            summary: "A stream method was called before the join resolved.",
            cause: "The media stream is available only after `client.join` resolves, and the app called it earlier.",
            when: &["calling `client.getMediaStream()` methods before the join promise resolves"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.STREAM_SESSION_JOIN_REQUIRED",
            remediation: &["Await `client.join` before calling stream methods."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "STREAM_MISMATCH_RENDER_ELEMENT",
            catalog_name: "STREAM_MISMATCH_RENDER_ELEMENT",
            summary: "The render target is not the kind of element required.",
            cause: "A video or sharing method got a target element of the wrong type (for example a canvas where a video-player element is needed, or the reverse).",
            when: &["passing the wrong element to a render or attach method"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.STREAM_MISMATCH_RENDER_ELEMENT",
            remediation: &[
                "Pass the element type the method documents (for example `video-player` for `attachVideo`, canvas or video for share rendering).",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUDIO_CAPTURE_FAILED",
            catalog_name: "AUDIO_CAPTURE_FAILED",
            summary: "The microphone could not be captured when starting audio.",
            cause: "`stream.startAudio` could not capture the microphone; the rejection carries a sub-reason: permission denied by the user or the system, device in use, no device, constraint violation, prompt dismissed, or unknown.",
            when: &[
                "the user or the operating system denies microphone access",
                "another application holds the microphone",
                "no microphone is connected",
            ],
            user_message: "We could not use your microphone. Check that it is connected and that this site may use it.",
            user_message_key: "zoom_video.exception_code.AUDIO_CAPTURE_FAILED",
            remediation: &[
                "Read the sub-reason and tell the user what to fix: grant access in the browser or system settings, close the other application, or connect a microphone.",
                "Let the user start audio again afterwards; the session continues without it meanwhile.",
            ],
            causes: &[
                "1: permission denied by the user",
                "2: permission denied by the system",
                "3: device in use",
                "4: no device found",
                "5: unknown reason",
                "6: constraint violation",
                "7: permission prompt dismissed by the user",
            ],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The code groups several causes, all of which need the user's action before a new attempt can succeed. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUDIO_CAPTURE_LOADING",
            catalog_name: "AUDIO_CAPTURE_LOADING",
            summary: "Audio capture is still starting or stopping.",
            cause: "`stream.startAudio` or `stream.stopAudio` was called while an earlier audio capture change was still in progress.",
            when: &["starting or stopping audio twice in quick succession"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.AUDIO_CAPTURE_LOADING",
            remediation: &[
                "Await the previous `startAudio`/`stopAudio` before calling again.",
                "If a retry is needed, retry after a short delay.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::ClientError,
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
                "The capture finishes shortly, after which the same call succeeds. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUDIO_IN_PSTN",
            catalog_name: "AUDIO_IN_PSTN",
            summary: "Audio is already connected through a phone call.",
            cause: "`stream.startAudio` was refused because the user's audio is already joined by PSTN (phone).",
            when: &["starting computer audio while dialled in by phone"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.AUDIO_IN_PSTN",
            remediation: &[
                "Hang up the phone audio (`stream.hangup`) before starting computer audio, or keep the phone audio.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUDIO_ENCODING_REQUIRED",
            catalog_name: "AUDIO_ENCODING_REQUIRED",
            summary: "Legacy Safari needs audio encoding or decoding to be set up.",
            cause: "On legacy Safari, `stream.startAudio` needs the SDK's audio encode/decode support, which was not available.",
            when: &["starting audio on an old Safari version"],
            user_message: "This feature is not supported on this browser or device.",
            user_message_key: "zoom_video.exception_code.AUDIO_ENCODING_REQUIRED",
            remediation: &[
                "Ask the user to update Safari or use another browser.",
                "Follow Zoom's guidance for legacy Safari audio.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUDIO_SHARE_AUDIO_CONFLICT",
            catalog_name: "AUDIO_SHARE_AUDIO_CONFLICT",
            summary: "Audio cannot stop while tab or system audio is shared (legacy Chrome).",
            cause: "On legacy Chrome, `stream.stopAudio` was refused because tab or system audio is being shared.",
            when: &["stopping audio during a screen share with audio on an old Chrome"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.AUDIO_SHARE_AUDIO_CONFLICT",
            remediation: &["Stop the share's audio first, or ask the user to update Chrome."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUDIO_NOT_STARTED",
            catalog_name: "AUDIO_NOT_STARTED",
            summary: "Audio or shared audio has not been started.",
            cause: "A mute or unmute call (`muteAudio`, `unmuteAudio`, `muteShareAudio`, `unmuteShareAudio`) was made before audio or shared audio was started.",
            when: &["muting or unmuting before `stream.startAudio` resolves"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.AUDIO_NOT_STARTED",
            remediation: &[
                "Start audio first, and enable mute controls only after it has started.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUDIO_ATTENDEE_NOT_ALLOWED",
            catalog_name: "AUDIO_ATTENDEE_NOT_ALLOWED",
            summary: "Webinar attendees may not unmute themselves.",
            cause: "`stream.unmuteAudio` was refused because webinar attendees cannot unmute themselves. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["a webinar attendee unmutes"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.AUDIO_ATTENDEE_NOT_ALLOWED",
            remediation: &["Hide the unmute control for attendees; a host can allow them to talk."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SECONDARY_AUDIO_UNSUPPORTED",
            catalog_name: "SECONDARY_AUDIO_UNSUPPORTED",
            summary: "Secondary audio is not supported on this platform.",
            cause: "`stream.startSecondaryAudio` is not supported by this browser or platform.",
            when: &["starting secondary audio on an unsupported browser"],
            user_message: "This feature is not supported on this browser or device.",
            user_message_key: "zoom_video.exception_code.SECONDARY_AUDIO_UNSUPPORTED",
            remediation: &[
                "Offer secondary audio only where it is supported; check the platform first.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SECONDARY_AUDIO_DEVICE_CONFLICT",
            catalog_name: "SECONDARY_AUDIO_DEVICE_CONFLICT",
            summary: "The microphone chosen for secondary audio is already used for session audio.",
            cause: "`stream.startSecondaryAudio` got the microphone ID that the session audio is using.",
            when: &["choosing the same microphone for both audios"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SECONDARY_AUDIO_DEVICE_CONFLICT",
            remediation: &["Pick a different microphone for secondary audio."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT",
            catalog_name: "SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT",
            summary: "Secondary audio cannot start while screen sharing.",
            cause:
                "`stream.startSecondaryAudio` was refused because a screen share is in progress.",
            when: &["starting secondary audio during a screen share"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT",
            remediation: &["Stop the screen share first, or start secondary audio before sharing."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SECONDARY_AUDIO_NOT_STARTED",
            catalog_name: "SECONDARY_AUDIO_NOT_STARTED",
            summary: "Secondary audio has not been started.",
            cause: "`stream.stopSecondaryAudio` was called but no secondary audio is running.",
            when: &["stopping secondary audio twice or before it started"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SECONDARY_AUDIO_NOT_STARTED",
            remediation: &[
                "Call `stopSecondaryAudio` only after a successful `startSecondaryAudio`.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PSTN_MISMATCH_COUNTRY_CODE",
            catalog_name: "PSTN_MISMATCH_COUNTRY_CODE",
            summary: "The phone country code is not in the supported list.",
            cause: "`stream.inviteByPhone` got a country code that matches none of the supported call-out countries.",
            when: &["inviting a phone number in an unsupported country"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.PSTN_MISMATCH_COUNTRY_CODE",
            remediation: &["Offer only the countries returned by the SDK's call-out country list."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PSTN_NOT_CONNECTED",
            catalog_name: "PSTN_NOT_CONNECTED",
            summary: "There is no phone connection to hang up.",
            cause: "`stream.hangup` was called but PSTN audio is not connected.",
            when: &["hanging up twice, or before the phone call connected"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.PSTN_NOT_CONNECTED",
            remediation: &[
                "Call `hangup` only while phone audio is connected; follow the dial-out state events.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CRC_NOT_CONNECTED",
            catalog_name: "CRC_NOT_CONNECTED",
            summary: "The room-system (CRC) device is not connected.",
            cause: "`stream.cancelCallCRCDevice` was called but no CRC (H.323/SIP room system) call is in progress.",
            when: &["cancelling a room-system call that already ended or never started"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CRC_NOT_CONNECTED",
            remediation: &["Cancel only a CRC call that is in progress; follow its status events."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUDIO_ALLOW_TALK_UNSUPPORTED",
            catalog_name: "AUDIO_ALLOW_TALK_UNSUPPORTED",
            summary: "The target user cannot be allowed to talk.",
            cause: "`stream.allowAttendeeToTalk` does not apply to the target user. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["allowing a non-attendee to talk"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.AUDIO_ALLOW_TALK_UNSUPPORTED",
            remediation: &["Call it only for webinar attendees."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUDIO_ALLOW_TALK_MISMATCH_USER",
            catalog_name: "AUDIO_ALLOW_TALK_MISMATCH_USER",
            summary: "The user to allow to talk does not match.",
            cause: "`stream.allowAttendeeToTalk` got a user ID that matches no attendee. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["passing a stale or wrong user ID"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.AUDIO_ALLOW_TALK_MISMATCH_USER",
            remediation: &["Take the user ID from the current attendee list."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUDIO_PROCESSOR_UNSUPPORTED",
            catalog_name: "AUDIO_PROCESSOR_UNSUPPORTED",
            summary: "Audio processors are not supported on this platform.",
            cause: "`stream.createProcessor` cannot create an audio processor in this browser.",
            when: &["creating an audio processor on an unsupported browser"],
            user_message: "This feature is not supported on this browser or device.",
            user_message_key: "zoom_video.exception_code.AUDIO_PROCESSOR_UNSUPPORTED",
            remediation: &["Check support before offering audio processing features."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUDIO_PROCESSOR_DUPLICATE_CREATE",
            catalog_name: "AUDIO_PROCESSOR_DUPLICATE_CREATE",
            summary: "The audio processor has already been created.",
            cause: "`stream.createProcessor` was asked to create an audio processor that already exists.",
            when: &["creating the same audio processor twice"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.AUDIO_PROCESSOR_DUPLICATE_CREATE",
            remediation: &["Create each processor once and reuse it."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUDIO_PROCESSOR_MISMATCH_PROCESSOR",
            catalog_name: "AUDIO_PROCESSOR_MISMATCH_PROCESSOR",
            summary: "The audio processor was not found.",
            cause: "`stream.addProcessor` or `stream.removeProcessor` got an audio processor the SDK does not know.",
            when: &["adding or removing a processor that was never created or was already removed"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.AUDIO_PROCESSOR_MISMATCH_PROCESSOR",
            remediation: &[
                "Pass the processor object returned by `createProcessor`, and only while it exists.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AUDIO_PROCESSOR_LIMIT_EXCEED",
            catalog_name: "AUDIO_PROCESSOR_LIMIT_EXCEED",
            summary: "The audio processor has already been added.",
            cause:
                "`stream.addProcessor` was called with an audio processor that is already added.",
            when: &["adding the same audio processor twice"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.AUDIO_PROCESSOR_LIMIT_EXCEED",
            remediation: &["Track which processors are added and add each once."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_CAMERA_PERMISSION_DENIED",
            catalog_name: "VIDEO_CAMERA_PERMISSION_DENIED",
            summary: "Camera access was denied.",
            cause: "`stream.startVideo` could not open the camera because the user (or the browser) denied camera permission.",
            when: &[
                "the user blocks the camera prompt",
                "camera access is blocked in the browser settings",
            ],
            user_message:
                "Camera access is blocked. Allow this site to use your camera, then try again.",
            user_message_key: "zoom_video.exception_code.VIDEO_CAMERA_PERMISSION_DENIED",
            remediation: &[
                "Tell the user how to allow the camera for this site, then let them start video again.",
                "Keep the session going without video meanwhile.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Only the user can grant access; a retry without that fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_NO_CAMERA",
            catalog_name: "VIDEO_NO_CAMERA",
            summary: "No camera was found.",
            cause: "`stream.startVideo` found no camera device.",
            when: &[
                "starting video on a device without a camera",
                "the camera is unplugged or disabled",
            ],
            user_message: "No camera was found. Connect a camera and try again.",
            user_message_key: "zoom_video.exception_code.VIDEO_NO_CAMERA",
            remediation: &[
                "Tell the user no camera was found; let them connect one and try again.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The user must connect or enable a camera first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_MISMATCH_CAMERA",
            catalog_name: "VIDEO_MISMATCH_CAMERA",
            summary: "The camera ID matches no camera in the device list.",
            cause: "`stream.startVideo` got a camera ID that is not in the current camera list.",
            when: &["using a saved camera ID after the camera was unplugged"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VIDEO_MISMATCH_CAMERA",
            remediation: &[
                "Take the camera ID from `stream.getCameraList()` and refresh it on `device-change`.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_CAMERA_TAKEN",
            catalog_name: "VIDEO_CAMERA_TAKEN",
            summary: "The camera is in use by another program.",
            cause: "`stream.startVideo` could not open the camera because another application or tab holds it.",
            when: &["another video application or browser tab uses the camera"],
            user_message: "Your camera is being used by another app. Close it, then try again.",
            user_message_key: "zoom_video.exception_code.VIDEO_CAMERA_TAKEN",
            remediation: &[
                "Ask the user to close the other application or tab using the camera, then start video again.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The device is free only after the user closes the other program. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_VB_INITIALIZE_ERROR",
            catalog_name: "VIDEO_VB_INITIALIZE_ERROR",
            summary: "The virtual background could not be initialised.",
            cause: "`stream.startVideo` with a virtual background failed while setting the background up.",
            when: &[
                "starting video with a virtual background on a constrained device",
                "the background's resources failed to load",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "zoom_video.exception_code.VIDEO_VB_INITIALIZE_ERROR",
            remediation: &[
                "Start video without the virtual background, and let the user try the background again.",
                "Check that the SDK's assets for virtual backgrounds are reachable.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The cause is not specified; falling back to plain video and leaving a new try to the user is the catalog's choice. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_CAPTURE_LOADING",
            catalog_name: "VIDEO_CAPTURE_LOADING",
            summary: "Video capture is still starting or stopping.",
            cause: "`stream.startVideo` or `stream.stopVideo` was called while an earlier video capture change was still in progress.",
            when: &["starting or stopping video twice in quick succession"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VIDEO_CAPTURE_LOADING",
            remediation: &[
                "Await the previous `startVideo`/`stopVideo` before calling again.",
                "If a retry is needed, retry after a short delay.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::ClientError,
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
                "The condition clears by itself shortly, after which the same call succeeds. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_MUTED_BY_HOST",
            catalog_name: "VIDEO_MUTED_BY_HOST",
            summary: "The host has stopped this user's video.",
            cause: "`stream.startVideo` was refused because the host muted the user's video. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["starting video after the host stopped it"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.VIDEO_MUTED_BY_HOST",
            remediation: &["Tell the user the host stopped their video; they can ask the host."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_VB_UNSUPPORTED",
            catalog_name: "VIDEO_VB_UNSUPPORTED",
            summary: "Virtual backgrounds are not supported on this platform.",
            cause: "`stream.startVideo` with a virtual background was refused because the browser lacks the needed capabilities.",
            when: &["asking for a virtual background on an unsupported browser"],
            user_message: "This feature is not supported on this browser or device.",
            user_message_key: "zoom_video.exception_code.VIDEO_VB_UNSUPPORTED",
            remediation: &[
                "Check `stream.isSupportVirtualBackground()` before offering backgrounds.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_VB_PROCESSOR_CONFLICT",
            catalog_name: "VIDEO_VB_PROCESSOR_CONFLICT",
            summary: "A virtual background or video processor is already in progress.",
            cause: "`stream.startVideo` with a virtual background was refused because another virtual video processing is running.",
            when: &["combining a virtual background with another video processor"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VIDEO_VB_PROCESSOR_CONFLICT",
            remediation: &[
                "Remove the other processor (or mask) before using a virtual background.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_MISMATCH_STATE",
            catalog_name: "VIDEO_MISMATCH_STATE",
            summary: "The video is not in the state the call needs.",
            cause: "`stream.startVideo` or `stream.stopVideo` was called in a video state where it does not apply (for example starting video that is already started).",
            when: &["starting video twice", "stopping video that is not started"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VIDEO_MISMATCH_STATE",
            remediation: &["Follow the local video state before calling start or stop."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_ESTABLISH_STREAM_ERROR",
            catalog_name: "VIDEO_ESTABLISH_STREAM_ERROR",
            summary: "The video stream could not be established.",
            cause: "`stream.startVideo` got the camera but failed to set up the video stream.",
            when: &["the browser fails to produce a video track or encoder"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "zoom_video.exception_code.VIDEO_ESTABLISH_STREAM_ERROR",
            remediation: &[
                "Retry starting video a bounded number of times.",
                "If it keeps failing, suggest another browser or device.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The cause is not specified and may be transient; a few retries are the catalog's choice. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_RENDER_LIMIT_EXCEED",
            catalog_name: "VIDEO_RENDER_LIMIT_EXCEED",
            summary: "Too many videos are being rendered.",
            cause: "`stream.renderVideo` or `stream.attachVideo` was refused because the number of rendered videos reached the SDK's limit.",
            when: &["rendering more video tiles than the SDK allows"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VIDEO_RENDER_LIMIT_EXCEED",
            remediation: &[
                "Render fewer videos at once (paginate the gallery) and detach off-screen videos.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_METHOD_DEPRECATED",
            catalog_name: "VIDEO_METHOD_DEPRECATED",
            summary: "The render method does not apply to WebRTC video.",
            cause: "`stream.renderVideo` was used where the session uses WebRTC video, which it does not support.",
            when: &["calling `renderVideo` in a WebRTC video session"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VIDEO_METHOD_DEPRECATED",
            remediation: &["Use `stream.attachVideo` instead of `renderVideo`."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_VB_IMAGE_INACCESSIBLE",
            catalog_name: "VIDEO_VB_IMAGE_INACCESSIBLE",
            summary: "The virtual background image cannot be loaded.",
            cause: "`stream.previewVirtualBackground` could not fetch the background image.",
            when: &[
                "a wrong image URL",
                "the image host refuses cross-origin access",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VIDEO_VB_IMAGE_INACCESSIBLE",
            remediation: &["Check the image URL and serve it with CORS headers the page may use."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same unreachable image fails again; the URL or its host must change. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_VB_MISMATCH_STATE",
            catalog_name: "VIDEO_VB_MISMATCH_STATE",
            summary: "The virtual background is not in the state the call needs.",
            cause: "`stream.previewVirtualBackground` was called in a virtual background state where it does not apply.",
            when: &[
                "previewing a background while another preview is running or video is not ready",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VIDEO_VB_MISMATCH_STATE",
            remediation: &[
                "Follow the preview state; stop the current preview before starting another.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_MASK_IMAGE_INACCESSIBLE",
            catalog_name: "VIDEO_MASK_IMAGE_INACCESSIBLE",
            summary: "The video mask image cannot be loaded.",
            cause: "`stream.previewMask` could not fetch the mask image.",
            when: &[
                "a wrong image URL",
                "the image host refuses cross-origin access",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VIDEO_MASK_IMAGE_INACCESSIBLE",
            remediation: &[
                "Check the mask image URL and serve it with CORS headers the page may use.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same unreachable image fails again; the URL or its host must change. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_MASK_PROCESSOR_CONFLICT",
            catalog_name: "VIDEO_MASK_PROCESSOR_CONFLICT",
            summary: "A virtual background or processor is already in progress.",
            cause: "`stream.previewMask` was refused because a virtual background or a video processor is running.",
            when: &["using a mask while a virtual background or processor is active"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VIDEO_MASK_PROCESSOR_CONFLICT",
            remediation: &["Turn off the virtual background or processor before using a mask."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_SPOTLIGHT_MISMATCH_STATE",
            catalog_name: "VIDEO_SPOTLIGHT_MISMATCH_STATE",
            summary: "The video cannot be spotlighted in its current state.",
            cause: "`stream.spotlightVideo` was refused because the user's video is not started or is already spotlighted.",
            when: &[
                "spotlighting a user without video",
                "spotlighting the same user twice",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VIDEO_SPOTLIGHT_MISMATCH_STATE",
            remediation: &[
                "Spotlight only users whose video is on and who are not already spotlighted.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_SPOTLIGHT_MULTI_CONFLICT",
            catalog_name: "VIDEO_SPOTLIGHT_MULTI_CONFLICT",
            summary: "Multiple spotlighted videos cannot be removed this way.",
            cause: "`stream.removeSpotlightedVideo` was refused because several videos are spotlighted.",
            when: &["removing a spotlight while more than one video is spotlighted"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VIDEO_SPOTLIGHT_MULTI_CONFLICT",
            remediation: &[
                "Remove spotlights one user at a time, or clear all spotlights with the method meant for that.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_PROCESSOR_UNSUPPORTED",
            catalog_name: "VIDEO_PROCESSOR_UNSUPPORTED",
            summary: "Video processors are not supported on this platform.",
            cause: "`stream.createProcessor` cannot create a video processor in this browser.",
            when: &["creating a video processor on an unsupported browser"],
            user_message: "This feature is not supported on this browser or device.",
            user_message_key: "zoom_video.exception_code.VIDEO_PROCESSOR_UNSUPPORTED",
            remediation: &["Check support before offering video processing features."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_PROCESSOR_LIMIT_EXCEED",
            catalog_name: "VIDEO_PROCESSOR_LIMIT_EXCEED",
            summary: "Only one video processor can be added at a time.",
            cause: "`stream.addProcessor` was refused because a video processor is already added.",
            when: &["adding a second video processor"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VIDEO_PROCESSOR_LIMIT_EXCEED",
            remediation: &["Remove the current video processor before adding another."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_PROCESSOR_DUPLICATE_CREATE",
            catalog_name: "VIDEO_PROCESSOR_DUPLICATE_CREATE",
            summary: "The video processor has already been created.",
            cause: "`stream.createProcessor` was asked to create a video processor that already exists.",
            when: &["creating the same video processor twice"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VIDEO_PROCESSOR_DUPLICATE_CREATE",
            remediation: &["Create each processor once and reuse it."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VIDEO_PROCESSOR_MISMATCH_PROCESSOR",
            catalog_name: "VIDEO_PROCESSOR_MISMATCH_PROCESSOR",
            summary: "The video processor was not found.",
            cause: "`stream.addProcessor` or `stream.removeProcessor` got a video processor the SDK does not know.",
            when: &["adding or removing a processor that was never created or was already removed"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VIDEO_PROCESSOR_MISMATCH_PROCESSOR",
            remediation: &[
                "Pass the processor object returned by `createProcessor`, and only while it exists.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED",
            catalog_name: "FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED",
            summary: "Camera control is not supported here.",
            cause: "`stream.controlCamera`, `stream.controlFarEndCamera` or `stream.requestFarEndCameraControl` was refused because the camera or platform does not support pan-tilt-zoom control.",
            when: &["controlling a camera without PTZ support"],
            user_message: "This feature is not supported on this browser or device.",
            user_message_key: "zoom_video.exception_code.FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED",
            remediation: &["Offer camera control only for cameras that report PTZ capability."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "FAR_END_CAMERA_CONTROL_MISMATCH_STATE",
            catalog_name: "FAR_END_CAMERA_CONTROL_MISMATCH_STATE",
            summary: "Camera control is not in the state the call needs.",
            cause: "A far-end camera control call (request, approve, decline, give up, control) was made in a control state where it does not apply.",
            when: &[
                "approving a request that was withdrawn",
                "controlling a camera before control was granted",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.FAR_END_CAMERA_CONTROL_MISMATCH_STATE",
            remediation: &[
                "Follow the far-end camera control events and call each method only in its state.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "FAR_END_CAMERA_PERMISSION_REQUIRED",
            catalog_name: "FAR_END_CAMERA_PERMISSION_REQUIRED",
            summary: "Permission to control the remote camera has not been granted.",
            cause: "`stream.controlFarEndCamera` was refused because the remote user has not granted camera control.",
            when: &["controlling a remote camera without approval"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.FAR_END_CAMERA_PERMISSION_REQUIRED",
            remediation: &[
                "Request control with `requestFarEndCameraControl` and wait for the approval before controlling.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "FAR_END_CAMERA_INVALID_RANGE",
            catalog_name: "FAR_END_CAMERA_INVALID_RANGE",
            summary: "The camera control range is invalid.",
            cause: "`stream.controlFarEndCamera` got a range value outside what it accepts.",
            when: &["passing an out-of-range pan, tilt or zoom step"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.FAR_END_CAMERA_INVALID_RANGE",
            remediation: &[
                "Keep the range within the bounds the d.ts documents for `controlFarEndCamera`.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "FAR_END_CAMERA_RATE_LIMIT",
            catalog_name: "FAR_END_CAMERA_RATE_LIMIT",
            summary: "Camera control calls are too frequent.",
            cause: "`stream.controlFarEndCamera` was refused because calls exceeded the SDK's rate limit.",
            when: &["sending camera moves in a tight loop, for example while a button is held"],
            user_message: "This call is full right now. Please try again in a little while.",
            user_message_key: "zoom_video.exception_code.FAR_END_CAMERA_RATE_LIMIT",
            remediation: &["Throttle camera control calls and retry after a delay."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A rate limit clears with time, so retrying after a delay succeeds. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_USER_DENIED",
            catalog_name: "SCREEN_SHARE_USER_DENIED",
            summary: "The user declined the screen share.",
            cause: "`stream.startShareScreen` failed because the user cancelled or denied the browser's screen picker.",
            when: &["the user cancels the share dialog"],
            user_message: "Screen sharing was cancelled.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_USER_DENIED",
            remediation: &[
                "Treat it as the user's choice; let them start sharing again when they want.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Only the user can choose to share. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_SYSTEM_DENIED",
            catalog_name: "SCREEN_SHARE_SYSTEM_DENIED",
            summary: "The operating system does not allow screen recording.",
            cause: "`stream.startShareScreen` failed because the system settings do not allow the browser to record the screen.",
            when: &["macOS screen recording permission not granted to the browser"],
            user_message: "Your system settings block screen sharing. Allow screen recording for this browser, then try again.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_SYSTEM_DENIED",
            remediation: &[
                "Tell the user to allow screen recording for the browser in the system settings (and restart the browser if asked), then share again.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Only the user can change the system setting. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_UNSUPPORTED",
            catalog_name: "SCREEN_SHARE_UNSUPPORTED",
            summary: "Screen sharing is not supported on this platform.",
            cause: "`stream.startShareScreen` failed because the browser has no `getDisplayMedia`.",
            when: &["sharing from a mobile browser or an old browser"],
            user_message: "This feature is not supported on this browser or device.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_UNSUPPORTED",
            remediation: &[
                "Offer screen sharing only where `getDisplayMedia` exists (desktop browsers).",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_SUBSESSION_CONFLICT",
            catalog_name: "SCREEN_SHARE_SUBSESSION_CONFLICT",
            summary: "Sharing to subsessions is not possible from inside a subsession.",
            cause: "`stream.startShareScreen` was asked to share to subsessions while the user is already in a subsession.",
            when: &["sharing to all subsessions from within one"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_SUBSESSION_CONFLICT",
            remediation: &["Share to subsessions only from the main session."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED",
            catalog_name: "SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED",
            summary: "Only the host may share.",
            cause: "`stream.startShareScreen` was refused because the session's share privilege is limited to the host.",
            when: &["a participant shares while only the host may"],
            user_message: "Only the host can share their screen right now.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED",
            remediation: &[
                "Hide sharing for participants while the privilege is host-only, or ask the host to change it.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_MISMATCH_STATE",
            catalog_name: "SCREEN_SHARE_MISMATCH_STATE",
            summary: "The screen share is not in the state the call needs.",
            cause: "A share call (`startShareScreen`, `shareToBreakoutRoom`, `enableOptimizeForSharedVideo`, `muteOthersScreenShare`) was made in a share state where it does not apply.",
            when: &[
                "starting a share that is already running",
                "optimising a share that is not running",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_MISMATCH_STATE",
            remediation: &["Follow the share state events and call each method only in its state."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED",
            catalog_name: "SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED",
            summary: "Optimising a share for video is not supported here.",
            cause: "`stream.startShareScreen` or `stream.enableOptimizeForSharedVideo` asked for video-optimised sharing, which this platform does not support.",
            when: &["asking for optimised video sharing on an unsupported browser"],
            user_message: "This feature is not supported on this browser or device.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED",
            remediation: &["Share without the video optimisation on this platform."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT",
            catalog_name: "SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT",
            summary: "Optimising a share for video conflicts with multiple sharing.",
            cause: "`stream.enableOptimizeForSharedVideo` was refused because the host enabled simultaneous sharing by several users.",
            when: &["optimising a share while multi-share is on"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT",
            remediation: &["Turn off multiple sharing, or share without the optimisation."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_INVALID_PRIVILEGE",
            catalog_name: "SCREEN_SHARE_INVALID_PRIVILEGE",
            summary: "The share privilege value is invalid.",
            cause:
                "`stream.setScreenSharePrivilege` got a value that is not a valid share privilege.",
            when: &["passing a number that is no `SharePrivilege` member"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_INVALID_PRIVILEGE",
            remediation: &["Pass a `SharePrivilege` member."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_IB_DENIED",
            catalog_name: "SCREEN_SHARE_IB_DENIED",
            summary: "An information barrier forbids this share.",
            cause: "`stream.startShareScreen` was refused by the account's information-barrier policy. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["sharing across an information barrier"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_IB_DENIED",
            remediation: &["Tell the user the account's policy forbids the share."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_LIMIT_EXCEED",
            catalog_name: "SCREEN_SHARE_LIMIT_EXCEED",
            summary: "Too many share views are rendered.",
            cause: "`stream.attachShareView` was refused because the number of rendered share views reached the SDK's limit.",
            when: &["attaching more share views than allowed"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_LIMIT_EXCEED",
            remediation: &["Detach share views that are not shown before attaching new ones."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_WHITEBOARD_CONFLICT",
            catalog_name: "SCREEN_SHARE_WHITEBOARD_CONFLICT",
            summary: "A screen share cannot start while a whiteboard is in progress.",
            cause: "`stream.startShareScreen` was refused because whiteboard sharing is in progress. The package's d.ts and JSON description do not list this member; Zoom's bundled error-code page (skill/references/error-codes.md) does.",
            when: &["starting a screen share during a whiteboard session"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_WHITEBOARD_CONFLICT",
            remediation: &[
                "Stop the whiteboard first, or offer screen sharing only while no whiteboard is running.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
                "@zoom/videosdk@2.5.0 dist/index.js",
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
                "The app started the share in a conflicting state; the same call fails until the whiteboard stops. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE",
            catalog_name: "SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE",
            summary: "Annotation is disabled for the account.",
            cause: "`stream.startAnnotation` was refused because annotation is not enabled in the Zoom account's settings.",
            when: &["calling `stream.startAnnotation` on an account without annotation"],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE",
            remediation: &[
                "Enable annotation in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE",
            catalog_name: "SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE",
            summary: "There is no active share to annotate.",
            cause: "`stream.startAnnotation` was called while nobody is sharing.",
            when: &["starting annotation before or after a share"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE",
            remediation: &["Offer annotation only while a share is active."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED",
            catalog_name: "SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED",
            summary: "The presenter has disabled annotation.",
            cause: "`stream.startAnnotation` was refused because the sharing user turned annotation off with `stream.changeAnnotationPrivilege`.",
            when: &["annotating a share whose presenter disallows it"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key:
                "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED",
            remediation: &["Hide annotation while the presenter disallows it."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_ANNOTATION_DUPLICATE_START",
            catalog_name: "SCREEN_SHARE_ANNOTATION_DUPLICATE_START",
            summary: "Annotation has already started.",
            cause: "`stream.startAnnotation` was called while annotation is already on.",
            when: &["starting annotation twice"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_DUPLICATE_START",
            remediation: &["Track the annotation state and start it once."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_ANNOTATION_START_ERROR",
            catalog_name: "SCREEN_SHARE_ANNOTATION_START_ERROR",
            summary: "Annotation failed to start.",
            cause: "`stream.startAnnotation` failed for a reason the code does not specify.",
            when: &["starting annotation when its resources fail to load or initialise"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_START_ERROR",
            remediation: &[
                "Retry starting annotation a bounded number of times; if it keeps failing, report it to Zoom with the logs.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The cause is unspecified and may be transient, so a few retries are the catalog's choice. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER",
            catalog_name: "SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER",
            summary: "An annotation controller parameter is invalid.",
            cause: "`getAnnotationController().clear` or `.setToolType` got an invalid argument.",
            when: &[
                "passing a value that is no `AnnotationClearType` or `AnnotationToolType` member",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key:
                "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER",
            remediation: &["Pass members of `AnnotationClearType` and `AnnotationToolType`."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_ANNOTATION_NOT_SUPPORT",
            catalog_name: "SCREEN_SHARE_ANNOTATION_NOT_SUPPORT",
            summary: "The current configuration does not support annotation.",
            cause: "`stream.startAnnotation` was refused because the current setup (platform or share configuration) does not support annotation.",
            when: &["annotating in a configuration without annotation support"],
            user_message: "This feature is not supported on this browser or device.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_NOT_SUPPORT",
            remediation: &["Offer annotation only where it is supported."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SCREEN_SHARE_ANNOTATION_NOT_START",
            catalog_name: "SCREEN_SHARE_ANNOTATION_NOT_START",
            summary: "Annotation has not been started.",
            cause: "`stream.stopAnnotation` was called but annotation is not on.",
            when: &["stopping annotation twice or before starting it"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_NOT_START",
            remediation: &["Stop annotation only after it started."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SHARE_CAMERA_MESSAGE_ERROR",
            catalog_name: "SHARE_CAMERA_MESSAGE_ERROR",
            summary: "A share-camera request named an unknown user or an invalid value.",
            cause: "A share-camera call (`requestShareCamera` and the calls that answer such a request) was refused because the target user ID is not in the session, the share source is not a `MobileVideoFacingMode` value, or the reported status is invalid. Neither the package's d.ts nor its JSON description lists this member; its meaning is read from where the runtime (dist/index.js) raises it.",
            when: &[
                "asking a user who has left to share their camera",
                "passing an invalid share source or status",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SHARE_CAMERA_MESSAGE_ERROR",
            remediation: &[
                "Take the user ID from the current participant list, and pass only the documented source and status values.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/index.js"],
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
                "The same arguments fail again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SHARED_PROCESSOR_UNSUPPORTED",
            catalog_name: "SHARED_PROCESSOR_UNSUPPORTED",
            summary: "Share processors are not supported on this platform.",
            cause: "`stream.createProcessor` cannot create a share processor in this browser.",
            when: &["creating a share processor on an unsupported browser"],
            user_message: "This feature is not supported on this browser or device.",
            user_message_key: "zoom_video.exception_code.SHARED_PROCESSOR_UNSUPPORTED",
            remediation: &["Check support before offering share processing features."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SHARED_PROCESSOR_DUPLICATE_CREATE",
            catalog_name: "SHARED_PROCESSOR_DUPLICATE_CREATE",
            summary: "The share processor has already been created.",
            cause: "`stream.createProcessor` was asked to create a share processor that already exists.",
            when: &["creating the same share processor twice"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SHARED_PROCESSOR_DUPLICATE_CREATE",
            remediation: &["Create each processor once and reuse it."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SHARED_PROCESSOR_MISMATCH_PROCESSOR",
            catalog_name: "SHARED_PROCESSOR_MISMATCH_PROCESSOR",
            summary: "The share processor was not found.",
            cause: "`stream.addProcessor` or `stream.removeProcessor` got a share processor the SDK does not know.",
            when: &["adding or removing a processor that was never created or was already removed"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SHARED_PROCESSOR_MISMATCH_PROCESSOR",
            remediation: &[
                "Pass the processor object returned by `createProcessor`, and only while it exists.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SHARED_PROCESSOR_LIMIT_EXCEED",
            catalog_name: "SHARED_PROCESSOR_LIMIT_EXCEED",
            summary: "Only one share processor can be added at a time.",
            cause: "`stream.addProcessor` was refused because a share processor is already added.",
            when: &["adding a second share processor"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SHARED_PROCESSOR_LIMIT_EXCEED",
            remediation: &["Remove the current share processor before adding another."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "REMOTE_CONTROL_ACCOUNT_DISABLE",
            catalog_name: "REMOTE_CONTROL_ACCOUNT_DISABLE",
            summary: "Remote control is disabled for the account.",
            cause: "`stream.requestRemoteControl` was refused because remote control is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
            when: &["calling `stream.requestRemoteControl` on an account without remote control"],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.REMOTE_CONTROL_ACCOUNT_DISABLE",
            remediation: &[
                "Enable remote control in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "REMOTE_CONTROL_MISMATCH_STATE",
            catalog_name: "REMOTE_CONTROL_MISMATCH_STATE",
            summary: "Remote control is not in the state the call needs.",
            cause: "`stream.requestRemoteControl`, `grabRemoteControl` or `approveRemoteControl` was called in a remote-control state where it does not apply. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
            when: &[
                "requesting control twice",
                "approving a request that was withdrawn",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.REMOTE_CONTROL_MISMATCH_STATE",
            remediation: &[
                "Follow the remote-control events and call each method only in its state.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "REMOTE_CONTROL_PERMISSION_REQUIRED",
            catalog_name: "REMOTE_CONTROL_PERMISSION_REQUIRED",
            summary: "Permission to control the remote screen has not been granted.",
            cause: "`stream.startRemoteControl` was refused because the sharer has not granted control. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
            when: &["starting control before approval"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.REMOTE_CONTROL_PERMISSION_REQUIRED",
            remediation: &["Request control and wait for approval before starting."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "REMOTE_CONTROL_MISMATCH_DISPLAY_SURFACE",
            catalog_name: "REMOTE_CONTROL_MISMATCH_DISPLAY_SURFACE",
            summary: "Remote control needs the entire screen to be shared.",
            cause: "`stream.approveRemoteControl` was refused because the shared surface is a window or tab, not the entire screen. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
            when: &["approving control of a window or tab share"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.REMOTE_CONTROL_MISMATCH_DISPLAY_SURFACE",
            remediation: &["Share the entire screen before approving remote control."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "REMOTE_CONTROL_INVALID_LAUNCH_SCHEME",
            catalog_name: "REMOTE_CONTROL_INVALID_LAUNCH_SCHEME",
            summary: "The remote-control app's launch URL scheme is invalid.",
            cause: "`stream.launchRemoteControlApp` got an invalid URL scheme. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
            when: &["passing a malformed scheme"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.REMOTE_CONTROL_INVALID_LAUNCH_SCHEME",
            remediation: &["Pass the launch scheme Zoom documents for the remote-control app."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHAT_EMPTY_MESSAGE",
            catalog_name: "CHAT_EMPTY_MESSAGE",
            summary: "The chat message is empty.",
            cause: "`chat.send` got an empty message.",
            when: &["sending an empty or whitespace-only message"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CHAT_EMPTY_MESSAGE",
            remediation: &["Disable sending until the message has text."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHAT_MISMATCH_USER",
            catalog_name: "CHAT_MISMATCH_USER",
            summary: "The chat recipient does not match a participant.",
            cause: "`chat.send` got a recipient user ID that is not in the session.",
            when: &["sending to a user who has left"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CHAT_MISMATCH_USER",
            remediation: &["Take recipients from the current participant list."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHAT_INSUFFICIENT_PRIVILEGE",
            catalog_name: "CHAT_INSUFFICIENT_PRIVILEGE",
            summary: "The chat privilege does not allow this message.",
            cause: "`chat.send` was refused because the session's chat privilege does not allow it (for example private chat is off).",
            when: &[
                "sending a private message while only public chat is allowed",
                "chatting while chat is disabled",
            ],
            user_message: "Chat is limited in this call.",
            user_message_key: "zoom_video.exception_code.CHAT_INSUFFICIENT_PRIVILEGE",
            remediation: &["Offer only the recipients the current `ChatPrivilege` allows."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHAT_INVALID_PRIVILEGE",
            catalog_name: "CHAT_INVALID_PRIVILEGE",
            summary: "Only the host or a manager can set the chat privilege.",
            cause: "`chat.setPrivilege` was called by a user who is neither host nor manager.",
            when: &["a participant changes chat settings"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.CHAT_INVALID_PRIVILEGE",
            remediation: &["Offer chat settings only to the host and managers."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHAT_SUBSESSION_CONFLICT",
            catalog_name: "CHAT_SUBSESSION_CONFLICT",
            summary: "The call is not available inside a subsession.",
            cause: "`chat.setPrivilege` or `chat.sendFile` was refused because the user is in a subsession.",
            when: &["changing chat privilege or sending a file from a subsession"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CHAT_SUBSESSION_CONFLICT",
            remediation: &["Offer these actions only in the main session."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHAT_EMPTY_FILE",
            catalog_name: "CHAT_EMPTY_FILE",
            summary: "The chat file is empty.",
            cause: "`chat.sendFile` got an empty file.",
            when: &["sending a zero-byte file"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CHAT_EMPTY_FILE",
            remediation: &["Check the file size before sending."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHAT_INVALID_RETRY_TOKEN",
            catalog_name: "CHAT_INVALID_RETRY_TOKEN",
            summary: "The file retry token is invalid.",
            cause: "`chat.sendFile` got a retry token that does not identify a failed upload.",
            when: &["retrying an upload with a stale or made-up token"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CHAT_INVALID_RETRY_TOKEN",
            remediation: &["Use the retry token the failed upload reported, and only once."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHAT_MISMATCH_FILE_TYPE",
            catalog_name: "CHAT_MISMATCH_FILE_TYPE",
            summary: "The file type is not allowed.",
            cause: "`chat.sendFile` was refused because the file's type is not among the types the account allows.",
            when: &["sending a file type the account's settings exclude"],
            user_message: "This type of file cannot be sent.",
            user_message_key: "zoom_video.exception_code.CHAT_MISMATCH_FILE_TYPE",
            remediation: &[
                "Tell the user which file types are allowed.",
                "Operators can change the allowed types in the account's settings.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The user must choose another file (or an operator must widen the setting). The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHAT_EXCEED_FILE_SIZE",
            catalog_name: "CHAT_EXCEED_FILE_SIZE",
            summary: "The file is too large.",
            cause:
                "`chat.sendFile` was refused because the file exceeds the account's maximum size.",
            when: &["sending a file over the size limit"],
            user_message: "This file is too large to send.",
            user_message_key: "zoom_video.exception_code.CHAT_EXCEED_FILE_SIZE",
            remediation: &[
                "Tell the user the size limit and let them pick a smaller file.",
                "Operators can change the limit in the account's settings.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The user must choose a smaller file (or an operator must raise the limit). The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHAT_INVALID_MSG_ID_OR_URL",
            catalog_name: "CHAT_INVALID_MSG_ID_OR_URL",
            summary: "The message ID or file URL is invalid.",
            cause: "`chat.downloadFile` got a message ID or file URL that does not identify a file message.",
            when: &["downloading from a wrong or stale message"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CHAT_INVALID_MSG_ID_OR_URL",
            remediation: &["Pass the ID and URL from the received file message."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHAT_FILE_ACCOUNT_DISABLE",
            catalog_name: "CHAT_FILE_ACCOUNT_DISABLE",
            summary: "File transfer in chat is disabled for the account.",
            cause: "`chat.sendFile` was refused because file transfer in chat is not enabled in the Zoom account's settings.",
            when: &["calling `chat.sendFile` on an account without file transfer in chat"],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.CHAT_FILE_ACCOUNT_DISABLE",
            remediation: &[
                "Enable file transfer in chat in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHAT_DELETE_ACCOUNT_DISABLE",
            catalog_name: "CHAT_DELETE_ACCOUNT_DISABLE",
            summary: "Deleting chat messages is disabled for the account.",
            cause: "`chat.deleteMessage` was refused because deleting chat messages is not enabled in the Zoom account's settings.",
            when: &["calling `chat.deleteMessage` on an account without deleting chat messages"],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.CHAT_DELETE_ACCOUNT_DISABLE",
            remediation: &[
                "Enable deleting chat messages in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CMD_EMPTY_MESSAGE",
            catalog_name: "CMD_EMPTY_MESSAGE",
            summary: "The command message is empty.",
            cause: "`cmd.send` got an empty message.",
            when: &["sending an empty command"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CMD_EMPTY_MESSAGE",
            remediation: &["Send only non-empty command payloads."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CMD_MISMATCH_USER",
            catalog_name: "CMD_MISMATCH_USER",
            summary: "The command recipient does not match a participant.",
            cause: "`cmd.send` got a recipient user ID that is not in the session.",
            when: &["sending to a user who has left"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CMD_MISMATCH_USER",
            remediation: &["Take recipients from the current participant list."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CMD_INVALID_MESSAGE_TYPE",
            catalog_name: "CMD_INVALID_MESSAGE_TYPE",
            summary: "The command message is not a string.",
            cause: "`cmd.send` got a message that is not a string.",
            when: &["sending an object without serialising it"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CMD_INVALID_MESSAGE_TYPE",
            remediation: &[
                "Serialise the payload (for example with JSON.stringify) before sending.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CMD_EXCEED_MESSAGE_LENGTH",
            catalog_name: "CMD_EXCEED_MESSAGE_LENGTH",
            summary: "The command message is too long.",
            cause: "`cmd.send` got a message longer than its limit of 512 bytes.",
            when: &["sending a large payload over the command channel"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.CMD_EXCEED_MESSAGE_LENGTH",
            remediation: &["Keep command messages within 512 bytes; send larger data another way."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CMD_CHANNEL_NOT_READY",
            catalog_name: "CMD_CHANNEL_NOT_READY",
            summary: "The command channel is not ready.",
            cause: "`cmd.send` was called before the command channel connected (or while it is reconnecting).",
            when: &[
                "sending right after join",
                "sending while the channel reconnects",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "zoom_video.exception_code.CMD_CHANNEL_NOT_READY",
            remediation: &[
                "Wait for `command-channel-status` to report `Connected`, then send again.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The channel connects by itself shortly; the same message succeeds then. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CMD_RATE_LIMIT",
            catalog_name: "CMD_RATE_LIMIT",
            summary: "Command messages are sent too often.",
            cause: "`cmd.send` was refused because it was called again sooner than the command channel's rate limit allows. Neither the package's d.ts nor its JSON description lists this member; its meaning is read from where the runtime (dist/index.js) raises it ('Exceed the rate limit for command channel message').",
            when: &["sending command messages in a tight loop"],
            user_message: "This call is full right now. Please try again in a little while.",
            user_message_key: "zoom_video.exception_code.CMD_RATE_LIMIT",
            remediation: &[
                "Throttle command messages and retry after a delay; batch small updates into one message.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/index.js"],
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
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A rate limit clears with time, so retrying after a delay succeeds. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "RECORDING_ACCOUNT_DISABLE",
            catalog_name: "RECORDING_ACCOUNT_DISABLE",
            summary: "Cloud recording is disabled for the account.",
            cause: "`recording.startCloudRecording` was refused because cloud recording is not enabled in the Zoom account's settings.",
            when: &[
                "calling `recording.startCloudRecording` on an account without cloud recording",
            ],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.RECORDING_ACCOUNT_DISABLE",
            remediation: &[
                "Enable cloud recording in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "RECORDING_STOP_FORBIDDEN",
            catalog_name: "RECORDING_STOP_FORBIDDEN",
            summary: "Pausing or stopping cloud recording is forbidden.",
            cause: "The account's settings forbid pausing or stopping cloud recording, so the recording call was refused.",
            when: &["pausing or stopping a recording the account requires to continue"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.RECORDING_STOP_FORBIDDEN",
            remediation: &["Hide pause and stop while the account forbids them."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "RECORDING_MISMATCH_STATE",
            catalog_name: "RECORDING_MISMATCH_STATE",
            summary: "The recording is not in the state the call needs.",
            cause: "A cloud recording call was made in a recording state where it does not apply (for example starting a recording that is already running).",
            when: &[
                "starting a recording twice",
                "resuming a recording that is not paused",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.RECORDING_MISMATCH_STATE",
            remediation: &["Follow `recording-change` and call each method only in its state."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "RECORDING_ISO_DISABLE",
            catalog_name: "RECORDING_ISO_DISABLE",
            summary: "Individual (per-user) recording is disabled for the account.",
            cause: "`recording.acceptIndividualRecording` was refused because individual (per-user) recording is not enabled in the Zoom account's settings.",
            when: &[
                "calling `recording.acceptIndividualRecording` on an account without individual (per-user) recording",
            ],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.RECORDING_ISO_DISABLE",
            remediation: &[
                "Enable individual (per-user) recording in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "RECORDING_IQ_DISABLE",
            catalog_name: "RECORDING_IQ_DISABLE",
            summary: "Zoom IQ for recording is disabled for the account.",
            cause: "`recording.enableRecordingWithIQ` was refused because Zoom IQ for recording is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
            when: &[
                "calling `recording.enableRecordingWithIQ` on an account without Zoom IQ for recording",
            ],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.RECORDING_IQ_DISABLE",
            remediation: &[
                "Enable Zoom IQ for recording in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "RECORDING_IQ_PERMISSION_REQUIRED",
            catalog_name: "RECORDING_IQ_PERMISSION_REQUIRED",
            summary: "Only the host can enable recording with Zoom IQ.",
            cause: "`recording.enableRecordingWithIQ` was called by a user who is not the host. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
            when: &["a participant enables Zoom IQ recording"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.RECORDING_IQ_PERMISSION_REQUIRED",
            remediation: &["Offer it only to the host."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "RECORDING_IQ_MISMATCH_STATE",
            catalog_name: "RECORDING_IQ_MISMATCH_STATE",
            summary: "Recording with Zoom IQ is not in the state the call needs.",
            cause: "`recording.enableRecordingWithIQ` was called in a state where it does not apply. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
            when: &["enabling it twice"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.RECORDING_IQ_MISMATCH_STATE",
            remediation: &["Follow the recording state before calling."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LOCAL_RECORDING_ACCOUNT_DISABLE",
            catalog_name: "LOCAL_RECORDING_ACCOUNT_DISABLE",
            summary: "Local recording is disabled for the account.",
            cause: "`recording.askLocalRecordingPermission` was refused because local recording is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &[
                "calling `recording.askLocalRecordingPermission` on an account without local recording",
            ],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.LOCAL_RECORDING_ACCOUNT_DISABLE",
            remediation: &[
                "Enable local recording in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LOCAL_RECORDING_INVALID_VALUE",
            catalog_name: "LOCAL_RECORDING_INVALID_VALUE",
            summary: "The local recording permission value is invalid.",
            cause: "`recording.startLocalRecording` got an invalid permission value. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["passing an unknown value"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.LOCAL_RECORDING_INVALID_VALUE",
            remediation: &["Pass a documented permission value."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LOCAL_RECORDING_MISMATCH_STATE",
            catalog_name: "LOCAL_RECORDING_MISMATCH_STATE",
            summary: "Local recording is not in the state the call needs.",
            cause: "`recording.startLocalRecording` or `grantLocalRecordingPermission` was called in a state where it does not apply. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["starting local recording twice"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.LOCAL_RECORDING_MISMATCH_STATE",
            remediation: &["Follow the local recording state before calling."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TRANSCRIPTION_ACCOUNT_DISABLE",
            catalog_name: "TRANSCRIPTION_ACCOUNT_DISABLE",
            summary: "Live transcription is disabled for the account.",
            cause: "`liveTranscription.startLiveTranscription` was refused because live transcription is not enabled in the Zoom account's settings.",
            when: &[
                "calling `liveTranscription.startLiveTranscription` on an account without live transcription",
            ],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.TRANSCRIPTION_ACCOUNT_DISABLE",
            remediation: &[
                "Enable live transcription in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TRANSCRIPTION_FEATURE_DISABLE",
            catalog_name: "TRANSCRIPTION_FEATURE_DISABLE",
            summary: "The host has disabled live transcription.",
            cause: "`liveTranscription.startLiveTranscription` was refused because the session host turned the feature off.",
            when: &["starting transcription after the host disabled it"],
            user_message: "The host has turned off live transcription.",
            user_message_key: "zoom_video.exception_code.TRANSCRIPTION_FEATURE_DISABLE",
            remediation: &["Hide the transcription control while the host disallows it."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TRANSCRIPTION_LANGUAGE_UNSUPPORTED",
            catalog_name: "TRANSCRIPTION_LANGUAGE_UNSUPPORTED",
            summary: "The speaking language is not supported.",
            cause: "`liveTranscription.setSpeakingLanguage` got a language transcription does not support.",
            when: &["choosing an unsupported language"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.TRANSCRIPTION_LANGUAGE_UNSUPPORTED",
            remediation: &[
                "Offer only the languages the transcription client reports as supported.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TRANSCRIPTION_MISMATCH_STATE",
            catalog_name: "TRANSCRIPTION_MISMATCH_STATE",
            summary: "Transcription is not in the state the call needs.",
            cause: "`liveTranscription.setSpeakingLanguage` or `setTranslationLanguage` was called while transcription is not available or not started.",
            when: &["setting a language before transcription started"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.TRANSCRIPTION_MISMATCH_STATE",
            remediation: &["Start transcription first, then set languages."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TRANSLATION_ACCOUNT_DISABLE",
            catalog_name: "TRANSLATION_ACCOUNT_DISABLE",
            summary: "Translated captions is disabled for the account.",
            cause: "`liveTranscription.setTranslationLanguage` was refused because translated captions is not enabled in the Zoom account's settings.",
            when: &[
                "calling `liveTranscription.setTranslationLanguage` on an account without translated captions",
            ],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.TRANSLATION_ACCOUNT_DISABLE",
            remediation: &[
                "Enable translated captions in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TRANSLATION_LANGUAGE_UNSUPPORTED",
            catalog_name: "TRANSLATION_LANGUAGE_UNSUPPORTED",
            summary: "The translation language is not supported.",
            cause: "`liveTranscription.setTranslationLanguage` got a language translation does not support.",
            when: &["choosing an unsupported translation language"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.TRANSLATION_LANGUAGE_UNSUPPORTED",
            remediation: &["Offer only the translation languages the client reports as supported."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "MANUAL_CAPTION_ACCOUNT_DISABLE",
            catalog_name: "MANUAL_CAPTION_ACCOUNT_DISABLE",
            summary: "Manual captions is disabled for the account.",
            cause: "`liveTranscription.enableManualCaptioner` was refused because manual captions is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &[
                "calling `liveTranscription.enableManualCaptioner` on an account without manual captions",
            ],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.MANUAL_CAPTION_ACCOUNT_DISABLE",
            remediation: &[
                "Enable manual captions in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "MANUAL_CAPTION_FEATURE_DISABLE",
            catalog_name: "MANUAL_CAPTION_FEATURE_DISABLE",
            summary: "The host has disabled manual captions.",
            cause: "`liveTranscription.enableManualCaptioner` was refused because the host turned manual captions off. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["enabling a captioner while the host disallows it"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.MANUAL_CAPTION_FEATURE_DISABLE",
            remediation: &["Hide the control while the host disallows it."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "MANUAL_CAPTION_MISMATCH_USER",
            catalog_name: "MANUAL_CAPTION_MISMATCH_USER",
            summary: "The captioner user does not match a participant.",
            cause: "`liveTranscription.assignManualCaption` got a user ID that is not in the session. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["assigning a user who has left"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.MANUAL_CAPTION_MISMATCH_USER",
            remediation: &["Take the user ID from the current participant list."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "MANUAL_CAPTION_INSUFFICIENT_PRIVILEGE",
            catalog_name: "MANUAL_CAPTION_INSUFFICIENT_PRIVILEGE",
            summary: "The user may not send manual captions.",
            cause: "`liveTranscription.sendCaptionTextManually` was called by a user who is not an assigned captioner. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["sending captions without the captioner role"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.MANUAL_CAPTION_INSUFFICIENT_PRIVILEGE",
            remediation: &["Send captions only from the assigned captioner."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TRANSCRIPTION_LANGUAGE_LOCKED",
            catalog_name: "TRANSCRIPTION_LANGUAGE_LOCKED",
            summary: "The host has locked the transcription language.",
            cause: "`liveTranscription.lockTranscriptionLanguage` was called while the host already locked the transcription language.",
            when: &["changing or locking the language after the host locked it"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.TRANSCRIPTION_LANGUAGE_LOCKED",
            remediation: &["Follow the lock state and let the host change the language."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVE_STREAM_ACCOUNT_DISABLE",
            catalog_name: "LIVE_STREAM_ACCOUNT_DISABLE",
            summary: "Live streaming is disabled for the account.",
            cause: "`liveStream.startLiveStream` was refused because live streaming is not enabled in the Zoom account's settings.",
            when: &["calling `liveStream.startLiveStream` on an account without live streaming"],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.LIVE_STREAM_ACCOUNT_DISABLE",
            remediation: &[
                "Enable live streaming in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVE_STREAM_INVALID_PARAMETER",
            catalog_name: "LIVE_STREAM_INVALID_PARAMETER",
            summary: "A live stream parameter is invalid.",
            cause: "`liveStream.startLiveStream` got an invalid stream URL, key or page URL.",
            when: &["a malformed RTMP URL", "a missing stream key"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.LIVE_STREAM_INVALID_PARAMETER",
            remediation: &[
                "Validate the stream URL, stream key and broadcast page URL before starting.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVE_STREAM_MISMATCH_STATE",
            catalog_name: "LIVE_STREAM_MISMATCH_STATE",
            summary: "A live stream is already in progress.",
            cause: "`liveStream.startLiveStream` was refused because a live stream is running.",
            when: &["starting a second live stream"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.LIVE_STREAM_MISMATCH_STATE",
            remediation: &[
                "Follow `live-stream-status` and start a stream only when none is running.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INCOMING_LIVE_STREAM_INVALID_PARAMETER",
            catalog_name: "INCOMING_LIVE_STREAM_INVALID_PARAMETER",
            summary: "The incoming live stream ID is empty or not the bound one.",
            cause: "An incoming live stream method got a `streamId` that is empty or does not match the stream currently bound.",
            when: &["using a stale stream ID", "calling without a stream ID"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.INCOMING_LIVE_STREAM_INVALID_PARAMETER",
            remediation: &[
                "Pass the `streamId` of the stream bound with `bindIncomingLiveStream`.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INCOMING_LIVE_STREAM_MISMATCH_STATE",
            catalog_name: "INCOMING_LIVE_STREAM_MISMATCH_STATE",
            summary: "The incoming live stream is not in the state the call needs.",
            cause: "An incoming live stream method was called in the wrong state: binding from a breakout room, binding while the current stream is RTMP-connected, or starting or stopping while `isRTMPConnected` is false.",
            when: &[
                "binding a stream inside a breakout room",
                "starting before the RTMP source connected",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.INCOMING_LIVE_STREAM_MISMATCH_STATE",
            remediation: &[
                "Follow the incoming live stream status event (`isRTMPConnected`) and call each method only in its state.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SUBSESSION_ACCOUNT_DISABLE",
            catalog_name: "SUBSESSION_ACCOUNT_DISABLE",
            summary: "Subsessions is disabled for the account.",
            cause: "`subsession.createSubsessions` was refused because subsessions is not enabled in the Zoom account's settings.",
            when: &["calling `subsession.createSubsessions` on an account without subsessions"],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.SUBSESSION_ACCOUNT_DISABLE",
            remediation: &[
                "Enable subsessions in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SUBSESSION_EXCEED_CAPACITY",
            catalog_name: "SUBSESSION_EXCEED_CAPACITY",
            summary: "Too many subsessions were requested.",
            cause: "`subsession.createSubsessions` was asked for more subsessions than the limit (Zoom's docs say 100), or for none.",
            when: &["creating more than the maximum number of subsessions"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SUBSESSION_EXCEED_CAPACITY",
            remediation: &["Create at most the documented maximum number of subsessions."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SUBSESSION_MISMATCH_ID",
            catalog_name: "SUBSESSION_MISMATCH_ID",
            summary: "The subsession ID is wrong.",
            cause: "A subsession call (open, join, assign, move) got a subsession ID that does not exist.",
            when: &["using a stale subsession ID"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SUBSESSION_MISMATCH_ID",
            remediation: &["Take subsession IDs from `subsession.getSubsessionList()`."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SUBSESSION_MISMATCH_USER",
            catalog_name: "SUBSESSION_MISMATCH_USER",
            summary: "The subsession user ID is wrong.",
            cause: "A subsession call (open, move back, assign, move) got a user ID that is not in the session.",
            when: &["assigning a user who has left"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SUBSESSION_MISMATCH_USER",
            remediation: &["Take user IDs from the current participant list."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SUBSESSION_MISMATCH_STATE",
            catalog_name: "SUBSESSION_MISMATCH_STATE",
            summary: "The subsessions are not in the state the call needs.",
            cause: "A subsession call was made in a subsession status where it does not apply (for example opening subsessions that are already open).",
            when: &[
                "opening subsessions twice",
                "joining before subsessions are open",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SUBSESSION_MISMATCH_STATE",
            remediation: &[
                "Follow `subsession-state-change` and call each method only in its state.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SUBSESSION_EXIT_RESTRICTED",
            catalog_name: "SUBSESSION_EXIT_RESTRICTED",
            summary: "The host does not allow leaving the subsession.",
            cause: "`subsession.leaveSubsession` was refused because the host restricts users from leaving their subsession.",
            when: &["a participant leaves a subsession the host locked them into"],
            user_message: "The host does not allow leaving this room right now.",
            user_message_key: "zoom_video.exception_code.SUBSESSION_EXIT_RESTRICTED",
            remediation: &["Hide the leave control while leaving is restricted."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SUBSESSION_BROADCAST_DISABLE",
            catalog_name: "SUBSESSION_BROADCAST_DISABLE",
            summary: "Broadcasting messages to subsessions is disabled for the account.",
            cause: "`subsession.broadcast` was refused because broadcasting messages to subsessions is not enabled in the Zoom account's settings.",
            when: &[
                "calling `subsession.broadcast` on an account without broadcasting messages to subsessions",
            ],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.SUBSESSION_BROADCAST_DISABLE",
            remediation: &[
                "Enable broadcasting messages to subsessions in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SUBSESSION_BROADCAST_INVALID_CONTENT",
            catalog_name: "SUBSESSION_BROADCAST_INVALID_CONTENT",
            summary: "The broadcast message is empty or invalid.",
            cause: "`subsession.broadcast` got an empty message or one that is not a valid string.",
            when: &["broadcasting an empty message"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SUBSESSION_BROADCAST_INVALID_CONTENT",
            remediation: &["Broadcast only non-empty strings."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SUBSESSION_BROADCAST_VOICE_DISABLE",
            catalog_name: "SUBSESSION_BROADCAST_VOICE_DISABLE",
            summary: "Broadcasting voice to subsessions is disabled for the account.",
            cause: "`subsession.startBroadcastVoice` was refused because broadcasting voice to subsessions is not enabled in the Zoom account's settings.",
            when: &[
                "calling `subsession.startBroadcastVoice` on an account without broadcasting voice to subsessions",
            ],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.SUBSESSION_BROADCAST_VOICE_DISABLE",
            remediation: &[
                "Enable broadcasting voice to subsessions in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SUBSESSION_BROADCAST_VOICE_RESTRICTED",
            catalog_name: "SUBSESSION_BROADCAST_VOICE_RESTRICTED",
            summary: "Voice cannot be broadcast from inside a subsession.",
            cause:
                "`subsession.startBroadcastVoice` was called by the host from within a subsession.",
            when: &["broadcasting voice from a subsession"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SUBSESSION_BROADCAST_VOICE_RESTRICTED",
            remediation: &["Broadcast voice only from the main session."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE",
            catalog_name: "SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE",
            summary: "Voice broadcast needs an active audio connection.",
            cause: "`subsession.startBroadcastVoice` or `stopBroadcastVoice` was called while the host has no audio connected (or in a broadcast state where it does not apply).",
            when: &["broadcasting voice before starting audio"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE",
            remediation: &["Start audio before broadcasting voice; follow the broadcast state."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "REACTION_ACCOUNT_DISABLE",
            catalog_name: "REACTION_ACCOUNT_DISABLE",
            summary: "Emoji reactions is disabled for the account.",
            cause: "`reaction.sendEmojiReactionRequest` was refused because emoji reactions is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &[
                "calling `reaction.sendEmojiReactionRequest` on an account without emoji reactions",
            ],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.REACTION_ACCOUNT_DISABLE",
            remediation: &[
                "Enable emoji reactions in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "REACTION_INVALID_PARAMETER",
            catalog_name: "REACTION_INVALID_PARAMETER",
            summary: "The reaction parameter is invalid.",
            cause: "`reaction.sendEmojiReactionRequest` got an invalid argument. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["sending an unknown emoji"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.REACTION_INVALID_PARAMETER",
            remediation: &["Pass a documented reaction value."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SUMMARY_ACCOUNT_DISABLE",
            catalog_name: "SUMMARY_ACCOUNT_DISABLE",
            summary: "Meeting summary and query is disabled for the account.",
            cause: "`summary.startSummary` was refused because meeting summary and query is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
            when: &[
                "calling `summary.startSummary` on an account without meeting summary and query",
            ],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.SUMMARY_ACCOUNT_DISABLE",
            remediation: &[
                "Enable meeting summary and query in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "QA_INVALID_PARAMETER",
            catalog_name: "QA_INVALID_PARAMETER",
            summary: "A Q&A parameter is invalid.",
            cause: "`qa.askQuestion` or `qa.answerQuestion` got an invalid argument. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["asking an empty question"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.QA_INVALID_PARAMETER",
            remediation: &["Validate the question or answer before sending."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "QA_INSUFFICIENT_PRIVILEGE",
            catalog_name: "QA_INSUFFICIENT_PRIVILEGE",
            summary: "The host has disabled this Q&A action.",
            cause: "`qa.commentQuestion` or `qa.upvoteQuestion` was refused because the host disabled it. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
            when: &["commenting or upvoting while disallowed"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.QA_INSUFFICIENT_PRIVILEGE",
            remediation: &["Hide the action while the host disallows it."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "BROADCAST_STREAMING_ACCOUNT_DISABLE",
            catalog_name: "BROADCAST_STREAMING_ACCOUNT_DISABLE",
            summary: "Broadcast streaming is disabled for the account.",
            cause: "`broadcastStreamingClient.startBroadcast` was refused because broadcast streaming is not enabled in the Zoom account's settings.",
            when: &[
                "calling `broadcastStreamingClient.startBroadcast` on an account without broadcast streaming",
            ],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.BROADCAST_STREAMING_ACCOUNT_DISABLE",
            remediation: &[
                "Enable broadcast streaming in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "BROADCAST_STREAMING_MISMATCH_STATE",
            catalog_name: "BROADCAST_STREAMING_MISMATCH_STATE",
            summary: "Broadcast streaming is not in the state the call needs.",
            cause: "`broadcastStreamingClient.startBroadcast` was called in a broadcast status where it does not apply.",
            when: &["starting a broadcast that is already running"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.BROADCAST_STREAMING_MISMATCH_STATE",
            remediation: &["Follow the broadcast status and start only when none is running."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "BROADCAST_STREAMING_INVALID_CHANNEL_ID",
            catalog_name: "BROADCAST_STREAMING_INVALID_CHANNEL_ID",
            summary: "A broadcast channel ID is required.",
            cause: "`broadcastStreamingClient.stopBroadcast` needs a channel ID in this case and did not get a valid one.",
            when: &["stopping a broadcast without its channel ID"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.BROADCAST_STREAMING_INVALID_CHANNEL_ID",
            remediation: &["Pass the channel ID of the broadcast to stop."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "WHITEBOARD_ACCOUNT_DISABLE",
            catalog_name: "WHITEBOARD_ACCOUNT_DISABLE",
            summary: "The whiteboard is disabled for the account.",
            cause: "`whiteboard.startWhiteboardScreen` was refused because the whiteboard is not enabled in the Zoom account's settings.",
            when: &[
                "calling `whiteboard.startWhiteboardScreen` on an account without the whiteboard",
            ],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.WHITEBOARD_ACCOUNT_DISABLE",
            remediation: &[
                "Enable the whiteboard in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "WHITEBOARD_UNSUPPORTED",
            catalog_name: "WHITEBOARD_UNSUPPORTED",
            summary: "The whiteboard is not supported on this platform.",
            cause: "`whiteboard.startWhiteboardScreen` was refused because the platform does not support the whiteboard (Zoom names mobile browsers).",
            when: &["starting a whiteboard from a mobile browser"],
            user_message: "This feature is not supported on this browser or device.",
            user_message_key: "zoom_video.exception_code.WHITEBOARD_UNSUPPORTED",
            remediation: &["Offer the whiteboard only on desktop browsers."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "WHITEBOARD_SCREEN_SHARE_CONFLICT",
            catalog_name: "WHITEBOARD_SCREEN_SHARE_CONFLICT",
            summary: "A whiteboard cannot start while a screen share is in progress.",
            cause: "`whiteboard.startWhiteboardScreen` was refused because screen sharing is in progress.",
            when: &["starting a whiteboard during a screen share"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.WHITEBOARD_SCREEN_SHARE_CONFLICT",
            remediation: &["Stop the screen share first."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "WHITEBOARD_MISMATCH_STATE",
            catalog_name: "WHITEBOARD_MISMATCH_STATE",
            summary: "The whiteboard is not in the state the call needs.",
            cause: "`whiteboard.startWhiteboardScreen` or `exportWhiteboard` was called in a whiteboard state where it does not apply.",
            when: &[
                "starting a whiteboard twice",
                "exporting with no whiteboard open",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.WHITEBOARD_MISMATCH_STATE",
            remediation: &["Follow the whiteboard status and call each method only in its state."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "WHITEBOARD_HOST_PRIVILEGE_REQUIRED",
            catalog_name: "WHITEBOARD_HOST_PRIVILEGE_REQUIRED",
            summary: "Only the host or a manager may do this with the whiteboard.",
            cause: "A whiteboard call (start, stop, set permission) was made by a user without host or manager rights.",
            when: &["a participant starts or stops the whiteboard"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.WHITEBOARD_HOST_PRIVILEGE_REQUIRED",
            remediation: &["Offer these controls only to the host and managers."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "WHITEBOARD_INVALID_PARAMETER",
            catalog_name: "WHITEBOARD_INVALID_PARAMETER",
            summary: "A whiteboard parameter is invalid.",
            cause: "A whiteboard call got an invalid document, template or presenter ID.",
            when: &["passing a stale document ID"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.WHITEBOARD_INVALID_PARAMETER",
            remediation: &["Pass IDs the whiteboard client reported."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "WHITEBOARD_EXPORT_DISABLE",
            catalog_name: "WHITEBOARD_EXPORT_DISABLE",
            summary: "Exporting the whiteboard is disabled for this session.",
            cause: "`whiteboard.exportWhiteboard` was refused because export is disabled in the current session.",
            when: &["exporting while export is off"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.exception_code.WHITEBOARD_EXPORT_DISABLE",
            remediation: &["Hide the export control while export is disabled."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
            rationale: Some(
                "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "REAL_TIME_MEDIA_STREAMS_NOT_ENABLED",
            catalog_name: "REAL_TIME_MEDIA_STREAMS_NOT_ENABLED",
            summary: "Real-time media streams is disabled for the account.",
            cause: "`realTimeMediaStreamsClient.startRealTimeMediaStreams` was refused because real-time media streams is not enabled in the Zoom account's settings.",
            when: &[
                "calling `realTimeMediaStreamsClient.startRealTimeMediaStreams` on an account without real-time media streams",
            ],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.REAL_TIME_MEDIA_STREAMS_NOT_ENABLED",
            remediation: &[
                "Enable real-time media streams in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "REAL_TIME_MEDIA_STREAMS_INVALID_STATE",
            catalog_name: "REAL_TIME_MEDIA_STREAMS_INVALID_STATE",
            summary: "Real-time media streams are not in the state the call needs.",
            cause: "`startRealTimeMediaStreams` or `stopRealTimeMediaStreams` was called in a state where it does not apply.",
            when: &["starting twice", "stopping when not started"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.REAL_TIME_MEDIA_STREAMS_INVALID_STATE",
            remediation: &["Follow the real-time media streams status before calling."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM",
            catalog_name: "REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM",
            summary: "Real-time media streams are not available in breakout rooms.",
            cause: "`startRealTimeMediaStreams` was called from a breakout room.",
            when: &["starting from a subsession"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key:
                "zoom_video.exception_code.REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM",
            remediation: &["Start real-time media streams from the main session."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VOICE_TRANSLATOR_ACCOUNT_DISABLE",
            catalog_name: "VOICE_TRANSLATOR_ACCOUNT_DISABLE",
            summary: "The voice translator is disabled for the account.",
            cause: "`voiceTranslatorClient.startVoiceTranslator` was refused because the voice translator is not enabled in the Zoom account's settings.",
            when: &[
                "calling `voiceTranslatorClient.startVoiceTranslator` on an account without the voice translator",
            ],
            user_message: "This feature is not available in this call.",
            user_message_key: "zoom_video.exception_code.VOICE_TRANSLATOR_ACCOUNT_DISABLE",
            remediation: &[
                "Enable the voice translator in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST",
            catalog_name: "VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST",
            summary: "No voice translator language list is available.",
            cause: "`voiceTranslatorClient.setSpeakingLanguage` was refused because the list of translator languages is not available (yet).",
            when: &["setting a language before the translator has its language list"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key:
                "zoom_video.exception_code.VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST",
            remediation: &[
                "Wait until the translator has started and reports its languages, then set the language again.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
            since: None,
            category: crate::Category::ClientError,
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
                "The list arrives from the service after start, so a later attempt can succeed. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VOICE_TRANSLATOR_MISMATCH_STATE",
            catalog_name: "VOICE_TRANSLATOR_MISMATCH_STATE",
            summary: "The voice translator must be started first.",
            cause: "A voice translator setting (listening language, original audio balance, voice style) was changed before the translator started.",
            when: &["changing translator settings before `startVoiceTranslator` resolves"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VOICE_TRANSLATOR_MISMATCH_STATE",
            remediation: &["Start the voice translator first."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED",
            catalog_name: "VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED",
            summary: "The translator language is not supported.",
            cause: "`setSpeakingLanguage` or `setListeningLanguage` got a language the voice translator does not support.",
            when: &["choosing an unsupported language"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED",
            remediation: &["Offer only the languages the translator reports."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE",
            catalog_name: "VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE",
            summary: "The original audio balance is out of range.",
            cause: "`setOriginalAudioBalance` got a value outside 0 to 1.",
            when: &["passing a percentage instead of a fraction"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE",
            remediation: &["Pass a number from 0 to 1."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VOICE_TRANSLATOR_INCORRECT_TIMBRE",
            catalog_name: "VOICE_TRANSLATOR_INCORRECT_TIMBRE",
            summary: "The voice timbre ID is invalid.",
            cause: "`setTranslatedVoiceStyle` got a timbre ID that is invalid or unknown.",
            when: &["passing a stale timbre ID"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.exception_code.VOICE_TRANSLATOR_INCORRECT_TIMBRE",
            remediation: &["Pass a timbre ID the translator reports."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"],
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
                "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
            ),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::OperationTimeout => 0,
            Self::InternalError => 1,
            Self::OperationCancelled => 2,
            Self::SessionFetchInfoError => 3,
            Self::SessionInAnotherSession => 4,
            Self::SessionIncorrectPasscode => 5,
            Self::SessionNotStarted => 6,
            Self::SessionUserRemoved => 7,
            Self::SessionRoleTypeError => 8,
            Self::SessionWebinarUserRemoved => 9,
            Self::SessionInvalidParameter => 10,
            Self::SessionEnded => 11,
            Self::SessionLocked => 12,
            Self::SessionIbBlocked => 13,
            Self::SessionParticipantExist => 14,
            Self::ClientPlatformUnsupported => 15,
            Self::ClientDependentAssetsInaccessible => 16,
            Self::ClientSessionStateClosed => 17,
            Self::ClientSessionStateReconnecting => 18,
            Self::ClientSessionStateOnHold => 19,
            Self::ClientSessionNotWebinar => 20,
            Self::ClientHostOrManagerPermissionRequired => 21,
            Self::ClientHostPermissionRequired => 22,
            Self::ClientOriginHostPermissionRequired => 23,
            Self::ClientAttendeeApplicableOnly => 24,
            Self::ClientParticipantApplicableOnly => 25,
            Self::ClientMismatchUser => 26,
            Self::ClientDuplicatedJoin => 27,
            Self::ClientInvalidJoinParameter => 28,
            Self::ClientHostDisallowRename => 29,
            Self::StreamMismatchDevice => 30,
            Self::StreamMismatchUser => 31,
            Self::StreamSessionJoinRequired => 32,
            Self::StreamMismatchRenderElement => 33,
            Self::AudioCaptureFailed => 34,
            Self::AudioCaptureLoading => 35,
            Self::AudioInPstn => 36,
            Self::AudioEncodingRequired => 37,
            Self::AudioShareAudioConflict => 38,
            Self::AudioNotStarted => 39,
            Self::AudioAttendeeNotAllowed => 40,
            Self::SecondaryAudioUnsupported => 41,
            Self::SecondaryAudioDeviceConflict => 42,
            Self::SecondaryAudioScreenSharingConflict => 43,
            Self::SecondaryAudioNotStarted => 44,
            Self::PstnMismatchCountryCode => 45,
            Self::PstnNotConnected => 46,
            Self::CrcNotConnected => 47,
            Self::AudioAllowTalkUnsupported => 48,
            Self::AudioAllowTalkMismatchUser => 49,
            Self::AudioProcessorUnsupported => 50,
            Self::AudioProcessorDuplicateCreate => 51,
            Self::AudioProcessorMismatchProcessor => 52,
            Self::AudioProcessorLimitExceed => 53,
            Self::VideoCameraPermissionDenied => 54,
            Self::VideoNoCamera => 55,
            Self::VideoMismatchCamera => 56,
            Self::VideoCameraTaken => 57,
            Self::VideoVbInitializeError => 58,
            Self::VideoCaptureLoading => 59,
            Self::VideoMutedByHost => 60,
            Self::VideoVbUnsupported => 61,
            Self::VideoVbProcessorConflict => 62,
            Self::VideoMismatchState => 63,
            Self::VideoEstablishStreamError => 64,
            Self::VideoRenderLimitExceed => 65,
            Self::VideoMethodDeprecated => 66,
            Self::VideoVbImageInaccessible => 67,
            Self::VideoVbMismatchState => 68,
            Self::VideoMaskImageInaccessible => 69,
            Self::VideoMaskProcessorConflict => 70,
            Self::VideoSpotlightMismatchState => 71,
            Self::VideoSpotlightMultiConflict => 72,
            Self::VideoProcessorUnsupported => 73,
            Self::VideoProcessorLimitExceed => 74,
            Self::VideoProcessorDuplicateCreate => 75,
            Self::VideoProcessorMismatchProcessor => 76,
            Self::FarEndCameraControlDeviceUnsupported => 77,
            Self::FarEndCameraControlMismatchState => 78,
            Self::FarEndCameraPermissionRequired => 79,
            Self::FarEndCameraInvalidRange => 80,
            Self::FarEndCameraRateLimit => 81,
            Self::ScreenShareUserDenied => 82,
            Self::ScreenShareSystemDenied => 83,
            Self::ScreenShareUnsupported => 84,
            Self::ScreenShareSubsessionConflict => 85,
            Self::ScreenShareHostPrivilegeRequired => 86,
            Self::ScreenShareMismatchState => 87,
            Self::ScreenShareOptimizeVideoUnsupported => 88,
            Self::ScreenShareOptimizeVideoConflict => 89,
            Self::ScreenShareInvalidPrivilege => 90,
            Self::ScreenShareIbDenied => 91,
            Self::ScreenShareLimitExceed => 92,
            Self::ScreenShareWhiteboardConflict => 93,
            Self::ScreenShareAnnotationAccountDisable => 94,
            Self::ScreenShareAnnotationNoActiveShare => 95,
            Self::ScreenShareAnnotationPresenterDisabled => 96,
            Self::ScreenShareAnnotationDuplicateStart => 97,
            Self::ScreenShareAnnotationStartError => 98,
            Self::ScreenShareAnnotationIncorrectParameter => 99,
            Self::ScreenShareAnnotationNotSupport => 100,
            Self::ScreenShareAnnotationNotStart => 101,
            Self::ShareCameraMessageError => 102,
            Self::SharedProcessorUnsupported => 103,
            Self::SharedProcessorDuplicateCreate => 104,
            Self::SharedProcessorMismatchProcessor => 105,
            Self::SharedProcessorLimitExceed => 106,
            Self::RemoteControlAccountDisable => 107,
            Self::RemoteControlMismatchState => 108,
            Self::RemoteControlPermissionRequired => 109,
            Self::RemoteControlMismatchDisplaySurface => 110,
            Self::RemoteControlInvalidLaunchScheme => 111,
            Self::ChatEmptyMessage => 112,
            Self::ChatMismatchUser => 113,
            Self::ChatInsufficientPrivilege => 114,
            Self::ChatInvalidPrivilege => 115,
            Self::ChatSubsessionConflict => 116,
            Self::ChatEmptyFile => 117,
            Self::ChatInvalidRetryToken => 118,
            Self::ChatMismatchFileType => 119,
            Self::ChatExceedFileSize => 120,
            Self::ChatInvalidMsgIdOrUrl => 121,
            Self::ChatFileAccountDisable => 122,
            Self::ChatDeleteAccountDisable => 123,
            Self::CmdEmptyMessage => 124,
            Self::CmdMismatchUser => 125,
            Self::CmdInvalidMessageType => 126,
            Self::CmdExceedMessageLength => 127,
            Self::CmdChannelNotReady => 128,
            Self::CmdRateLimit => 129,
            Self::RecordingAccountDisable => 130,
            Self::RecordingStopForbidden => 131,
            Self::RecordingMismatchState => 132,
            Self::RecordingIsoDisable => 133,
            Self::RecordingIqDisable => 134,
            Self::RecordingIqPermissionRequired => 135,
            Self::RecordingIqMismatchState => 136,
            Self::LocalRecordingAccountDisable => 137,
            Self::LocalRecordingInvalidValue => 138,
            Self::LocalRecordingMismatchState => 139,
            Self::TranscriptionAccountDisable => 140,
            Self::TranscriptionFeatureDisable => 141,
            Self::TranscriptionLanguageUnsupported => 142,
            Self::TranscriptionMismatchState => 143,
            Self::TranslationAccountDisable => 144,
            Self::TranslationLanguageUnsupported => 145,
            Self::ManualCaptionAccountDisable => 146,
            Self::ManualCaptionFeatureDisable => 147,
            Self::ManualCaptionMismatchUser => 148,
            Self::ManualCaptionInsufficientPrivilege => 149,
            Self::TranscriptionLanguageLocked => 150,
            Self::LiveStreamAccountDisable => 151,
            Self::LiveStreamInvalidParameter => 152,
            Self::LiveStreamMismatchState => 153,
            Self::IncomingLiveStreamInvalidParameter => 154,
            Self::IncomingLiveStreamMismatchState => 155,
            Self::SubsessionAccountDisable => 156,
            Self::SubsessionExceedCapacity => 157,
            Self::SubsessionMismatchId => 158,
            Self::SubsessionMismatchUser => 159,
            Self::SubsessionMismatchState => 160,
            Self::SubsessionExitRestricted => 161,
            Self::SubsessionBroadcastDisable => 162,
            Self::SubsessionBroadcastInvalidContent => 163,
            Self::SubsessionBroadcastVoiceDisable => 164,
            Self::SubsessionBroadcastVoiceRestricted => 165,
            Self::SubsessionBroadcastVoiceMismatchState => 166,
            Self::ReactionAccountDisable => 167,
            Self::ReactionInvalidParameter => 168,
            Self::SummaryAccountDisable => 169,
            Self::QaInvalidParameter => 170,
            Self::QaInsufficientPrivilege => 171,
            Self::BroadcastStreamingAccountDisable => 172,
            Self::BroadcastStreamingMismatchState => 173,
            Self::BroadcastStreamingInvalidChannelId => 174,
            Self::WhiteboardAccountDisable => 175,
            Self::WhiteboardUnsupported => 176,
            Self::WhiteboardScreenShareConflict => 177,
            Self::WhiteboardMismatchState => 178,
            Self::WhiteboardHostPrivilegeRequired => 179,
            Self::WhiteboardInvalidParameter => 180,
            Self::WhiteboardExportDisable => 181,
            Self::RealTimeMediaStreamsNotEnabled => 182,
            Self::RealTimeMediaStreamsInvalidState => 183,
            Self::RealTimeMediaStreamsNotSupportedInBreakoutRoom => 184,
            Self::VoiceTranslatorAccountDisable => 185,
            Self::VoiceTranslatorNoAvailableLanguageList => 186,
            Self::VoiceTranslatorMismatchState => 187,
            Self::VoiceTranslatorLanguageUnsupported => 188,
            Self::VoiceTranslatorIncorrectBalanceRange => 189,
            Self::VoiceTranslatorIncorrectTimbre => 190,
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
            1 => Some(Self::OperationTimeout),
            2 => Some(Self::InternalError),
            3 => Some(Self::OperationCancelled),
            200 => Some(Self::SessionFetchInfoError),
            3000 => Some(Self::SessionInAnotherSession),
            3004 => Some(Self::SessionIncorrectPasscode),
            3008 => Some(Self::SessionNotStarted),
            3009 => Some(Self::SessionUserRemoved),
            3010 => Some(Self::SessionRoleTypeError),
            3620 => Some(Self::SessionWebinarUserRemoved),
            4003 => Some(Self::SessionInvalidParameter),
            4004 => Some(Self::SessionEnded),
            4006 => Some(Self::SessionLocked),
            4007 => Some(Self::SessionIbBlocked),
            4008 => Some(Self::SessionParticipantExist),
            5000 => Some(Self::ClientPlatformUnsupported),
            5001 => Some(Self::ClientDependentAssetsInaccessible),
            5002 => Some(Self::ClientSessionStateClosed),
            5003 => Some(Self::ClientSessionStateReconnecting),
            5004 => Some(Self::ClientSessionStateOnHold),
            5005 => Some(Self::ClientSessionNotWebinar),
            5006 => Some(Self::ClientHostOrManagerPermissionRequired),
            5007 => Some(Self::ClientHostPermissionRequired),
            5008 => Some(Self::ClientOriginHostPermissionRequired),
            5009 => Some(Self::ClientAttendeeApplicableOnly),
            5010 => Some(Self::ClientParticipantApplicableOnly),
            5011 => Some(Self::ClientMismatchUser),
            5012 => Some(Self::ClientDuplicatedJoin),
            5013 => Some(Self::ClientInvalidJoinParameter),
            5014 => Some(Self::ClientHostDisallowRename),
            6000 => Some(Self::StreamMismatchDevice),
            6001 => Some(Self::StreamMismatchUser),
            6002 => Some(Self::StreamSessionJoinRequired),
            6003 => Some(Self::StreamMismatchRenderElement),
            6010 => Some(Self::AudioCaptureFailed),
            6011 => Some(Self::AudioCaptureLoading),
            6012 => Some(Self::AudioInPstn),
            6013 => Some(Self::AudioEncodingRequired),
            6014 => Some(Self::AudioShareAudioConflict),
            6015 => Some(Self::AudioNotStarted),
            6016 => Some(Self::AudioAttendeeNotAllowed),
            6017 => Some(Self::SecondaryAudioUnsupported),
            6018 => Some(Self::SecondaryAudioDeviceConflict),
            6019 => Some(Self::SecondaryAudioScreenSharingConflict),
            6020 => Some(Self::SecondaryAudioNotStarted),
            6021 => Some(Self::PstnMismatchCountryCode),
            6022 => Some(Self::PstnNotConnected),
            6023 => Some(Self::CrcNotConnected),
            6024 => Some(Self::AudioAllowTalkUnsupported),
            6025 => Some(Self::AudioAllowTalkMismatchUser),
            6026 => Some(Self::AudioProcessorUnsupported),
            6027 => Some(Self::AudioProcessorDuplicateCreate),
            6028 => Some(Self::AudioProcessorMismatchProcessor),
            6029 => Some(Self::AudioProcessorLimitExceed),
            6100 => Some(Self::VideoCameraPermissionDenied),
            6101 => Some(Self::VideoNoCamera),
            6102 => Some(Self::VideoMismatchCamera),
            6103 => Some(Self::VideoCameraTaken),
            6104 => Some(Self::VideoVbInitializeError),
            6105 => Some(Self::VideoCaptureLoading),
            6106 => Some(Self::VideoMutedByHost),
            6107 => Some(Self::VideoVbUnsupported),
            6108 => Some(Self::VideoVbProcessorConflict),
            6109 => Some(Self::VideoMismatchState),
            6110 => Some(Self::VideoEstablishStreamError),
            6111 => Some(Self::VideoRenderLimitExceed),
            6112 => Some(Self::VideoMethodDeprecated),
            6113 => Some(Self::VideoVbImageInaccessible),
            6114 => Some(Self::VideoVbMismatchState),
            6115 => Some(Self::VideoMaskImageInaccessible),
            6116 => Some(Self::VideoMaskProcessorConflict),
            6117 => Some(Self::VideoSpotlightMismatchState),
            6118 => Some(Self::VideoSpotlightMultiConflict),
            6119 => Some(Self::VideoProcessorUnsupported),
            6120 => Some(Self::VideoProcessorLimitExceed),
            6121 => Some(Self::VideoProcessorDuplicateCreate),
            6122 => Some(Self::VideoProcessorMismatchProcessor),
            6150 => Some(Self::FarEndCameraControlDeviceUnsupported),
            6151 => Some(Self::FarEndCameraControlMismatchState),
            6152 => Some(Self::FarEndCameraPermissionRequired),
            6153 => Some(Self::FarEndCameraInvalidRange),
            6154 => Some(Self::FarEndCameraRateLimit),
            6200 => Some(Self::ScreenShareUserDenied),
            6201 => Some(Self::ScreenShareSystemDenied),
            6202 => Some(Self::ScreenShareUnsupported),
            6203 => Some(Self::ScreenShareSubsessionConflict),
            6204 => Some(Self::ScreenShareHostPrivilegeRequired),
            6205 => Some(Self::ScreenShareMismatchState),
            6206 => Some(Self::ScreenShareOptimizeVideoUnsupported),
            6207 => Some(Self::ScreenShareOptimizeVideoConflict),
            6208 => Some(Self::ScreenShareInvalidPrivilege),
            6209 => Some(Self::ScreenShareIbDenied),
            6218 => Some(Self::ScreenShareLimitExceed),
            6220 => Some(Self::ScreenShareWhiteboardConflict),
            6210 => Some(Self::ScreenShareAnnotationAccountDisable),
            6211 => Some(Self::ScreenShareAnnotationNoActiveShare),
            6212 => Some(Self::ScreenShareAnnotationPresenterDisabled),
            6213 => Some(Self::ScreenShareAnnotationDuplicateStart),
            6214 => Some(Self::ScreenShareAnnotationStartError),
            6215 => Some(Self::ScreenShareAnnotationIncorrectParameter),
            6216 => Some(Self::ScreenShareAnnotationNotSupport),
            6217 => Some(Self::ScreenShareAnnotationNotStart),
            6219 => Some(Self::ShareCameraMessageError),
            6223 => Some(Self::SharedProcessorUnsupported),
            6224 => Some(Self::SharedProcessorDuplicateCreate),
            6225 => Some(Self::SharedProcessorMismatchProcessor),
            6226 => Some(Self::SharedProcessorLimitExceed),
            6300 => Some(Self::RemoteControlAccountDisable),
            6301 => Some(Self::RemoteControlMismatchState),
            6302 => Some(Self::RemoteControlPermissionRequired),
            6303 => Some(Self::RemoteControlMismatchDisplaySurface),
            6304 => Some(Self::RemoteControlInvalidLaunchScheme),
            7000 => Some(Self::ChatEmptyMessage),
            7001 => Some(Self::ChatMismatchUser),
            7002 => Some(Self::ChatInsufficientPrivilege),
            7003 => Some(Self::ChatInvalidPrivilege),
            7004 => Some(Self::ChatSubsessionConflict),
            7005 => Some(Self::ChatEmptyFile),
            7006 => Some(Self::ChatInvalidRetryToken),
            7007 => Some(Self::ChatMismatchFileType),
            7008 => Some(Self::ChatExceedFileSize),
            7009 => Some(Self::ChatInvalidMsgIdOrUrl),
            7010 => Some(Self::ChatFileAccountDisable),
            7011 => Some(Self::ChatDeleteAccountDisable),
            7100 => Some(Self::CmdEmptyMessage),
            7101 => Some(Self::CmdMismatchUser),
            7102 => Some(Self::CmdInvalidMessageType),
            7103 => Some(Self::CmdExceedMessageLength),
            7104 => Some(Self::CmdChannelNotReady),
            7105 => Some(Self::CmdRateLimit),
            7200 => Some(Self::RecordingAccountDisable),
            7201 => Some(Self::RecordingStopForbidden),
            7202 => Some(Self::RecordingMismatchState),
            7203 => Some(Self::RecordingIsoDisable),
            7204 => Some(Self::RecordingIqDisable),
            7205 => Some(Self::RecordingIqPermissionRequired),
            7206 => Some(Self::RecordingIqMismatchState),
            7207 => Some(Self::LocalRecordingAccountDisable),
            7208 => Some(Self::LocalRecordingInvalidValue),
            7209 => Some(Self::LocalRecordingMismatchState),
            7300 => Some(Self::TranscriptionAccountDisable),
            7301 => Some(Self::TranscriptionFeatureDisable),
            7302 => Some(Self::TranscriptionLanguageUnsupported),
            7303 => Some(Self::TranscriptionMismatchState),
            7304 => Some(Self::TranslationAccountDisable),
            7305 => Some(Self::TranslationLanguageUnsupported),
            7306 => Some(Self::ManualCaptionAccountDisable),
            7307 => Some(Self::ManualCaptionFeatureDisable),
            7308 => Some(Self::ManualCaptionMismatchUser),
            7309 => Some(Self::ManualCaptionInsufficientPrivilege),
            7310 => Some(Self::TranscriptionLanguageLocked),
            7400 => Some(Self::LiveStreamAccountDisable),
            7401 => Some(Self::LiveStreamInvalidParameter),
            7402 => Some(Self::LiveStreamMismatchState),
            7450 => Some(Self::IncomingLiveStreamInvalidParameter),
            7451 => Some(Self::IncomingLiveStreamMismatchState),
            7500 => Some(Self::SubsessionAccountDisable),
            7501 => Some(Self::SubsessionExceedCapacity),
            7502 => Some(Self::SubsessionMismatchId),
            7503 => Some(Self::SubsessionMismatchUser),
            7504 => Some(Self::SubsessionMismatchState),
            7505 => Some(Self::SubsessionExitRestricted),
            7506 => Some(Self::SubsessionBroadcastDisable),
            7507 => Some(Self::SubsessionBroadcastInvalidContent),
            7508 => Some(Self::SubsessionBroadcastVoiceDisable),
            7509 => Some(Self::SubsessionBroadcastVoiceRestricted),
            7510 => Some(Self::SubsessionBroadcastVoiceMismatchState),
            7600 => Some(Self::ReactionAccountDisable),
            7601 => Some(Self::ReactionInvalidParameter),
            7700 => Some(Self::SummaryAccountDisable),
            7800 => Some(Self::QaInvalidParameter),
            7801 => Some(Self::QaInsufficientPrivilege),
            7900 => Some(Self::BroadcastStreamingAccountDisable),
            7901 => Some(Self::BroadcastStreamingMismatchState),
            7902 => Some(Self::BroadcastStreamingInvalidChannelId),
            8000 => Some(Self::WhiteboardAccountDisable),
            8001 => Some(Self::WhiteboardUnsupported),
            8002 => Some(Self::WhiteboardScreenShareConflict),
            8003 => Some(Self::WhiteboardMismatchState),
            8004 => Some(Self::WhiteboardHostPrivilegeRequired),
            8005 => Some(Self::WhiteboardInvalidParameter),
            8006 => Some(Self::WhiteboardExportDisable),
            8100 => Some(Self::RealTimeMediaStreamsNotEnabled),
            8101 => Some(Self::RealTimeMediaStreamsInvalidState),
            8102 => Some(Self::RealTimeMediaStreamsNotSupportedInBreakoutRoom),
            8200 => Some(Self::VoiceTranslatorAccountDisable),
            8201 => Some(Self::VoiceTranslatorNoAvailableLanguageList),
            8202 => Some(Self::VoiceTranslatorMismatchState),
            8203 => Some(Self::VoiceTranslatorLanguageUnsupported),
            8204 => Some(Self::VoiceTranslatorIncorrectBalanceRange),
            8205 => Some(Self::VoiceTranslatorIncorrectTimbre),
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
            "OPERATION_TIMEOUT" => Some(Self::OperationTimeout),
            "INTERNAL_ERROR" => Some(Self::InternalError),
            "OPERATION_CANCELLED" => Some(Self::OperationCancelled),
            "SESSION_FETCH_INFO_ERROR" => Some(Self::SessionFetchInfoError),
            "SESSION_IN_ANOTHER_SESSION" => Some(Self::SessionInAnotherSession),
            "SESSION_INCORRECT_PASSCODE" => Some(Self::SessionIncorrectPasscode),
            "SESSION_NOT_STARTED" => Some(Self::SessionNotStarted),
            "SESSION_USER_REMOVED" => Some(Self::SessionUserRemoved),
            "SESSION_ROLE_TYPE_ERROR" => Some(Self::SessionRoleTypeError),
            "SESSION_WEBINAR_USER_REMOVED" => Some(Self::SessionWebinarUserRemoved),
            "SESSION_INVALID_PARAMETER" => Some(Self::SessionInvalidParameter),
            "SESSION_ENDED" => Some(Self::SessionEnded),
            "SESSION_LOCKED" => Some(Self::SessionLocked),
            "SESSION_IB_BLOCKED" => Some(Self::SessionIbBlocked),
            "SESSION_PARTICIPANT_EXIST" => Some(Self::SessionParticipantExist),
            "CLIENT_PLATFORM_UNSUPPORTED" => Some(Self::ClientPlatformUnsupported),
            "CLIENT_DEPENDENT_ASSETS_INACCESSIBLE" => Some(Self::ClientDependentAssetsInaccessible),
            "CLIENT_SESSION_STATE_CLOSED" => Some(Self::ClientSessionStateClosed),
            "CLIENT_SESSION_STATE_RECONNECTING" => Some(Self::ClientSessionStateReconnecting),
            "CLIENT_SESSION_STATE_ON_HOLD" => Some(Self::ClientSessionStateOnHold),
            "CLIENT_SESSION_NOT_WEBINAR" => Some(Self::ClientSessionNotWebinar),
            "CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED" => {
                Some(Self::ClientHostOrManagerPermissionRequired)
            }
            "CLIENT_HOST_PERMISSION_REQUIRED" => Some(Self::ClientHostPermissionRequired),
            "CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED" => {
                Some(Self::ClientOriginHostPermissionRequired)
            }
            "CLIENT_ATTENDEE_APPLICABLE_ONLY" => Some(Self::ClientAttendeeApplicableOnly),
            "CLIENT_PARTICIPANT_APPLICABLE_ONLY" => Some(Self::ClientParticipantApplicableOnly),
            "CLIENT_MISMATCH_USER" => Some(Self::ClientMismatchUser),
            "CLIENT_DUPLICATED_JOIN" => Some(Self::ClientDuplicatedJoin),
            "CLIENT_INVALID_JOIN_PARAMETER" => Some(Self::ClientInvalidJoinParameter),
            "CLIENT_HOST_DISALLOW_RENAME" => Some(Self::ClientHostDisallowRename),
            "STREAM_MISMATCH_DEVICE" => Some(Self::StreamMismatchDevice),
            "STREAM_MISMATCH_USER" => Some(Self::StreamMismatchUser),
            "STREAM_SESSION_JOIN_REQUIRED" => Some(Self::StreamSessionJoinRequired),
            "STREAM_MISMATCH_RENDER_ELEMENT" => Some(Self::StreamMismatchRenderElement),
            "AUDIO_CAPTURE_FAILED" => Some(Self::AudioCaptureFailed),
            "AUDIO_CAPTURE_LOADING" => Some(Self::AudioCaptureLoading),
            "AUDIO_IN_PSTN" => Some(Self::AudioInPstn),
            "AUDIO_ENCODING_REQUIRED" => Some(Self::AudioEncodingRequired),
            "AUDIO_SHARE_AUDIO_CONFLICT" => Some(Self::AudioShareAudioConflict),
            "AUDIO_NOT_STARTED" => Some(Self::AudioNotStarted),
            "AUDIO_ATTENDEE_NOT_ALLOWED" => Some(Self::AudioAttendeeNotAllowed),
            "SECONDARY_AUDIO_UNSUPPORTED" => Some(Self::SecondaryAudioUnsupported),
            "SECONDARY_AUDIO_DEVICE_CONFLICT" => Some(Self::SecondaryAudioDeviceConflict),
            "SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT" => {
                Some(Self::SecondaryAudioScreenSharingConflict)
            }
            "SECONDARY_AUDIO_NOT_STARTED" => Some(Self::SecondaryAudioNotStarted),
            "PSTN_MISMATCH_COUNTRY_CODE" => Some(Self::PstnMismatchCountryCode),
            "PSTN_NOT_CONNECTED" => Some(Self::PstnNotConnected),
            "CRC_NOT_CONNECTED" => Some(Self::CrcNotConnected),
            "AUDIO_ALLOW_TALK_UNSUPPORTED" => Some(Self::AudioAllowTalkUnsupported),
            "AUDIO_ALLOW_TALK_MISMATCH_USER" => Some(Self::AudioAllowTalkMismatchUser),
            "AUDIO_PROCESSOR_UNSUPPORTED" => Some(Self::AudioProcessorUnsupported),
            "AUDIO_PROCESSOR_DUPLICATE_CREATE" => Some(Self::AudioProcessorDuplicateCreate),
            "AUDIO_PROCESSOR_MISMATCH_PROCESSOR" => Some(Self::AudioProcessorMismatchProcessor),
            "AUDIO_PROCESSOR_LIMIT_EXCEED" => Some(Self::AudioProcessorLimitExceed),
            "VIDEO_CAMERA_PERMISSION_DENIED" => Some(Self::VideoCameraPermissionDenied),
            "VIDEO_NO_CAMERA" => Some(Self::VideoNoCamera),
            "VIDEO_MISMATCH_CAMERA" => Some(Self::VideoMismatchCamera),
            "VIDEO_CAMERA_TAKEN" => Some(Self::VideoCameraTaken),
            "VIDEO_VB_INITIALIZE_ERROR" => Some(Self::VideoVbInitializeError),
            "VIDEO_CAPTURE_LOADING" => Some(Self::VideoCaptureLoading),
            "VIDEO_MUTED_BY_HOST" => Some(Self::VideoMutedByHost),
            "VIDEO_VB_UNSUPPORTED" => Some(Self::VideoVbUnsupported),
            "VIDEO_VB_PROCESSOR_CONFLICT" => Some(Self::VideoVbProcessorConflict),
            "VIDEO_MISMATCH_STATE" => Some(Self::VideoMismatchState),
            "VIDEO_ESTABLISH_STREAM_ERROR" => Some(Self::VideoEstablishStreamError),
            "VIDEO_RENDER_LIMIT_EXCEED" => Some(Self::VideoRenderLimitExceed),
            "VIDEO_METHOD_DEPRECATED" => Some(Self::VideoMethodDeprecated),
            "VIDEO_VB_IMAGE_INACCESSIBLE" => Some(Self::VideoVbImageInaccessible),
            "VIDEO_VB_MISMATCH_STATE" => Some(Self::VideoVbMismatchState),
            "VIDEO_MASK_IMAGE_INACCESSIBLE" => Some(Self::VideoMaskImageInaccessible),
            "VIDEO_MASK_PROCESSOR_CONFLICT" => Some(Self::VideoMaskProcessorConflict),
            "VIDEO_SPOTLIGHT_MISMATCH_STATE" => Some(Self::VideoSpotlightMismatchState),
            "VIDEO_SPOTLIGHT_MULTI_CONFLICT" => Some(Self::VideoSpotlightMultiConflict),
            "VIDEO_PROCESSOR_UNSUPPORTED" => Some(Self::VideoProcessorUnsupported),
            "VIDEO_PROCESSOR_LIMIT_EXCEED" => Some(Self::VideoProcessorLimitExceed),
            "VIDEO_PROCESSOR_DUPLICATE_CREATE" => Some(Self::VideoProcessorDuplicateCreate),
            "VIDEO_PROCESSOR_MISMATCH_PROCESSOR" => Some(Self::VideoProcessorMismatchProcessor),
            "FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED" => {
                Some(Self::FarEndCameraControlDeviceUnsupported)
            }
            "FAR_END_CAMERA_CONTROL_MISMATCH_STATE" => Some(Self::FarEndCameraControlMismatchState),
            "FAR_END_CAMERA_PERMISSION_REQUIRED" => Some(Self::FarEndCameraPermissionRequired),
            "FAR_END_CAMERA_INVALID_RANGE" => Some(Self::FarEndCameraInvalidRange),
            "FAR_END_CAMERA_RATE_LIMIT" => Some(Self::FarEndCameraRateLimit),
            "SCREEN_SHARE_USER_DENIED" => Some(Self::ScreenShareUserDenied),
            "SCREEN_SHARE_SYSTEM_DENIED" => Some(Self::ScreenShareSystemDenied),
            "SCREEN_SHARE_UNSUPPORTED" => Some(Self::ScreenShareUnsupported),
            "SCREEN_SHARE_SUBSESSION_CONFLICT" => Some(Self::ScreenShareSubsessionConflict),
            "SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED" => Some(Self::ScreenShareHostPrivilegeRequired),
            "SCREEN_SHARE_MISMATCH_STATE" => Some(Self::ScreenShareMismatchState),
            "SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED" => {
                Some(Self::ScreenShareOptimizeVideoUnsupported)
            }
            "SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT" => Some(Self::ScreenShareOptimizeVideoConflict),
            "SCREEN_SHARE_INVALID_PRIVILEGE" => Some(Self::ScreenShareInvalidPrivilege),
            "SCREEN_SHARE_IB_DENIED" => Some(Self::ScreenShareIbDenied),
            "SCREEN_SHARE_LIMIT_EXCEED" => Some(Self::ScreenShareLimitExceed),
            "SCREEN_SHARE_WHITEBOARD_CONFLICT" => Some(Self::ScreenShareWhiteboardConflict),
            "SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE" => {
                Some(Self::ScreenShareAnnotationAccountDisable)
            }
            "SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE" => {
                Some(Self::ScreenShareAnnotationNoActiveShare)
            }
            "SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED" => {
                Some(Self::ScreenShareAnnotationPresenterDisabled)
            }
            "SCREEN_SHARE_ANNOTATION_DUPLICATE_START" => {
                Some(Self::ScreenShareAnnotationDuplicateStart)
            }
            "SCREEN_SHARE_ANNOTATION_START_ERROR" => Some(Self::ScreenShareAnnotationStartError),
            "SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER" => {
                Some(Self::ScreenShareAnnotationIncorrectParameter)
            }
            "SCREEN_SHARE_ANNOTATION_NOT_SUPPORT" => Some(Self::ScreenShareAnnotationNotSupport),
            "SCREEN_SHARE_ANNOTATION_NOT_START" => Some(Self::ScreenShareAnnotationNotStart),
            "SHARE_CAMERA_MESSAGE_ERROR" => Some(Self::ShareCameraMessageError),
            "SHARED_PROCESSOR_UNSUPPORTED" => Some(Self::SharedProcessorUnsupported),
            "SHARED_PROCESSOR_DUPLICATE_CREATE" => Some(Self::SharedProcessorDuplicateCreate),
            "SHARED_PROCESSOR_MISMATCH_PROCESSOR" => Some(Self::SharedProcessorMismatchProcessor),
            "SHARED_PROCESSOR_LIMIT_EXCEED" => Some(Self::SharedProcessorLimitExceed),
            "REMOTE_CONTROL_ACCOUNT_DISABLE" => Some(Self::RemoteControlAccountDisable),
            "REMOTE_CONTROL_MISMATCH_STATE" => Some(Self::RemoteControlMismatchState),
            "REMOTE_CONTROL_PERMISSION_REQUIRED" => Some(Self::RemoteControlPermissionRequired),
            "REMOTE_CONTROL_MISMATCH_DISPLAY_SURFACE" => {
                Some(Self::RemoteControlMismatchDisplaySurface)
            }
            "REMOTE_CONTROL_INVALID_LAUNCH_SCHEME" => Some(Self::RemoteControlInvalidLaunchScheme),
            "CHAT_EMPTY_MESSAGE" => Some(Self::ChatEmptyMessage),
            "CHAT_MISMATCH_USER" => Some(Self::ChatMismatchUser),
            "CHAT_INSUFFICIENT_PRIVILEGE" => Some(Self::ChatInsufficientPrivilege),
            "CHAT_INVALID_PRIVILEGE" => Some(Self::ChatInvalidPrivilege),
            "CHAT_SUBSESSION_CONFLICT" => Some(Self::ChatSubsessionConflict),
            "CHAT_EMPTY_FILE" => Some(Self::ChatEmptyFile),
            "CHAT_INVALID_RETRY_TOKEN" => Some(Self::ChatInvalidRetryToken),
            "CHAT_MISMATCH_FILE_TYPE" => Some(Self::ChatMismatchFileType),
            "CHAT_EXCEED_FILE_SIZE" => Some(Self::ChatExceedFileSize),
            "CHAT_INVALID_MSG_ID_OR_URL" => Some(Self::ChatInvalidMsgIdOrUrl),
            "CHAT_FILE_ACCOUNT_DISABLE" => Some(Self::ChatFileAccountDisable),
            "CHAT_DELETE_ACCOUNT_DISABLE" => Some(Self::ChatDeleteAccountDisable),
            "CMD_EMPTY_MESSAGE" => Some(Self::CmdEmptyMessage),
            "CMD_MISMATCH_USER" => Some(Self::CmdMismatchUser),
            "CMD_INVALID_MESSAGE_TYPE" => Some(Self::CmdInvalidMessageType),
            "CMD_EXCEED_MESSAGE_LENGTH" => Some(Self::CmdExceedMessageLength),
            "CMD_CHANNEL_NOT_READY" => Some(Self::CmdChannelNotReady),
            "CMD_RATE_LIMIT" => Some(Self::CmdRateLimit),
            "RECORDING_ACCOUNT_DISABLE" => Some(Self::RecordingAccountDisable),
            "RECORDING_STOP_FORBIDDEN" => Some(Self::RecordingStopForbidden),
            "RECORDING_MISMATCH_STATE" => Some(Self::RecordingMismatchState),
            "RECORDING_ISO_DISABLE" => Some(Self::RecordingIsoDisable),
            "RECORDING_IQ_DISABLE" => Some(Self::RecordingIqDisable),
            "RECORDING_IQ_PERMISSION_REQUIRED" => Some(Self::RecordingIqPermissionRequired),
            "RECORDING_IQ_MISMATCH_STATE" => Some(Self::RecordingIqMismatchState),
            "LOCAL_RECORDING_ACCOUNT_DISABLE" => Some(Self::LocalRecordingAccountDisable),
            "LOCAL_RECORDING_INVALID_VALUE" => Some(Self::LocalRecordingInvalidValue),
            "LOCAL_RECORDING_MISMATCH_STATE" => Some(Self::LocalRecordingMismatchState),
            "TRANSCRIPTION_ACCOUNT_DISABLE" => Some(Self::TranscriptionAccountDisable),
            "TRANSCRIPTION_FEATURE_DISABLE" => Some(Self::TranscriptionFeatureDisable),
            "TRANSCRIPTION_LANGUAGE_UNSUPPORTED" => Some(Self::TranscriptionLanguageUnsupported),
            "TRANSCRIPTION_MISMATCH_STATE" => Some(Self::TranscriptionMismatchState),
            "TRANSLATION_ACCOUNT_DISABLE" => Some(Self::TranslationAccountDisable),
            "TRANSLATION_LANGUAGE_UNSUPPORTED" => Some(Self::TranslationLanguageUnsupported),
            "MANUAL_CAPTION_ACCOUNT_DISABLE" => Some(Self::ManualCaptionAccountDisable),
            "MANUAL_CAPTION_FEATURE_DISABLE" => Some(Self::ManualCaptionFeatureDisable),
            "MANUAL_CAPTION_MISMATCH_USER" => Some(Self::ManualCaptionMismatchUser),
            "MANUAL_CAPTION_INSUFFICIENT_PRIVILEGE" => {
                Some(Self::ManualCaptionInsufficientPrivilege)
            }
            "TRANSCRIPTION_LANGUAGE_LOCKED" => Some(Self::TranscriptionLanguageLocked),
            "LIVE_STREAM_ACCOUNT_DISABLE" => Some(Self::LiveStreamAccountDisable),
            "LIVE_STREAM_INVALID_PARAMETER" => Some(Self::LiveStreamInvalidParameter),
            "LIVE_STREAM_MISMATCH_STATE" => Some(Self::LiveStreamMismatchState),
            "INCOMING_LIVE_STREAM_INVALID_PARAMETER" => {
                Some(Self::IncomingLiveStreamInvalidParameter)
            }
            "INCOMING_LIVE_STREAM_MISMATCH_STATE" => Some(Self::IncomingLiveStreamMismatchState),
            "SUBSESSION_ACCOUNT_DISABLE" => Some(Self::SubsessionAccountDisable),
            "SUBSESSION_EXCEED_CAPACITY" => Some(Self::SubsessionExceedCapacity),
            "SUBSESSION_MISMATCH_ID" => Some(Self::SubsessionMismatchId),
            "SUBSESSION_MISMATCH_USER" => Some(Self::SubsessionMismatchUser),
            "SUBSESSION_MISMATCH_STATE" => Some(Self::SubsessionMismatchState),
            "SUBSESSION_EXIT_RESTRICTED" => Some(Self::SubsessionExitRestricted),
            "SUBSESSION_BROADCAST_DISABLE" => Some(Self::SubsessionBroadcastDisable),
            "SUBSESSION_BROADCAST_INVALID_CONTENT" => Some(Self::SubsessionBroadcastInvalidContent),
            "SUBSESSION_BROADCAST_VOICE_DISABLE" => Some(Self::SubsessionBroadcastVoiceDisable),
            "SUBSESSION_BROADCAST_VOICE_RESTRICTED" => {
                Some(Self::SubsessionBroadcastVoiceRestricted)
            }
            "SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE" => {
                Some(Self::SubsessionBroadcastVoiceMismatchState)
            }
            "REACTION_ACCOUNT_DISABLE" => Some(Self::ReactionAccountDisable),
            "REACTION_INVALID_PARAMETER" => Some(Self::ReactionInvalidParameter),
            "SUMMARY_ACCOUNT_DISABLE" => Some(Self::SummaryAccountDisable),
            "QA_INVALID_PARAMETER" => Some(Self::QaInvalidParameter),
            "QA_INSUFFICIENT_PRIVILEGE" => Some(Self::QaInsufficientPrivilege),
            "BROADCAST_STREAMING_ACCOUNT_DISABLE" => Some(Self::BroadcastStreamingAccountDisable),
            "BROADCAST_STREAMING_MISMATCH_STATE" => Some(Self::BroadcastStreamingMismatchState),
            "BROADCAST_STREAMING_INVALID_CHANNEL_ID" => {
                Some(Self::BroadcastStreamingInvalidChannelId)
            }
            "WHITEBOARD_ACCOUNT_DISABLE" => Some(Self::WhiteboardAccountDisable),
            "WHITEBOARD_UNSUPPORTED" => Some(Self::WhiteboardUnsupported),
            "WHITEBOARD_SCREEN_SHARE_CONFLICT" => Some(Self::WhiteboardScreenShareConflict),
            "WHITEBOARD_MISMATCH_STATE" => Some(Self::WhiteboardMismatchState),
            "WHITEBOARD_HOST_PRIVILEGE_REQUIRED" => Some(Self::WhiteboardHostPrivilegeRequired),
            "WHITEBOARD_INVALID_PARAMETER" => Some(Self::WhiteboardInvalidParameter),
            "WHITEBOARD_EXPORT_DISABLE" => Some(Self::WhiteboardExportDisable),
            "REAL_TIME_MEDIA_STREAMS_NOT_ENABLED" => Some(Self::RealTimeMediaStreamsNotEnabled),
            "REAL_TIME_MEDIA_STREAMS_INVALID_STATE" => Some(Self::RealTimeMediaStreamsInvalidState),
            "REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM" => {
                Some(Self::RealTimeMediaStreamsNotSupportedInBreakoutRoom)
            }
            "VOICE_TRANSLATOR_ACCOUNT_DISABLE" => Some(Self::VoiceTranslatorAccountDisable),
            "VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST" => {
                Some(Self::VoiceTranslatorNoAvailableLanguageList)
            }
            "VOICE_TRANSLATOR_MISMATCH_STATE" => Some(Self::VoiceTranslatorMismatchState),
            "VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED" => {
                Some(Self::VoiceTranslatorLanguageUnsupported)
            }
            "VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE" => {
                Some(Self::VoiceTranslatorIncorrectBalanceRange)
            }
            "VOICE_TRANSLATOR_INCORRECT_TIMBRE" => Some(Self::VoiceTranslatorIncorrectTimbre),
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
        "zoom_video"
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
/// Kind of a failed Video SDK call, carried as \`type\` beside \`errorCode\` in the ExecutedFailure a rejected promise returns.
///
/// Upstream: ErrorTypes in <https://developers.zoom.us/docs/video-sdk/web/> 2.5.0 (package npm:@zoom/videosdk@2.5.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::zoom_video::ErrorTypes;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = ErrorTypes::from_value("INVALID_OPERATION").expect("a known value");
/// assert_eq!(code, ErrorTypes::InvalidOperation);
/// assert_eq!(code.value(), "INVALID_OPERATION");
/// assert_eq!(<&str>::from(code), "INVALID_OPERATION");
/// assert_eq!(code.name(), "INVALID_OPERATION");
/// assert_eq!("INVALID_OPERATION".parse::<ErrorTypes>(), Ok(code));
/// assert_eq!(code.to_string(), "INVALID_OPERATION");
/// assert_eq!(code.category(), Category::ClientError);
/// assert_eq!(code.retry_policy(), RetryPolicy::Depends);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(ErrorTypes::from_value("not-a-code"), None);
/// assert!(ErrorTypes::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorTypes {
    /// The operation is invalid here.
    ///
    /// Zoom's d.ts: 'The operation is invalid, perhaps caused by duplicated operations.' The failed call was not applicable in the current state.
    ///
    /// Wire value "INVALID_OPERATION".
    InvalidOperation,
    /// The remote service is temporarily unavailable.
    ///
    /// Zoom's d.ts: 'The remote service is temporarily unavailable.'
    ///
    /// Wire value "INTERNAL_ERROR".
    InternalError,
    /// The operation timed out.
    ///
    /// Zoom's d.ts: 'The operation timed out, try again later.'
    ///
    /// Wire value "OPERATION_TIMEOUT".
    OperationTimeout,
    /// The operation is only for a host or a manager.
    ///
    /// Zoom's d.ts: 'The operation is only applicable for a host or manager.'
    ///
    /// Wire value "INSUFFICIENT_PRIVILEGES".
    InsufficientPrivileges,
    /// The user is not in a session in the state the call needs.
    ///
    /// Zoom's d.ts: the user is not in a meeting; the \`reason\` says \`closed\` (not joined), \`on hold\` or \`reconnecting\`.
    ///
    /// Wire value "IMPROPER_MEETING_STATE".
    ImproperMeetingState,
    /// The parameters passed to the method are invalid.
    ///
    /// Zoom's d.ts: the parameters are invalid, 'perhaps the wrong user ID or value'; the \`reason\` gives details.
    ///
    /// Wire value "INVALID_PARAMETERS".
    InvalidParameters,
    /// The operation is blocked because the setting is locked.
    ///
    /// Zoom's d.ts: the operation cannot be completed because the relevant property is locked; the \`reason\` gives details.
    ///
    /// Wire value "OPERATION_LOCKED".
    OperationLocked,
}
impl ErrorTypes {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::InvalidOperation,
        Self::InternalError,
        Self::OperationTimeout,
        Self::InsufficientPrivileges,
        Self::ImproperMeetingState,
        Self::InvalidParameters,
        Self::OperationLocked,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 7;
    const CODE_SET: &'static str = "zoom_video/error_types";
    const INFO: [crate::CodeInfo; 7] = [
        crate::CodeInfo {
            name: "INVALID_OPERATION",
            catalog_name: "INVALID_OPERATION",
            summary: "The operation is invalid here.",
            cause: "Zoom's d.ts: 'The operation is invalid, perhaps caused by duplicated operations.' The failed call was not applicable in the current state.",
            when: &[
                "calling a method twice",
                "calling it in a state where it does not apply",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.error_types.INVALID_OPERATION",
            remediation: &[
                "Read the accompanying `errorCode` and `reason` and fix the call order.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/common.d.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Depends,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Its handling follows the accompanying ExceptionCode. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INTERNAL_ERROR",
            catalog_name: "INTERNAL_ERROR",
            summary: "The remote service is temporarily unavailable.",
            cause: "Zoom's d.ts: 'The remote service is temporarily unavailable.'",
            when: &["any call, when Zoom's service fails"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "zoom_video.error_types.INTERNAL_ERROR",
            remediation: &[
                "Retry the call with backoff; report repeated failures to Zoom with the accompanying `errorCode`.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/common.d.ts"],
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
                "'Temporarily' unavailable suggests a bounded retry, which is the catalog's choice. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "OPERATION_TIMEOUT",
            catalog_name: "OPERATION_TIMEOUT",
            summary: "The operation timed out.",
            cause: "Zoom's d.ts: 'The operation timed out, try again later.'",
            when: &["a call waiting on Zoom's service, over a slow or broken network"],
            user_message: "The connection to the call was slow to respond. Please try again.",
            user_message_key: "zoom_video.error_types.OPERATION_TIMEOUT",
            remediation: &["Retry the call later, with backoff."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/common.d.ts"],
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
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INSUFFICIENT_PRIVILEGES",
            catalog_name: "INSUFFICIENT_PRIVILEGES",
            summary: "The operation is only for a host or a manager.",
            cause: "Zoom's d.ts: 'The operation is only applicable for a host or manager.'",
            when: &["a participant calls a host or manager action"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.error_types.INSUFFICIENT_PRIVILEGES",
            remediation: &["Offer the action only to users whose role allows it."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/common.d.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Retrying with the same role fails again. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "IMPROPER_MEETING_STATE",
            catalog_name: "IMPROPER_MEETING_STATE",
            summary: "The user is not in a session in the state the call needs.",
            cause: "Zoom's d.ts: the user is not in a meeting; the `reason` says `closed` (not joined), `on hold` or `reconnecting`.",
            when: &[
                "calling before joining or after leaving",
                "calling while on hold",
                "calling while the session reconnects",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.error_types.IMPROPER_MEETING_STATE",
            remediation: &[
                "Read `reason`: after `reconnecting`, wait for `connection-change` to report `Connected` and call again; after `closed`, join first; after `on hold`, wait for the host.",
            ],
            causes: &[
                "closed: the session is not joined",
                "on hold: the user is on hold",
                "reconnecting: the session is reconnecting",
            ],
            references: &["@zoom/videosdk@2.5.0 dist/types/common.d.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Depends,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The right reaction differs by `reason` and by the accompanying code. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INVALID_PARAMETERS",
            catalog_name: "INVALID_PARAMETERS",
            summary: "The parameters passed to the method are invalid.",
            cause: "Zoom's d.ts: the parameters are invalid, 'perhaps the wrong user ID or value'; the `reason` gives details.",
            when: &[
                "a wrong user ID",
                "a value of the wrong type or out of range",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "zoom_video.error_types.INVALID_PARAMETERS",
            remediation: &[
                "Read `reason` and fix the argument; retrying with the same argument fails again.",
            ],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/common.d.ts"],
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
                "The same argument fails again; the app must correct it. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "OPERATION_LOCKED",
            catalog_name: "OPERATION_LOCKED",
            summary: "The operation is blocked because the setting is locked.",
            cause: "Zoom's d.ts: the operation cannot be completed because the relevant property is locked; the `reason` gives details.",
            when: &["changing a setting the host or the account has locked"],
            user_message: "You do not have permission to do that in this call.",
            user_message_key: "zoom_video.error_types.OPERATION_LOCKED",
            remediation: &["Read `reason`; hide the control while the property is locked."],
            causes: &[],
            references: &["@zoom/videosdk@2.5.0 dist/types/common.d.ts"],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A lock does not change between retries. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
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
            Self::InvalidOperation => "INVALID_OPERATION",
            Self::InternalError => "INTERNAL_ERROR",
            Self::OperationTimeout => "OPERATION_TIMEOUT",
            Self::InsufficientPrivileges => "INSUFFICIENT_PRIVILEGES",
            Self::ImproperMeetingState => "IMPROPER_MEETING_STATE",
            Self::InvalidParameters => "INVALID_PARAMETERS",
            Self::OperationLocked => "OPERATION_LOCKED",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "INVALID_OPERATION" => Some(Self::InvalidOperation),
            "INTERNAL_ERROR" => Some(Self::InternalError),
            "OPERATION_TIMEOUT" => Some(Self::OperationTimeout),
            "INSUFFICIENT_PRIVILEGES" => Some(Self::InsufficientPrivileges),
            "IMPROPER_MEETING_STATE" => Some(Self::ImproperMeetingState),
            "INVALID_PARAMETERS" => Some(Self::InvalidParameters),
            "OPERATION_LOCKED" => Some(Self::OperationLocked),
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
            "INVALID_OPERATION" => Some(Self::InvalidOperation),
            "INTERNAL_ERROR" => Some(Self::InternalError),
            "OPERATION_TIMEOUT" => Some(Self::OperationTimeout),
            "INSUFFICIENT_PRIVILEGES" => Some(Self::InsufficientPrivileges),
            "IMPROPER_MEETING_STATE" => Some(Self::ImproperMeetingState),
            "INVALID_PARAMETERS" => Some(Self::InvalidParameters),
            "OPERATION_LOCKED" => Some(Self::OperationLocked),
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
impl From<ErrorTypes> for &'static str {
    fn from(code: ErrorTypes) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for ErrorTypes {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for ErrorTypes {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for ErrorTypes {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for ErrorTypes {}
impl crate::ErrorCode for ErrorTypes {
    fn provider(&self) -> &'static str {
        "zoom_video"
    }
    fn code_set(&self) -> &'static str {
        "error_types"
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
/// Code of the \`active-media-failed\` event, an unexpected failure of audio, video or sharing media during the session.
///
/// Upstream: ActiveMediaFailedCode in <https://developers.zoom.us/docs/video-sdk/web/> 2.5.0 (package npm:@zoom/videosdk@2.5.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::zoom_video::ActiveMediaFailedCode;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = ActiveMediaFailedCode::from_value(101).expect("a known value");
/// assert_eq!(code, ActiveMediaFailedCode::AudioConnectionFailed);
/// assert_eq!(code.value(), 101);
/// assert_eq!(i32::from(code), 101);
/// assert_eq!(code.name(), "AudioConnectionFailed");
/// assert_eq!("AudioConnectionFailed".parse::<ActiveMediaFailedCode>(), Ok(code));
/// assert_eq!(code.to_string(), "AudioConnectionFailed");
/// assert_eq!(code.category(), Category::MediaNegotiation);
/// assert_eq!(code.retry_policy(), RetryPolicy::UserAction);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(ActiveMediaFailedCode::from_value(302), None);
/// assert!(ActiveMediaFailedCode::try_from(302).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(i32)]
pub enum ActiveMediaFailedCode {
    /// The audio data channel could not be established.
    ///
    /// The SDK failed to set up the channel that carries audio to and from Zoom.
    ///
    /// Wire value 101.
    AudioConnectionFailed = 101,
    /// The microphone track ended.
    ///
    /// The captured audio track ended unexpectedly, for example because the device went away.
    ///
    /// Wire value 102.
    AudioStreamEnded = 102,
    /// Microphone permission was withdrawn.
    ///
    /// Access to the microphone was revoked while in use.
    ///
    /// Wire value 103.
    MicrophonePermissionReset = 103,
    /// No audio data could be read from the microphone stream.
    ///
    /// The SDK could not get audio data from the captured stream.
    ///
    /// Wire value 104.
    AudioStreamFailed = 104,
    /// The microphone is muted in the operating system.
    ///
    /// The system muted the microphone, so the SDK receives silence.
    ///
    /// Wire value 105.
    MicrophoneMuted = 105,
    /// Sending audio was interrupted.
    ///
    /// The audio being sent stopped delivering data for a while (the track was muted by the browser or system).
    ///
    /// Wire value 106.
    AudioStreamMuted = 106,
    /// Playback of remote audio was interrupted.
    ///
    /// The SDK could no longer play the other participants' audio.
    ///
    /// Wire value 107.
    AudioPlaybackInterrupted = 107,
    /// The video data channel could not be established.
    ///
    /// The SDK failed to set up the channel that carries video to and from Zoom.
    ///
    /// Wire value 201.
    VideoConnectionFailed = 201,
    /// The camera track ended.
    ///
    /// The captured video track ended unexpectedly, for example because the camera went away.
    ///
    /// Wire value 202.
    VideoStreamEnded = 202,
    /// Camera permission was withdrawn.
    ///
    /// Access to the camera was revoked while in use.
    ///
    /// Wire value 203.
    CameraPermissionReset = 203,
    /// The WebGL context used to render video is no longer valid.
    ///
    /// The browser lost or invalidated the WebGL context the SDK renders video with.
    ///
    /// Wire value 204.
    WebGlContextInvalid = 204,
    /// The SDK's WebAssembly module ran out of memory.
    ///
    /// The media processing in WebAssembly could not allocate memory.
    ///
    /// Wire value 205.
    WasmOutOfMemory = 205,
    /// No video data could be read from the camera stream.
    ///
    /// The SDK could not get frames from the captured video stream.
    ///
    /// Wire value 206.
    VideoStreamFailed = 206,
    /// The video stream was interrupted.
    ///
    /// The video being captured stopped delivering frames for a while (the track was muted by the browser or system).
    ///
    /// Wire value 207.
    VideoStreamMuted = 207,
    /// No data could be read from the screen-share stream.
    ///
    /// The SDK could not get frames from the captured screen-share stream.
    ///
    /// Wire value 301.
    SharingStreamFailed = 301,
}
impl ActiveMediaFailedCode {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::AudioConnectionFailed,
        Self::AudioStreamEnded,
        Self::MicrophonePermissionReset,
        Self::AudioStreamFailed,
        Self::MicrophoneMuted,
        Self::AudioStreamMuted,
        Self::AudioPlaybackInterrupted,
        Self::VideoConnectionFailed,
        Self::VideoStreamEnded,
        Self::CameraPermissionReset,
        Self::WebGlContextInvalid,
        Self::WasmOutOfMemory,
        Self::VideoStreamFailed,
        Self::VideoStreamMuted,
        Self::SharingStreamFailed,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 15;
    const CODE_SET: &'static str = "zoom_video/active_media_failed_code";
    const INFO: [crate::CodeInfo; 15] = [
        crate::CodeInfo {
            name: "AudioConnectionFailed",
            catalog_name: "AudioConnectionFailed",
            summary: "The audio data channel could not be established.",
            cause: "The SDK failed to set up the channel that carries audio to and from Zoom.",
            when: &[
                "a firewall or proxy blocks the media path",
                "an unstable network while audio starts",
            ],
            user_message: "We could not connect your audio. Please refresh the page.",
            user_message_key: "zoom_video.active_media_failed_code.AudioConnectionFailed",
            remediation: &[
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "If it recurs, check that the network allows Zoom's media traffic.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AudioStreamEnded",
            catalog_name: "AudioStreamEnded",
            summary: "The microphone track ended.",
            cause: "The captured audio track ended unexpectedly, for example because the device went away.",
            when: &[
                "the microphone is unplugged",
                "the system or another app takes the device",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "zoom_video.active_media_failed_code.AudioStreamEnded",
            remediation: &[
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "Ask the user to check the microphone connection.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "MicrophonePermissionReset",
            catalog_name: "MicrophonePermissionReset",
            summary: "Microphone permission was withdrawn.",
            cause: "Access to the microphone was revoked while in use.",
            when: &["the user resets the site's microphone permission during the session"],
            user_message: "Microphone access was turned off. Allow it again and refresh the page.",
            user_message_key: "zoom_video.active_media_failed_code.MicrophonePermissionReset",
            remediation: &[
                "Tell the user to allow the microphone for this site again, then refresh.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AudioStreamFailed",
            catalog_name: "AudioStreamFailed",
            summary: "No audio data could be read from the microphone stream.",
            cause: "The SDK could not get audio data from the captured stream.",
            when: &["the audio device or driver stops delivering samples"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "zoom_video.active_media_failed_code.AudioStreamFailed",
            remediation: &[
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "If it recurs, suggest another microphone or browser.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "MicrophoneMuted",
            catalog_name: "MicrophoneMuted",
            summary: "The microphone is muted in the operating system.",
            cause: "The system muted the microphone, so the SDK receives silence.",
            when: &[
                "a hardware mute switch",
                "the microphone muted in the system settings",
            ],
            user_message: "Your microphone is muted on your device. Unmute it to be heard.",
            user_message_key: "zoom_video.active_media_failed_code.MicrophoneMuted",
            remediation: &[
                "Tell the user to unmute the microphone in the system settings or on the device.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AudioStreamMuted",
            catalog_name: "AudioStreamMuted",
            summary: "Sending audio was interrupted.",
            cause: "The audio being sent stopped delivering data for a while (the track was muted by the browser or system).",
            when: &[
                "another app or the system interrupts capture",
                "the tab is throttled",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "zoom_video.active_media_failed_code.AudioStreamMuted",
            remediation: &[
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "AudioPlaybackInterrupted",
            catalog_name: "AudioPlaybackInterrupted",
            summary: "Playback of remote audio was interrupted.",
            cause: "The SDK could no longer play the other participants' audio.",
            when: &[
                "the output device changes or disappears",
                "the browser suspends audio playback",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "zoom_video.active_media_failed_code.AudioPlaybackInterrupted",
            remediation: &[
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "Ask the user to check the speaker or headset.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VideoConnectionFailed",
            catalog_name: "VideoConnectionFailed",
            summary: "The video data channel could not be established.",
            cause: "The SDK failed to set up the channel that carries video to and from Zoom.",
            when: &[
                "a firewall or proxy blocks the media path",
                "an unstable network while video starts",
            ],
            user_message: "We could not connect video. Please refresh the page.",
            user_message_key: "zoom_video.active_media_failed_code.VideoConnectionFailed",
            remediation: &[
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "If it recurs, check that the network allows Zoom's media traffic.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VideoStreamEnded",
            catalog_name: "VideoStreamEnded",
            summary: "The camera track ended.",
            cause: "The captured video track ended unexpectedly, for example because the camera went away.",
            when: &["the camera is unplugged", "another app takes the camera"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "zoom_video.active_media_failed_code.VideoStreamEnded",
            remediation: &[
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "Ask the user to check the camera connection.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CameraPermissionReset",
            catalog_name: "CameraPermissionReset",
            summary: "Camera permission was withdrawn.",
            cause: "Access to the camera was revoked while in use.",
            when: &["the user resets the site's camera permission during the session"],
            user_message: "Camera access was turned off. Allow it again and refresh the page.",
            user_message_key: "zoom_video.active_media_failed_code.CameraPermissionReset",
            remediation: &["Tell the user to allow the camera for this site again, then refresh."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "WebGlContextInvalid",
            catalog_name: "WebGlContextInvalid",
            summary: "The WebGL context used to render video is no longer valid.",
            cause: "The browser lost or invalidated the WebGL context the SDK renders video with.",
            when: &[
                "the GPU driver resets",
                "the browser reclaims GPU resources under load",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "zoom_video.active_media_failed_code.WebGlContextInvalid",
            remediation: &[
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "If it recurs, suggest updating the graphics driver or browser.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "WasmOutOfMemory",
            catalog_name: "WasmOutOfMemory",
            summary: "The SDK's WebAssembly module ran out of memory.",
            cause: "The media processing in WebAssembly could not allocate memory.",
            when: &[
                "a device low on memory",
                "many videos rendered at once on a weak device",
            ],
            user_message: "This call is full right now. Please try again in a little while.",
            user_message_key: "zoom_video.active_media_failed_code.WasmOutOfMemory",
            remediation: &[
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "Render fewer videos at once and suggest closing other tabs.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VideoStreamFailed",
            catalog_name: "VideoStreamFailed",
            summary: "No video data could be read from the camera stream.",
            cause: "The SDK could not get frames from the captured video stream.",
            when: &["the camera or its driver stops delivering frames"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "zoom_video.active_media_failed_code.VideoStreamFailed",
            remediation: &[
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "If it recurs, suggest another camera or browser.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VideoStreamMuted",
            catalog_name: "VideoStreamMuted",
            summary: "The video stream was interrupted.",
            cause: "The video being captured stopped delivering frames for a while (the track was muted by the browser or system).",
            when: &[
                "another app or the system interrupts the camera",
                "the device sleeps",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "zoom_video.active_media_failed_code.VideoStreamMuted",
            remediation: &[
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SharingStreamFailed",
            catalog_name: "SharingStreamFailed",
            summary: "No data could be read from the screen-share stream.",
            cause: "The SDK could not get frames from the captured screen-share stream.",
            when: &["the shared window closes or the capture is interrupted"],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "zoom_video.active_media_failed_code.SharingStreamFailed",
            remediation: &[
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "Let the user start sharing again.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ],
            since: None,
            category: crate::Category::Unknown,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Provider,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
            ),
            deprecated: None,
            failure: None,
        },
    ];
    pub(crate) const fn index(self) -> usize {
        match self {
            Self::AudioConnectionFailed => 0,
            Self::AudioStreamEnded => 1,
            Self::MicrophonePermissionReset => 2,
            Self::AudioStreamFailed => 3,
            Self::MicrophoneMuted => 4,
            Self::AudioStreamMuted => 5,
            Self::AudioPlaybackInterrupted => 6,
            Self::VideoConnectionFailed => 7,
            Self::VideoStreamEnded => 8,
            Self::CameraPermissionReset => 9,
            Self::WebGlContextInvalid => 10,
            Self::WasmOutOfMemory => 11,
            Self::VideoStreamFailed => 12,
            Self::VideoStreamMuted => 13,
            Self::SharingStreamFailed => 14,
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
            101 => Some(Self::AudioConnectionFailed),
            102 => Some(Self::AudioStreamEnded),
            103 => Some(Self::MicrophonePermissionReset),
            104 => Some(Self::AudioStreamFailed),
            105 => Some(Self::MicrophoneMuted),
            106 => Some(Self::AudioStreamMuted),
            107 => Some(Self::AudioPlaybackInterrupted),
            201 => Some(Self::VideoConnectionFailed),
            202 => Some(Self::VideoStreamEnded),
            203 => Some(Self::CameraPermissionReset),
            204 => Some(Self::WebGlContextInvalid),
            205 => Some(Self::WasmOutOfMemory),
            206 => Some(Self::VideoStreamFailed),
            207 => Some(Self::VideoStreamMuted),
            301 => Some(Self::SharingStreamFailed),
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
            "AudioConnectionFailed" => Some(Self::AudioConnectionFailed),
            "AudioStreamEnded" => Some(Self::AudioStreamEnded),
            "MicrophonePermissionReset" => Some(Self::MicrophonePermissionReset),
            "AudioStreamFailed" => Some(Self::AudioStreamFailed),
            "MicrophoneMuted" => Some(Self::MicrophoneMuted),
            "AudioStreamMuted" => Some(Self::AudioStreamMuted),
            "AudioPlaybackInterrupted" => Some(Self::AudioPlaybackInterrupted),
            "VideoConnectionFailed" => Some(Self::VideoConnectionFailed),
            "VideoStreamEnded" => Some(Self::VideoStreamEnded),
            "CameraPermissionReset" => Some(Self::CameraPermissionReset),
            "WebGlContextInvalid" => Some(Self::WebGlContextInvalid),
            "WasmOutOfMemory" => Some(Self::WasmOutOfMemory),
            "VideoStreamFailed" => Some(Self::VideoStreamFailed),
            "VideoStreamMuted" => Some(Self::VideoStreamMuted),
            "SharingStreamFailed" => Some(Self::SharingStreamFailed),
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
impl From<ActiveMediaFailedCode> for i32 {
    fn from(code: ActiveMediaFailedCode) -> i32 {
        code.value()
    }
}
impl TryFrom<i32> for ActiveMediaFailedCode {
    type Error = crate::UnknownValue<i32>;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for ActiveMediaFailedCode {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for ActiveMediaFailedCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for ActiveMediaFailedCode {}
impl crate::ErrorCode for ActiveMediaFailedCode {
    fn provider(&self) -> &'static str {
        "zoom_video"
    }
    fn code_set(&self) -> &'static str {
        "active_media_failed_code"
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
/// Reason given with \`connection-change\` when the session state becomes \`Reconnecting\`.
///
/// Upstream: ReconnectReason in <https://developers.zoom.us/docs/video-sdk/web/> 2.5.0 (package npm:@zoom/videosdk@2.5.0).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::zoom_video::ReconnectReason;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = ReconnectReason::from_value("failover").expect("a known value");
/// assert_eq!(code, ReconnectReason::Failover);
/// assert_eq!(code.value(), "failover");
/// assert_eq!(<&str>::from(code), "failover");
/// assert_eq!(code.name(), "Failover");
/// assert_eq!("Failover".parse::<ReconnectReason>(), Ok(code));
/// assert_eq!(code.to_string(), "Failover");
/// assert_eq!(code.category(), Category::Network);
/// assert_eq!(code.retry_policy(), RetryPolicy::Automatic);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(ReconnectReason::from_value("not-a-code"), None);
/// assert!(ReconnectReason::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReconnectReason {
    /// The session is failing over to another server.
    ///
    /// The connection to Zoom's server was lost or moved, and the SDK is reconnecting the session. The SDK reconnects by itself: \`connection-change\` reports \`Reconnecting\` with this reason, then \`Connected\` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on \`Reconnecting\`).
    ///
    /// Wire value "failover".
    Failover,
    /// The user is joining a breakout subsession.
    ///
    /// The user is moving from the main session into a subsession, which the SDK carries out as a reconnection. The SDK reconnects by itself: \`connection-change\` reports \`Reconnecting\` with this reason, then \`Connected\` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on \`Reconnecting\`).
    ///
    /// Wire value "join breakout room".
    JoinSubsession,
    /// The user is moving between breakout subsessions.
    ///
    /// The user is moving from one subsession to another, which the SDK carries out as a reconnection. The SDK reconnects by itself: \`connection-change\` reports \`Reconnecting\` with this reason, then \`Connected\` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on \`Reconnecting\`).
    ///
    /// Wire value "move to breakout room".
    MoveToSubsession,
    /// The user is returning to the main session.
    ///
    /// The user is moving from a subsession back to the main session, which the SDK carries out as a reconnection. The SDK reconnects by itself: \`connection-change\` reports \`Reconnecting\` with this reason, then \`Connected\` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on \`Reconnecting\`).
    ///
    /// Wire value "back to main session".
    BackToMainSession,
}
impl ReconnectReason {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::Failover,
        Self::JoinSubsession,
        Self::MoveToSubsession,
        Self::BackToMainSession,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 4;
    const CODE_SET: &'static str = "zoom_video/reconnect_reason";
    const INFO: [crate::CodeInfo; 4] = [
        crate::CodeInfo {
            name: "Failover",
            catalog_name: "Failover",
            summary: "The session is failing over to another server.",
            cause: "The connection to Zoom's server was lost or moved, and the SDK is reconnecting the session. The SDK reconnects by itself: `connection-change` reports `Reconnecting` with this reason, then `Connected` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on `Reconnecting`).",
            when: &[
                "a network interruption",
                "Zoom moves the session to another server",
            ],
            user_message: "Reconnecting to the call...",
            user_message_key: "zoom_video.reconnect_reason.Failover",
            remediation: &[
                "Show a 'reconnecting' state; keep the session objects.",
                "Wait for `Connected`; if the state becomes `Closed` or `Fail`, handle it as the end of the session.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/framework-integration/vue.md",
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
            name: "JoinSubsession",
            catalog_name: "JoinSubsession",
            summary: "The user is joining a breakout subsession.",
            cause: "The user is moving from the main session into a subsession, which the SDK carries out as a reconnection. The SDK reconnects by itself: `connection-change` reports `Reconnecting` with this reason, then `Connected` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on `Reconnecting`).",
            when: &[
                "the user joins a subsession",
                "the host assigns and opens subsessions",
            ],
            user_message: "Moving you to a breakout room...",
            user_message_key: "zoom_video.reconnect_reason.JoinSubsession",
            remediation: &[
                "Show a transition state; `subsessionName` in the payload names the room.",
                "Wait for `Connected`.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/framework-integration/vue.md",
            ],
            since: None,
            category: crate::Category::NotAnError,
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
            name: "MoveToSubsession",
            catalog_name: "MoveToSubsession",
            summary: "The user is moving between breakout subsessions.",
            cause: "The user is moving from one subsession to another, which the SDK carries out as a reconnection. The SDK reconnects by itself: `connection-change` reports `Reconnecting` with this reason, then `Connected` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on `Reconnecting`).",
            when: &["the host moves the user", "the user switches rooms"],
            user_message: "Moving you to another breakout room...",
            user_message_key: "zoom_video.reconnect_reason.MoveToSubsession",
            remediation: &[
                "Show a transition state; `subsessionName` in the payload names the room.",
                "Wait for `Connected`.",
            ],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/framework-integration/vue.md",
            ],
            since: None,
            category: crate::Category::NotAnError,
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
            name: "BackToMainSession",
            catalog_name: "BackToMainSession",
            summary: "The user is returning to the main session.",
            cause: "The user is moving from a subsession back to the main session, which the SDK carries out as a reconnection. The SDK reconnects by itself: `connection-change` reports `Reconnecting` with this reason, then `Connected` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on `Reconnecting`).",
            when: &[
                "the user leaves a subsession",
                "the host closes subsessions",
            ],
            user_message: "Returning you to the main session...",
            user_message_key: "zoom_video.reconnect_reason.BackToMainSession",
            remediation: &["Show a transition state.", "Wait for `Connected`."],
            causes: &[],
            references: &[
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/framework-integration/vue.md",
            ],
            since: None,
            category: crate::Category::NotAnError,
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
            Self::Failover => "failover",
            Self::JoinSubsession => "join breakout room",
            Self::MoveToSubsession => "move to breakout room",
            Self::BackToMainSession => "back to main session",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "failover" => Some(Self::Failover),
            "join breakout room" => Some(Self::JoinSubsession),
            "move to breakout room" => Some(Self::MoveToSubsession),
            "back to main session" => Some(Self::BackToMainSession),
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
            "Failover" => Some(Self::Failover),
            "JoinSubsession" => Some(Self::JoinSubsession),
            "MoveToSubsession" => Some(Self::MoveToSubsession),
            "BackToMainSession" => Some(Self::BackToMainSession),
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
impl From<ReconnectReason> for &'static str {
    fn from(code: ReconnectReason) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for ReconnectReason {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for ReconnectReason {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for ReconnectReason {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for ReconnectReason {}
impl crate::ErrorCode for ReconnectReason {
    fn provider(&self) -> &'static str {
        "zoom_video"
    }
    fn code_set(&self) -> &'static str {
        "reconnect_reason"
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

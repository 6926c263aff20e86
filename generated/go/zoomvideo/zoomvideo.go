// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package zoomvideo has the error codes of Zoom Video SDK, one type per code set.
package zoomvideo

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// ExceptionCode: Numeric code of a failed Video SDK call, carried as `errorCode` in the ExecutedFailure a rejected promise returns.
//
// Upstream: ExceptionCode in https://developers.zoom.us/docs/video-sdk/web/error-codes.md 2.5.0 (package npm:@zoom/videosdk@2.5.0).
type ExceptionCode int32

// Every ExceptionCode, in upstream order.
const (
	// ExceptionCodeOperationTimeout: An operation timed out.
	ExceptionCodeOperationTimeout ExceptionCode = 1

	// ExceptionCodeInternalError: Zoom's service reported an internal error.
	ExceptionCodeInternalError ExceptionCode = 2

	// ExceptionCodeOperationCancelled: An operation was cancelled because the session changed state.
	ExceptionCodeOperationCancelled ExceptionCode = 3

	// ExceptionCodeSessionFetchInfoError: The session could not be created or looked up, usually because of the JWT.
	ExceptionCodeSessionFetchInfoError ExceptionCode = 200

	// ExceptionCodeSessionInAnotherSession: The user is already in another session.
	ExceptionCodeSessionInAnotherSession ExceptionCode = 3000

	// ExceptionCodeSessionIncorrectPasscode: The session passcode is wrong.
	ExceptionCodeSessionIncorrectPasscode ExceptionCode = 3004

	// ExceptionCodeSessionNotStarted: The session has not started.
	ExceptionCodeSessionNotStarted ExceptionCode = 3008

	// ExceptionCodeSessionUserRemoved: The user was removed by the host and cannot rejoin.
	ExceptionCodeSessionUserRemoved ExceptionCode = 3009

	// ExceptionCodeSessionRoleTypeError: The role type in the JWT is wrong.
	ExceptionCodeSessionRoleTypeError ExceptionCode = 3010

	// ExceptionCodeSessionWebinarUserRemoved: The webinar user has been blocked.
	ExceptionCodeSessionWebinarUserRemoved ExceptionCode = 3620

	// ExceptionCodeSessionInvalidParameter: The parameters for connecting to Zoom's server are wrong.
	ExceptionCodeSessionInvalidParameter ExceptionCode = 4003

	// ExceptionCodeSessionEnded: The session has ended.
	ExceptionCodeSessionEnded ExceptionCode = 4004

	// ExceptionCodeSessionLocked: The session is locked by its host.
	ExceptionCodeSessionLocked ExceptionCode = 4006

	// ExceptionCodeSessionIbBlocked: The session is blocked by an information barrier.
	ExceptionCodeSessionIbBlocked ExceptionCode = 4007

	// ExceptionCodeSessionParticipantExist: The user is already in the session.
	ExceptionCodeSessionParticipantExist ExceptionCode = 4008

	// ExceptionCodeClientPlatformUnsupported: The browser does not meet the SDK's basic WebRTC requirements.
	ExceptionCodeClientPlatformUnsupported ExceptionCode = 5000

	// ExceptionCodeClientDependentAssetsInaccessible: The SDK's dependent assets could not be loaded.
	ExceptionCodeClientDependentAssetsInaccessible ExceptionCode = 5001

	// ExceptionCodeClientSessionStateClosed: A call needs a joined session, but the session is closed.
	ExceptionCodeClientSessionStateClosed ExceptionCode = 5002

	// ExceptionCodeClientSessionStateReconnecting: A call needs a connected session, but the session is reconnecting.
	ExceptionCodeClientSessionStateReconnecting ExceptionCode = 5003

	// ExceptionCodeClientSessionStateOnHold: The user is on hold.
	ExceptionCodeClientSessionStateOnHold ExceptionCode = 5004

	// ExceptionCodeClientSessionNotWebinar: The session is not a webinar.
	ExceptionCodeClientSessionNotWebinar ExceptionCode = 5005

	// ExceptionCodeClientHostOrManagerPermissionRequired: The operation needs the host or a manager.
	ExceptionCodeClientHostOrManagerPermissionRequired ExceptionCode = 5006

	// ExceptionCodeClientHostPermissionRequired: The operation needs the host.
	ExceptionCodeClientHostPermissionRequired ExceptionCode = 5007

	// ExceptionCodeClientOriginHostPermissionRequired: The operation needs the original host or a manager.
	ExceptionCodeClientOriginHostPermissionRequired ExceptionCode = 5008

	// ExceptionCodeClientAttendeeApplicableOnly: The operation applies only to webinar attendees.
	ExceptionCodeClientAttendeeApplicableOnly ExceptionCode = 5009

	// ExceptionCodeClientParticipantApplicableOnly: The operation applies only to webinar participants.
	ExceptionCodeClientParticipantApplicableOnly ExceptionCode = 5010

	// ExceptionCodeClientMismatchUser: The user ID does not match a participant.
	ExceptionCodeClientMismatchUser ExceptionCode = 5011

	// ExceptionCodeClientDuplicatedJoin: `client.join` was called while already in a session.
	ExceptionCodeClientDuplicatedJoin ExceptionCode = 5012

	// ExceptionCodeClientInvalidJoinParameter: A `client.join` parameter is invalid.
	ExceptionCodeClientInvalidJoinParameter ExceptionCode = 5013

	// ExceptionCodeClientHostDisallowRename: The host does not allow users to rename themselves.
	ExceptionCodeClientHostDisallowRename ExceptionCode = 5014

	// ExceptionCodeStreamMismatchDevice: The device ID matches no known device.
	ExceptionCodeStreamMismatchDevice ExceptionCode = 6000

	// ExceptionCodeStreamMismatchUser: The user ID does not match a participant.
	ExceptionCodeStreamMismatchUser ExceptionCode = 6001

	// ExceptionCodeStreamSessionJoinRequired: A stream method was called before the join resolved.
	ExceptionCodeStreamSessionJoinRequired ExceptionCode = 6002

	// ExceptionCodeStreamMismatchRenderElement: The render target is not the kind of element required.
	ExceptionCodeStreamMismatchRenderElement ExceptionCode = 6003

	// ExceptionCodeAudioCaptureFailed: The microphone could not be captured when starting audio.
	ExceptionCodeAudioCaptureFailed ExceptionCode = 6010

	// ExceptionCodeAudioCaptureLoading: Audio capture is still starting or stopping.
	ExceptionCodeAudioCaptureLoading ExceptionCode = 6011

	// ExceptionCodeAudioInPstn: Audio is already connected through a phone call.
	ExceptionCodeAudioInPstn ExceptionCode = 6012

	// ExceptionCodeAudioEncodingRequired: Legacy Safari needs audio encoding or decoding to be set up.
	ExceptionCodeAudioEncodingRequired ExceptionCode = 6013

	// ExceptionCodeAudioShareAudioConflict: Audio cannot stop while tab or system audio is shared (legacy Chrome).
	ExceptionCodeAudioShareAudioConflict ExceptionCode = 6014

	// ExceptionCodeAudioNotStarted: Audio or shared audio has not been started.
	ExceptionCodeAudioNotStarted ExceptionCode = 6015

	// ExceptionCodeAudioAttendeeNotAllowed: Webinar attendees may not unmute themselves.
	ExceptionCodeAudioAttendeeNotAllowed ExceptionCode = 6016

	// ExceptionCodeSecondaryAudioUnsupported: Secondary audio is not supported on this platform.
	ExceptionCodeSecondaryAudioUnsupported ExceptionCode = 6017

	// ExceptionCodeSecondaryAudioDeviceConflict: The microphone chosen for secondary audio is already used for session audio.
	ExceptionCodeSecondaryAudioDeviceConflict ExceptionCode = 6018

	// ExceptionCodeSecondaryAudioScreenSharingConflict: Secondary audio cannot start while screen sharing.
	ExceptionCodeSecondaryAudioScreenSharingConflict ExceptionCode = 6019

	// ExceptionCodeSecondaryAudioNotStarted: Secondary audio has not been started.
	ExceptionCodeSecondaryAudioNotStarted ExceptionCode = 6020

	// ExceptionCodePstnMismatchCountryCode: The phone country code is not in the supported list.
	ExceptionCodePstnMismatchCountryCode ExceptionCode = 6021

	// ExceptionCodePstnNotConnected: There is no phone connection to hang up.
	ExceptionCodePstnNotConnected ExceptionCode = 6022

	// ExceptionCodeCrcNotConnected: The room-system (CRC) device is not connected.
	ExceptionCodeCrcNotConnected ExceptionCode = 6023

	// ExceptionCodeAudioAllowTalkUnsupported: The target user cannot be allowed to talk.
	ExceptionCodeAudioAllowTalkUnsupported ExceptionCode = 6024

	// ExceptionCodeAudioAllowTalkMismatchUser: The user to allow to talk does not match.
	ExceptionCodeAudioAllowTalkMismatchUser ExceptionCode = 6025

	// ExceptionCodeAudioProcessorUnsupported: Audio processors are not supported on this platform.
	ExceptionCodeAudioProcessorUnsupported ExceptionCode = 6026

	// ExceptionCodeAudioProcessorDuplicateCreate: The audio processor has already been created.
	ExceptionCodeAudioProcessorDuplicateCreate ExceptionCode = 6027

	// ExceptionCodeAudioProcessorMismatchProcessor: The audio processor was not found.
	ExceptionCodeAudioProcessorMismatchProcessor ExceptionCode = 6028

	// ExceptionCodeAudioProcessorLimitExceed: The audio processor has already been added.
	ExceptionCodeAudioProcessorLimitExceed ExceptionCode = 6029

	// ExceptionCodeVideoCameraPermissionDenied: Camera access was denied.
	ExceptionCodeVideoCameraPermissionDenied ExceptionCode = 6100

	// ExceptionCodeVideoNoCamera: No camera was found.
	ExceptionCodeVideoNoCamera ExceptionCode = 6101

	// ExceptionCodeVideoMismatchCamera: The camera ID matches no camera in the device list.
	ExceptionCodeVideoMismatchCamera ExceptionCode = 6102

	// ExceptionCodeVideoCameraTaken: The camera is in use by another program.
	ExceptionCodeVideoCameraTaken ExceptionCode = 6103

	// ExceptionCodeVideoVbInitializeError: The virtual background could not be initialised.
	ExceptionCodeVideoVbInitializeError ExceptionCode = 6104

	// ExceptionCodeVideoCaptureLoading: Video capture is still starting or stopping.
	ExceptionCodeVideoCaptureLoading ExceptionCode = 6105

	// ExceptionCodeVideoMutedByHost: The host has stopped this user's video.
	ExceptionCodeVideoMutedByHost ExceptionCode = 6106

	// ExceptionCodeVideoVbUnsupported: Virtual backgrounds are not supported on this platform.
	ExceptionCodeVideoVbUnsupported ExceptionCode = 6107

	// ExceptionCodeVideoVbProcessorConflict: A virtual background or video processor is already in progress.
	ExceptionCodeVideoVbProcessorConflict ExceptionCode = 6108

	// ExceptionCodeVideoMismatchState: The video is not in the state the call needs.
	ExceptionCodeVideoMismatchState ExceptionCode = 6109

	// ExceptionCodeVideoEstablishStreamError: The video stream could not be established.
	ExceptionCodeVideoEstablishStreamError ExceptionCode = 6110

	// ExceptionCodeVideoRenderLimitExceed: Too many videos are being rendered.
	ExceptionCodeVideoRenderLimitExceed ExceptionCode = 6111

	// ExceptionCodeVideoMethodDeprecated: The render method does not apply to WebRTC video.
	ExceptionCodeVideoMethodDeprecated ExceptionCode = 6112

	// ExceptionCodeVideoVbImageInaccessible: The virtual background image cannot be loaded.
	ExceptionCodeVideoVbImageInaccessible ExceptionCode = 6113

	// ExceptionCodeVideoVbMismatchState: The virtual background is not in the state the call needs.
	ExceptionCodeVideoVbMismatchState ExceptionCode = 6114

	// ExceptionCodeVideoMaskImageInaccessible: The video mask image cannot be loaded.
	ExceptionCodeVideoMaskImageInaccessible ExceptionCode = 6115

	// ExceptionCodeVideoMaskProcessorConflict: A virtual background or processor is already in progress.
	ExceptionCodeVideoMaskProcessorConflict ExceptionCode = 6116

	// ExceptionCodeVideoSpotlightMismatchState: The video cannot be spotlighted in its current state.
	ExceptionCodeVideoSpotlightMismatchState ExceptionCode = 6117

	// ExceptionCodeVideoSpotlightMultiConflict: Multiple spotlighted videos cannot be removed this way.
	ExceptionCodeVideoSpotlightMultiConflict ExceptionCode = 6118

	// ExceptionCodeVideoProcessorUnsupported: Video processors are not supported on this platform.
	ExceptionCodeVideoProcessorUnsupported ExceptionCode = 6119

	// ExceptionCodeVideoProcessorLimitExceed: Only one video processor can be added at a time.
	ExceptionCodeVideoProcessorLimitExceed ExceptionCode = 6120

	// ExceptionCodeVideoProcessorDuplicateCreate: The video processor has already been created.
	ExceptionCodeVideoProcessorDuplicateCreate ExceptionCode = 6121

	// ExceptionCodeVideoProcessorMismatchProcessor: The video processor was not found.
	ExceptionCodeVideoProcessorMismatchProcessor ExceptionCode = 6122

	// ExceptionCodeFarEndCameraControlDeviceUnsupported: Camera control is not supported here.
	ExceptionCodeFarEndCameraControlDeviceUnsupported ExceptionCode = 6150

	// ExceptionCodeFarEndCameraControlMismatchState: Camera control is not in the state the call needs.
	ExceptionCodeFarEndCameraControlMismatchState ExceptionCode = 6151

	// ExceptionCodeFarEndCameraPermissionRequired: Permission to control the remote camera has not been granted.
	ExceptionCodeFarEndCameraPermissionRequired ExceptionCode = 6152

	// ExceptionCodeFarEndCameraInvalidRange: The camera control range is invalid.
	ExceptionCodeFarEndCameraInvalidRange ExceptionCode = 6153

	// ExceptionCodeFarEndCameraRateLimit: Camera control calls are too frequent.
	ExceptionCodeFarEndCameraRateLimit ExceptionCode = 6154

	// ExceptionCodeScreenShareUserDenied: The user declined the screen share.
	ExceptionCodeScreenShareUserDenied ExceptionCode = 6200

	// ExceptionCodeScreenShareSystemDenied: The operating system does not allow screen recording.
	ExceptionCodeScreenShareSystemDenied ExceptionCode = 6201

	// ExceptionCodeScreenShareUnsupported: Screen sharing is not supported on this platform.
	ExceptionCodeScreenShareUnsupported ExceptionCode = 6202

	// ExceptionCodeScreenShareSubsessionConflict: Sharing to subsessions is not possible from inside a subsession.
	ExceptionCodeScreenShareSubsessionConflict ExceptionCode = 6203

	// ExceptionCodeScreenShareHostPrivilegeRequired: Only the host may share.
	ExceptionCodeScreenShareHostPrivilegeRequired ExceptionCode = 6204

	// ExceptionCodeScreenShareMismatchState: The screen share is not in the state the call needs.
	ExceptionCodeScreenShareMismatchState ExceptionCode = 6205

	// ExceptionCodeScreenShareOptimizeVideoUnsupported: Optimising a share for video is not supported here.
	ExceptionCodeScreenShareOptimizeVideoUnsupported ExceptionCode = 6206

	// ExceptionCodeScreenShareOptimizeVideoConflict: Optimising a share for video conflicts with multiple sharing.
	ExceptionCodeScreenShareOptimizeVideoConflict ExceptionCode = 6207

	// ExceptionCodeScreenShareInvalidPrivilege: The share privilege value is invalid.
	ExceptionCodeScreenShareInvalidPrivilege ExceptionCode = 6208

	// ExceptionCodeScreenShareIbDenied: An information barrier forbids this share.
	ExceptionCodeScreenShareIbDenied ExceptionCode = 6209

	// ExceptionCodeScreenShareLimitExceed: Too many share views are rendered.
	ExceptionCodeScreenShareLimitExceed ExceptionCode = 6218

	// ExceptionCodeScreenShareWhiteboardConflict: A screen share cannot start while a whiteboard is in progress.
	ExceptionCodeScreenShareWhiteboardConflict ExceptionCode = 6220

	// ExceptionCodeScreenShareAnnotationAccountDisable: Annotation is disabled for the account.
	ExceptionCodeScreenShareAnnotationAccountDisable ExceptionCode = 6210

	// ExceptionCodeScreenShareAnnotationNoActiveShare: There is no active share to annotate.
	ExceptionCodeScreenShareAnnotationNoActiveShare ExceptionCode = 6211

	// ExceptionCodeScreenShareAnnotationPresenterDisabled: The presenter has disabled annotation.
	ExceptionCodeScreenShareAnnotationPresenterDisabled ExceptionCode = 6212

	// ExceptionCodeScreenShareAnnotationDuplicateStart: Annotation has already started.
	ExceptionCodeScreenShareAnnotationDuplicateStart ExceptionCode = 6213

	// ExceptionCodeScreenShareAnnotationStartError: Annotation failed to start.
	ExceptionCodeScreenShareAnnotationStartError ExceptionCode = 6214

	// ExceptionCodeScreenShareAnnotationIncorrectParameter: An annotation controller parameter is invalid.
	ExceptionCodeScreenShareAnnotationIncorrectParameter ExceptionCode = 6215

	// ExceptionCodeScreenShareAnnotationNotSupport: The current configuration does not support annotation.
	ExceptionCodeScreenShareAnnotationNotSupport ExceptionCode = 6216

	// ExceptionCodeScreenShareAnnotationNotStart: Annotation has not been started.
	ExceptionCodeScreenShareAnnotationNotStart ExceptionCode = 6217

	// ExceptionCodeShareCameraMessageError: A share-camera request named an unknown user or an invalid value.
	ExceptionCodeShareCameraMessageError ExceptionCode = 6219

	// ExceptionCodeSharedProcessorUnsupported: Share processors are not supported on this platform.
	ExceptionCodeSharedProcessorUnsupported ExceptionCode = 6223

	// ExceptionCodeSharedProcessorDuplicateCreate: The share processor has already been created.
	ExceptionCodeSharedProcessorDuplicateCreate ExceptionCode = 6224

	// ExceptionCodeSharedProcessorMismatchProcessor: The share processor was not found.
	ExceptionCodeSharedProcessorMismatchProcessor ExceptionCode = 6225

	// ExceptionCodeSharedProcessorLimitExceed: Only one share processor can be added at a time.
	ExceptionCodeSharedProcessorLimitExceed ExceptionCode = 6226

	// ExceptionCodeRemoteControlAccountDisable: Remote control is disabled for the account.
	ExceptionCodeRemoteControlAccountDisable ExceptionCode = 6300

	// ExceptionCodeRemoteControlMismatchState: Remote control is not in the state the call needs.
	ExceptionCodeRemoteControlMismatchState ExceptionCode = 6301

	// ExceptionCodeRemoteControlPermissionRequired: Permission to control the remote screen has not been granted.
	ExceptionCodeRemoteControlPermissionRequired ExceptionCode = 6302

	// ExceptionCodeRemoteControlMismatchDisplaySurface: Remote control needs the entire screen to be shared.
	ExceptionCodeRemoteControlMismatchDisplaySurface ExceptionCode = 6303

	// ExceptionCodeRemoteControlInvalidLaunchScheme: The remote-control app's launch URL scheme is invalid.
	ExceptionCodeRemoteControlInvalidLaunchScheme ExceptionCode = 6304

	// ExceptionCodeChatEmptyMessage: The chat message is empty.
	ExceptionCodeChatEmptyMessage ExceptionCode = 7000

	// ExceptionCodeChatMismatchUser: The chat recipient does not match a participant.
	ExceptionCodeChatMismatchUser ExceptionCode = 7001

	// ExceptionCodeChatInsufficientPrivilege: The chat privilege does not allow this message.
	ExceptionCodeChatInsufficientPrivilege ExceptionCode = 7002

	// ExceptionCodeChatInvalidPrivilege: Only the host or a manager can set the chat privilege.
	ExceptionCodeChatInvalidPrivilege ExceptionCode = 7003

	// ExceptionCodeChatSubsessionConflict: The call is not available inside a subsession.
	ExceptionCodeChatSubsessionConflict ExceptionCode = 7004

	// ExceptionCodeChatEmptyFile: The chat file is empty.
	ExceptionCodeChatEmptyFile ExceptionCode = 7005

	// ExceptionCodeChatInvalidRetryToken: The file retry token is invalid.
	ExceptionCodeChatInvalidRetryToken ExceptionCode = 7006

	// ExceptionCodeChatMismatchFileType: The file type is not allowed.
	ExceptionCodeChatMismatchFileType ExceptionCode = 7007

	// ExceptionCodeChatExceedFileSize: The file is too large.
	ExceptionCodeChatExceedFileSize ExceptionCode = 7008

	// ExceptionCodeChatInvalidMsgIdOrUrl: The message ID or file URL is invalid.
	ExceptionCodeChatInvalidMsgIdOrUrl ExceptionCode = 7009

	// ExceptionCodeChatFileAccountDisable: File transfer in chat is disabled for the account.
	ExceptionCodeChatFileAccountDisable ExceptionCode = 7010

	// ExceptionCodeChatDeleteAccountDisable: Deleting chat messages is disabled for the account.
	ExceptionCodeChatDeleteAccountDisable ExceptionCode = 7011

	// ExceptionCodeCmdEmptyMessage: The command message is empty.
	ExceptionCodeCmdEmptyMessage ExceptionCode = 7100

	// ExceptionCodeCmdMismatchUser: The command recipient does not match a participant.
	ExceptionCodeCmdMismatchUser ExceptionCode = 7101

	// ExceptionCodeCmdInvalidMessageType: The command message is not a string.
	ExceptionCodeCmdInvalidMessageType ExceptionCode = 7102

	// ExceptionCodeCmdExceedMessageLength: The command message is too long.
	ExceptionCodeCmdExceedMessageLength ExceptionCode = 7103

	// ExceptionCodeCmdChannelNotReady: The command channel is not ready.
	ExceptionCodeCmdChannelNotReady ExceptionCode = 7104

	// ExceptionCodeCmdRateLimit: Command messages are sent too often.
	ExceptionCodeCmdRateLimit ExceptionCode = 7105

	// ExceptionCodeRecordingAccountDisable: Cloud recording is disabled for the account.
	ExceptionCodeRecordingAccountDisable ExceptionCode = 7200

	// ExceptionCodeRecordingStopForbidden: Pausing or stopping cloud recording is forbidden.
	ExceptionCodeRecordingStopForbidden ExceptionCode = 7201

	// ExceptionCodeRecordingMismatchState: The recording is not in the state the call needs.
	ExceptionCodeRecordingMismatchState ExceptionCode = 7202

	// ExceptionCodeRecordingIsoDisable: Individual (per-user) recording is disabled for the account.
	ExceptionCodeRecordingIsoDisable ExceptionCode = 7203

	// ExceptionCodeRecordingIqDisable: Zoom IQ for recording is disabled for the account.
	ExceptionCodeRecordingIqDisable ExceptionCode = 7204

	// ExceptionCodeRecordingIqPermissionRequired: Only the host can enable recording with Zoom IQ.
	ExceptionCodeRecordingIqPermissionRequired ExceptionCode = 7205

	// ExceptionCodeRecordingIqMismatchState: Recording with Zoom IQ is not in the state the call needs.
	ExceptionCodeRecordingIqMismatchState ExceptionCode = 7206

	// ExceptionCodeLocalRecordingAccountDisable: Local recording is disabled for the account.
	ExceptionCodeLocalRecordingAccountDisable ExceptionCode = 7207

	// ExceptionCodeLocalRecordingInvalidValue: The local recording permission value is invalid.
	ExceptionCodeLocalRecordingInvalidValue ExceptionCode = 7208

	// ExceptionCodeLocalRecordingMismatchState: Local recording is not in the state the call needs.
	ExceptionCodeLocalRecordingMismatchState ExceptionCode = 7209

	// ExceptionCodeTranscriptionAccountDisable: Live transcription is disabled for the account.
	ExceptionCodeTranscriptionAccountDisable ExceptionCode = 7300

	// ExceptionCodeTranscriptionFeatureDisable: The host has disabled live transcription.
	ExceptionCodeTranscriptionFeatureDisable ExceptionCode = 7301

	// ExceptionCodeTranscriptionLanguageUnsupported: The speaking language is not supported.
	ExceptionCodeTranscriptionLanguageUnsupported ExceptionCode = 7302

	// ExceptionCodeTranscriptionMismatchState: Transcription is not in the state the call needs.
	ExceptionCodeTranscriptionMismatchState ExceptionCode = 7303

	// ExceptionCodeTranslationAccountDisable: Translated captions is disabled for the account.
	ExceptionCodeTranslationAccountDisable ExceptionCode = 7304

	// ExceptionCodeTranslationLanguageUnsupported: The translation language is not supported.
	ExceptionCodeTranslationLanguageUnsupported ExceptionCode = 7305

	// ExceptionCodeManualCaptionAccountDisable: Manual captions is disabled for the account.
	ExceptionCodeManualCaptionAccountDisable ExceptionCode = 7306

	// ExceptionCodeManualCaptionFeatureDisable: The host has disabled manual captions.
	ExceptionCodeManualCaptionFeatureDisable ExceptionCode = 7307

	// ExceptionCodeManualCaptionMismatchUser: The captioner user does not match a participant.
	ExceptionCodeManualCaptionMismatchUser ExceptionCode = 7308

	// ExceptionCodeManualCaptionInsufficientPrivilege: The user may not send manual captions.
	ExceptionCodeManualCaptionInsufficientPrivilege ExceptionCode = 7309

	// ExceptionCodeTranscriptionLanguageLocked: The host has locked the transcription language.
	ExceptionCodeTranscriptionLanguageLocked ExceptionCode = 7310

	// ExceptionCodeLiveStreamAccountDisable: Live streaming is disabled for the account.
	ExceptionCodeLiveStreamAccountDisable ExceptionCode = 7400

	// ExceptionCodeLiveStreamInvalidParameter: A live stream parameter is invalid.
	ExceptionCodeLiveStreamInvalidParameter ExceptionCode = 7401

	// ExceptionCodeLiveStreamMismatchState: A live stream is already in progress.
	ExceptionCodeLiveStreamMismatchState ExceptionCode = 7402

	// ExceptionCodeIncomingLiveStreamInvalidParameter: The incoming live stream ID is empty or not the bound one.
	ExceptionCodeIncomingLiveStreamInvalidParameter ExceptionCode = 7450

	// ExceptionCodeIncomingLiveStreamMismatchState: The incoming live stream is not in the state the call needs.
	ExceptionCodeIncomingLiveStreamMismatchState ExceptionCode = 7451

	// ExceptionCodeSubsessionAccountDisable: Subsessions is disabled for the account.
	ExceptionCodeSubsessionAccountDisable ExceptionCode = 7500

	// ExceptionCodeSubsessionExceedCapacity: Too many subsessions were requested.
	ExceptionCodeSubsessionExceedCapacity ExceptionCode = 7501

	// ExceptionCodeSubsessionMismatchId: The subsession ID is wrong.
	ExceptionCodeSubsessionMismatchId ExceptionCode = 7502

	// ExceptionCodeSubsessionMismatchUser: The subsession user ID is wrong.
	ExceptionCodeSubsessionMismatchUser ExceptionCode = 7503

	// ExceptionCodeSubsessionMismatchState: The subsessions are not in the state the call needs.
	ExceptionCodeSubsessionMismatchState ExceptionCode = 7504

	// ExceptionCodeSubsessionExitRestricted: The host does not allow leaving the subsession.
	ExceptionCodeSubsessionExitRestricted ExceptionCode = 7505

	// ExceptionCodeSubsessionBroadcastDisable: Broadcasting messages to subsessions is disabled for the account.
	ExceptionCodeSubsessionBroadcastDisable ExceptionCode = 7506

	// ExceptionCodeSubsessionBroadcastInvalidContent: The broadcast message is empty or invalid.
	ExceptionCodeSubsessionBroadcastInvalidContent ExceptionCode = 7507

	// ExceptionCodeSubsessionBroadcastVoiceDisable: Broadcasting voice to subsessions is disabled for the account.
	ExceptionCodeSubsessionBroadcastVoiceDisable ExceptionCode = 7508

	// ExceptionCodeSubsessionBroadcastVoiceRestricted: Voice cannot be broadcast from inside a subsession.
	ExceptionCodeSubsessionBroadcastVoiceRestricted ExceptionCode = 7509

	// ExceptionCodeSubsessionBroadcastVoiceMismatchState: Voice broadcast needs an active audio connection.
	ExceptionCodeSubsessionBroadcastVoiceMismatchState ExceptionCode = 7510

	// ExceptionCodeReactionAccountDisable: Emoji reactions is disabled for the account.
	ExceptionCodeReactionAccountDisable ExceptionCode = 7600

	// ExceptionCodeReactionInvalidParameter: The reaction parameter is invalid.
	ExceptionCodeReactionInvalidParameter ExceptionCode = 7601

	// ExceptionCodeSummaryAccountDisable: Meeting summary and query is disabled for the account.
	ExceptionCodeSummaryAccountDisable ExceptionCode = 7700

	// ExceptionCodeQaInvalidParameter: A Q&A parameter is invalid.
	ExceptionCodeQaInvalidParameter ExceptionCode = 7800

	// ExceptionCodeQaInsufficientPrivilege: The host has disabled this Q&A action.
	ExceptionCodeQaInsufficientPrivilege ExceptionCode = 7801

	// ExceptionCodeBroadcastStreamingAccountDisable: Broadcast streaming is disabled for the account.
	ExceptionCodeBroadcastStreamingAccountDisable ExceptionCode = 7900

	// ExceptionCodeBroadcastStreamingMismatchState: Broadcast streaming is not in the state the call needs.
	ExceptionCodeBroadcastStreamingMismatchState ExceptionCode = 7901

	// ExceptionCodeBroadcastStreamingInvalidChannelId: A broadcast channel ID is required.
	ExceptionCodeBroadcastStreamingInvalidChannelId ExceptionCode = 7902

	// ExceptionCodeWhiteboardAccountDisable: The whiteboard is disabled for the account.
	ExceptionCodeWhiteboardAccountDisable ExceptionCode = 8000

	// ExceptionCodeWhiteboardUnsupported: The whiteboard is not supported on this platform.
	ExceptionCodeWhiteboardUnsupported ExceptionCode = 8001

	// ExceptionCodeWhiteboardScreenShareConflict: A whiteboard cannot start while a screen share is in progress.
	ExceptionCodeWhiteboardScreenShareConflict ExceptionCode = 8002

	// ExceptionCodeWhiteboardMismatchState: The whiteboard is not in the state the call needs.
	ExceptionCodeWhiteboardMismatchState ExceptionCode = 8003

	// ExceptionCodeWhiteboardHostPrivilegeRequired: Only the host or a manager may do this with the whiteboard.
	ExceptionCodeWhiteboardHostPrivilegeRequired ExceptionCode = 8004

	// ExceptionCodeWhiteboardInvalidParameter: A whiteboard parameter is invalid.
	ExceptionCodeWhiteboardInvalidParameter ExceptionCode = 8005

	// ExceptionCodeWhiteboardExportDisable: Exporting the whiteboard is disabled for this session.
	ExceptionCodeWhiteboardExportDisable ExceptionCode = 8006

	// ExceptionCodeRealTimeMediaStreamsNotEnabled: Real-time media streams is disabled for the account.
	ExceptionCodeRealTimeMediaStreamsNotEnabled ExceptionCode = 8100

	// ExceptionCodeRealTimeMediaStreamsInvalidState: Real-time media streams are not in the state the call needs.
	ExceptionCodeRealTimeMediaStreamsInvalidState ExceptionCode = 8101

	// ExceptionCodeRealTimeMediaStreamsNotSupportedInBreakoutRoom: Real-time media streams are not available in breakout rooms.
	ExceptionCodeRealTimeMediaStreamsNotSupportedInBreakoutRoom ExceptionCode = 8102

	// ExceptionCodeVoiceTranslatorAccountDisable: The voice translator is disabled for the account.
	ExceptionCodeVoiceTranslatorAccountDisable ExceptionCode = 8200

	// ExceptionCodeVoiceTranslatorNoAvailableLanguageList: No voice translator language list is available.
	ExceptionCodeVoiceTranslatorNoAvailableLanguageList ExceptionCode = 8201

	// ExceptionCodeVoiceTranslatorMismatchState: The voice translator must be started first.
	ExceptionCodeVoiceTranslatorMismatchState ExceptionCode = 8202

	// ExceptionCodeVoiceTranslatorLanguageUnsupported: The translator language is not supported.
	ExceptionCodeVoiceTranslatorLanguageUnsupported ExceptionCode = 8203

	// ExceptionCodeVoiceTranslatorIncorrectBalanceRange: The original audio balance is out of range.
	ExceptionCodeVoiceTranslatorIncorrectBalanceRange ExceptionCode = 8204

	// ExceptionCodeVoiceTranslatorIncorrectTimbre: The voice timbre ID is invalid.
	ExceptionCodeVoiceTranslatorIncorrectTimbre ExceptionCode = 8205
)

// ExceptionCodeFromValue returns the code with this wire value, and whether the catalog knows it.
func ExceptionCodeFromValue(value int32) (ExceptionCode, bool) {
	if c := ExceptionCode(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseExceptionCode returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseExceptionCode(name string) (ExceptionCode, bool) {
	switch name {
	case "OPERATION_TIMEOUT":
		return ExceptionCodeOperationTimeout, true
	case "INTERNAL_ERROR":
		return ExceptionCodeInternalError, true
	case "OPERATION_CANCELLED":
		return ExceptionCodeOperationCancelled, true
	case "SESSION_FETCH_INFO_ERROR":
		return ExceptionCodeSessionFetchInfoError, true
	case "SESSION_IN_ANOTHER_SESSION":
		return ExceptionCodeSessionInAnotherSession, true
	case "SESSION_INCORRECT_PASSCODE":
		return ExceptionCodeSessionIncorrectPasscode, true
	case "SESSION_NOT_STARTED":
		return ExceptionCodeSessionNotStarted, true
	case "SESSION_USER_REMOVED":
		return ExceptionCodeSessionUserRemoved, true
	case "SESSION_ROLE_TYPE_ERROR":
		return ExceptionCodeSessionRoleTypeError, true
	case "SESSION_WEBINAR_USER_REMOVED":
		return ExceptionCodeSessionWebinarUserRemoved, true
	case "SESSION_INVALID_PARAMETER":
		return ExceptionCodeSessionInvalidParameter, true
	case "SESSION_ENDED":
		return ExceptionCodeSessionEnded, true
	case "SESSION_LOCKED":
		return ExceptionCodeSessionLocked, true
	case "SESSION_IB_BLOCKED":
		return ExceptionCodeSessionIbBlocked, true
	case "SESSION_PARTICIPANT_EXIST":
		return ExceptionCodeSessionParticipantExist, true
	case "CLIENT_PLATFORM_UNSUPPORTED":
		return ExceptionCodeClientPlatformUnsupported, true
	case "CLIENT_DEPENDENT_ASSETS_INACCESSIBLE":
		return ExceptionCodeClientDependentAssetsInaccessible, true
	case "CLIENT_SESSION_STATE_CLOSED":
		return ExceptionCodeClientSessionStateClosed, true
	case "CLIENT_SESSION_STATE_RECONNECTING":
		return ExceptionCodeClientSessionStateReconnecting, true
	case "CLIENT_SESSION_STATE_ON_HOLD":
		return ExceptionCodeClientSessionStateOnHold, true
	case "CLIENT_SESSION_NOT_WEBINAR":
		return ExceptionCodeClientSessionNotWebinar, true
	case "CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED":
		return ExceptionCodeClientHostOrManagerPermissionRequired, true
	case "CLIENT_HOST_PERMISSION_REQUIRED":
		return ExceptionCodeClientHostPermissionRequired, true
	case "CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED":
		return ExceptionCodeClientOriginHostPermissionRequired, true
	case "CLIENT_ATTENDEE_APPLICABLE_ONLY":
		return ExceptionCodeClientAttendeeApplicableOnly, true
	case "CLIENT_PARTICIPANT_APPLICABLE_ONLY":
		return ExceptionCodeClientParticipantApplicableOnly, true
	case "CLIENT_MISMATCH_USER":
		return ExceptionCodeClientMismatchUser, true
	case "CLIENT_DUPLICATED_JOIN":
		return ExceptionCodeClientDuplicatedJoin, true
	case "CLIENT_INVALID_JOIN_PARAMETER":
		return ExceptionCodeClientInvalidJoinParameter, true
	case "CLIENT_HOST_DISALLOW_RENAME":
		return ExceptionCodeClientHostDisallowRename, true
	case "STREAM_MISMATCH_DEVICE":
		return ExceptionCodeStreamMismatchDevice, true
	case "STREAM_MISMATCH_USER":
		return ExceptionCodeStreamMismatchUser, true
	case "STREAM_SESSION_JOIN_REQUIRED":
		return ExceptionCodeStreamSessionJoinRequired, true
	case "STREAM_MISMATCH_RENDER_ELEMENT":
		return ExceptionCodeStreamMismatchRenderElement, true
	case "AUDIO_CAPTURE_FAILED":
		return ExceptionCodeAudioCaptureFailed, true
	case "AUDIO_CAPTURE_LOADING":
		return ExceptionCodeAudioCaptureLoading, true
	case "AUDIO_IN_PSTN":
		return ExceptionCodeAudioInPstn, true
	case "AUDIO_ENCODING_REQUIRED":
		return ExceptionCodeAudioEncodingRequired, true
	case "AUDIO_SHARE_AUDIO_CONFLICT":
		return ExceptionCodeAudioShareAudioConflict, true
	case "AUDIO_NOT_STARTED":
		return ExceptionCodeAudioNotStarted, true
	case "AUDIO_ATTENDEE_NOT_ALLOWED":
		return ExceptionCodeAudioAttendeeNotAllowed, true
	case "SECONDARY_AUDIO_UNSUPPORTED":
		return ExceptionCodeSecondaryAudioUnsupported, true
	case "SECONDARY_AUDIO_DEVICE_CONFLICT":
		return ExceptionCodeSecondaryAudioDeviceConflict, true
	case "SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT":
		return ExceptionCodeSecondaryAudioScreenSharingConflict, true
	case "SECONDARY_AUDIO_NOT_STARTED":
		return ExceptionCodeSecondaryAudioNotStarted, true
	case "PSTN_MISMATCH_COUNTRY_CODE":
		return ExceptionCodePstnMismatchCountryCode, true
	case "PSTN_NOT_CONNECTED":
		return ExceptionCodePstnNotConnected, true
	case "CRC_NOT_CONNECTED":
		return ExceptionCodeCrcNotConnected, true
	case "AUDIO_ALLOW_TALK_UNSUPPORTED":
		return ExceptionCodeAudioAllowTalkUnsupported, true
	case "AUDIO_ALLOW_TALK_MISMATCH_USER":
		return ExceptionCodeAudioAllowTalkMismatchUser, true
	case "AUDIO_PROCESSOR_UNSUPPORTED":
		return ExceptionCodeAudioProcessorUnsupported, true
	case "AUDIO_PROCESSOR_DUPLICATE_CREATE":
		return ExceptionCodeAudioProcessorDuplicateCreate, true
	case "AUDIO_PROCESSOR_MISMATCH_PROCESSOR":
		return ExceptionCodeAudioProcessorMismatchProcessor, true
	case "AUDIO_PROCESSOR_LIMIT_EXCEED":
		return ExceptionCodeAudioProcessorLimitExceed, true
	case "VIDEO_CAMERA_PERMISSION_DENIED":
		return ExceptionCodeVideoCameraPermissionDenied, true
	case "VIDEO_NO_CAMERA":
		return ExceptionCodeVideoNoCamera, true
	case "VIDEO_MISMATCH_CAMERA":
		return ExceptionCodeVideoMismatchCamera, true
	case "VIDEO_CAMERA_TAKEN":
		return ExceptionCodeVideoCameraTaken, true
	case "VIDEO_VB_INITIALIZE_ERROR":
		return ExceptionCodeVideoVbInitializeError, true
	case "VIDEO_CAPTURE_LOADING":
		return ExceptionCodeVideoCaptureLoading, true
	case "VIDEO_MUTED_BY_HOST":
		return ExceptionCodeVideoMutedByHost, true
	case "VIDEO_VB_UNSUPPORTED":
		return ExceptionCodeVideoVbUnsupported, true
	case "VIDEO_VB_PROCESSOR_CONFLICT":
		return ExceptionCodeVideoVbProcessorConflict, true
	case "VIDEO_MISMATCH_STATE":
		return ExceptionCodeVideoMismatchState, true
	case "VIDEO_ESTABLISH_STREAM_ERROR":
		return ExceptionCodeVideoEstablishStreamError, true
	case "VIDEO_RENDER_LIMIT_EXCEED":
		return ExceptionCodeVideoRenderLimitExceed, true
	case "VIDEO_METHOD_DEPRECATED":
		return ExceptionCodeVideoMethodDeprecated, true
	case "VIDEO_VB_IMAGE_INACCESSIBLE":
		return ExceptionCodeVideoVbImageInaccessible, true
	case "VIDEO_VB_MISMATCH_STATE":
		return ExceptionCodeVideoVbMismatchState, true
	case "VIDEO_MASK_IMAGE_INACCESSIBLE":
		return ExceptionCodeVideoMaskImageInaccessible, true
	case "VIDEO_MASK_PROCESSOR_CONFLICT":
		return ExceptionCodeVideoMaskProcessorConflict, true
	case "VIDEO_SPOTLIGHT_MISMATCH_STATE":
		return ExceptionCodeVideoSpotlightMismatchState, true
	case "VIDEO_SPOTLIGHT_MULTI_CONFLICT":
		return ExceptionCodeVideoSpotlightMultiConflict, true
	case "VIDEO_PROCESSOR_UNSUPPORTED":
		return ExceptionCodeVideoProcessorUnsupported, true
	case "VIDEO_PROCESSOR_LIMIT_EXCEED":
		return ExceptionCodeVideoProcessorLimitExceed, true
	case "VIDEO_PROCESSOR_DUPLICATE_CREATE":
		return ExceptionCodeVideoProcessorDuplicateCreate, true
	case "VIDEO_PROCESSOR_MISMATCH_PROCESSOR":
		return ExceptionCodeVideoProcessorMismatchProcessor, true
	case "FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED":
		return ExceptionCodeFarEndCameraControlDeviceUnsupported, true
	case "FAR_END_CAMERA_CONTROL_MISMATCH_STATE":
		return ExceptionCodeFarEndCameraControlMismatchState, true
	case "FAR_END_CAMERA_PERMISSION_REQUIRED":
		return ExceptionCodeFarEndCameraPermissionRequired, true
	case "FAR_END_CAMERA_INVALID_RANGE":
		return ExceptionCodeFarEndCameraInvalidRange, true
	case "FAR_END_CAMERA_RATE_LIMIT":
		return ExceptionCodeFarEndCameraRateLimit, true
	case "SCREEN_SHARE_USER_DENIED":
		return ExceptionCodeScreenShareUserDenied, true
	case "SCREEN_SHARE_SYSTEM_DENIED":
		return ExceptionCodeScreenShareSystemDenied, true
	case "SCREEN_SHARE_UNSUPPORTED":
		return ExceptionCodeScreenShareUnsupported, true
	case "SCREEN_SHARE_SUBSESSION_CONFLICT":
		return ExceptionCodeScreenShareSubsessionConflict, true
	case "SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED":
		return ExceptionCodeScreenShareHostPrivilegeRequired, true
	case "SCREEN_SHARE_MISMATCH_STATE":
		return ExceptionCodeScreenShareMismatchState, true
	case "SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED":
		return ExceptionCodeScreenShareOptimizeVideoUnsupported, true
	case "SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT":
		return ExceptionCodeScreenShareOptimizeVideoConflict, true
	case "SCREEN_SHARE_INVALID_PRIVILEGE":
		return ExceptionCodeScreenShareInvalidPrivilege, true
	case "SCREEN_SHARE_IB_DENIED":
		return ExceptionCodeScreenShareIbDenied, true
	case "SCREEN_SHARE_LIMIT_EXCEED":
		return ExceptionCodeScreenShareLimitExceed, true
	case "SCREEN_SHARE_WHITEBOARD_CONFLICT":
		return ExceptionCodeScreenShareWhiteboardConflict, true
	case "SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE":
		return ExceptionCodeScreenShareAnnotationAccountDisable, true
	case "SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE":
		return ExceptionCodeScreenShareAnnotationNoActiveShare, true
	case "SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED":
		return ExceptionCodeScreenShareAnnotationPresenterDisabled, true
	case "SCREEN_SHARE_ANNOTATION_DUPLICATE_START":
		return ExceptionCodeScreenShareAnnotationDuplicateStart, true
	case "SCREEN_SHARE_ANNOTATION_START_ERROR":
		return ExceptionCodeScreenShareAnnotationStartError, true
	case "SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER":
		return ExceptionCodeScreenShareAnnotationIncorrectParameter, true
	case "SCREEN_SHARE_ANNOTATION_NOT_SUPPORT":
		return ExceptionCodeScreenShareAnnotationNotSupport, true
	case "SCREEN_SHARE_ANNOTATION_NOT_START":
		return ExceptionCodeScreenShareAnnotationNotStart, true
	case "SHARE_CAMERA_MESSAGE_ERROR":
		return ExceptionCodeShareCameraMessageError, true
	case "SHARED_PROCESSOR_UNSUPPORTED":
		return ExceptionCodeSharedProcessorUnsupported, true
	case "SHARED_PROCESSOR_DUPLICATE_CREATE":
		return ExceptionCodeSharedProcessorDuplicateCreate, true
	case "SHARED_PROCESSOR_MISMATCH_PROCESSOR":
		return ExceptionCodeSharedProcessorMismatchProcessor, true
	case "SHARED_PROCESSOR_LIMIT_EXCEED":
		return ExceptionCodeSharedProcessorLimitExceed, true
	case "REMOTE_CONTROL_ACCOUNT_DISABLE":
		return ExceptionCodeRemoteControlAccountDisable, true
	case "REMOTE_CONTROL_MISMATCH_STATE":
		return ExceptionCodeRemoteControlMismatchState, true
	case "REMOTE_CONTROL_PERMISSION_REQUIRED":
		return ExceptionCodeRemoteControlPermissionRequired, true
	case "REMOTE_CONTROL_MISMATCH_DISPLAY_SURFACE":
		return ExceptionCodeRemoteControlMismatchDisplaySurface, true
	case "REMOTE_CONTROL_INVALID_LAUNCH_SCHEME":
		return ExceptionCodeRemoteControlInvalidLaunchScheme, true
	case "CHAT_EMPTY_MESSAGE":
		return ExceptionCodeChatEmptyMessage, true
	case "CHAT_MISMATCH_USER":
		return ExceptionCodeChatMismatchUser, true
	case "CHAT_INSUFFICIENT_PRIVILEGE":
		return ExceptionCodeChatInsufficientPrivilege, true
	case "CHAT_INVALID_PRIVILEGE":
		return ExceptionCodeChatInvalidPrivilege, true
	case "CHAT_SUBSESSION_CONFLICT":
		return ExceptionCodeChatSubsessionConflict, true
	case "CHAT_EMPTY_FILE":
		return ExceptionCodeChatEmptyFile, true
	case "CHAT_INVALID_RETRY_TOKEN":
		return ExceptionCodeChatInvalidRetryToken, true
	case "CHAT_MISMATCH_FILE_TYPE":
		return ExceptionCodeChatMismatchFileType, true
	case "CHAT_EXCEED_FILE_SIZE":
		return ExceptionCodeChatExceedFileSize, true
	case "CHAT_INVALID_MSG_ID_OR_URL":
		return ExceptionCodeChatInvalidMsgIdOrUrl, true
	case "CHAT_FILE_ACCOUNT_DISABLE":
		return ExceptionCodeChatFileAccountDisable, true
	case "CHAT_DELETE_ACCOUNT_DISABLE":
		return ExceptionCodeChatDeleteAccountDisable, true
	case "CMD_EMPTY_MESSAGE":
		return ExceptionCodeCmdEmptyMessage, true
	case "CMD_MISMATCH_USER":
		return ExceptionCodeCmdMismatchUser, true
	case "CMD_INVALID_MESSAGE_TYPE":
		return ExceptionCodeCmdInvalidMessageType, true
	case "CMD_EXCEED_MESSAGE_LENGTH":
		return ExceptionCodeCmdExceedMessageLength, true
	case "CMD_CHANNEL_NOT_READY":
		return ExceptionCodeCmdChannelNotReady, true
	case "CMD_RATE_LIMIT":
		return ExceptionCodeCmdRateLimit, true
	case "RECORDING_ACCOUNT_DISABLE":
		return ExceptionCodeRecordingAccountDisable, true
	case "RECORDING_STOP_FORBIDDEN":
		return ExceptionCodeRecordingStopForbidden, true
	case "RECORDING_MISMATCH_STATE":
		return ExceptionCodeRecordingMismatchState, true
	case "RECORDING_ISO_DISABLE":
		return ExceptionCodeRecordingIsoDisable, true
	case "RECORDING_IQ_DISABLE":
		return ExceptionCodeRecordingIqDisable, true
	case "RECORDING_IQ_PERMISSION_REQUIRED":
		return ExceptionCodeRecordingIqPermissionRequired, true
	case "RECORDING_IQ_MISMATCH_STATE":
		return ExceptionCodeRecordingIqMismatchState, true
	case "LOCAL_RECORDING_ACCOUNT_DISABLE":
		return ExceptionCodeLocalRecordingAccountDisable, true
	case "LOCAL_RECORDING_INVALID_VALUE":
		return ExceptionCodeLocalRecordingInvalidValue, true
	case "LOCAL_RECORDING_MISMATCH_STATE":
		return ExceptionCodeLocalRecordingMismatchState, true
	case "TRANSCRIPTION_ACCOUNT_DISABLE":
		return ExceptionCodeTranscriptionAccountDisable, true
	case "TRANSCRIPTION_FEATURE_DISABLE":
		return ExceptionCodeTranscriptionFeatureDisable, true
	case "TRANSCRIPTION_LANGUAGE_UNSUPPORTED":
		return ExceptionCodeTranscriptionLanguageUnsupported, true
	case "TRANSCRIPTION_MISMATCH_STATE":
		return ExceptionCodeTranscriptionMismatchState, true
	case "TRANSLATION_ACCOUNT_DISABLE":
		return ExceptionCodeTranslationAccountDisable, true
	case "TRANSLATION_LANGUAGE_UNSUPPORTED":
		return ExceptionCodeTranslationLanguageUnsupported, true
	case "MANUAL_CAPTION_ACCOUNT_DISABLE":
		return ExceptionCodeManualCaptionAccountDisable, true
	case "MANUAL_CAPTION_FEATURE_DISABLE":
		return ExceptionCodeManualCaptionFeatureDisable, true
	case "MANUAL_CAPTION_MISMATCH_USER":
		return ExceptionCodeManualCaptionMismatchUser, true
	case "MANUAL_CAPTION_INSUFFICIENT_PRIVILEGE":
		return ExceptionCodeManualCaptionInsufficientPrivilege, true
	case "TRANSCRIPTION_LANGUAGE_LOCKED":
		return ExceptionCodeTranscriptionLanguageLocked, true
	case "LIVE_STREAM_ACCOUNT_DISABLE":
		return ExceptionCodeLiveStreamAccountDisable, true
	case "LIVE_STREAM_INVALID_PARAMETER":
		return ExceptionCodeLiveStreamInvalidParameter, true
	case "LIVE_STREAM_MISMATCH_STATE":
		return ExceptionCodeLiveStreamMismatchState, true
	case "INCOMING_LIVE_STREAM_INVALID_PARAMETER":
		return ExceptionCodeIncomingLiveStreamInvalidParameter, true
	case "INCOMING_LIVE_STREAM_MISMATCH_STATE":
		return ExceptionCodeIncomingLiveStreamMismatchState, true
	case "SUBSESSION_ACCOUNT_DISABLE":
		return ExceptionCodeSubsessionAccountDisable, true
	case "SUBSESSION_EXCEED_CAPACITY":
		return ExceptionCodeSubsessionExceedCapacity, true
	case "SUBSESSION_MISMATCH_ID":
		return ExceptionCodeSubsessionMismatchId, true
	case "SUBSESSION_MISMATCH_USER":
		return ExceptionCodeSubsessionMismatchUser, true
	case "SUBSESSION_MISMATCH_STATE":
		return ExceptionCodeSubsessionMismatchState, true
	case "SUBSESSION_EXIT_RESTRICTED":
		return ExceptionCodeSubsessionExitRestricted, true
	case "SUBSESSION_BROADCAST_DISABLE":
		return ExceptionCodeSubsessionBroadcastDisable, true
	case "SUBSESSION_BROADCAST_INVALID_CONTENT":
		return ExceptionCodeSubsessionBroadcastInvalidContent, true
	case "SUBSESSION_BROADCAST_VOICE_DISABLE":
		return ExceptionCodeSubsessionBroadcastVoiceDisable, true
	case "SUBSESSION_BROADCAST_VOICE_RESTRICTED":
		return ExceptionCodeSubsessionBroadcastVoiceRestricted, true
	case "SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE":
		return ExceptionCodeSubsessionBroadcastVoiceMismatchState, true
	case "REACTION_ACCOUNT_DISABLE":
		return ExceptionCodeReactionAccountDisable, true
	case "REACTION_INVALID_PARAMETER":
		return ExceptionCodeReactionInvalidParameter, true
	case "SUMMARY_ACCOUNT_DISABLE":
		return ExceptionCodeSummaryAccountDisable, true
	case "QA_INVALID_PARAMETER":
		return ExceptionCodeQaInvalidParameter, true
	case "QA_INSUFFICIENT_PRIVILEGE":
		return ExceptionCodeQaInsufficientPrivilege, true
	case "BROADCAST_STREAMING_ACCOUNT_DISABLE":
		return ExceptionCodeBroadcastStreamingAccountDisable, true
	case "BROADCAST_STREAMING_MISMATCH_STATE":
		return ExceptionCodeBroadcastStreamingMismatchState, true
	case "BROADCAST_STREAMING_INVALID_CHANNEL_ID":
		return ExceptionCodeBroadcastStreamingInvalidChannelId, true
	case "WHITEBOARD_ACCOUNT_DISABLE":
		return ExceptionCodeWhiteboardAccountDisable, true
	case "WHITEBOARD_UNSUPPORTED":
		return ExceptionCodeWhiteboardUnsupported, true
	case "WHITEBOARD_SCREEN_SHARE_CONFLICT":
		return ExceptionCodeWhiteboardScreenShareConflict, true
	case "WHITEBOARD_MISMATCH_STATE":
		return ExceptionCodeWhiteboardMismatchState, true
	case "WHITEBOARD_HOST_PRIVILEGE_REQUIRED":
		return ExceptionCodeWhiteboardHostPrivilegeRequired, true
	case "WHITEBOARD_INVALID_PARAMETER":
		return ExceptionCodeWhiteboardInvalidParameter, true
	case "WHITEBOARD_EXPORT_DISABLE":
		return ExceptionCodeWhiteboardExportDisable, true
	case "REAL_TIME_MEDIA_STREAMS_NOT_ENABLED":
		return ExceptionCodeRealTimeMediaStreamsNotEnabled, true
	case "REAL_TIME_MEDIA_STREAMS_INVALID_STATE":
		return ExceptionCodeRealTimeMediaStreamsInvalidState, true
	case "REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM":
		return ExceptionCodeRealTimeMediaStreamsNotSupportedInBreakoutRoom, true
	case "VOICE_TRANSLATOR_ACCOUNT_DISABLE":
		return ExceptionCodeVoiceTranslatorAccountDisable, true
	case "VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST":
		return ExceptionCodeVoiceTranslatorNoAvailableLanguageList, true
	case "VOICE_TRANSLATOR_MISMATCH_STATE":
		return ExceptionCodeVoiceTranslatorMismatchState, true
	case "VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED":
		return ExceptionCodeVoiceTranslatorLanguageUnsupported, true
	case "VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE":
		return ExceptionCodeVoiceTranslatorIncorrectBalanceRange, true
	case "VOICE_TRANSLATOR_INCORRECT_TIMBRE":
		return ExceptionCodeVoiceTranslatorIncorrectTimbre, true
	}
	return 0, false
}

// AllExceptionCodeValues returns every code, in upstream order.
func AllExceptionCodeValues() []ExceptionCode {
	return []ExceptionCode{
		ExceptionCodeOperationTimeout,
		ExceptionCodeInternalError,
		ExceptionCodeOperationCancelled,
		ExceptionCodeSessionFetchInfoError,
		ExceptionCodeSessionInAnotherSession,
		ExceptionCodeSessionIncorrectPasscode,
		ExceptionCodeSessionNotStarted,
		ExceptionCodeSessionUserRemoved,
		ExceptionCodeSessionRoleTypeError,
		ExceptionCodeSessionWebinarUserRemoved,
		ExceptionCodeSessionInvalidParameter,
		ExceptionCodeSessionEnded,
		ExceptionCodeSessionLocked,
		ExceptionCodeSessionIbBlocked,
		ExceptionCodeSessionParticipantExist,
		ExceptionCodeClientPlatformUnsupported,
		ExceptionCodeClientDependentAssetsInaccessible,
		ExceptionCodeClientSessionStateClosed,
		ExceptionCodeClientSessionStateReconnecting,
		ExceptionCodeClientSessionStateOnHold,
		ExceptionCodeClientSessionNotWebinar,
		ExceptionCodeClientHostOrManagerPermissionRequired,
		ExceptionCodeClientHostPermissionRequired,
		ExceptionCodeClientOriginHostPermissionRequired,
		ExceptionCodeClientAttendeeApplicableOnly,
		ExceptionCodeClientParticipantApplicableOnly,
		ExceptionCodeClientMismatchUser,
		ExceptionCodeClientDuplicatedJoin,
		ExceptionCodeClientInvalidJoinParameter,
		ExceptionCodeClientHostDisallowRename,
		ExceptionCodeStreamMismatchDevice,
		ExceptionCodeStreamMismatchUser,
		ExceptionCodeStreamSessionJoinRequired,
		ExceptionCodeStreamMismatchRenderElement,
		ExceptionCodeAudioCaptureFailed,
		ExceptionCodeAudioCaptureLoading,
		ExceptionCodeAudioInPstn,
		ExceptionCodeAudioEncodingRequired,
		ExceptionCodeAudioShareAudioConflict,
		ExceptionCodeAudioNotStarted,
		ExceptionCodeAudioAttendeeNotAllowed,
		ExceptionCodeSecondaryAudioUnsupported,
		ExceptionCodeSecondaryAudioDeviceConflict,
		ExceptionCodeSecondaryAudioScreenSharingConflict,
		ExceptionCodeSecondaryAudioNotStarted,
		ExceptionCodePstnMismatchCountryCode,
		ExceptionCodePstnNotConnected,
		ExceptionCodeCrcNotConnected,
		ExceptionCodeAudioAllowTalkUnsupported,
		ExceptionCodeAudioAllowTalkMismatchUser,
		ExceptionCodeAudioProcessorUnsupported,
		ExceptionCodeAudioProcessorDuplicateCreate,
		ExceptionCodeAudioProcessorMismatchProcessor,
		ExceptionCodeAudioProcessorLimitExceed,
		ExceptionCodeVideoCameraPermissionDenied,
		ExceptionCodeVideoNoCamera,
		ExceptionCodeVideoMismatchCamera,
		ExceptionCodeVideoCameraTaken,
		ExceptionCodeVideoVbInitializeError,
		ExceptionCodeVideoCaptureLoading,
		ExceptionCodeVideoMutedByHost,
		ExceptionCodeVideoVbUnsupported,
		ExceptionCodeVideoVbProcessorConflict,
		ExceptionCodeVideoMismatchState,
		ExceptionCodeVideoEstablishStreamError,
		ExceptionCodeVideoRenderLimitExceed,
		ExceptionCodeVideoMethodDeprecated,
		ExceptionCodeVideoVbImageInaccessible,
		ExceptionCodeVideoVbMismatchState,
		ExceptionCodeVideoMaskImageInaccessible,
		ExceptionCodeVideoMaskProcessorConflict,
		ExceptionCodeVideoSpotlightMismatchState,
		ExceptionCodeVideoSpotlightMultiConflict,
		ExceptionCodeVideoProcessorUnsupported,
		ExceptionCodeVideoProcessorLimitExceed,
		ExceptionCodeVideoProcessorDuplicateCreate,
		ExceptionCodeVideoProcessorMismatchProcessor,
		ExceptionCodeFarEndCameraControlDeviceUnsupported,
		ExceptionCodeFarEndCameraControlMismatchState,
		ExceptionCodeFarEndCameraPermissionRequired,
		ExceptionCodeFarEndCameraInvalidRange,
		ExceptionCodeFarEndCameraRateLimit,
		ExceptionCodeScreenShareUserDenied,
		ExceptionCodeScreenShareSystemDenied,
		ExceptionCodeScreenShareUnsupported,
		ExceptionCodeScreenShareSubsessionConflict,
		ExceptionCodeScreenShareHostPrivilegeRequired,
		ExceptionCodeScreenShareMismatchState,
		ExceptionCodeScreenShareOptimizeVideoUnsupported,
		ExceptionCodeScreenShareOptimizeVideoConflict,
		ExceptionCodeScreenShareInvalidPrivilege,
		ExceptionCodeScreenShareIbDenied,
		ExceptionCodeScreenShareLimitExceed,
		ExceptionCodeScreenShareWhiteboardConflict,
		ExceptionCodeScreenShareAnnotationAccountDisable,
		ExceptionCodeScreenShareAnnotationNoActiveShare,
		ExceptionCodeScreenShareAnnotationPresenterDisabled,
		ExceptionCodeScreenShareAnnotationDuplicateStart,
		ExceptionCodeScreenShareAnnotationStartError,
		ExceptionCodeScreenShareAnnotationIncorrectParameter,
		ExceptionCodeScreenShareAnnotationNotSupport,
		ExceptionCodeScreenShareAnnotationNotStart,
		ExceptionCodeShareCameraMessageError,
		ExceptionCodeSharedProcessorUnsupported,
		ExceptionCodeSharedProcessorDuplicateCreate,
		ExceptionCodeSharedProcessorMismatchProcessor,
		ExceptionCodeSharedProcessorLimitExceed,
		ExceptionCodeRemoteControlAccountDisable,
		ExceptionCodeRemoteControlMismatchState,
		ExceptionCodeRemoteControlPermissionRequired,
		ExceptionCodeRemoteControlMismatchDisplaySurface,
		ExceptionCodeRemoteControlInvalidLaunchScheme,
		ExceptionCodeChatEmptyMessage,
		ExceptionCodeChatMismatchUser,
		ExceptionCodeChatInsufficientPrivilege,
		ExceptionCodeChatInvalidPrivilege,
		ExceptionCodeChatSubsessionConflict,
		ExceptionCodeChatEmptyFile,
		ExceptionCodeChatInvalidRetryToken,
		ExceptionCodeChatMismatchFileType,
		ExceptionCodeChatExceedFileSize,
		ExceptionCodeChatInvalidMsgIdOrUrl,
		ExceptionCodeChatFileAccountDisable,
		ExceptionCodeChatDeleteAccountDisable,
		ExceptionCodeCmdEmptyMessage,
		ExceptionCodeCmdMismatchUser,
		ExceptionCodeCmdInvalidMessageType,
		ExceptionCodeCmdExceedMessageLength,
		ExceptionCodeCmdChannelNotReady,
		ExceptionCodeCmdRateLimit,
		ExceptionCodeRecordingAccountDisable,
		ExceptionCodeRecordingStopForbidden,
		ExceptionCodeRecordingMismatchState,
		ExceptionCodeRecordingIsoDisable,
		ExceptionCodeRecordingIqDisable,
		ExceptionCodeRecordingIqPermissionRequired,
		ExceptionCodeRecordingIqMismatchState,
		ExceptionCodeLocalRecordingAccountDisable,
		ExceptionCodeLocalRecordingInvalidValue,
		ExceptionCodeLocalRecordingMismatchState,
		ExceptionCodeTranscriptionAccountDisable,
		ExceptionCodeTranscriptionFeatureDisable,
		ExceptionCodeTranscriptionLanguageUnsupported,
		ExceptionCodeTranscriptionMismatchState,
		ExceptionCodeTranslationAccountDisable,
		ExceptionCodeTranslationLanguageUnsupported,
		ExceptionCodeManualCaptionAccountDisable,
		ExceptionCodeManualCaptionFeatureDisable,
		ExceptionCodeManualCaptionMismatchUser,
		ExceptionCodeManualCaptionInsufficientPrivilege,
		ExceptionCodeTranscriptionLanguageLocked,
		ExceptionCodeLiveStreamAccountDisable,
		ExceptionCodeLiveStreamInvalidParameter,
		ExceptionCodeLiveStreamMismatchState,
		ExceptionCodeIncomingLiveStreamInvalidParameter,
		ExceptionCodeIncomingLiveStreamMismatchState,
		ExceptionCodeSubsessionAccountDisable,
		ExceptionCodeSubsessionExceedCapacity,
		ExceptionCodeSubsessionMismatchId,
		ExceptionCodeSubsessionMismatchUser,
		ExceptionCodeSubsessionMismatchState,
		ExceptionCodeSubsessionExitRestricted,
		ExceptionCodeSubsessionBroadcastDisable,
		ExceptionCodeSubsessionBroadcastInvalidContent,
		ExceptionCodeSubsessionBroadcastVoiceDisable,
		ExceptionCodeSubsessionBroadcastVoiceRestricted,
		ExceptionCodeSubsessionBroadcastVoiceMismatchState,
		ExceptionCodeReactionAccountDisable,
		ExceptionCodeReactionInvalidParameter,
		ExceptionCodeSummaryAccountDisable,
		ExceptionCodeQaInvalidParameter,
		ExceptionCodeQaInsufficientPrivilege,
		ExceptionCodeBroadcastStreamingAccountDisable,
		ExceptionCodeBroadcastStreamingMismatchState,
		ExceptionCodeBroadcastStreamingInvalidChannelId,
		ExceptionCodeWhiteboardAccountDisable,
		ExceptionCodeWhiteboardUnsupported,
		ExceptionCodeWhiteboardScreenShareConflict,
		ExceptionCodeWhiteboardMismatchState,
		ExceptionCodeWhiteboardHostPrivilegeRequired,
		ExceptionCodeWhiteboardInvalidParameter,
		ExceptionCodeWhiteboardExportDisable,
		ExceptionCodeRealTimeMediaStreamsNotEnabled,
		ExceptionCodeRealTimeMediaStreamsInvalidState,
		ExceptionCodeRealTimeMediaStreamsNotSupportedInBreakoutRoom,
		ExceptionCodeVoiceTranslatorAccountDisable,
		ExceptionCodeVoiceTranslatorNoAvailableLanguageList,
		ExceptionCodeVoiceTranslatorMismatchState,
		ExceptionCodeVoiceTranslatorLanguageUnsupported,
		ExceptionCodeVoiceTranslatorIncorrectBalanceRange,
		ExceptionCodeVoiceTranslatorIncorrectTimbre,
	}
}

// String returns the name exactly as upstream spells it, or ExceptionCode(value) for a value the
// catalog does not know.
func (c ExceptionCode) String() string {
	if i := c.index(); i >= 0 {
		return exceptionCodeInfo[i].UpstreamName
	}
	return fmt.Sprintf("ExceptionCode(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c ExceptionCode) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c ExceptionCode) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &exceptionCodeInfo[i]
	}
	return nil
}

// index is the code's row in exceptionCodeInfo, or -1.
func (c ExceptionCode) index() int {
	switch c {
	case ExceptionCodeOperationTimeout:
		return 0
	case ExceptionCodeInternalError:
		return 1
	case ExceptionCodeOperationCancelled:
		return 2
	case ExceptionCodeSessionFetchInfoError:
		return 3
	case ExceptionCodeSessionInAnotherSession:
		return 4
	case ExceptionCodeSessionIncorrectPasscode:
		return 5
	case ExceptionCodeSessionNotStarted:
		return 6
	case ExceptionCodeSessionUserRemoved:
		return 7
	case ExceptionCodeSessionRoleTypeError:
		return 8
	case ExceptionCodeSessionWebinarUserRemoved:
		return 9
	case ExceptionCodeSessionInvalidParameter:
		return 10
	case ExceptionCodeSessionEnded:
		return 11
	case ExceptionCodeSessionLocked:
		return 12
	case ExceptionCodeSessionIbBlocked:
		return 13
	case ExceptionCodeSessionParticipantExist:
		return 14
	case ExceptionCodeClientPlatformUnsupported:
		return 15
	case ExceptionCodeClientDependentAssetsInaccessible:
		return 16
	case ExceptionCodeClientSessionStateClosed:
		return 17
	case ExceptionCodeClientSessionStateReconnecting:
		return 18
	case ExceptionCodeClientSessionStateOnHold:
		return 19
	case ExceptionCodeClientSessionNotWebinar:
		return 20
	case ExceptionCodeClientHostOrManagerPermissionRequired:
		return 21
	case ExceptionCodeClientHostPermissionRequired:
		return 22
	case ExceptionCodeClientOriginHostPermissionRequired:
		return 23
	case ExceptionCodeClientAttendeeApplicableOnly:
		return 24
	case ExceptionCodeClientParticipantApplicableOnly:
		return 25
	case ExceptionCodeClientMismatchUser:
		return 26
	case ExceptionCodeClientDuplicatedJoin:
		return 27
	case ExceptionCodeClientInvalidJoinParameter:
		return 28
	case ExceptionCodeClientHostDisallowRename:
		return 29
	case ExceptionCodeStreamMismatchDevice:
		return 30
	case ExceptionCodeStreamMismatchUser:
		return 31
	case ExceptionCodeStreamSessionJoinRequired:
		return 32
	case ExceptionCodeStreamMismatchRenderElement:
		return 33
	case ExceptionCodeAudioCaptureFailed:
		return 34
	case ExceptionCodeAudioCaptureLoading:
		return 35
	case ExceptionCodeAudioInPstn:
		return 36
	case ExceptionCodeAudioEncodingRequired:
		return 37
	case ExceptionCodeAudioShareAudioConflict:
		return 38
	case ExceptionCodeAudioNotStarted:
		return 39
	case ExceptionCodeAudioAttendeeNotAllowed:
		return 40
	case ExceptionCodeSecondaryAudioUnsupported:
		return 41
	case ExceptionCodeSecondaryAudioDeviceConflict:
		return 42
	case ExceptionCodeSecondaryAudioScreenSharingConflict:
		return 43
	case ExceptionCodeSecondaryAudioNotStarted:
		return 44
	case ExceptionCodePstnMismatchCountryCode:
		return 45
	case ExceptionCodePstnNotConnected:
		return 46
	case ExceptionCodeCrcNotConnected:
		return 47
	case ExceptionCodeAudioAllowTalkUnsupported:
		return 48
	case ExceptionCodeAudioAllowTalkMismatchUser:
		return 49
	case ExceptionCodeAudioProcessorUnsupported:
		return 50
	case ExceptionCodeAudioProcessorDuplicateCreate:
		return 51
	case ExceptionCodeAudioProcessorMismatchProcessor:
		return 52
	case ExceptionCodeAudioProcessorLimitExceed:
		return 53
	case ExceptionCodeVideoCameraPermissionDenied:
		return 54
	case ExceptionCodeVideoNoCamera:
		return 55
	case ExceptionCodeVideoMismatchCamera:
		return 56
	case ExceptionCodeVideoCameraTaken:
		return 57
	case ExceptionCodeVideoVbInitializeError:
		return 58
	case ExceptionCodeVideoCaptureLoading:
		return 59
	case ExceptionCodeVideoMutedByHost:
		return 60
	case ExceptionCodeVideoVbUnsupported:
		return 61
	case ExceptionCodeVideoVbProcessorConflict:
		return 62
	case ExceptionCodeVideoMismatchState:
		return 63
	case ExceptionCodeVideoEstablishStreamError:
		return 64
	case ExceptionCodeVideoRenderLimitExceed:
		return 65
	case ExceptionCodeVideoMethodDeprecated:
		return 66
	case ExceptionCodeVideoVbImageInaccessible:
		return 67
	case ExceptionCodeVideoVbMismatchState:
		return 68
	case ExceptionCodeVideoMaskImageInaccessible:
		return 69
	case ExceptionCodeVideoMaskProcessorConflict:
		return 70
	case ExceptionCodeVideoSpotlightMismatchState:
		return 71
	case ExceptionCodeVideoSpotlightMultiConflict:
		return 72
	case ExceptionCodeVideoProcessorUnsupported:
		return 73
	case ExceptionCodeVideoProcessorLimitExceed:
		return 74
	case ExceptionCodeVideoProcessorDuplicateCreate:
		return 75
	case ExceptionCodeVideoProcessorMismatchProcessor:
		return 76
	case ExceptionCodeFarEndCameraControlDeviceUnsupported:
		return 77
	case ExceptionCodeFarEndCameraControlMismatchState:
		return 78
	case ExceptionCodeFarEndCameraPermissionRequired:
		return 79
	case ExceptionCodeFarEndCameraInvalidRange:
		return 80
	case ExceptionCodeFarEndCameraRateLimit:
		return 81
	case ExceptionCodeScreenShareUserDenied:
		return 82
	case ExceptionCodeScreenShareSystemDenied:
		return 83
	case ExceptionCodeScreenShareUnsupported:
		return 84
	case ExceptionCodeScreenShareSubsessionConflict:
		return 85
	case ExceptionCodeScreenShareHostPrivilegeRequired:
		return 86
	case ExceptionCodeScreenShareMismatchState:
		return 87
	case ExceptionCodeScreenShareOptimizeVideoUnsupported:
		return 88
	case ExceptionCodeScreenShareOptimizeVideoConflict:
		return 89
	case ExceptionCodeScreenShareInvalidPrivilege:
		return 90
	case ExceptionCodeScreenShareIbDenied:
		return 91
	case ExceptionCodeScreenShareLimitExceed:
		return 92
	case ExceptionCodeScreenShareWhiteboardConflict:
		return 93
	case ExceptionCodeScreenShareAnnotationAccountDisable:
		return 94
	case ExceptionCodeScreenShareAnnotationNoActiveShare:
		return 95
	case ExceptionCodeScreenShareAnnotationPresenterDisabled:
		return 96
	case ExceptionCodeScreenShareAnnotationDuplicateStart:
		return 97
	case ExceptionCodeScreenShareAnnotationStartError:
		return 98
	case ExceptionCodeScreenShareAnnotationIncorrectParameter:
		return 99
	case ExceptionCodeScreenShareAnnotationNotSupport:
		return 100
	case ExceptionCodeScreenShareAnnotationNotStart:
		return 101
	case ExceptionCodeShareCameraMessageError:
		return 102
	case ExceptionCodeSharedProcessorUnsupported:
		return 103
	case ExceptionCodeSharedProcessorDuplicateCreate:
		return 104
	case ExceptionCodeSharedProcessorMismatchProcessor:
		return 105
	case ExceptionCodeSharedProcessorLimitExceed:
		return 106
	case ExceptionCodeRemoteControlAccountDisable:
		return 107
	case ExceptionCodeRemoteControlMismatchState:
		return 108
	case ExceptionCodeRemoteControlPermissionRequired:
		return 109
	case ExceptionCodeRemoteControlMismatchDisplaySurface:
		return 110
	case ExceptionCodeRemoteControlInvalidLaunchScheme:
		return 111
	case ExceptionCodeChatEmptyMessage:
		return 112
	case ExceptionCodeChatMismatchUser:
		return 113
	case ExceptionCodeChatInsufficientPrivilege:
		return 114
	case ExceptionCodeChatInvalidPrivilege:
		return 115
	case ExceptionCodeChatSubsessionConflict:
		return 116
	case ExceptionCodeChatEmptyFile:
		return 117
	case ExceptionCodeChatInvalidRetryToken:
		return 118
	case ExceptionCodeChatMismatchFileType:
		return 119
	case ExceptionCodeChatExceedFileSize:
		return 120
	case ExceptionCodeChatInvalidMsgIdOrUrl:
		return 121
	case ExceptionCodeChatFileAccountDisable:
		return 122
	case ExceptionCodeChatDeleteAccountDisable:
		return 123
	case ExceptionCodeCmdEmptyMessage:
		return 124
	case ExceptionCodeCmdMismatchUser:
		return 125
	case ExceptionCodeCmdInvalidMessageType:
		return 126
	case ExceptionCodeCmdExceedMessageLength:
		return 127
	case ExceptionCodeCmdChannelNotReady:
		return 128
	case ExceptionCodeCmdRateLimit:
		return 129
	case ExceptionCodeRecordingAccountDisable:
		return 130
	case ExceptionCodeRecordingStopForbidden:
		return 131
	case ExceptionCodeRecordingMismatchState:
		return 132
	case ExceptionCodeRecordingIsoDisable:
		return 133
	case ExceptionCodeRecordingIqDisable:
		return 134
	case ExceptionCodeRecordingIqPermissionRequired:
		return 135
	case ExceptionCodeRecordingIqMismatchState:
		return 136
	case ExceptionCodeLocalRecordingAccountDisable:
		return 137
	case ExceptionCodeLocalRecordingInvalidValue:
		return 138
	case ExceptionCodeLocalRecordingMismatchState:
		return 139
	case ExceptionCodeTranscriptionAccountDisable:
		return 140
	case ExceptionCodeTranscriptionFeatureDisable:
		return 141
	case ExceptionCodeTranscriptionLanguageUnsupported:
		return 142
	case ExceptionCodeTranscriptionMismatchState:
		return 143
	case ExceptionCodeTranslationAccountDisable:
		return 144
	case ExceptionCodeTranslationLanguageUnsupported:
		return 145
	case ExceptionCodeManualCaptionAccountDisable:
		return 146
	case ExceptionCodeManualCaptionFeatureDisable:
		return 147
	case ExceptionCodeManualCaptionMismatchUser:
		return 148
	case ExceptionCodeManualCaptionInsufficientPrivilege:
		return 149
	case ExceptionCodeTranscriptionLanguageLocked:
		return 150
	case ExceptionCodeLiveStreamAccountDisable:
		return 151
	case ExceptionCodeLiveStreamInvalidParameter:
		return 152
	case ExceptionCodeLiveStreamMismatchState:
		return 153
	case ExceptionCodeIncomingLiveStreamInvalidParameter:
		return 154
	case ExceptionCodeIncomingLiveStreamMismatchState:
		return 155
	case ExceptionCodeSubsessionAccountDisable:
		return 156
	case ExceptionCodeSubsessionExceedCapacity:
		return 157
	case ExceptionCodeSubsessionMismatchId:
		return 158
	case ExceptionCodeSubsessionMismatchUser:
		return 159
	case ExceptionCodeSubsessionMismatchState:
		return 160
	case ExceptionCodeSubsessionExitRestricted:
		return 161
	case ExceptionCodeSubsessionBroadcastDisable:
		return 162
	case ExceptionCodeSubsessionBroadcastInvalidContent:
		return 163
	case ExceptionCodeSubsessionBroadcastVoiceDisable:
		return 164
	case ExceptionCodeSubsessionBroadcastVoiceRestricted:
		return 165
	case ExceptionCodeSubsessionBroadcastVoiceMismatchState:
		return 166
	case ExceptionCodeReactionAccountDisable:
		return 167
	case ExceptionCodeReactionInvalidParameter:
		return 168
	case ExceptionCodeSummaryAccountDisable:
		return 169
	case ExceptionCodeQaInvalidParameter:
		return 170
	case ExceptionCodeQaInsufficientPrivilege:
		return 171
	case ExceptionCodeBroadcastStreamingAccountDisable:
		return 172
	case ExceptionCodeBroadcastStreamingMismatchState:
		return 173
	case ExceptionCodeBroadcastStreamingInvalidChannelId:
		return 174
	case ExceptionCodeWhiteboardAccountDisable:
		return 175
	case ExceptionCodeWhiteboardUnsupported:
		return 176
	case ExceptionCodeWhiteboardScreenShareConflict:
		return 177
	case ExceptionCodeWhiteboardMismatchState:
		return 178
	case ExceptionCodeWhiteboardHostPrivilegeRequired:
		return 179
	case ExceptionCodeWhiteboardInvalidParameter:
		return 180
	case ExceptionCodeWhiteboardExportDisable:
		return 181
	case ExceptionCodeRealTimeMediaStreamsNotEnabled:
		return 182
	case ExceptionCodeRealTimeMediaStreamsInvalidState:
		return 183
	case ExceptionCodeRealTimeMediaStreamsNotSupportedInBreakoutRoom:
		return 184
	case ExceptionCodeVoiceTranslatorAccountDisable:
		return 185
	case ExceptionCodeVoiceTranslatorNoAvailableLanguageList:
		return 186
	case ExceptionCodeVoiceTranslatorMismatchState:
		return 187
	case ExceptionCodeVoiceTranslatorLanguageUnsupported:
		return 188
	case ExceptionCodeVoiceTranslatorIncorrectBalanceRange:
		return 189
	case ExceptionCodeVoiceTranslatorIncorrectTimbre:
		return 190
	}
	return -1
}

var exceptionCodeInfo = [...]errorcatalog.Info{
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "OPERATION_TIMEOUT",
		UpstreamName:       "OPERATION_TIMEOUT",
		Summary:            "An operation timed out.",
		Cause:              "The SDK got no answer from Zoom's service in time for the call; Zoom's d.ts attributes this kind of error to a Zoom service issue.",
		When:               []string{"any SDK call that waits on Zoom's service", "a slow or interrupted network path to Zoom"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was slow to respond. Please try again.",
		UserMessageKey:     "zoom_video.exception_code.OPERATION_TIMEOUT",
		Remediation:        []string{"Retry the call with backoff.", "If it keeps timing out, check the network path to Zoom and report the case to Zoom with the session ID, as the d.ts asks."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "A timeout is usually transient (Zoom's ErrorTypes text says 'try again later'), so a bounded backoff is the catalog's policy.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "INTERNAL_ERROR",
		UpstreamName:       "INTERNAL_ERROR",
		Summary:            "Zoom's service reported an internal error.",
		Cause:              "Something failed inside the SDK or Zoom's service; Zoom's d.ts attributes it to a Zoom service issue.",
		When:               []string{"any SDK call, when Zoom's service fails"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "zoom_video.exception_code.INTERNAL_ERROR",
		Remediation:        []string{"Retry the call with backoff.", "If it recurs, report it to Zoom with the session ID and the SDK logs, as the d.ts asks."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The failure is on Zoom's side and may be temporary; retrying a bounded number of times is the catalog's choice.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "OPERATION_CANCELLED",
		UpstreamName:       "OPERATION_CANCELLED",
		Summary:            "An operation was cancelled because the session changed state.",
		Cause:              "A pending call became invalid because the session started leaving, the join failed or the session began reconnecting; its promise is rejected with this code.",
		When:               []string{"the session is left while a call is pending", "the join fails while a call is pending", "the session starts reconnecting while a call is pending"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "That action was interrupted. Please try again once the call has reconnected.",
		UserMessageKey:     "zoom_video.exception_code.OPERATION_CANCELLED",
		Remediation:        []string{"Do not retry the cancelled call as such.", "Wait for `connection-change` to report `Connected` again, then re-issue what the new state still needs; after a leave or a failed join, drop it."},
		Causes:             []string{"the session is being left (LEAVING_MEETING)", "the join failed (JOIN_MEETING_FAILED)", "the session is reconnecting (RECONNECTING_MEETING)"},
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The code covers three different state changes; the call belonged to a state that no longer exists, so re-issuing it is a new decision, not a retry.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SESSION_FETCH_INFO_ERROR",
		UpstreamName:       "SESSION_FETCH_INFO_ERROR",
		Summary:            "The session could not be created or looked up, usually because of the JWT.",
		Cause:              "Zoom could not create or fetch the session from the join request, most often because a field of the JWT signature is wrong; 200 is also the SDK's fallback for a join refusal it has no specific code for ('connection error').",
		When:               []string{"joining with an expired token, or one more than two days old", "joining with a token whose fields are wrong or signed with the wrong key", "a passcode longer than 10 characters", "a join refusal the SDK maps to no other code"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not confirm your access to this call. Please try joining again.",
		UserMessageKey:     "zoom_video.exception_code.SESSION_FETCH_INFO_ERROR",
		Remediation:        []string{"Check the JWT the app's backend signs: SDK key and secret, `tpc`, `role_type`, `iat`/`exp` (at most 48 hours), and the session key.", "Fetch a fresh token and join again; if it still fails, read the `reason` string of the rejection."},
		Causes:             []string{"expired, over-age or ineffective token", "JWT verification failed", "invalid session key", "passcode over 10 characters", "account does not exist or is not the token's", "connection error"},
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      nil,
		Rationale:          "Zoom lists token problems as the usual cause, so a fresh, correct token is the first remedy; two refusals with fresh tokens point at the signing code or the account. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SESSION_IN_ANOTHER_SESSION",
		UpstreamName:       "SESSION_IN_ANOTHER_SESSION",
		Summary:            "The user is already in another session.",
		Cause:              "The same user is already in a different session, which Zoom's service refuses. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"joining while the same user is in another session"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SESSION_IN_ANOTHER_SESSION",
		Remediation:        []string{"Leave the other session before joining this one.", "Give each concurrent session its own user identity."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The join keeps failing until the other session is left, which the app controls. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SESSION_INCORRECT_PASSCODE",
		UpstreamName:       "SESSION_INCORRECT_PASSCODE",
		Summary:            "The session passcode is wrong.",
		Cause:              "The passcode given to `client.join` does not match the session's passcode.",
		When:               []string{"joining with a wrong or missing passcode"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The passcode is not correct. Please check it and try again.",
		UserMessageKey:     "zoom_video.exception_code.SESSION_INCORRECT_PASSCODE",
		Remediation:        []string{"Ask the user for the passcode again and join with it.", "If the app supplies the passcode itself, check where it comes from (at most 10 characters)."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Only a correct passcode fixes it, which usually the user must provide. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SESSION_NOT_STARTED",
		UpstreamName:       "SESSION_NOT_STARTED",
		Summary:            "The session has not started.",
		Cause:              "The session exists but has not been started yet. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"joining a session before it starts"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This call has not started yet. Please try again later.",
		UserMessageKey:     "zoom_video.exception_code.SESSION_NOT_STARTED",
		Remediation:        []string{"Tell the user the session has not started and let them retry later."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The join can succeed once the session has started, which the user waits for. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SESSION_USER_REMOVED",
		UpstreamName:       "SESSION_USER_REMOVED",
		Summary:            "The user was removed by the host and cannot rejoin.",
		Cause:              "The session host removed this user, and Zoom keeps the user from rejoining the same session.",
		When:               []string{"joining a session the host removed this user from"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You were removed from this call.",
		UserMessageKey:     "zoom_video.exception_code.SESSION_USER_REMOVED",
		Remediation:        []string{"Tell the user they were removed, and do not rejoin automatically.", "If the removal was a mistake, the host must start a new session or the app must use a new one."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Zoom documents that the removed user is prevented from rejoining, so a retry cannot succeed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SESSION_ROLE_TYPE_ERROR",
		UpstreamName:       "SESSION_ROLE_TYPE_ERROR",
		Summary:            "The role type in the JWT is wrong.",
		Cause:              "The `role_type` field of the JWT signature is not a role Zoom accepts for this join.",
		When:               []string{"a token whose `role_type` is missing or neither 0 (participant) nor 1 (host or co-host)"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not confirm your access to this call. Please try joining again.",
		UserMessageKey:     "zoom_video.exception_code.SESSION_ROLE_TYPE_ERROR",
		Remediation:        []string{"Fix the `role_type` the app's backend writes into the token, then join with a new token."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "A new token with the same wrong role fails again; the signing code must change. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SESSION_WEBINAR_USER_REMOVED",
		UpstreamName:       "SESSION_WEBINAR_USER_REMOVED",
		Summary:            "The webinar user has been blocked.",
		Cause:              "The user was blocked from the webinar. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"joining a webinar the user is blocked from"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You cannot join this call.",
		UserMessageKey:     "zoom_video.exception_code.SESSION_WEBINAR_USER_REMOVED",
		Remediation:        []string{"Tell the user they cannot join, and do not retry."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "A blocked user stays blocked until an organiser changes it. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SESSION_INVALID_PARAMETER",
		UpstreamName:       "SESSION_INVALID_PARAMETER",
		Summary:            "The parameters for connecting to Zoom's server are wrong.",
		Cause:              "The parameters the SDK sent to connect to Zoom's server were refused; Zoom asks that this be reported to it.",
		When:               []string{"joining, when the connection parameters are refused"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "zoom_video.exception_code.SESSION_INVALID_PARAMETER",
		Remediation:        []string{"Retry the join a bounded number of times.", "If it persists, report it to Zoom with the session ID and SDK version, as its docs ask."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The app does not build these parameters itself, so the catalog treats it as a possibly transient fault on Zoom's side. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SESSION_ENDED",
		UpstreamName:       "SESSION_ENDED",
		Summary:            "The session has ended.",
		Cause:              "The session was ended, so it can no longer be joined.",
		When:               []string{"joining a session that has already ended"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call has ended.",
		UserMessageKey:     "zoom_video.exception_code.SESSION_ENDED",
		Remediation:        []string{"Tell the user the session is over; do not rejoin it.", "Start or schedule a new session if the users still need one."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An ended session does not come back; retrying the join cannot succeed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SESSION_LOCKED",
		UpstreamName:       "SESSION_LOCKED",
		Summary:            "The session is locked by its host.",
		Cause:              "The host locked the session, so no one new can join. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"joining a locked session"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This call is locked. Please ask the host to let you in.",
		UserMessageKey:     "zoom_video.exception_code.SESSION_LOCKED",
		Remediation:        []string{"Tell the user the session is locked; they may try again once the host unlocks it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Only the host can unlock it; the user decides when to try again. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SESSION_IB_BLOCKED",
		UpstreamName:       "SESSION_IB_BLOCKED",
		Summary:            "The session is blocked by an information barrier.",
		Cause:              "An information-barrier policy of the account forbids this user from joining this session. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"joining across an information barrier"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You are not allowed to join this call.",
		UserMessageKey:     "zoom_video.exception_code.SESSION_IB_BLOCKED",
		Remediation:        []string{"Tell the user they cannot join; the account's information-barrier policy decides."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Compliance policy does not change between retries. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SESSION_PARTICIPANT_EXIST",
		UpstreamName:       "SESSION_PARTICIPANT_EXIST",
		Summary:            "The user is already in the session.",
		Cause:              "A participant with the same identity is already in this session. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"joining twice with the same identity"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SESSION_PARTICIPANT_EXIST",
		Remediation:        []string{"Leave the existing connection first, or join with a distinct user identity."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The second join keeps failing while the first connection stays. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CLIENT_PLATFORM_UNSUPPORTED",
		UpstreamName:       "CLIENT_PLATFORM_UNSUPPORTED",
		Summary:            "The browser does not meet the SDK's basic WebRTC requirements.",
		Cause:              "`client.init` found that the platform lacks the WebRTC features the SDK needs.",
		When:               []string{"calling `client.init` in an old or restricted browser", "a browser with WebRTC or WebAssembly disabled"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This browser is not supported for calls. Please try a recent version of Chrome, Edge, Firefox or Safari.",
		UserMessageKey:     "zoom_video.exception_code.CLIENT_PLATFORM_UNSUPPORTED",
		Remediation:        []string{"Tell the user to use a supported browser (see Zoom's browser support list).", "Check `ZoomVideo.checkSystemRequirements()` before init to explain it up front."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same browser fails again; only another browser or device helps. `client.init` fails, so no session can be joined.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CLIENT_DEPENDENT_ASSETS_INACCESSIBLE",
		UpstreamName:       "CLIENT_DEPENDENT_ASSETS_INACCESSIBLE",
		Summary:            "The SDK's dependent assets could not be loaded.",
		Cause:              "`client.init` could not fetch the SDK's own asset files (WebAssembly, workers) from the location the app configured for self-hosting.",
		When:               []string{"self-hosted assets at a wrong path", "assets blocked by a content security policy, CORS or a proxy"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CLIENT_DEPENDENT_ASSETS_INACCESSIBLE",
		Remediation:        []string{"Check the `dependentAssets` path given to `client.init` and that every file of the SDK's lib folder is served there.", "Check CSP, CORS and proxy rules for those files."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "A wrong asset location fails the same way each time; the deployment must change. `client.init` fails, so no session can be joined.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CLIENT_SESSION_STATE_CLOSED",
		UpstreamName:       "CLIENT_SESSION_STATE_CLOSED",
		Summary:            "A call needs a joined session, but the session is closed.",
		Cause:              "The app called a method that needs the user in a session after the session closed or before it opened.",
		When:               []string{"calling session methods after leaving", "calling them before `client.join` resolves"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CLIENT_SESSION_STATE_CLOSED",
		Remediation:        []string{"Call session methods only between a resolved `client.join` and the leave.", "Track `connection-change` and stop calls when the state is `Closed`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app's call order is wrong; retrying while closed fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CLIENT_SESSION_STATE_RECONNECTING",
		UpstreamName:       "CLIENT_SESSION_STATE_RECONNECTING",
		Summary:            "A call needs a connected session, but the session is reconnecting.",
		Cause:              "The app called a method that needs a connected session while the SDK was reconnecting.",
		When:               []string{"calling session methods during a failover or a subsession move"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The call is reconnecting. Please wait a moment.",
		UserMessageKey:     "zoom_video.exception_code.CLIENT_SESSION_STATE_RECONNECTING",
		Remediation:        []string{"Wait for `connection-change` to report `Connected`, then call again.", "Hold queued UI actions while the state is `Reconnecting`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The SDK is recovering by itself; the same call works once it has reconnected, so waiting and retrying is the catalog's policy. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CLIENT_SESSION_STATE_ON_HOLD",
		UpstreamName:       "CLIENT_SESSION_STATE_ON_HOLD",
		Summary:            "The user is on hold.",
		Cause:              "The method needs an active participant, but the user is on hold. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"calling session methods while on hold"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You are on hold. Please wait for the host.",
		UserMessageKey:     "zoom_video.exception_code.CLIENT_SESSION_STATE_ON_HOLD",
		Remediation:        []string{"Wait until the host takes the user off hold, then call again."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The host decides when the hold ends. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CLIENT_SESSION_NOT_WEBINAR",
		UpstreamName:       "CLIENT_SESSION_NOT_WEBINAR",
		Summary:            "The session is not a webinar.",
		Cause:              "The method applies only to webinars. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"calling a webinar-only method in an ordinary session"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CLIENT_SESSION_NOT_WEBINAR",
		Remediation:        []string{"Call webinar methods only in webinar sessions."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session type does not change. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED",
		UpstreamName:       "CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED",
		Summary:            "The operation needs the host or a manager.",
		Cause:              "The user called a method reserved for the host or a manager.",
		When:               []string{"a participant calls a host or manager action"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED",
		Remediation:        []string{"Offer the action only to users whose `isHost` or `isManager` is true.", "Sign the host's token with `role_type` 1."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Retrying with the same role fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CLIENT_HOST_PERMISSION_REQUIRED",
		UpstreamName:       "CLIENT_HOST_PERMISSION_REQUIRED",
		Summary:            "The operation needs the host.",
		Cause:              "The user called a method only the host may call.",
		When:               []string{"a participant or manager calls a host-only action"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.CLIENT_HOST_PERMISSION_REQUIRED",
		Remediation:        []string{"Offer the action only to the host (`isHost`)."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Retrying with the same role fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED",
		UpstreamName:       "CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED",
		Summary:            "The operation needs the original host or a manager.",
		Cause:              "The method is reserved for the session's original host (or a manager), and the caller is neither.",
		When:               []string{"a user who became host later, or a participant, calls an original-host action"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED",
		Remediation:        []string{"Offer the action only to the original host or a manager."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Retrying with the same role fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CLIENT_ATTENDEE_APPLICABLE_ONLY",
		UpstreamName:       "CLIENT_ATTENDEE_APPLICABLE_ONLY",
		Summary:            "The operation applies only to webinar attendees.",
		Cause:              "The method is meant for webinar attendees and the caller is not one. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"a panelist or host calls an attendee-only method"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CLIENT_ATTENDEE_APPLICABLE_ONLY",
		Remediation:        []string{"Call it only for webinar attendees."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role does not change between retries. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CLIENT_PARTICIPANT_APPLICABLE_ONLY",
		UpstreamName:       "CLIENT_PARTICIPANT_APPLICABLE_ONLY",
		Summary:            "The operation applies only to webinar participants.",
		Cause:              "The method is meant for webinar participants (panelists) and the caller is not one. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"an attendee calls a participant-only method"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CLIENT_PARTICIPANT_APPLICABLE_ONLY",
		Remediation:        []string{"Call it only for webinar participants."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role does not change between retries. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CLIENT_MISMATCH_USER",
		UpstreamName:       "CLIENT_MISMATCH_USER",
		Summary:            "The user ID does not match a participant.",
		Cause:              "A client method got a user ID that is not a participant of the session.",
		When:               []string{"passing a stale user ID after that user left", "passing a wrong or made-up user ID"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CLIENT_MISMATCH_USER",
		Remediation:        []string{"Take user IDs from `client.getAllUser()` or the user events, and drop them on `user-removed`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same ID fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CLIENT_DUPLICATED_JOIN",
		UpstreamName:       "CLIENT_DUPLICATED_JOIN",
		Summary:            "`client.join` was called while already in a session.",
		Cause:              "The app called `client.join` again while the user was already in a session.",
		When:               []string{"a second join without a leave", "a join triggered twice by the UI"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CLIENT_DUPLICATED_JOIN",
		Remediation:        []string{"Call `client.join` once per session and `client.leave` before joining another.", "Guard the join button against double clicks."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The second join is refused and the existing session continues, so this code ends nothing. The catalog's reading of the code; Zoom does not say what happens to the first session.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CLIENT_INVALID_JOIN_PARAMETER",
		UpstreamName:       "CLIENT_INVALID_JOIN_PARAMETER",
		Summary:            "A `client.join` parameter is invalid.",
		Cause:              "`client.join` refused its arguments: a bad signature, a missing or non-string topic, token or user name, or a value over its length limit.",
		When:               []string{"a topic or user name over 200 characters", "a passcode over 10 characters", "a missing or non-string argument", "an invalid signature"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CLIENT_INVALID_JOIN_PARAMETER",
		Remediation:        []string{"Validate the topic, token, user name and passcode before calling `client.join` (strings; topic and name at most 200, passcode at most 10).", "Check that the signature is the JWT the backend issued."},
		Causes:             []string{"invalid signature", "topic, token or user name missing or not a string", "topic over 200 characters", "user name over 200 characters", "passcode over 10 characters"},
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same arguments fail again; the app must fix them. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CLIENT_HOST_DISALLOW_RENAME",
		UpstreamName:       "CLIENT_HOST_DISALLOW_RENAME",
		Summary:            "The host does not allow users to rename themselves.",
		Cause:              "`client.changeName` was refused because the host disallowed self-renaming.",
		When:               []string{"a participant renames themselves while the host forbids it"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The host does not allow changing your name.",
		UserMessageKey:     "zoom_video.exception_code.CLIENT_HOST_DISALLOW_RENAME",
		Remediation:        []string{"Hide the rename action while self-renaming is disallowed, or ask the host to rename the user."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The host's setting decides; retrying does not change it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "STREAM_MISMATCH_DEVICE",
		UpstreamName:       "STREAM_MISMATCH_DEVICE",
		Summary:            "The device ID matches no known device.",
		Cause:              "A microphone, speaker or camera ID passed to the stream does not match any device in the SDK's device list.",
		When:               []string{"switching to a device that was unplugged", "using a device ID saved in an earlier browser session"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.STREAM_MISMATCH_DEVICE",
		Remediation:        []string{"Take device IDs from `stream.getMicList()`, `getSpeakerList()` or `getCameraList()` and refresh them on `device-change`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "STREAM_MISMATCH_USER",
		UpstreamName:       "STREAM_MISMATCH_USER",
		Summary:            "The user ID does not match a participant.",
		Cause:              "A stream method got a user ID that is not a participant of the session.",
		When:               []string{"rendering or controlling a user who has left", "passing a wrong user ID"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.STREAM_MISMATCH_USER",
		Remediation:        []string{"Take user IDs from the participant list and stop using them on `user-removed`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "STREAM_SESSION_JOIN_REQUIRED",
		UpstreamName:       "STREAM_SESSION_JOIN_REQUIRED",
		Summary:            "A stream method was called before the join resolved.",
		Cause:              "The media stream is available only after `client.join` resolves, and the app called it earlier.",
		When:               []string{"calling `client.getMediaStream()` methods before the join promise resolves"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.STREAM_SESSION_JOIN_REQUIRED",
		Remediation:        []string{"Await `client.join` before calling stream methods."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "STREAM_MISMATCH_RENDER_ELEMENT",
		UpstreamName:       "STREAM_MISMATCH_RENDER_ELEMENT",
		Summary:            "The render target is not the kind of element required.",
		Cause:              "A video or sharing method got a target element of the wrong type (for example a canvas where a video-player element is needed, or the reverse).",
		When:               []string{"passing the wrong element to a render or attach method"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.STREAM_MISMATCH_RENDER_ELEMENT",
		Remediation:        []string{"Pass the element type the method documents (for example `video-player` for `attachVideo`, canvas or video for share rendering)."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "AUDIO_CAPTURE_FAILED",
		UpstreamName:       "AUDIO_CAPTURE_FAILED",
		Summary:            "The microphone could not be captured when starting audio.",
		Cause:              "`stream.startAudio` could not capture the microphone; the rejection carries a sub-reason: permission denied by the user or the system, device in use, no device, constraint violation, prompt dismissed, or unknown.",
		When:               []string{"the user or the operating system denies microphone access", "another application holds the microphone", "no microphone is connected"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not use your microphone. Check that it is connected and that this site may use it.",
		UserMessageKey:     "zoom_video.exception_code.AUDIO_CAPTURE_FAILED",
		Remediation:        []string{"Read the sub-reason and tell the user what to fix: grant access in the browser or system settings, close the other application, or connect a microphone.", "Let the user start audio again afterwards; the session continues without it meanwhile."},
		Causes:             []string{"1: permission denied by the user", "2: permission denied by the system", "3: device in use", "4: no device found", "5: unknown reason", "6: constraint violation", "7: permission prompt dismissed by the user"},
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The code groups several causes, all of which need the user's action before a new attempt can succeed. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "AUDIO_CAPTURE_LOADING",
		UpstreamName:       "AUDIO_CAPTURE_LOADING",
		Summary:            "Audio capture is still starting or stopping.",
		Cause:              "`stream.startAudio` or `stream.stopAudio` was called while an earlier audio capture change was still in progress.",
		When:               []string{"starting or stopping audio twice in quick succession"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.AUDIO_CAPTURE_LOADING",
		Remediation:        []string{"Await the previous `startAudio`/`stopAudio` before calling again.", "If a retry is needed, retry after a short delay."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The capture finishes shortly, after which the same call succeeds. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "AUDIO_IN_PSTN",
		UpstreamName:       "AUDIO_IN_PSTN",
		Summary:            "Audio is already connected through a phone call.",
		Cause:              "`stream.startAudio` was refused because the user's audio is already joined by PSTN (phone).",
		When:               []string{"starting computer audio while dialled in by phone"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.AUDIO_IN_PSTN",
		Remediation:        []string{"Hang up the phone audio (`stream.hangup`) before starting computer audio, or keep the phone audio."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "AUDIO_ENCODING_REQUIRED",
		UpstreamName:       "AUDIO_ENCODING_REQUIRED",
		Summary:            "Legacy Safari needs audio encoding or decoding to be set up.",
		Cause:              "On legacy Safari, `stream.startAudio` needs the SDK's audio encode/decode support, which was not available.",
		When:               []string{"starting audio on an old Safari version"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not supported on this browser or device.",
		UserMessageKey:     "zoom_video.exception_code.AUDIO_ENCODING_REQUIRED",
		Remediation:        []string{"Ask the user to update Safari or use another browser.", "Follow Zoom's guidance for legacy Safari audio."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "AUDIO_SHARE_AUDIO_CONFLICT",
		UpstreamName:       "AUDIO_SHARE_AUDIO_CONFLICT",
		Summary:            "Audio cannot stop while tab or system audio is shared (legacy Chrome).",
		Cause:              "On legacy Chrome, `stream.stopAudio` was refused because tab or system audio is being shared.",
		When:               []string{"stopping audio during a screen share with audio on an old Chrome"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.AUDIO_SHARE_AUDIO_CONFLICT",
		Remediation:        []string{"Stop the share's audio first, or ask the user to update Chrome."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "AUDIO_NOT_STARTED",
		UpstreamName:       "AUDIO_NOT_STARTED",
		Summary:            "Audio or shared audio has not been started.",
		Cause:              "A mute or unmute call (`muteAudio`, `unmuteAudio`, `muteShareAudio`, `unmuteShareAudio`) was made before audio or shared audio was started.",
		When:               []string{"muting or unmuting before `stream.startAudio` resolves"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.AUDIO_NOT_STARTED",
		Remediation:        []string{"Start audio first, and enable mute controls only after it has started."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "AUDIO_ATTENDEE_NOT_ALLOWED",
		UpstreamName:       "AUDIO_ATTENDEE_NOT_ALLOWED",
		Summary:            "Webinar attendees may not unmute themselves.",
		Cause:              "`stream.unmuteAudio` was refused because webinar attendees cannot unmute themselves. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"a webinar attendee unmutes"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.AUDIO_ATTENDEE_NOT_ALLOWED",
		Remediation:        []string{"Hide the unmute control for attendees; a host can allow them to talk."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SECONDARY_AUDIO_UNSUPPORTED",
		UpstreamName:       "SECONDARY_AUDIO_UNSUPPORTED",
		Summary:            "Secondary audio is not supported on this platform.",
		Cause:              "`stream.startSecondaryAudio` is not supported by this browser or platform.",
		When:               []string{"starting secondary audio on an unsupported browser"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not supported on this browser or device.",
		UserMessageKey:     "zoom_video.exception_code.SECONDARY_AUDIO_UNSUPPORTED",
		Remediation:        []string{"Offer secondary audio only where it is supported; check the platform first."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SECONDARY_AUDIO_DEVICE_CONFLICT",
		UpstreamName:       "SECONDARY_AUDIO_DEVICE_CONFLICT",
		Summary:            "The microphone chosen for secondary audio is already used for session audio.",
		Cause:              "`stream.startSecondaryAudio` got the microphone ID that the session audio is using.",
		When:               []string{"choosing the same microphone for both audios"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SECONDARY_AUDIO_DEVICE_CONFLICT",
		Remediation:        []string{"Pick a different microphone for secondary audio."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT",
		UpstreamName:       "SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT",
		Summary:            "Secondary audio cannot start while screen sharing.",
		Cause:              "`stream.startSecondaryAudio` was refused because a screen share is in progress.",
		When:               []string{"starting secondary audio during a screen share"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT",
		Remediation:        []string{"Stop the screen share first, or start secondary audio before sharing."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SECONDARY_AUDIO_NOT_STARTED",
		UpstreamName:       "SECONDARY_AUDIO_NOT_STARTED",
		Summary:            "Secondary audio has not been started.",
		Cause:              "`stream.stopSecondaryAudio` was called but no secondary audio is running.",
		When:               []string{"stopping secondary audio twice or before it started"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SECONDARY_AUDIO_NOT_STARTED",
		Remediation:        []string{"Call `stopSecondaryAudio` only after a successful `startSecondaryAudio`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "PSTN_MISMATCH_COUNTRY_CODE",
		UpstreamName:       "PSTN_MISMATCH_COUNTRY_CODE",
		Summary:            "The phone country code is not in the supported list.",
		Cause:              "`stream.inviteByPhone` got a country code that matches none of the supported call-out countries.",
		When:               []string{"inviting a phone number in an unsupported country"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.PSTN_MISMATCH_COUNTRY_CODE",
		Remediation:        []string{"Offer only the countries returned by the SDK's call-out country list."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "PSTN_NOT_CONNECTED",
		UpstreamName:       "PSTN_NOT_CONNECTED",
		Summary:            "There is no phone connection to hang up.",
		Cause:              "`stream.hangup` was called but PSTN audio is not connected.",
		When:               []string{"hanging up twice, or before the phone call connected"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.PSTN_NOT_CONNECTED",
		Remediation:        []string{"Call `hangup` only while phone audio is connected; follow the dial-out state events."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CRC_NOT_CONNECTED",
		UpstreamName:       "CRC_NOT_CONNECTED",
		Summary:            "The room-system (CRC) device is not connected.",
		Cause:              "`stream.cancelCallCRCDevice` was called but no CRC (H.323/SIP room system) call is in progress.",
		When:               []string{"cancelling a room-system call that already ended or never started"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CRC_NOT_CONNECTED",
		Remediation:        []string{"Cancel only a CRC call that is in progress; follow its status events."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "AUDIO_ALLOW_TALK_UNSUPPORTED",
		UpstreamName:       "AUDIO_ALLOW_TALK_UNSUPPORTED",
		Summary:            "The target user cannot be allowed to talk.",
		Cause:              "`stream.allowAttendeeToTalk` does not apply to the target user. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"allowing a non-attendee to talk"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.AUDIO_ALLOW_TALK_UNSUPPORTED",
		Remediation:        []string{"Call it only for webinar attendees."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "AUDIO_ALLOW_TALK_MISMATCH_USER",
		UpstreamName:       "AUDIO_ALLOW_TALK_MISMATCH_USER",
		Summary:            "The user to allow to talk does not match.",
		Cause:              "`stream.allowAttendeeToTalk` got a user ID that matches no attendee. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"passing a stale or wrong user ID"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.AUDIO_ALLOW_TALK_MISMATCH_USER",
		Remediation:        []string{"Take the user ID from the current attendee list."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "AUDIO_PROCESSOR_UNSUPPORTED",
		UpstreamName:       "AUDIO_PROCESSOR_UNSUPPORTED",
		Summary:            "Audio processors are not supported on this platform.",
		Cause:              "`stream.createProcessor` cannot create an audio processor in this browser.",
		When:               []string{"creating an audio processor on an unsupported browser"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not supported on this browser or device.",
		UserMessageKey:     "zoom_video.exception_code.AUDIO_PROCESSOR_UNSUPPORTED",
		Remediation:        []string{"Check support before offering audio processing features."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "AUDIO_PROCESSOR_DUPLICATE_CREATE",
		UpstreamName:       "AUDIO_PROCESSOR_DUPLICATE_CREATE",
		Summary:            "The audio processor has already been created.",
		Cause:              "`stream.createProcessor` was asked to create an audio processor that already exists.",
		When:               []string{"creating the same audio processor twice"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.AUDIO_PROCESSOR_DUPLICATE_CREATE",
		Remediation:        []string{"Create each processor once and reuse it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "AUDIO_PROCESSOR_MISMATCH_PROCESSOR",
		UpstreamName:       "AUDIO_PROCESSOR_MISMATCH_PROCESSOR",
		Summary:            "The audio processor was not found.",
		Cause:              "`stream.addProcessor` or `stream.removeProcessor` got an audio processor the SDK does not know.",
		When:               []string{"adding or removing a processor that was never created or was already removed"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.AUDIO_PROCESSOR_MISMATCH_PROCESSOR",
		Remediation:        []string{"Pass the processor object returned by `createProcessor`, and only while it exists."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "AUDIO_PROCESSOR_LIMIT_EXCEED",
		UpstreamName:       "AUDIO_PROCESSOR_LIMIT_EXCEED",
		Summary:            "The audio processor has already been added.",
		Cause:              "`stream.addProcessor` was called with an audio processor that is already added.",
		When:               []string{"adding the same audio processor twice"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.AUDIO_PROCESSOR_LIMIT_EXCEED",
		Remediation:        []string{"Track which processors are added and add each once."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_CAMERA_PERMISSION_DENIED",
		UpstreamName:       "VIDEO_CAMERA_PERMISSION_DENIED",
		Summary:            "Camera access was denied.",
		Cause:              "`stream.startVideo` could not open the camera because the user (or the browser) denied camera permission.",
		When:               []string{"the user blocks the camera prompt", "camera access is blocked in the browser settings"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Camera access is blocked. Allow this site to use your camera, then try again.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_CAMERA_PERMISSION_DENIED",
		Remediation:        []string{"Tell the user how to allow the camera for this site, then let them start video again.", "Keep the session going without video meanwhile."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Only the user can grant access; a retry without that fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_NO_CAMERA",
		UpstreamName:       "VIDEO_NO_CAMERA",
		Summary:            "No camera was found.",
		Cause:              "`stream.startVideo` found no camera device.",
		When:               []string{"starting video on a device without a camera", "the camera is unplugged or disabled"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "No camera was found. Connect a camera and try again.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_NO_CAMERA",
		Remediation:        []string{"Tell the user no camera was found; let them connect one and try again."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The user must connect or enable a camera first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_MISMATCH_CAMERA",
		UpstreamName:       "VIDEO_MISMATCH_CAMERA",
		Summary:            "The camera ID matches no camera in the device list.",
		Cause:              "`stream.startVideo` got a camera ID that is not in the current camera list.",
		When:               []string{"using a saved camera ID after the camera was unplugged"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_MISMATCH_CAMERA",
		Remediation:        []string{"Take the camera ID from `stream.getCameraList()` and refresh it on `device-change`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_CAMERA_TAKEN",
		UpstreamName:       "VIDEO_CAMERA_TAKEN",
		Summary:            "The camera is in use by another program.",
		Cause:              "`stream.startVideo` could not open the camera because another application or tab holds it.",
		When:               []string{"another video application or browser tab uses the camera"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Your camera is being used by another app. Close it, then try again.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_CAMERA_TAKEN",
		Remediation:        []string{"Ask the user to close the other application or tab using the camera, then start video again."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The device is free only after the user closes the other program. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_VB_INITIALIZE_ERROR",
		UpstreamName:       "VIDEO_VB_INITIALIZE_ERROR",
		Summary:            "The virtual background could not be initialised.",
		Cause:              "`stream.startVideo` with a virtual background failed while setting the background up.",
		When:               []string{"starting video with a virtual background on a constrained device", "the background's resources failed to load"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_VB_INITIALIZE_ERROR",
		Remediation:        []string{"Start video without the virtual background, and let the user try the background again.", "Check that the SDK's assets for virtual backgrounds are reachable."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The cause is not specified; falling back to plain video and leaving a new try to the user is the catalog's choice. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_CAPTURE_LOADING",
		UpstreamName:       "VIDEO_CAPTURE_LOADING",
		Summary:            "Video capture is still starting or stopping.",
		Cause:              "`stream.startVideo` or `stream.stopVideo` was called while an earlier video capture change was still in progress.",
		When:               []string{"starting or stopping video twice in quick succession"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_CAPTURE_LOADING",
		Remediation:        []string{"Await the previous `startVideo`/`stopVideo` before calling again.", "If a retry is needed, retry after a short delay."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The condition clears by itself shortly, after which the same call succeeds. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_MUTED_BY_HOST",
		UpstreamName:       "VIDEO_MUTED_BY_HOST",
		Summary:            "The host has stopped this user's video.",
		Cause:              "`stream.startVideo` was refused because the host muted the user's video. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"starting video after the host stopped it"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_MUTED_BY_HOST",
		Remediation:        []string{"Tell the user the host stopped their video; they can ask the host."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_VB_UNSUPPORTED",
		UpstreamName:       "VIDEO_VB_UNSUPPORTED",
		Summary:            "Virtual backgrounds are not supported on this platform.",
		Cause:              "`stream.startVideo` with a virtual background was refused because the browser lacks the needed capabilities.",
		When:               []string{"asking for a virtual background on an unsupported browser"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not supported on this browser or device.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_VB_UNSUPPORTED",
		Remediation:        []string{"Check `stream.isSupportVirtualBackground()` before offering backgrounds."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_VB_PROCESSOR_CONFLICT",
		UpstreamName:       "VIDEO_VB_PROCESSOR_CONFLICT",
		Summary:            "A virtual background or video processor is already in progress.",
		Cause:              "`stream.startVideo` with a virtual background was refused because another virtual video processing is running.",
		When:               []string{"combining a virtual background with another video processor"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_VB_PROCESSOR_CONFLICT",
		Remediation:        []string{"Remove the other processor (or mask) before using a virtual background."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_MISMATCH_STATE",
		UpstreamName:       "VIDEO_MISMATCH_STATE",
		Summary:            "The video is not in the state the call needs.",
		Cause:              "`stream.startVideo` or `stream.stopVideo` was called in a video state where it does not apply (for example starting video that is already started).",
		When:               []string{"starting video twice", "stopping video that is not started"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_MISMATCH_STATE",
		Remediation:        []string{"Follow the local video state before calling start or stop."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_ESTABLISH_STREAM_ERROR",
		UpstreamName:       "VIDEO_ESTABLISH_STREAM_ERROR",
		Summary:            "The video stream could not be established.",
		Cause:              "`stream.startVideo` got the camera but failed to set up the video stream.",
		When:               []string{"the browser fails to produce a video track or encoder"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_ESTABLISH_STREAM_ERROR",
		Remediation:        []string{"Retry starting video a bounded number of times.", "If it keeps failing, suggest another browser or device."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The cause is not specified and may be transient; a few retries are the catalog's choice. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_RENDER_LIMIT_EXCEED",
		UpstreamName:       "VIDEO_RENDER_LIMIT_EXCEED",
		Summary:            "Too many videos are being rendered.",
		Cause:              "`stream.renderVideo` or `stream.attachVideo` was refused because the number of rendered videos reached the SDK's limit.",
		When:               []string{"rendering more video tiles than the SDK allows"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_RENDER_LIMIT_EXCEED",
		Remediation:        []string{"Render fewer videos at once (paginate the gallery) and detach off-screen videos."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_METHOD_DEPRECATED",
		UpstreamName:       "VIDEO_METHOD_DEPRECATED",
		Summary:            "The render method does not apply to WebRTC video.",
		Cause:              "`stream.renderVideo` was used where the session uses WebRTC video, which it does not support.",
		When:               []string{"calling `renderVideo` in a WebRTC video session"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_METHOD_DEPRECATED",
		Remediation:        []string{"Use `stream.attachVideo` instead of `renderVideo`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_VB_IMAGE_INACCESSIBLE",
		UpstreamName:       "VIDEO_VB_IMAGE_INACCESSIBLE",
		Summary:            "The virtual background image cannot be loaded.",
		Cause:              "`stream.previewVirtualBackground` could not fetch the background image.",
		When:               []string{"a wrong image URL", "the image host refuses cross-origin access"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_VB_IMAGE_INACCESSIBLE",
		Remediation:        []string{"Check the image URL and serve it with CORS headers the page may use."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same unreachable image fails again; the URL or its host must change. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_VB_MISMATCH_STATE",
		UpstreamName:       "VIDEO_VB_MISMATCH_STATE",
		Summary:            "The virtual background is not in the state the call needs.",
		Cause:              "`stream.previewVirtualBackground` was called in a virtual background state where it does not apply.",
		When:               []string{"previewing a background while another preview is running or video is not ready"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_VB_MISMATCH_STATE",
		Remediation:        []string{"Follow the preview state; stop the current preview before starting another."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_MASK_IMAGE_INACCESSIBLE",
		UpstreamName:       "VIDEO_MASK_IMAGE_INACCESSIBLE",
		Summary:            "The video mask image cannot be loaded.",
		Cause:              "`stream.previewMask` could not fetch the mask image.",
		When:               []string{"a wrong image URL", "the image host refuses cross-origin access"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_MASK_IMAGE_INACCESSIBLE",
		Remediation:        []string{"Check the mask image URL and serve it with CORS headers the page may use."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same unreachable image fails again; the URL or its host must change. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_MASK_PROCESSOR_CONFLICT",
		UpstreamName:       "VIDEO_MASK_PROCESSOR_CONFLICT",
		Summary:            "A virtual background or processor is already in progress.",
		Cause:              "`stream.previewMask` was refused because a virtual background or a video processor is running.",
		When:               []string{"using a mask while a virtual background or processor is active"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_MASK_PROCESSOR_CONFLICT",
		Remediation:        []string{"Turn off the virtual background or processor before using a mask."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_SPOTLIGHT_MISMATCH_STATE",
		UpstreamName:       "VIDEO_SPOTLIGHT_MISMATCH_STATE",
		Summary:            "The video cannot be spotlighted in its current state.",
		Cause:              "`stream.spotlightVideo` was refused because the user's video is not started or is already spotlighted.",
		When:               []string{"spotlighting a user without video", "spotlighting the same user twice"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_SPOTLIGHT_MISMATCH_STATE",
		Remediation:        []string{"Spotlight only users whose video is on and who are not already spotlighted."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_SPOTLIGHT_MULTI_CONFLICT",
		UpstreamName:       "VIDEO_SPOTLIGHT_MULTI_CONFLICT",
		Summary:            "Multiple spotlighted videos cannot be removed this way.",
		Cause:              "`stream.removeSpotlightedVideo` was refused because several videos are spotlighted.",
		When:               []string{"removing a spotlight while more than one video is spotlighted"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_SPOTLIGHT_MULTI_CONFLICT",
		Remediation:        []string{"Remove spotlights one user at a time, or clear all spotlights with the method meant for that."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_PROCESSOR_UNSUPPORTED",
		UpstreamName:       "VIDEO_PROCESSOR_UNSUPPORTED",
		Summary:            "Video processors are not supported on this platform.",
		Cause:              "`stream.createProcessor` cannot create a video processor in this browser.",
		When:               []string{"creating a video processor on an unsupported browser"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not supported on this browser or device.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_PROCESSOR_UNSUPPORTED",
		Remediation:        []string{"Check support before offering video processing features."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_PROCESSOR_LIMIT_EXCEED",
		UpstreamName:       "VIDEO_PROCESSOR_LIMIT_EXCEED",
		Summary:            "Only one video processor can be added at a time.",
		Cause:              "`stream.addProcessor` was refused because a video processor is already added.",
		When:               []string{"adding a second video processor"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_PROCESSOR_LIMIT_EXCEED",
		Remediation:        []string{"Remove the current video processor before adding another."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_PROCESSOR_DUPLICATE_CREATE",
		UpstreamName:       "VIDEO_PROCESSOR_DUPLICATE_CREATE",
		Summary:            "The video processor has already been created.",
		Cause:              "`stream.createProcessor` was asked to create a video processor that already exists.",
		When:               []string{"creating the same video processor twice"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_PROCESSOR_DUPLICATE_CREATE",
		Remediation:        []string{"Create each processor once and reuse it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VIDEO_PROCESSOR_MISMATCH_PROCESSOR",
		UpstreamName:       "VIDEO_PROCESSOR_MISMATCH_PROCESSOR",
		Summary:            "The video processor was not found.",
		Cause:              "`stream.addProcessor` or `stream.removeProcessor` got a video processor the SDK does not know.",
		When:               []string{"adding or removing a processor that was never created or was already removed"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VIDEO_PROCESSOR_MISMATCH_PROCESSOR",
		Remediation:        []string{"Pass the processor object returned by `createProcessor`, and only while it exists."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED",
		UpstreamName:       "FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED",
		Summary:            "Camera control is not supported here.",
		Cause:              "`stream.controlCamera`, `stream.controlFarEndCamera` or `stream.requestFarEndCameraControl` was refused because the camera or platform does not support pan-tilt-zoom control.",
		When:               []string{"controlling a camera without PTZ support"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not supported on this browser or device.",
		UserMessageKey:     "zoom_video.exception_code.FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED",
		Remediation:        []string{"Offer camera control only for cameras that report PTZ capability."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "FAR_END_CAMERA_CONTROL_MISMATCH_STATE",
		UpstreamName:       "FAR_END_CAMERA_CONTROL_MISMATCH_STATE",
		Summary:            "Camera control is not in the state the call needs.",
		Cause:              "A far-end camera control call (request, approve, decline, give up, control) was made in a control state where it does not apply.",
		When:               []string{"approving a request that was withdrawn", "controlling a camera before control was granted"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.FAR_END_CAMERA_CONTROL_MISMATCH_STATE",
		Remediation:        []string{"Follow the far-end camera control events and call each method only in its state."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "FAR_END_CAMERA_PERMISSION_REQUIRED",
		UpstreamName:       "FAR_END_CAMERA_PERMISSION_REQUIRED",
		Summary:            "Permission to control the remote camera has not been granted.",
		Cause:              "`stream.controlFarEndCamera` was refused because the remote user has not granted camera control.",
		When:               []string{"controlling a remote camera without approval"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.FAR_END_CAMERA_PERMISSION_REQUIRED",
		Remediation:        []string{"Request control with `requestFarEndCameraControl` and wait for the approval before controlling."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "FAR_END_CAMERA_INVALID_RANGE",
		UpstreamName:       "FAR_END_CAMERA_INVALID_RANGE",
		Summary:            "The camera control range is invalid.",
		Cause:              "`stream.controlFarEndCamera` got a range value outside what it accepts.",
		When:               []string{"passing an out-of-range pan, tilt or zoom step"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.FAR_END_CAMERA_INVALID_RANGE",
		Remediation:        []string{"Keep the range within the bounds the d.ts documents for `controlFarEndCamera`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "FAR_END_CAMERA_RATE_LIMIT",
		UpstreamName:       "FAR_END_CAMERA_RATE_LIMIT",
		Summary:            "Camera control calls are too frequent.",
		Cause:              "`stream.controlFarEndCamera` was refused because calls exceeded the SDK's rate limit.",
		When:               []string{"sending camera moves in a tight loop, for example while a button is held"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This call is full right now. Please try again in a little while.",
		UserMessageKey:     "zoom_video.exception_code.FAR_END_CAMERA_RATE_LIMIT",
		Remediation:        []string{"Throttle camera control calls and retry after a delay."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "A rate limit clears with time, so retrying after a delay succeeds. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_USER_DENIED",
		UpstreamName:       "SCREEN_SHARE_USER_DENIED",
		Summary:            "The user declined the screen share.",
		Cause:              "`stream.startShareScreen` failed because the user cancelled or denied the browser's screen picker.",
		When:               []string{"the user cancels the share dialog"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Screen sharing was cancelled.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_USER_DENIED",
		Remediation:        []string{"Treat it as the user's choice; let them start sharing again when they want."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Only the user can choose to share. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_SYSTEM_DENIED",
		UpstreamName:       "SCREEN_SHARE_SYSTEM_DENIED",
		Summary:            "The operating system does not allow screen recording.",
		Cause:              "`stream.startShareScreen` failed because the system settings do not allow the browser to record the screen.",
		When:               []string{"macOS screen recording permission not granted to the browser"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Your system settings block screen sharing. Allow screen recording for this browser, then try again.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_SYSTEM_DENIED",
		Remediation:        []string{"Tell the user to allow screen recording for the browser in the system settings (and restart the browser if asked), then share again."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Only the user can change the system setting. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_UNSUPPORTED",
		UpstreamName:       "SCREEN_SHARE_UNSUPPORTED",
		Summary:            "Screen sharing is not supported on this platform.",
		Cause:              "`stream.startShareScreen` failed because the browser has no `getDisplayMedia`.",
		When:               []string{"sharing from a mobile browser or an old browser"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not supported on this browser or device.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_UNSUPPORTED",
		Remediation:        []string{"Offer screen sharing only where `getDisplayMedia` exists (desktop browsers)."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_SUBSESSION_CONFLICT",
		UpstreamName:       "SCREEN_SHARE_SUBSESSION_CONFLICT",
		Summary:            "Sharing to subsessions is not possible from inside a subsession.",
		Cause:              "`stream.startShareScreen` was asked to share to subsessions while the user is already in a subsession.",
		When:               []string{"sharing to all subsessions from within one"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_SUBSESSION_CONFLICT",
		Remediation:        []string{"Share to subsessions only from the main session."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED",
		UpstreamName:       "SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED",
		Summary:            "Only the host may share.",
		Cause:              "`stream.startShareScreen` was refused because the session's share privilege is limited to the host.",
		When:               []string{"a participant shares while only the host may"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Only the host can share their screen right now.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED",
		Remediation:        []string{"Hide sharing for participants while the privilege is host-only, or ask the host to change it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_MISMATCH_STATE",
		UpstreamName:       "SCREEN_SHARE_MISMATCH_STATE",
		Summary:            "The screen share is not in the state the call needs.",
		Cause:              "A share call (`startShareScreen`, `shareToBreakoutRoom`, `enableOptimizeForSharedVideo`, `muteOthersScreenShare`) was made in a share state where it does not apply.",
		When:               []string{"starting a share that is already running", "optimising a share that is not running"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_MISMATCH_STATE",
		Remediation:        []string{"Follow the share state events and call each method only in its state."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED",
		UpstreamName:       "SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED",
		Summary:            "Optimising a share for video is not supported here.",
		Cause:              "`stream.startShareScreen` or `stream.enableOptimizeForSharedVideo` asked for video-optimised sharing, which this platform does not support.",
		When:               []string{"asking for optimised video sharing on an unsupported browser"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not supported on this browser or device.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED",
		Remediation:        []string{"Share without the video optimisation on this platform."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT",
		UpstreamName:       "SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT",
		Summary:            "Optimising a share for video conflicts with multiple sharing.",
		Cause:              "`stream.enableOptimizeForSharedVideo` was refused because the host enabled simultaneous sharing by several users.",
		When:               []string{"optimising a share while multi-share is on"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT",
		Remediation:        []string{"Turn off multiple sharing, or share without the optimisation."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_INVALID_PRIVILEGE",
		UpstreamName:       "SCREEN_SHARE_INVALID_PRIVILEGE",
		Summary:            "The share privilege value is invalid.",
		Cause:              "`stream.setScreenSharePrivilege` got a value that is not a valid share privilege.",
		When:               []string{"passing a number that is no `SharePrivilege` member"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_INVALID_PRIVILEGE",
		Remediation:        []string{"Pass a `SharePrivilege` member."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_IB_DENIED",
		UpstreamName:       "SCREEN_SHARE_IB_DENIED",
		Summary:            "An information barrier forbids this share.",
		Cause:              "`stream.startShareScreen` was refused by the account's information-barrier policy. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"sharing across an information barrier"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_IB_DENIED",
		Remediation:        []string{"Tell the user the account's policy forbids the share."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_LIMIT_EXCEED",
		UpstreamName:       "SCREEN_SHARE_LIMIT_EXCEED",
		Summary:            "Too many share views are rendered.",
		Cause:              "`stream.attachShareView` was refused because the number of rendered share views reached the SDK's limit.",
		When:               []string{"attaching more share views than allowed"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_LIMIT_EXCEED",
		Remediation:        []string{"Detach share views that are not shown before attaching new ones."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_WHITEBOARD_CONFLICT",
		UpstreamName:       "SCREEN_SHARE_WHITEBOARD_CONFLICT",
		Summary:            "A screen share cannot start while a whiteboard is in progress.",
		Cause:              "`stream.startShareScreen` was refused because whiteboard sharing is in progress. The package's d.ts and JSON description do not list this member; Zoom's bundled error-code page (skill/references/error-codes.md) does.",
		When:               []string{"starting a screen share during a whiteboard session"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_WHITEBOARD_CONFLICT",
		Remediation:        []string{"Stop the whiteboard first, or offer screen sharing only while no whiteboard is running."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 skill/references/error-codes.md", "@zoom/videosdk@2.5.0 dist/index.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app started the share in a conflicting state; the same call fails until the whiteboard stops. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE",
		UpstreamName:       "SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE",
		Summary:            "Annotation is disabled for the account.",
		Cause:              "`stream.startAnnotation` was refused because annotation is not enabled in the Zoom account's settings.",
		When:               []string{"calling `stream.startAnnotation` on an account without annotation"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable annotation in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE",
		UpstreamName:       "SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE",
		Summary:            "There is no active share to annotate.",
		Cause:              "`stream.startAnnotation` was called while nobody is sharing.",
		When:               []string{"starting annotation before or after a share"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE",
		Remediation:        []string{"Offer annotation only while a share is active."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED",
		UpstreamName:       "SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED",
		Summary:            "The presenter has disabled annotation.",
		Cause:              "`stream.startAnnotation` was refused because the sharing user turned annotation off with `stream.changeAnnotationPrivilege`.",
		When:               []string{"annotating a share whose presenter disallows it"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED",
		Remediation:        []string{"Hide annotation while the presenter disallows it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_ANNOTATION_DUPLICATE_START",
		UpstreamName:       "SCREEN_SHARE_ANNOTATION_DUPLICATE_START",
		Summary:            "Annotation has already started.",
		Cause:              "`stream.startAnnotation` was called while annotation is already on.",
		When:               []string{"starting annotation twice"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_DUPLICATE_START",
		Remediation:        []string{"Track the annotation state and start it once."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_ANNOTATION_START_ERROR",
		UpstreamName:       "SCREEN_SHARE_ANNOTATION_START_ERROR",
		Summary:            "Annotation failed to start.",
		Cause:              "`stream.startAnnotation` failed for a reason the code does not specify.",
		When:               []string{"starting annotation when its resources fail to load or initialise"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_START_ERROR",
		Remediation:        []string{"Retry starting annotation a bounded number of times; if it keeps failing, report it to Zoom with the logs."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The cause is unspecified and may be transient, so a few retries are the catalog's choice. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER",
		UpstreamName:       "SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER",
		Summary:            "An annotation controller parameter is invalid.",
		Cause:              "`getAnnotationController().clear` or `.setToolType` got an invalid argument.",
		When:               []string{"passing a value that is no `AnnotationClearType` or `AnnotationToolType` member"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER",
		Remediation:        []string{"Pass members of `AnnotationClearType` and `AnnotationToolType`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_ANNOTATION_NOT_SUPPORT",
		UpstreamName:       "SCREEN_SHARE_ANNOTATION_NOT_SUPPORT",
		Summary:            "The current configuration does not support annotation.",
		Cause:              "`stream.startAnnotation` was refused because the current setup (platform or share configuration) does not support annotation.",
		When:               []string{"annotating in a configuration without annotation support"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not supported on this browser or device.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_NOT_SUPPORT",
		Remediation:        []string{"Offer annotation only where it is supported."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SCREEN_SHARE_ANNOTATION_NOT_START",
		UpstreamName:       "SCREEN_SHARE_ANNOTATION_NOT_START",
		Summary:            "Annotation has not been started.",
		Cause:              "`stream.stopAnnotation` was called but annotation is not on.",
		When:               []string{"stopping annotation twice or before starting it"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_NOT_START",
		Remediation:        []string{"Stop annotation only after it started."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SHARE_CAMERA_MESSAGE_ERROR",
		UpstreamName:       "SHARE_CAMERA_MESSAGE_ERROR",
		Summary:            "A share-camera request named an unknown user or an invalid value.",
		Cause:              "A share-camera call (`requestShareCamera` and the calls that answer such a request) was refused because the target user ID is not in the session, the share source is not a `MobileVideoFacingMode` value, or the reported status is invalid. Neither the package's d.ts nor its JSON description lists this member; its meaning is read from where the runtime (dist/index.js) raises it.",
		When:               []string{"asking a user who has left to share their camera", "passing an invalid share source or status"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SHARE_CAMERA_MESSAGE_ERROR",
		Remediation:        []string{"Take the user ID from the current participant list, and pass only the documented source and status values."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/index.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same arguments fail again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SHARED_PROCESSOR_UNSUPPORTED",
		UpstreamName:       "SHARED_PROCESSOR_UNSUPPORTED",
		Summary:            "Share processors are not supported on this platform.",
		Cause:              "`stream.createProcessor` cannot create a share processor in this browser.",
		When:               []string{"creating a share processor on an unsupported browser"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not supported on this browser or device.",
		UserMessageKey:     "zoom_video.exception_code.SHARED_PROCESSOR_UNSUPPORTED",
		Remediation:        []string{"Check support before offering share processing features."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SHARED_PROCESSOR_DUPLICATE_CREATE",
		UpstreamName:       "SHARED_PROCESSOR_DUPLICATE_CREATE",
		Summary:            "The share processor has already been created.",
		Cause:              "`stream.createProcessor` was asked to create a share processor that already exists.",
		When:               []string{"creating the same share processor twice"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SHARED_PROCESSOR_DUPLICATE_CREATE",
		Remediation:        []string{"Create each processor once and reuse it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SHARED_PROCESSOR_MISMATCH_PROCESSOR",
		UpstreamName:       "SHARED_PROCESSOR_MISMATCH_PROCESSOR",
		Summary:            "The share processor was not found.",
		Cause:              "`stream.addProcessor` or `stream.removeProcessor` got a share processor the SDK does not know.",
		When:               []string{"adding or removing a processor that was never created or was already removed"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SHARED_PROCESSOR_MISMATCH_PROCESSOR",
		Remediation:        []string{"Pass the processor object returned by `createProcessor`, and only while it exists."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SHARED_PROCESSOR_LIMIT_EXCEED",
		UpstreamName:       "SHARED_PROCESSOR_LIMIT_EXCEED",
		Summary:            "Only one share processor can be added at a time.",
		Cause:              "`stream.addProcessor` was refused because a share processor is already added.",
		When:               []string{"adding a second share processor"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SHARED_PROCESSOR_LIMIT_EXCEED",
		Remediation:        []string{"Remove the current share processor before adding another."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "REMOTE_CONTROL_ACCOUNT_DISABLE",
		UpstreamName:       "REMOTE_CONTROL_ACCOUNT_DISABLE",
		Summary:            "Remote control is disabled for the account.",
		Cause:              "`stream.requestRemoteControl` was refused because remote control is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
		When:               []string{"calling `stream.requestRemoteControl` on an account without remote control"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.REMOTE_CONTROL_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable remote control in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "REMOTE_CONTROL_MISMATCH_STATE",
		UpstreamName:       "REMOTE_CONTROL_MISMATCH_STATE",
		Summary:            "Remote control is not in the state the call needs.",
		Cause:              "`stream.requestRemoteControl`, `grabRemoteControl` or `approveRemoteControl` was called in a remote-control state where it does not apply. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
		When:               []string{"requesting control twice", "approving a request that was withdrawn"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.REMOTE_CONTROL_MISMATCH_STATE",
		Remediation:        []string{"Follow the remote-control events and call each method only in its state."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "REMOTE_CONTROL_PERMISSION_REQUIRED",
		UpstreamName:       "REMOTE_CONTROL_PERMISSION_REQUIRED",
		Summary:            "Permission to control the remote screen has not been granted.",
		Cause:              "`stream.startRemoteControl` was refused because the sharer has not granted control. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
		When:               []string{"starting control before approval"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.REMOTE_CONTROL_PERMISSION_REQUIRED",
		Remediation:        []string{"Request control and wait for approval before starting."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "REMOTE_CONTROL_MISMATCH_DISPLAY_SURFACE",
		UpstreamName:       "REMOTE_CONTROL_MISMATCH_DISPLAY_SURFACE",
		Summary:            "Remote control needs the entire screen to be shared.",
		Cause:              "`stream.approveRemoteControl` was refused because the shared surface is a window or tab, not the entire screen. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
		When:               []string{"approving control of a window or tab share"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.REMOTE_CONTROL_MISMATCH_DISPLAY_SURFACE",
		Remediation:        []string{"Share the entire screen before approving remote control."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "REMOTE_CONTROL_INVALID_LAUNCH_SCHEME",
		UpstreamName:       "REMOTE_CONTROL_INVALID_LAUNCH_SCHEME",
		Summary:            "The remote-control app's launch URL scheme is invalid.",
		Cause:              "`stream.launchRemoteControlApp` got an invalid URL scheme. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
		When:               []string{"passing a malformed scheme"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.REMOTE_CONTROL_INVALID_LAUNCH_SCHEME",
		Remediation:        []string{"Pass the launch scheme Zoom documents for the remote-control app."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CHAT_EMPTY_MESSAGE",
		UpstreamName:       "CHAT_EMPTY_MESSAGE",
		Summary:            "The chat message is empty.",
		Cause:              "`chat.send` got an empty message.",
		When:               []string{"sending an empty or whitespace-only message"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CHAT_EMPTY_MESSAGE",
		Remediation:        []string{"Disable sending until the message has text."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CHAT_MISMATCH_USER",
		UpstreamName:       "CHAT_MISMATCH_USER",
		Summary:            "The chat recipient does not match a participant.",
		Cause:              "`chat.send` got a recipient user ID that is not in the session.",
		When:               []string{"sending to a user who has left"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CHAT_MISMATCH_USER",
		Remediation:        []string{"Take recipients from the current participant list."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CHAT_INSUFFICIENT_PRIVILEGE",
		UpstreamName:       "CHAT_INSUFFICIENT_PRIVILEGE",
		Summary:            "The chat privilege does not allow this message.",
		Cause:              "`chat.send` was refused because the session's chat privilege does not allow it (for example private chat is off).",
		When:               []string{"sending a private message while only public chat is allowed", "chatting while chat is disabled"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Chat is limited in this call.",
		UserMessageKey:     "zoom_video.exception_code.CHAT_INSUFFICIENT_PRIVILEGE",
		Remediation:        []string{"Offer only the recipients the current `ChatPrivilege` allows."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CHAT_INVALID_PRIVILEGE",
		UpstreamName:       "CHAT_INVALID_PRIVILEGE",
		Summary:            "Only the host or a manager can set the chat privilege.",
		Cause:              "`chat.setPrivilege` was called by a user who is neither host nor manager.",
		When:               []string{"a participant changes chat settings"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.CHAT_INVALID_PRIVILEGE",
		Remediation:        []string{"Offer chat settings only to the host and managers."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CHAT_SUBSESSION_CONFLICT",
		UpstreamName:       "CHAT_SUBSESSION_CONFLICT",
		Summary:            "The call is not available inside a subsession.",
		Cause:              "`chat.setPrivilege` or `chat.sendFile` was refused because the user is in a subsession.",
		When:               []string{"changing chat privilege or sending a file from a subsession"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CHAT_SUBSESSION_CONFLICT",
		Remediation:        []string{"Offer these actions only in the main session."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CHAT_EMPTY_FILE",
		UpstreamName:       "CHAT_EMPTY_FILE",
		Summary:            "The chat file is empty.",
		Cause:              "`chat.sendFile` got an empty file.",
		When:               []string{"sending a zero-byte file"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CHAT_EMPTY_FILE",
		Remediation:        []string{"Check the file size before sending."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CHAT_INVALID_RETRY_TOKEN",
		UpstreamName:       "CHAT_INVALID_RETRY_TOKEN",
		Summary:            "The file retry token is invalid.",
		Cause:              "`chat.sendFile` got a retry token that does not identify a failed upload.",
		When:               []string{"retrying an upload with a stale or made-up token"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CHAT_INVALID_RETRY_TOKEN",
		Remediation:        []string{"Use the retry token the failed upload reported, and only once."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CHAT_MISMATCH_FILE_TYPE",
		UpstreamName:       "CHAT_MISMATCH_FILE_TYPE",
		Summary:            "The file type is not allowed.",
		Cause:              "`chat.sendFile` was refused because the file's type is not among the types the account allows.",
		When:               []string{"sending a file type the account's settings exclude"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This type of file cannot be sent.",
		UserMessageKey:     "zoom_video.exception_code.CHAT_MISMATCH_FILE_TYPE",
		Remediation:        []string{"Tell the user which file types are allowed.", "Operators can change the allowed types in the account's settings."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The user must choose another file (or an operator must widen the setting). The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CHAT_EXCEED_FILE_SIZE",
		UpstreamName:       "CHAT_EXCEED_FILE_SIZE",
		Summary:            "The file is too large.",
		Cause:              "`chat.sendFile` was refused because the file exceeds the account's maximum size.",
		When:               []string{"sending a file over the size limit"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This file is too large to send.",
		UserMessageKey:     "zoom_video.exception_code.CHAT_EXCEED_FILE_SIZE",
		Remediation:        []string{"Tell the user the size limit and let them pick a smaller file.", "Operators can change the limit in the account's settings."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The user must choose a smaller file (or an operator must raise the limit). The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CHAT_INVALID_MSG_ID_OR_URL",
		UpstreamName:       "CHAT_INVALID_MSG_ID_OR_URL",
		Summary:            "The message ID or file URL is invalid.",
		Cause:              "`chat.downloadFile` got a message ID or file URL that does not identify a file message.",
		When:               []string{"downloading from a wrong or stale message"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CHAT_INVALID_MSG_ID_OR_URL",
		Remediation:        []string{"Pass the ID and URL from the received file message."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CHAT_FILE_ACCOUNT_DISABLE",
		UpstreamName:       "CHAT_FILE_ACCOUNT_DISABLE",
		Summary:            "File transfer in chat is disabled for the account.",
		Cause:              "`chat.sendFile` was refused because file transfer in chat is not enabled in the Zoom account's settings.",
		When:               []string{"calling `chat.sendFile` on an account without file transfer in chat"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.CHAT_FILE_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable file transfer in chat in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CHAT_DELETE_ACCOUNT_DISABLE",
		UpstreamName:       "CHAT_DELETE_ACCOUNT_DISABLE",
		Summary:            "Deleting chat messages is disabled for the account.",
		Cause:              "`chat.deleteMessage` was refused because deleting chat messages is not enabled in the Zoom account's settings.",
		When:               []string{"calling `chat.deleteMessage` on an account without deleting chat messages"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.CHAT_DELETE_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable deleting chat messages in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CMD_EMPTY_MESSAGE",
		UpstreamName:       "CMD_EMPTY_MESSAGE",
		Summary:            "The command message is empty.",
		Cause:              "`cmd.send` got an empty message.",
		When:               []string{"sending an empty command"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CMD_EMPTY_MESSAGE",
		Remediation:        []string{"Send only non-empty command payloads."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CMD_MISMATCH_USER",
		UpstreamName:       "CMD_MISMATCH_USER",
		Summary:            "The command recipient does not match a participant.",
		Cause:              "`cmd.send` got a recipient user ID that is not in the session.",
		When:               []string{"sending to a user who has left"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CMD_MISMATCH_USER",
		Remediation:        []string{"Take recipients from the current participant list."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CMD_INVALID_MESSAGE_TYPE",
		UpstreamName:       "CMD_INVALID_MESSAGE_TYPE",
		Summary:            "The command message is not a string.",
		Cause:              "`cmd.send` got a message that is not a string.",
		When:               []string{"sending an object without serialising it"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CMD_INVALID_MESSAGE_TYPE",
		Remediation:        []string{"Serialise the payload (for example with JSON.stringify) before sending."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CMD_EXCEED_MESSAGE_LENGTH",
		UpstreamName:       "CMD_EXCEED_MESSAGE_LENGTH",
		Summary:            "The command message is too long.",
		Cause:              "`cmd.send` got a message longer than its limit of 512 bytes.",
		When:               []string{"sending a large payload over the command channel"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.CMD_EXCEED_MESSAGE_LENGTH",
		Remediation:        []string{"Keep command messages within 512 bytes; send larger data another way."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CMD_CHANNEL_NOT_READY",
		UpstreamName:       "CMD_CHANNEL_NOT_READY",
		Summary:            "The command channel is not ready.",
		Cause:              "`cmd.send` was called before the command channel connected (or while it is reconnecting).",
		When:               []string{"sending right after join", "sending while the channel reconnects"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "zoom_video.exception_code.CMD_CHANNEL_NOT_READY",
		Remediation:        []string{"Wait for `command-channel-status` to report `Connected`, then send again."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The channel connects by itself shortly; the same message succeeds then. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "CMD_RATE_LIMIT",
		UpstreamName:       "CMD_RATE_LIMIT",
		Summary:            "Command messages are sent too often.",
		Cause:              "`cmd.send` was refused because it was called again sooner than the command channel's rate limit allows. Neither the package's d.ts nor its JSON description lists this member; its meaning is read from where the runtime (dist/index.js) raises it ('Exceed the rate limit for command channel message').",
		When:               []string{"sending command messages in a tight loop"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This call is full right now. Please try again in a little while.",
		UserMessageKey:     "zoom_video.exception_code.CMD_RATE_LIMIT",
		Remediation:        []string{"Throttle command messages and retry after a delay; batch small updates into one message."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/index.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "A rate limit clears with time, so retrying after a delay succeeds. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "RECORDING_ACCOUNT_DISABLE",
		UpstreamName:       "RECORDING_ACCOUNT_DISABLE",
		Summary:            "Cloud recording is disabled for the account.",
		Cause:              "`recording.startCloudRecording` was refused because cloud recording is not enabled in the Zoom account's settings.",
		When:               []string{"calling `recording.startCloudRecording` on an account without cloud recording"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.RECORDING_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable cloud recording in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "RECORDING_STOP_FORBIDDEN",
		UpstreamName:       "RECORDING_STOP_FORBIDDEN",
		Summary:            "Pausing or stopping cloud recording is forbidden.",
		Cause:              "The account's settings forbid pausing or stopping cloud recording, so the recording call was refused.",
		When:               []string{"pausing or stopping a recording the account requires to continue"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.RECORDING_STOP_FORBIDDEN",
		Remediation:        []string{"Hide pause and stop while the account forbids them."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "RECORDING_MISMATCH_STATE",
		UpstreamName:       "RECORDING_MISMATCH_STATE",
		Summary:            "The recording is not in the state the call needs.",
		Cause:              "A cloud recording call was made in a recording state where it does not apply (for example starting a recording that is already running).",
		When:               []string{"starting a recording twice", "resuming a recording that is not paused"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.RECORDING_MISMATCH_STATE",
		Remediation:        []string{"Follow `recording-change` and call each method only in its state."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "RECORDING_ISO_DISABLE",
		UpstreamName:       "RECORDING_ISO_DISABLE",
		Summary:            "Individual (per-user) recording is disabled for the account.",
		Cause:              "`recording.acceptIndividualRecording` was refused because individual (per-user) recording is not enabled in the Zoom account's settings.",
		When:               []string{"calling `recording.acceptIndividualRecording` on an account without individual (per-user) recording"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.RECORDING_ISO_DISABLE",
		Remediation:        []string{"Enable individual (per-user) recording in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "RECORDING_IQ_DISABLE",
		UpstreamName:       "RECORDING_IQ_DISABLE",
		Summary:            "Zoom IQ for recording is disabled for the account.",
		Cause:              "`recording.enableRecordingWithIQ` was refused because Zoom IQ for recording is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
		When:               []string{"calling `recording.enableRecordingWithIQ` on an account without Zoom IQ for recording"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.RECORDING_IQ_DISABLE",
		Remediation:        []string{"Enable Zoom IQ for recording in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "RECORDING_IQ_PERMISSION_REQUIRED",
		UpstreamName:       "RECORDING_IQ_PERMISSION_REQUIRED",
		Summary:            "Only the host can enable recording with Zoom IQ.",
		Cause:              "`recording.enableRecordingWithIQ` was called by a user who is not the host. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
		When:               []string{"a participant enables Zoom IQ recording"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.RECORDING_IQ_PERMISSION_REQUIRED",
		Remediation:        []string{"Offer it only to the host."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "RECORDING_IQ_MISMATCH_STATE",
		UpstreamName:       "RECORDING_IQ_MISMATCH_STATE",
		Summary:            "Recording with Zoom IQ is not in the state the call needs.",
		Cause:              "`recording.enableRecordingWithIQ` was called in a state where it does not apply. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
		When:               []string{"enabling it twice"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.RECORDING_IQ_MISMATCH_STATE",
		Remediation:        []string{"Follow the recording state before calling."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "LOCAL_RECORDING_ACCOUNT_DISABLE",
		UpstreamName:       "LOCAL_RECORDING_ACCOUNT_DISABLE",
		Summary:            "Local recording is disabled for the account.",
		Cause:              "`recording.askLocalRecordingPermission` was refused because local recording is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"calling `recording.askLocalRecordingPermission` on an account without local recording"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.LOCAL_RECORDING_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable local recording in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "LOCAL_RECORDING_INVALID_VALUE",
		UpstreamName:       "LOCAL_RECORDING_INVALID_VALUE",
		Summary:            "The local recording permission value is invalid.",
		Cause:              "`recording.startLocalRecording` got an invalid permission value. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"passing an unknown value"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.LOCAL_RECORDING_INVALID_VALUE",
		Remediation:        []string{"Pass a documented permission value."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "LOCAL_RECORDING_MISMATCH_STATE",
		UpstreamName:       "LOCAL_RECORDING_MISMATCH_STATE",
		Summary:            "Local recording is not in the state the call needs.",
		Cause:              "`recording.startLocalRecording` or `grantLocalRecordingPermission` was called in a state where it does not apply. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"starting local recording twice"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.LOCAL_RECORDING_MISMATCH_STATE",
		Remediation:        []string{"Follow the local recording state before calling."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "TRANSCRIPTION_ACCOUNT_DISABLE",
		UpstreamName:       "TRANSCRIPTION_ACCOUNT_DISABLE",
		Summary:            "Live transcription is disabled for the account.",
		Cause:              "`liveTranscription.startLiveTranscription` was refused because live transcription is not enabled in the Zoom account's settings.",
		When:               []string{"calling `liveTranscription.startLiveTranscription` on an account without live transcription"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.TRANSCRIPTION_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable live transcription in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "TRANSCRIPTION_FEATURE_DISABLE",
		UpstreamName:       "TRANSCRIPTION_FEATURE_DISABLE",
		Summary:            "The host has disabled live transcription.",
		Cause:              "`liveTranscription.startLiveTranscription` was refused because the session host turned the feature off.",
		When:               []string{"starting transcription after the host disabled it"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The host has turned off live transcription.",
		UserMessageKey:     "zoom_video.exception_code.TRANSCRIPTION_FEATURE_DISABLE",
		Remediation:        []string{"Hide the transcription control while the host disallows it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "TRANSCRIPTION_LANGUAGE_UNSUPPORTED",
		UpstreamName:       "TRANSCRIPTION_LANGUAGE_UNSUPPORTED",
		Summary:            "The speaking language is not supported.",
		Cause:              "`liveTranscription.setSpeakingLanguage` got a language transcription does not support.",
		When:               []string{"choosing an unsupported language"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.TRANSCRIPTION_LANGUAGE_UNSUPPORTED",
		Remediation:        []string{"Offer only the languages the transcription client reports as supported."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "TRANSCRIPTION_MISMATCH_STATE",
		UpstreamName:       "TRANSCRIPTION_MISMATCH_STATE",
		Summary:            "Transcription is not in the state the call needs.",
		Cause:              "`liveTranscription.setSpeakingLanguage` or `setTranslationLanguage` was called while transcription is not available or not started.",
		When:               []string{"setting a language before transcription started"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.TRANSCRIPTION_MISMATCH_STATE",
		Remediation:        []string{"Start transcription first, then set languages."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "TRANSLATION_ACCOUNT_DISABLE",
		UpstreamName:       "TRANSLATION_ACCOUNT_DISABLE",
		Summary:            "Translated captions is disabled for the account.",
		Cause:              "`liveTranscription.setTranslationLanguage` was refused because translated captions is not enabled in the Zoom account's settings.",
		When:               []string{"calling `liveTranscription.setTranslationLanguage` on an account without translated captions"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.TRANSLATION_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable translated captions in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "TRANSLATION_LANGUAGE_UNSUPPORTED",
		UpstreamName:       "TRANSLATION_LANGUAGE_UNSUPPORTED",
		Summary:            "The translation language is not supported.",
		Cause:              "`liveTranscription.setTranslationLanguage` got a language translation does not support.",
		When:               []string{"choosing an unsupported translation language"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.TRANSLATION_LANGUAGE_UNSUPPORTED",
		Remediation:        []string{"Offer only the translation languages the client reports as supported."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "MANUAL_CAPTION_ACCOUNT_DISABLE",
		UpstreamName:       "MANUAL_CAPTION_ACCOUNT_DISABLE",
		Summary:            "Manual captions is disabled for the account.",
		Cause:              "`liveTranscription.enableManualCaptioner` was refused because manual captions is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"calling `liveTranscription.enableManualCaptioner` on an account without manual captions"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.MANUAL_CAPTION_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable manual captions in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "MANUAL_CAPTION_FEATURE_DISABLE",
		UpstreamName:       "MANUAL_CAPTION_FEATURE_DISABLE",
		Summary:            "The host has disabled manual captions.",
		Cause:              "`liveTranscription.enableManualCaptioner` was refused because the host turned manual captions off. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"enabling a captioner while the host disallows it"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.MANUAL_CAPTION_FEATURE_DISABLE",
		Remediation:        []string{"Hide the control while the host disallows it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "MANUAL_CAPTION_MISMATCH_USER",
		UpstreamName:       "MANUAL_CAPTION_MISMATCH_USER",
		Summary:            "The captioner user does not match a participant.",
		Cause:              "`liveTranscription.assignManualCaption` got a user ID that is not in the session. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"assigning a user who has left"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.MANUAL_CAPTION_MISMATCH_USER",
		Remediation:        []string{"Take the user ID from the current participant list."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "MANUAL_CAPTION_INSUFFICIENT_PRIVILEGE",
		UpstreamName:       "MANUAL_CAPTION_INSUFFICIENT_PRIVILEGE",
		Summary:            "The user may not send manual captions.",
		Cause:              "`liveTranscription.sendCaptionTextManually` was called by a user who is not an assigned captioner. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"sending captions without the captioner role"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.MANUAL_CAPTION_INSUFFICIENT_PRIVILEGE",
		Remediation:        []string{"Send captions only from the assigned captioner."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "TRANSCRIPTION_LANGUAGE_LOCKED",
		UpstreamName:       "TRANSCRIPTION_LANGUAGE_LOCKED",
		Summary:            "The host has locked the transcription language.",
		Cause:              "`liveTranscription.lockTranscriptionLanguage` was called while the host already locked the transcription language.",
		When:               []string{"changing or locking the language after the host locked it"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.TRANSCRIPTION_LANGUAGE_LOCKED",
		Remediation:        []string{"Follow the lock state and let the host change the language."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "LIVE_STREAM_ACCOUNT_DISABLE",
		UpstreamName:       "LIVE_STREAM_ACCOUNT_DISABLE",
		Summary:            "Live streaming is disabled for the account.",
		Cause:              "`liveStream.startLiveStream` was refused because live streaming is not enabled in the Zoom account's settings.",
		When:               []string{"calling `liveStream.startLiveStream` on an account without live streaming"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.LIVE_STREAM_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable live streaming in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "LIVE_STREAM_INVALID_PARAMETER",
		UpstreamName:       "LIVE_STREAM_INVALID_PARAMETER",
		Summary:            "A live stream parameter is invalid.",
		Cause:              "`liveStream.startLiveStream` got an invalid stream URL, key or page URL.",
		When:               []string{"a malformed RTMP URL", "a missing stream key"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.LIVE_STREAM_INVALID_PARAMETER",
		Remediation:        []string{"Validate the stream URL, stream key and broadcast page URL before starting."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "LIVE_STREAM_MISMATCH_STATE",
		UpstreamName:       "LIVE_STREAM_MISMATCH_STATE",
		Summary:            "A live stream is already in progress.",
		Cause:              "`liveStream.startLiveStream` was refused because a live stream is running.",
		When:               []string{"starting a second live stream"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.LIVE_STREAM_MISMATCH_STATE",
		Remediation:        []string{"Follow `live-stream-status` and start a stream only when none is running."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "INCOMING_LIVE_STREAM_INVALID_PARAMETER",
		UpstreamName:       "INCOMING_LIVE_STREAM_INVALID_PARAMETER",
		Summary:            "The incoming live stream ID is empty or not the bound one.",
		Cause:              "An incoming live stream method got a `streamId` that is empty or does not match the stream currently bound.",
		When:               []string{"using a stale stream ID", "calling without a stream ID"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.INCOMING_LIVE_STREAM_INVALID_PARAMETER",
		Remediation:        []string{"Pass the `streamId` of the stream bound with `bindIncomingLiveStream`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "INCOMING_LIVE_STREAM_MISMATCH_STATE",
		UpstreamName:       "INCOMING_LIVE_STREAM_MISMATCH_STATE",
		Summary:            "The incoming live stream is not in the state the call needs.",
		Cause:              "An incoming live stream method was called in the wrong state: binding from a breakout room, binding while the current stream is RTMP-connected, or starting or stopping while `isRTMPConnected` is false.",
		When:               []string{"binding a stream inside a breakout room", "starting before the RTMP source connected"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.INCOMING_LIVE_STREAM_MISMATCH_STATE",
		Remediation:        []string{"Follow the incoming live stream status event (`isRTMPConnected`) and call each method only in its state."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SUBSESSION_ACCOUNT_DISABLE",
		UpstreamName:       "SUBSESSION_ACCOUNT_DISABLE",
		Summary:            "Subsessions is disabled for the account.",
		Cause:              "`subsession.createSubsessions` was refused because subsessions is not enabled in the Zoom account's settings.",
		When:               []string{"calling `subsession.createSubsessions` on an account without subsessions"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.SUBSESSION_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable subsessions in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SUBSESSION_EXCEED_CAPACITY",
		UpstreamName:       "SUBSESSION_EXCEED_CAPACITY",
		Summary:            "Too many subsessions were requested.",
		Cause:              "`subsession.createSubsessions` was asked for more subsessions than the limit (Zoom's docs say 100), or for none.",
		When:               []string{"creating more than the maximum number of subsessions"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SUBSESSION_EXCEED_CAPACITY",
		Remediation:        []string{"Create at most the documented maximum number of subsessions."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SUBSESSION_MISMATCH_ID",
		UpstreamName:       "SUBSESSION_MISMATCH_ID",
		Summary:            "The subsession ID is wrong.",
		Cause:              "A subsession call (open, join, assign, move) got a subsession ID that does not exist.",
		When:               []string{"using a stale subsession ID"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SUBSESSION_MISMATCH_ID",
		Remediation:        []string{"Take subsession IDs from `subsession.getSubsessionList()`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SUBSESSION_MISMATCH_USER",
		UpstreamName:       "SUBSESSION_MISMATCH_USER",
		Summary:            "The subsession user ID is wrong.",
		Cause:              "A subsession call (open, move back, assign, move) got a user ID that is not in the session.",
		When:               []string{"assigning a user who has left"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SUBSESSION_MISMATCH_USER",
		Remediation:        []string{"Take user IDs from the current participant list."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SUBSESSION_MISMATCH_STATE",
		UpstreamName:       "SUBSESSION_MISMATCH_STATE",
		Summary:            "The subsessions are not in the state the call needs.",
		Cause:              "A subsession call was made in a subsession status where it does not apply (for example opening subsessions that are already open).",
		When:               []string{"opening subsessions twice", "joining before subsessions are open"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SUBSESSION_MISMATCH_STATE",
		Remediation:        []string{"Follow `subsession-state-change` and call each method only in its state."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SUBSESSION_EXIT_RESTRICTED",
		UpstreamName:       "SUBSESSION_EXIT_RESTRICTED",
		Summary:            "The host does not allow leaving the subsession.",
		Cause:              "`subsession.leaveSubsession` was refused because the host restricts users from leaving their subsession.",
		When:               []string{"a participant leaves a subsession the host locked them into"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The host does not allow leaving this room right now.",
		UserMessageKey:     "zoom_video.exception_code.SUBSESSION_EXIT_RESTRICTED",
		Remediation:        []string{"Hide the leave control while leaving is restricted."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SUBSESSION_BROADCAST_DISABLE",
		UpstreamName:       "SUBSESSION_BROADCAST_DISABLE",
		Summary:            "Broadcasting messages to subsessions is disabled for the account.",
		Cause:              "`subsession.broadcast` was refused because broadcasting messages to subsessions is not enabled in the Zoom account's settings.",
		When:               []string{"calling `subsession.broadcast` on an account without broadcasting messages to subsessions"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.SUBSESSION_BROADCAST_DISABLE",
		Remediation:        []string{"Enable broadcasting messages to subsessions in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SUBSESSION_BROADCAST_INVALID_CONTENT",
		UpstreamName:       "SUBSESSION_BROADCAST_INVALID_CONTENT",
		Summary:            "The broadcast message is empty or invalid.",
		Cause:              "`subsession.broadcast` got an empty message or one that is not a valid string.",
		When:               []string{"broadcasting an empty message"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SUBSESSION_BROADCAST_INVALID_CONTENT",
		Remediation:        []string{"Broadcast only non-empty strings."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SUBSESSION_BROADCAST_VOICE_DISABLE",
		UpstreamName:       "SUBSESSION_BROADCAST_VOICE_DISABLE",
		Summary:            "Broadcasting voice to subsessions is disabled for the account.",
		Cause:              "`subsession.startBroadcastVoice` was refused because broadcasting voice to subsessions is not enabled in the Zoom account's settings.",
		When:               []string{"calling `subsession.startBroadcastVoice` on an account without broadcasting voice to subsessions"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.SUBSESSION_BROADCAST_VOICE_DISABLE",
		Remediation:        []string{"Enable broadcasting voice to subsessions in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SUBSESSION_BROADCAST_VOICE_RESTRICTED",
		UpstreamName:       "SUBSESSION_BROADCAST_VOICE_RESTRICTED",
		Summary:            "Voice cannot be broadcast from inside a subsession.",
		Cause:              "`subsession.startBroadcastVoice` was called by the host from within a subsession.",
		When:               []string{"broadcasting voice from a subsession"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SUBSESSION_BROADCAST_VOICE_RESTRICTED",
		Remediation:        []string{"Broadcast voice only from the main session."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE",
		UpstreamName:       "SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE",
		Summary:            "Voice broadcast needs an active audio connection.",
		Cause:              "`subsession.startBroadcastVoice` or `stopBroadcastVoice` was called while the host has no audio connected (or in a broadcast state where it does not apply).",
		When:               []string{"broadcasting voice before starting audio"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE",
		Remediation:        []string{"Start audio before broadcasting voice; follow the broadcast state."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "REACTION_ACCOUNT_DISABLE",
		UpstreamName:       "REACTION_ACCOUNT_DISABLE",
		Summary:            "Emoji reactions is disabled for the account.",
		Cause:              "`reaction.sendEmojiReactionRequest` was refused because emoji reactions is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"calling `reaction.sendEmojiReactionRequest` on an account without emoji reactions"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.REACTION_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable emoji reactions in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "REACTION_INVALID_PARAMETER",
		UpstreamName:       "REACTION_INVALID_PARAMETER",
		Summary:            "The reaction parameter is invalid.",
		Cause:              "`reaction.sendEmojiReactionRequest` got an invalid argument. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"sending an unknown emoji"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.REACTION_INVALID_PARAMETER",
		Remediation:        []string{"Pass a documented reaction value."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "SUMMARY_ACCOUNT_DISABLE",
		UpstreamName:       "SUMMARY_ACCOUNT_DISABLE",
		Summary:            "Meeting summary and query is disabled for the account.",
		Cause:              "`summary.startSummary` was refused because meeting summary and query is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
		When:               []string{"calling `summary.startSummary` on an account without meeting summary and query"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.SUMMARY_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable meeting summary and query in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "QA_INVALID_PARAMETER",
		UpstreamName:       "QA_INVALID_PARAMETER",
		Summary:            "A Q&A parameter is invalid.",
		Cause:              "`qa.askQuestion` or `qa.answerQuestion` got an invalid argument. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"asking an empty question"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.QA_INVALID_PARAMETER",
		Remediation:        []string{"Validate the question or answer before sending."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "QA_INSUFFICIENT_PRIVILEGE",
		UpstreamName:       "QA_INSUFFICIENT_PRIVILEGE",
		Summary:            "The host has disabled this Q&A action.",
		Cause:              "`qa.commentQuestion` or `qa.upvoteQuestion` was refused because the host disabled it. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
		When:               []string{"commenting or upvoting while disallowed"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.QA_INSUFFICIENT_PRIVILEGE",
		Remediation:        []string{"Hide the action while the host disallows it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "BROADCAST_STREAMING_ACCOUNT_DISABLE",
		UpstreamName:       "BROADCAST_STREAMING_ACCOUNT_DISABLE",
		Summary:            "Broadcast streaming is disabled for the account.",
		Cause:              "`broadcastStreamingClient.startBroadcast` was refused because broadcast streaming is not enabled in the Zoom account's settings.",
		When:               []string{"calling `broadcastStreamingClient.startBroadcast` on an account without broadcast streaming"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.BROADCAST_STREAMING_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable broadcast streaming in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "BROADCAST_STREAMING_MISMATCH_STATE",
		UpstreamName:       "BROADCAST_STREAMING_MISMATCH_STATE",
		Summary:            "Broadcast streaming is not in the state the call needs.",
		Cause:              "`broadcastStreamingClient.startBroadcast` was called in a broadcast status where it does not apply.",
		When:               []string{"starting a broadcast that is already running"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.BROADCAST_STREAMING_MISMATCH_STATE",
		Remediation:        []string{"Follow the broadcast status and start only when none is running."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "BROADCAST_STREAMING_INVALID_CHANNEL_ID",
		UpstreamName:       "BROADCAST_STREAMING_INVALID_CHANNEL_ID",
		Summary:            "A broadcast channel ID is required.",
		Cause:              "`broadcastStreamingClient.stopBroadcast` needs a channel ID in this case and did not get a valid one.",
		When:               []string{"stopping a broadcast without its channel ID"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.BROADCAST_STREAMING_INVALID_CHANNEL_ID",
		Remediation:        []string{"Pass the channel ID of the broadcast to stop."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "WHITEBOARD_ACCOUNT_DISABLE",
		UpstreamName:       "WHITEBOARD_ACCOUNT_DISABLE",
		Summary:            "The whiteboard is disabled for the account.",
		Cause:              "`whiteboard.startWhiteboardScreen` was refused because the whiteboard is not enabled in the Zoom account's settings.",
		When:               []string{"calling `whiteboard.startWhiteboardScreen` on an account without the whiteboard"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.WHITEBOARD_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable the whiteboard in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "WHITEBOARD_UNSUPPORTED",
		UpstreamName:       "WHITEBOARD_UNSUPPORTED",
		Summary:            "The whiteboard is not supported on this platform.",
		Cause:              "`whiteboard.startWhiteboardScreen` was refused because the platform does not support the whiteboard (Zoom names mobile browsers).",
		When:               []string{"starting a whiteboard from a mobile browser"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not supported on this browser or device.",
		UserMessageKey:     "zoom_video.exception_code.WHITEBOARD_UNSUPPORTED",
		Remediation:        []string{"Offer the whiteboard only on desktop browsers."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "WHITEBOARD_SCREEN_SHARE_CONFLICT",
		UpstreamName:       "WHITEBOARD_SCREEN_SHARE_CONFLICT",
		Summary:            "A whiteboard cannot start while a screen share is in progress.",
		Cause:              "`whiteboard.startWhiteboardScreen` was refused because screen sharing is in progress.",
		When:               []string{"starting a whiteboard during a screen share"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.WHITEBOARD_SCREEN_SHARE_CONFLICT",
		Remediation:        []string{"Stop the screen share first."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "WHITEBOARD_MISMATCH_STATE",
		UpstreamName:       "WHITEBOARD_MISMATCH_STATE",
		Summary:            "The whiteboard is not in the state the call needs.",
		Cause:              "`whiteboard.startWhiteboardScreen` or `exportWhiteboard` was called in a whiteboard state where it does not apply.",
		When:               []string{"starting a whiteboard twice", "exporting with no whiteboard open"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.WHITEBOARD_MISMATCH_STATE",
		Remediation:        []string{"Follow the whiteboard status and call each method only in its state."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "WHITEBOARD_HOST_PRIVILEGE_REQUIRED",
		UpstreamName:       "WHITEBOARD_HOST_PRIVILEGE_REQUIRED",
		Summary:            "Only the host or a manager may do this with the whiteboard.",
		Cause:              "A whiteboard call (start, stop, set permission) was made by a user without host or manager rights.",
		When:               []string{"a participant starts or stops the whiteboard"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.WHITEBOARD_HOST_PRIVILEGE_REQUIRED",
		Remediation:        []string{"Offer these controls only to the host and managers."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "WHITEBOARD_INVALID_PARAMETER",
		UpstreamName:       "WHITEBOARD_INVALID_PARAMETER",
		Summary:            "A whiteboard parameter is invalid.",
		Cause:              "A whiteboard call got an invalid document, template or presenter ID.",
		When:               []string{"passing a stale document ID"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.WHITEBOARD_INVALID_PARAMETER",
		Remediation:        []string{"Pass IDs the whiteboard client reported."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "WHITEBOARD_EXPORT_DISABLE",
		UpstreamName:       "WHITEBOARD_EXPORT_DISABLE",
		Summary:            "Exporting the whiteboard is disabled for this session.",
		Cause:              "`whiteboard.exportWhiteboard` was refused because export is disabled in the current session.",
		When:               []string{"exporting while export is off"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.exception_code.WHITEBOARD_EXPORT_DISABLE",
		Remediation:        []string{"Hide the export control while export is disabled."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "REAL_TIME_MEDIA_STREAMS_NOT_ENABLED",
		UpstreamName:       "REAL_TIME_MEDIA_STREAMS_NOT_ENABLED",
		Summary:            "Real-time media streams is disabled for the account.",
		Cause:              "`realTimeMediaStreamsClient.startRealTimeMediaStreams` was refused because real-time media streams is not enabled in the Zoom account's settings.",
		When:               []string{"calling `realTimeMediaStreamsClient.startRealTimeMediaStreams` on an account without real-time media streams"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.REAL_TIME_MEDIA_STREAMS_NOT_ENABLED",
		Remediation:        []string{"Enable real-time media streams in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "REAL_TIME_MEDIA_STREAMS_INVALID_STATE",
		UpstreamName:       "REAL_TIME_MEDIA_STREAMS_INVALID_STATE",
		Summary:            "Real-time media streams are not in the state the call needs.",
		Cause:              "`startRealTimeMediaStreams` or `stopRealTimeMediaStreams` was called in a state where it does not apply.",
		When:               []string{"starting twice", "stopping when not started"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.REAL_TIME_MEDIA_STREAMS_INVALID_STATE",
		Remediation:        []string{"Follow the real-time media streams status before calling."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM",
		UpstreamName:       "REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM",
		Summary:            "Real-time media streams are not available in breakout rooms.",
		Cause:              "`startRealTimeMediaStreams` was called from a breakout room.",
		When:               []string{"starting from a subsession"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM",
		Remediation:        []string{"Start real-time media streams from the main session."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts", "@zoom/videosdk@2.5.0 skill/references/error-codes.md"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VOICE_TRANSLATOR_ACCOUNT_DISABLE",
		UpstreamName:       "VOICE_TRANSLATOR_ACCOUNT_DISABLE",
		Summary:            "The voice translator is disabled for the account.",
		Cause:              "`voiceTranslatorClient.startVoiceTranslator` was refused because the voice translator is not enabled in the Zoom account's settings.",
		When:               []string{"calling `voiceTranslatorClient.startVoiceTranslator` on an account without the voice translator"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not available in this call.",
		UserMessageKey:     "zoom_video.exception_code.VOICE_TRANSLATOR_ACCOUNT_DISABLE",
		Remediation:        []string{"Enable the voice translator in the Video SDK account's settings (Zoom web portal), if the plan offers it.", "Hide the feature in the app while the account does not have it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST",
		UpstreamName:       "VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST",
		Summary:            "No voice translator language list is available.",
		Cause:              "`voiceTranslatorClient.setSpeakingLanguage` was refused because the list of translator languages is not available (yet).",
		When:               []string{"setting a language before the translator has its language list"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST",
		Remediation:        []string{"Wait until the translator has started and reports its languages, then set the language again."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The list arrives from the service after start, so a later attempt can succeed. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VOICE_TRANSLATOR_MISMATCH_STATE",
		UpstreamName:       "VOICE_TRANSLATOR_MISMATCH_STATE",
		Summary:            "The voice translator must be started first.",
		Cause:              "A voice translator setting (listening language, original audio balance, voice style) was changed before the translator started.",
		When:               []string{"changing translator settings before `startVoiceTranslator` resolves"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VOICE_TRANSLATOR_MISMATCH_STATE",
		Remediation:        []string{"Start the voice translator first."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED",
		UpstreamName:       "VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED",
		Summary:            "The translator language is not supported.",
		Cause:              "`setSpeakingLanguage` or `setListeningLanguage` got a language the voice translator does not support.",
		When:               []string{"choosing an unsupported language"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED",
		Remediation:        []string{"Offer only the languages the translator reports."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE",
		UpstreamName:       "VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE",
		Summary:            "The original audio balance is out of range.",
		Cause:              "`setOriginalAudioBalance` got a value outside 0 to 1.",
		When:               []string{"passing a percentage instead of a fraction"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE",
		Remediation:        []string{"Pass a number from 0 to 1."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "exception_code",
		CatalogName:        "VOICE_TRANSLATOR_INCORRECT_TIMBRE",
		UpstreamName:       "VOICE_TRANSLATOR_INCORRECT_TIMBRE",
		Summary:            "The voice timbre ID is invalid.",
		Cause:              "`setTranslatedVoiceStyle` got a timbre ID that is invalid or unknown.",
		When:               []string{"passing a stale timbre ID"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.exception_code.VOICE_TRANSLATOR_INCORRECT_TIMBRE",
		Remediation:        []string{"Pass a timbre ID the translator reports."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// ErrorTypes: Kind of a failed Video SDK call, carried as `type` beside `errorCode` in the ExecutedFailure a rejected promise returns.
//
// Upstream: ErrorTypes in https://developers.zoom.us/docs/video-sdk/web/ 2.5.0 (package npm:@zoom/videosdk@2.5.0).
type ErrorTypes string

// Every ErrorTypes, in upstream order.
const (
	// ErrorTypesInvalidOperation: The operation is invalid here.
	ErrorTypesInvalidOperation ErrorTypes = "INVALID_OPERATION"

	// ErrorTypesInternalError: The remote service is temporarily unavailable.
	ErrorTypesInternalError ErrorTypes = "INTERNAL_ERROR"

	// ErrorTypesOperationTimeout: The operation timed out.
	ErrorTypesOperationTimeout ErrorTypes = "OPERATION_TIMEOUT"

	// ErrorTypesInsufficientPrivileges: The operation is only for a host or a manager.
	ErrorTypesInsufficientPrivileges ErrorTypes = "INSUFFICIENT_PRIVILEGES"

	// ErrorTypesImproperMeetingState: The user is not in a session in the state the call needs.
	ErrorTypesImproperMeetingState ErrorTypes = "IMPROPER_MEETING_STATE"

	// ErrorTypesInvalidParameters: The parameters passed to the method are invalid.
	ErrorTypesInvalidParameters ErrorTypes = "INVALID_PARAMETERS"

	// ErrorTypesOperationLocked: The operation is blocked because the setting is locked.
	ErrorTypesOperationLocked ErrorTypes = "OPERATION_LOCKED"
)

// ErrorTypesFromValue returns the code with this wire value, and whether the catalog knows it.
func ErrorTypesFromValue(value string) (ErrorTypes, bool) {
	if c := ErrorTypes(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseErrorTypes returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseErrorTypes(name string) (ErrorTypes, bool) {
	switch name {
	case "INVALID_OPERATION":
		return ErrorTypesInvalidOperation, true
	case "INTERNAL_ERROR":
		return ErrorTypesInternalError, true
	case "OPERATION_TIMEOUT":
		return ErrorTypesOperationTimeout, true
	case "INSUFFICIENT_PRIVILEGES":
		return ErrorTypesInsufficientPrivileges, true
	case "IMPROPER_MEETING_STATE":
		return ErrorTypesImproperMeetingState, true
	case "INVALID_PARAMETERS":
		return ErrorTypesInvalidParameters, true
	case "OPERATION_LOCKED":
		return ErrorTypesOperationLocked, true
	}
	return "", false
}

// AllErrorTypesValues returns every code, in upstream order.
func AllErrorTypesValues() []ErrorTypes {
	return []ErrorTypes{
		ErrorTypesInvalidOperation,
		ErrorTypesInternalError,
		ErrorTypesOperationTimeout,
		ErrorTypesInsufficientPrivileges,
		ErrorTypesImproperMeetingState,
		ErrorTypesInvalidParameters,
		ErrorTypesOperationLocked,
	}
}

// String returns the name exactly as upstream spells it, or ErrorTypes(value) for a value the
// catalog does not know.
func (c ErrorTypes) String() string {
	if i := c.index(); i >= 0 {
		return errorTypesInfo[i].UpstreamName
	}
	return fmt.Sprintf("ErrorTypes(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c ErrorTypes) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c ErrorTypes) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &errorTypesInfo[i]
	}
	return nil
}

// index is the code's row in errorTypesInfo, or -1.
func (c ErrorTypes) index() int {
	switch c {
	case ErrorTypesInvalidOperation:
		return 0
	case ErrorTypesInternalError:
		return 1
	case ErrorTypesOperationTimeout:
		return 2
	case ErrorTypesInsufficientPrivileges:
		return 3
	case ErrorTypesImproperMeetingState:
		return 4
	case ErrorTypesInvalidParameters:
		return 5
	case ErrorTypesOperationLocked:
		return 6
	}
	return -1
}

var errorTypesInfo = [...]errorcatalog.Info{
	{
		Provider:           "zoom_video",
		CodeSet:            "error_types",
		CatalogName:        "INVALID_OPERATION",
		UpstreamName:       "INVALID_OPERATION",
		Summary:            "The operation is invalid here.",
		Cause:              "Zoom's d.ts: 'The operation is invalid, perhaps caused by duplicated operations.' The failed call was not applicable in the current state.",
		When:               []string{"calling a method twice", "calling it in a state where it does not apply"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyDepends,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.error_types.INVALID_OPERATION",
		Remediation:        []string{"Read the accompanying `errorCode` and `reason` and fix the call order."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Its handling follows the accompanying ExceptionCode. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "error_types",
		CatalogName:        "INTERNAL_ERROR",
		UpstreamName:       "INTERNAL_ERROR",
		Summary:            "The remote service is temporarily unavailable.",
		Cause:              "Zoom's d.ts: 'The remote service is temporarily unavailable.'",
		When:               []string{"any call, when Zoom's service fails"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "zoom_video.error_types.INTERNAL_ERROR",
		Remediation:        []string{"Retry the call with backoff; report repeated failures to Zoom with the accompanying `errorCode`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "'Temporarily' unavailable suggests a bounded retry, which is the catalog's choice. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "error_types",
		CatalogName:        "OPERATION_TIMEOUT",
		UpstreamName:       "OPERATION_TIMEOUT",
		Summary:            "The operation timed out.",
		Cause:              "Zoom's d.ts: 'The operation timed out, try again later.'",
		When:               []string{"a call waiting on Zoom's service, over a slow or broken network"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was slow to respond. Please try again.",
		UserMessageKey:     "zoom_video.error_types.OPERATION_TIMEOUT",
		Remediation:        []string{"Retry the call later, with backoff."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "error_types",
		CatalogName:        "INSUFFICIENT_PRIVILEGES",
		UpstreamName:       "INSUFFICIENT_PRIVILEGES",
		Summary:            "The operation is only for a host or a manager.",
		Cause:              "Zoom's d.ts: 'The operation is only applicable for a host or manager.'",
		When:               []string{"a participant calls a host or manager action"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.error_types.INSUFFICIENT_PRIVILEGES",
		Remediation:        []string{"Offer the action only to users whose role allows it."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Retrying with the same role fails again. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "error_types",
		CatalogName:        "IMPROPER_MEETING_STATE",
		UpstreamName:       "IMPROPER_MEETING_STATE",
		Summary:            "The user is not in a session in the state the call needs.",
		Cause:              "Zoom's d.ts: the user is not in a meeting; the `reason` says `closed` (not joined), `on hold` or `reconnecting`.",
		When:               []string{"calling before joining or after leaving", "calling while on hold", "calling while the session reconnects"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyDepends,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.error_types.IMPROPER_MEETING_STATE",
		Remediation:        []string{"Read `reason`: after `reconnecting`, wait for `connection-change` to report `Connected` and call again; after `closed`, join first; after `on hold`, wait for the host."},
		Causes:             []string{"closed: the session is not joined", "on hold: the user is on hold", "reconnecting: the session is reconnecting"},
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The right reaction differs by `reason` and by the accompanying code. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "error_types",
		CatalogName:        "INVALID_PARAMETERS",
		UpstreamName:       "INVALID_PARAMETERS",
		Summary:            "The parameters passed to the method are invalid.",
		Cause:              "Zoom's d.ts: the parameters are invalid, 'perhaps the wrong user ID or value'; the `reason` gives details.",
		When:               []string{"a wrong user ID", "a value of the wrong type or out of range"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "zoom_video.error_types.INVALID_PARAMETERS",
		Remediation:        []string{"Read `reason` and fix the argument; retrying with the same argument fails again."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same argument fails again; the app must correct it. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "error_types",
		CatalogName:        "OPERATION_LOCKED",
		UpstreamName:       "OPERATION_LOCKED",
		Summary:            "The operation is blocked because the setting is locked.",
		Cause:              "Zoom's d.ts: the operation cannot be completed because the relevant property is locked; the `reason` gives details.",
		When:               []string{"changing a setting the host or the account has locked"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "zoom_video.error_types.OPERATION_LOCKED",
		Remediation:        []string{"Read `reason`; hide the control while the property is locked."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "A lock does not change between retries. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// ActiveMediaFailedCode: Code of the `active-media-failed` event, an unexpected failure of audio, video or sharing media during the session.
//
// Upstream: ActiveMediaFailedCode in https://developers.zoom.us/docs/video-sdk/web/ 2.5.0 (package npm:@zoom/videosdk@2.5.0).
type ActiveMediaFailedCode int32

// Every ActiveMediaFailedCode, in upstream order.
const (
	// ActiveMediaFailedCodeAudioConnectionFailed: The audio data channel could not be established.
	ActiveMediaFailedCodeAudioConnectionFailed ActiveMediaFailedCode = 101

	// ActiveMediaFailedCodeAudioStreamEnded: The microphone track ended.
	ActiveMediaFailedCodeAudioStreamEnded ActiveMediaFailedCode = 102

	// ActiveMediaFailedCodeMicrophonePermissionReset: Microphone permission was withdrawn.
	ActiveMediaFailedCodeMicrophonePermissionReset ActiveMediaFailedCode = 103

	// ActiveMediaFailedCodeAudioStreamFailed: No audio data could be read from the microphone stream.
	ActiveMediaFailedCodeAudioStreamFailed ActiveMediaFailedCode = 104

	// ActiveMediaFailedCodeMicrophoneMuted: The microphone is muted in the operating system.
	ActiveMediaFailedCodeMicrophoneMuted ActiveMediaFailedCode = 105

	// ActiveMediaFailedCodeAudioStreamMuted: Sending audio was interrupted.
	ActiveMediaFailedCodeAudioStreamMuted ActiveMediaFailedCode = 106

	// ActiveMediaFailedCodeAudioPlaybackInterrupted: Playback of remote audio was interrupted.
	ActiveMediaFailedCodeAudioPlaybackInterrupted ActiveMediaFailedCode = 107

	// ActiveMediaFailedCodeVideoConnectionFailed: The video data channel could not be established.
	ActiveMediaFailedCodeVideoConnectionFailed ActiveMediaFailedCode = 201

	// ActiveMediaFailedCodeVideoStreamEnded: The camera track ended.
	ActiveMediaFailedCodeVideoStreamEnded ActiveMediaFailedCode = 202

	// ActiveMediaFailedCodeCameraPermissionReset: Camera permission was withdrawn.
	ActiveMediaFailedCodeCameraPermissionReset ActiveMediaFailedCode = 203

	// ActiveMediaFailedCodeWebGlContextInvalid: The WebGL context used to render video is no longer valid.
	ActiveMediaFailedCodeWebGlContextInvalid ActiveMediaFailedCode = 204

	// ActiveMediaFailedCodeWasmOutOfMemory: The SDK's WebAssembly module ran out of memory.
	ActiveMediaFailedCodeWasmOutOfMemory ActiveMediaFailedCode = 205

	// ActiveMediaFailedCodeVideoStreamFailed: No video data could be read from the camera stream.
	ActiveMediaFailedCodeVideoStreamFailed ActiveMediaFailedCode = 206

	// ActiveMediaFailedCodeVideoStreamMuted: The video stream was interrupted.
	ActiveMediaFailedCodeVideoStreamMuted ActiveMediaFailedCode = 207

	// ActiveMediaFailedCodeSharingStreamFailed: No data could be read from the screen-share stream.
	ActiveMediaFailedCodeSharingStreamFailed ActiveMediaFailedCode = 301
)

// ActiveMediaFailedCodeFromValue returns the code with this wire value, and whether the catalog knows it.
func ActiveMediaFailedCodeFromValue(value int32) (ActiveMediaFailedCode, bool) {
	if c := ActiveMediaFailedCode(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseActiveMediaFailedCode returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseActiveMediaFailedCode(name string) (ActiveMediaFailedCode, bool) {
	switch name {
	case "AudioConnectionFailed":
		return ActiveMediaFailedCodeAudioConnectionFailed, true
	case "AudioStreamEnded":
		return ActiveMediaFailedCodeAudioStreamEnded, true
	case "MicrophonePermissionReset":
		return ActiveMediaFailedCodeMicrophonePermissionReset, true
	case "AudioStreamFailed":
		return ActiveMediaFailedCodeAudioStreamFailed, true
	case "MicrophoneMuted":
		return ActiveMediaFailedCodeMicrophoneMuted, true
	case "AudioStreamMuted":
		return ActiveMediaFailedCodeAudioStreamMuted, true
	case "AudioPlaybackInterrupted":
		return ActiveMediaFailedCodeAudioPlaybackInterrupted, true
	case "VideoConnectionFailed":
		return ActiveMediaFailedCodeVideoConnectionFailed, true
	case "VideoStreamEnded":
		return ActiveMediaFailedCodeVideoStreamEnded, true
	case "CameraPermissionReset":
		return ActiveMediaFailedCodeCameraPermissionReset, true
	case "WebGlContextInvalid":
		return ActiveMediaFailedCodeWebGlContextInvalid, true
	case "WasmOutOfMemory":
		return ActiveMediaFailedCodeWasmOutOfMemory, true
	case "VideoStreamFailed":
		return ActiveMediaFailedCodeVideoStreamFailed, true
	case "VideoStreamMuted":
		return ActiveMediaFailedCodeVideoStreamMuted, true
	case "SharingStreamFailed":
		return ActiveMediaFailedCodeSharingStreamFailed, true
	}
	return 0, false
}

// AllActiveMediaFailedCodeValues returns every code, in upstream order.
func AllActiveMediaFailedCodeValues() []ActiveMediaFailedCode {
	return []ActiveMediaFailedCode{
		ActiveMediaFailedCodeAudioConnectionFailed,
		ActiveMediaFailedCodeAudioStreamEnded,
		ActiveMediaFailedCodeMicrophonePermissionReset,
		ActiveMediaFailedCodeAudioStreamFailed,
		ActiveMediaFailedCodeMicrophoneMuted,
		ActiveMediaFailedCodeAudioStreamMuted,
		ActiveMediaFailedCodeAudioPlaybackInterrupted,
		ActiveMediaFailedCodeVideoConnectionFailed,
		ActiveMediaFailedCodeVideoStreamEnded,
		ActiveMediaFailedCodeCameraPermissionReset,
		ActiveMediaFailedCodeWebGlContextInvalid,
		ActiveMediaFailedCodeWasmOutOfMemory,
		ActiveMediaFailedCodeVideoStreamFailed,
		ActiveMediaFailedCodeVideoStreamMuted,
		ActiveMediaFailedCodeSharingStreamFailed,
	}
}

// String returns the name exactly as upstream spells it, or ActiveMediaFailedCode(value) for a value the
// catalog does not know.
func (c ActiveMediaFailedCode) String() string {
	if i := c.index(); i >= 0 {
		return activeMediaFailedCodeInfo[i].UpstreamName
	}
	return fmt.Sprintf("ActiveMediaFailedCode(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c ActiveMediaFailedCode) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c ActiveMediaFailedCode) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &activeMediaFailedCodeInfo[i]
	}
	return nil
}

// index is the code's row in activeMediaFailedCodeInfo, or -1.
func (c ActiveMediaFailedCode) index() int {
	switch c {
	case ActiveMediaFailedCodeAudioConnectionFailed:
		return 0
	case ActiveMediaFailedCodeAudioStreamEnded:
		return 1
	case ActiveMediaFailedCodeMicrophonePermissionReset:
		return 2
	case ActiveMediaFailedCodeAudioStreamFailed:
		return 3
	case ActiveMediaFailedCodeMicrophoneMuted:
		return 4
	case ActiveMediaFailedCodeAudioStreamMuted:
		return 5
	case ActiveMediaFailedCodeAudioPlaybackInterrupted:
		return 6
	case ActiveMediaFailedCodeVideoConnectionFailed:
		return 7
	case ActiveMediaFailedCodeVideoStreamEnded:
		return 8
	case ActiveMediaFailedCodeCameraPermissionReset:
		return 9
	case ActiveMediaFailedCodeWebGlContextInvalid:
		return 10
	case ActiveMediaFailedCodeWasmOutOfMemory:
		return 11
	case ActiveMediaFailedCodeVideoStreamFailed:
		return 12
	case ActiveMediaFailedCodeVideoStreamMuted:
		return 13
	case ActiveMediaFailedCodeSharingStreamFailed:
		return 14
	}
	return -1
}

var activeMediaFailedCodeInfo = [...]errorcatalog.Info{
	{
		Provider:           "zoom_video",
		CodeSet:            "active_media_failed_code",
		CatalogName:        "AudioConnectionFailed",
		UpstreamName:       "AudioConnectionFailed",
		Summary:            "The audio data channel could not be established.",
		Cause:              "The SDK failed to set up the channel that carries audio to and from Zoom.",
		When:               []string{"a firewall or proxy blocks the media path", "an unstable network while audio starts"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio. Please refresh the page.",
		UserMessageKey:     "zoom_video.active_media_failed_code.AudioConnectionFailed",
		Remediation:        []string{"Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.", "If it recurs, check that the network allows Zoom's media traffic."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "active_media_failed_code",
		CatalogName:        "AudioStreamEnded",
		UpstreamName:       "AudioStreamEnded",
		Summary:            "The microphone track ended.",
		Cause:              "The captured audio track ended unexpectedly, for example because the device went away.",
		When:               []string{"the microphone is unplugged", "the system or another app takes the device"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "zoom_video.active_media_failed_code.AudioStreamEnded",
		Remediation:        []string{"Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.", "Ask the user to check the microphone connection."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "active_media_failed_code",
		CatalogName:        "MicrophonePermissionReset",
		UpstreamName:       "MicrophonePermissionReset",
		Summary:            "Microphone permission was withdrawn.",
		Cause:              "Access to the microphone was revoked while in use.",
		When:               []string{"the user resets the site's microphone permission during the session"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Microphone access was turned off. Allow it again and refresh the page.",
		UserMessageKey:     "zoom_video.active_media_failed_code.MicrophonePermissionReset",
		Remediation:        []string{"Tell the user to allow the microphone for this site again, then refresh."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "active_media_failed_code",
		CatalogName:        "AudioStreamFailed",
		UpstreamName:       "AudioStreamFailed",
		Summary:            "No audio data could be read from the microphone stream.",
		Cause:              "The SDK could not get audio data from the captured stream.",
		When:               []string{"the audio device or driver stops delivering samples"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "zoom_video.active_media_failed_code.AudioStreamFailed",
		Remediation:        []string{"Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.", "If it recurs, suggest another microphone or browser."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "active_media_failed_code",
		CatalogName:        "MicrophoneMuted",
		UpstreamName:       "MicrophoneMuted",
		Summary:            "The microphone is muted in the operating system.",
		Cause:              "The system muted the microphone, so the SDK receives silence.",
		When:               []string{"a hardware mute switch", "the microphone muted in the system settings"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Your microphone is muted on your device. Unmute it to be heard.",
		UserMessageKey:     "zoom_video.active_media_failed_code.MicrophoneMuted",
		Remediation:        []string{"Tell the user to unmute the microphone in the system settings or on the device."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "active_media_failed_code",
		CatalogName:        "AudioStreamMuted",
		UpstreamName:       "AudioStreamMuted",
		Summary:            "Sending audio was interrupted.",
		Cause:              "The audio being sent stopped delivering data for a while (the track was muted by the browser or system).",
		When:               []string{"another app or the system interrupts capture", "the tab is throttled"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "zoom_video.active_media_failed_code.AudioStreamMuted",
		Remediation:        []string{"Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "active_media_failed_code",
		CatalogName:        "AudioPlaybackInterrupted",
		UpstreamName:       "AudioPlaybackInterrupted",
		Summary:            "Playback of remote audio was interrupted.",
		Cause:              "The SDK could no longer play the other participants' audio.",
		When:               []string{"the output device changes or disappears", "the browser suspends audio playback"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "zoom_video.active_media_failed_code.AudioPlaybackInterrupted",
		Remediation:        []string{"Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.", "Ask the user to check the speaker or headset."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "active_media_failed_code",
		CatalogName:        "VideoConnectionFailed",
		UpstreamName:       "VideoConnectionFailed",
		Summary:            "The video data channel could not be established.",
		Cause:              "The SDK failed to set up the channel that carries video to and from Zoom.",
		When:               []string{"a firewall or proxy blocks the media path", "an unstable network while video starts"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect video. Please refresh the page.",
		UserMessageKey:     "zoom_video.active_media_failed_code.VideoConnectionFailed",
		Remediation:        []string{"Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.", "If it recurs, check that the network allows Zoom's media traffic."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "active_media_failed_code",
		CatalogName:        "VideoStreamEnded",
		UpstreamName:       "VideoStreamEnded",
		Summary:            "The camera track ended.",
		Cause:              "The captured video track ended unexpectedly, for example because the camera went away.",
		When:               []string{"the camera is unplugged", "another app takes the camera"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "zoom_video.active_media_failed_code.VideoStreamEnded",
		Remediation:        []string{"Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.", "Ask the user to check the camera connection."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "active_media_failed_code",
		CatalogName:        "CameraPermissionReset",
		UpstreamName:       "CameraPermissionReset",
		Summary:            "Camera permission was withdrawn.",
		Cause:              "Access to the camera was revoked while in use.",
		When:               []string{"the user resets the site's camera permission during the session"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Camera access was turned off. Allow it again and refresh the page.",
		UserMessageKey:     "zoom_video.active_media_failed_code.CameraPermissionReset",
		Remediation:        []string{"Tell the user to allow the camera for this site again, then refresh."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "active_media_failed_code",
		CatalogName:        "WebGlContextInvalid",
		UpstreamName:       "WebGlContextInvalid",
		Summary:            "The WebGL context used to render video is no longer valid.",
		Cause:              "The browser lost or invalidated the WebGL context the SDK renders video with.",
		When:               []string{"the GPU driver resets", "the browser reclaims GPU resources under load"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "zoom_video.active_media_failed_code.WebGlContextInvalid",
		Remediation:        []string{"Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.", "If it recurs, suggest updating the graphics driver or browser."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "active_media_failed_code",
		CatalogName:        "WasmOutOfMemory",
		UpstreamName:       "WasmOutOfMemory",
		Summary:            "The SDK's WebAssembly module ran out of memory.",
		Cause:              "The media processing in WebAssembly could not allocate memory.",
		When:               []string{"a device low on memory", "many videos rendered at once on a weak device"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This call is full right now. Please try again in a little while.",
		UserMessageKey:     "zoom_video.active_media_failed_code.WasmOutOfMemory",
		Remediation:        []string{"Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.", "Render fewer videos at once and suggest closing other tabs."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "active_media_failed_code",
		CatalogName:        "VideoStreamFailed",
		UpstreamName:       "VideoStreamFailed",
		Summary:            "No video data could be read from the camera stream.",
		Cause:              "The SDK could not get frames from the captured video stream.",
		When:               []string{"the camera or its driver stops delivering frames"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "zoom_video.active_media_failed_code.VideoStreamFailed",
		Remediation:        []string{"Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.", "If it recurs, suggest another camera or browser."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "active_media_failed_code",
		CatalogName:        "VideoStreamMuted",
		UpstreamName:       "VideoStreamMuted",
		Summary:            "The video stream was interrupted.",
		Cause:              "The video being captured stopped delivering frames for a while (the track was muted by the browser or system).",
		When:               []string{"another app or the system interrupts the camera", "the device sleeps"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "zoom_video.active_media_failed_code.VideoStreamMuted",
		Remediation:        []string{"Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "active_media_failed_code",
		CatalogName:        "SharingStreamFailed",
		UpstreamName:       "SharingStreamFailed",
		Summary:            "No data could be read from the screen-share stream.",
		Cause:              "The SDK could not get frames from the captured screen-share stream.",
		When:               []string{"the shared window closes or the capture is interrupted"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "zoom_video.active_media_failed_code.SharingStreamFailed",
		Remediation:        []string{"Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.", "Let the user start sharing again."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// ReconnectReason: Reason given with `connection-change` when the session state becomes `Reconnecting`.
//
// Upstream: ReconnectReason in https://developers.zoom.us/docs/video-sdk/web/ 2.5.0 (package npm:@zoom/videosdk@2.5.0).
type ReconnectReason string

// Every ReconnectReason, in upstream order.
const (
	// ReconnectReasonFailover: The session is failing over to another server.
	ReconnectReasonFailover ReconnectReason = "failover"

	// ReconnectReasonJoinSubsession: The user is joining a breakout subsession.
	ReconnectReasonJoinSubsession ReconnectReason = "join breakout room"

	// ReconnectReasonMoveToSubsession: The user is moving between breakout subsessions.
	ReconnectReasonMoveToSubsession ReconnectReason = "move to breakout room"

	// ReconnectReasonBackToMainSession: The user is returning to the main session.
	ReconnectReasonBackToMainSession ReconnectReason = "back to main session"
)

// ReconnectReasonFromValue returns the code with this wire value, and whether the catalog knows it.
func ReconnectReasonFromValue(value string) (ReconnectReason, bool) {
	if c := ReconnectReason(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseReconnectReason returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseReconnectReason(name string) (ReconnectReason, bool) {
	switch name {
	case "Failover":
		return ReconnectReasonFailover, true
	case "JoinSubsession":
		return ReconnectReasonJoinSubsession, true
	case "MoveToSubsession":
		return ReconnectReasonMoveToSubsession, true
	case "BackToMainSession":
		return ReconnectReasonBackToMainSession, true
	}
	return "", false
}

// AllReconnectReasonValues returns every code, in upstream order.
func AllReconnectReasonValues() []ReconnectReason {
	return []ReconnectReason{
		ReconnectReasonFailover,
		ReconnectReasonJoinSubsession,
		ReconnectReasonMoveToSubsession,
		ReconnectReasonBackToMainSession,
	}
}

// String returns the name exactly as upstream spells it, or ReconnectReason(value) for a value the
// catalog does not know.
func (c ReconnectReason) String() string {
	if i := c.index(); i >= 0 {
		return reconnectReasonInfo[i].UpstreamName
	}
	return fmt.Sprintf("ReconnectReason(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c ReconnectReason) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c ReconnectReason) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &reconnectReasonInfo[i]
	}
	return nil
}

// index is the code's row in reconnectReasonInfo, or -1.
func (c ReconnectReason) index() int {
	switch c {
	case ReconnectReasonFailover:
		return 0
	case ReconnectReasonJoinSubsession:
		return 1
	case ReconnectReasonMoveToSubsession:
		return 2
	case ReconnectReasonBackToMainSession:
		return 3
	}
	return -1
}

var reconnectReasonInfo = [...]errorcatalog.Info{
	{
		Provider:           "zoom_video",
		CodeSet:            "reconnect_reason",
		CatalogName:        "Failover",
		UpstreamName:       "Failover",
		Summary:            "The session is failing over to another server.",
		Cause:              "The connection to Zoom's server was lost or moved, and the SDK is reconnecting the session. The SDK reconnects by itself: `connection-change` reports `Reconnecting` with this reason, then `Connected` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on `Reconnecting`).",
		When:               []string{"a network interruption", "Zoom moves the session to another server"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Reconnecting to the call...",
		UserMessageKey:     "zoom_video.reconnect_reason.Failover",
		Remediation:        []string{"Show a 'reconnecting' state; keep the session objects.", "Wait for `Connected`; if the state becomes `Closed` or `Fail`, handle it as the end of the session."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts", "@zoom/videosdk@2.5.0 skill/references/framework-integration/vue.md"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "reconnect_reason",
		CatalogName:        "JoinSubsession",
		UpstreamName:       "JoinSubsession",
		Summary:            "The user is joining a breakout subsession.",
		Cause:              "The user is moving from the main session into a subsession, which the SDK carries out as a reconnection. The SDK reconnects by itself: `connection-change` reports `Reconnecting` with this reason, then `Connected` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on `Reconnecting`).",
		When:               []string{"the user joins a subsession", "the host assigns and opens subsessions"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Moving you to a breakout room...",
		UserMessageKey:     "zoom_video.reconnect_reason.JoinSubsession",
		Remediation:        []string{"Show a transition state; `subsessionName` in the payload names the room.", "Wait for `Connected`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts", "@zoom/videosdk@2.5.0 skill/references/framework-integration/vue.md"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "reconnect_reason",
		CatalogName:        "MoveToSubsession",
		UpstreamName:       "MoveToSubsession",
		Summary:            "The user is moving between breakout subsessions.",
		Cause:              "The user is moving from one subsession to another, which the SDK carries out as a reconnection. The SDK reconnects by itself: `connection-change` reports `Reconnecting` with this reason, then `Connected` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on `Reconnecting`).",
		When:               []string{"the host moves the user", "the user switches rooms"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Moving you to another breakout room...",
		UserMessageKey:     "zoom_video.reconnect_reason.MoveToSubsession",
		Remediation:        []string{"Show a transition state; `subsessionName` in the payload names the room.", "Wait for `Connected`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts", "@zoom/videosdk@2.5.0 skill/references/framework-integration/vue.md"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "zoom_video",
		CodeSet:            "reconnect_reason",
		CatalogName:        "BackToMainSession",
		UpstreamName:       "BackToMainSession",
		Summary:            "The user is returning to the main session.",
		Cause:              "The user is moving from a subsession back to the main session, which the SDK carries out as a reconnection. The SDK reconnects by itself: `connection-change` reports `Reconnecting` with this reason, then `Connected` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on `Reconnecting`).",
		When:               []string{"the user leaves a subsession", "the host closes subsessions"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Returning you to the main session...",
		UserMessageKey:     "zoom_video.reconnect_reason.BackToMainSession",
		Remediation:        []string{"Show a transition state.", "Wait for `Connected`."},
		Causes:             nil,
		References:         []string{"@zoom/videosdk@2.5.0 dist/types/common.d.ts", "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts", "@zoom/videosdk@2.5.0 skill/references/framework-integration/vue.md"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package agora has the error codes of Agora Web SDK, one type per code set.
package agora

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// AgoraRtcErrorCode: Code of an AgoraRTCError, the error the Agora Web SDK's methods reject with (error.code).
//
// Upstream: AgoraRTCErrorCode in https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html 4.24.8 (package npm:@agora-js/shared@4.24.8).
type AgoraRtcErrorCode string

// Every AgoraRtcErrorCode, in upstream order.
const (
	// AgoraRtcErrorCodeUnexpectedError: An unexpected error occurred inside the SDK.
	AgoraRtcErrorCodeUnexpectedError AgoraRtcErrorCode = "UNEXPECTED_ERROR"

	// AgoraRtcErrorCodeUnexpectedResponse: An Agora server answered with an unexpected response.
	AgoraRtcErrorCodeUnexpectedResponse AgoraRtcErrorCode = "UNEXPECTED_RESPONSE"

	// AgoraRtcErrorCodePbError: A protobuf-encoded server response could not be understood.
	AgoraRtcErrorCodePbError AgoraRtcErrorCode = "PB_ERROR"

	// AgoraRtcErrorCodeTimeout: An operation timed out.
	AgoraRtcErrorCodeTimeout AgoraRtcErrorCode = "TIMEOUT"

	// AgoraRtcErrorCodeInvalidParams: A call was given an invalid parameter.
	AgoraRtcErrorCodeInvalidParams AgoraRtcErrorCode = "INVALID_PARAMS"

	// AgoraRtcErrorCodeNotReadable: The camera or microphone could not be read.
	AgoraRtcErrorCodeNotReadable AgoraRtcErrorCode = "NOT_READABLE"

	// AgoraRtcErrorCodeNotSupported: The browser or environment does not support the requested feature.
	AgoraRtcErrorCodeNotSupported AgoraRtcErrorCode = "NOT_SUPPORTED"

	// AgoraRtcErrorCodeInvalidOperation: The call is not allowed in the current state.
	AgoraRtcErrorCodeInvalidOperation AgoraRtcErrorCode = "INVALID_OPERATION"

	// AgoraRtcErrorCodeOperationAborted: The operation was cancelled before it finished.
	AgoraRtcErrorCodeOperationAborted AgoraRtcErrorCode = "OPERATION_ABORTED"

	// AgoraRtcErrorCodeWebSecurityRestrict: The page is not in a secure context.
	AgoraRtcErrorCodeWebSecurityRestrict AgoraRtcErrorCode = "WEB_SECURITY_RESTRICT"

	// AgoraRtcErrorCodeExchangeSdpFailed: The SDP offer/answer exchange with Agora failed.
	AgoraRtcErrorCodeExchangeSdpFailed AgoraRtcErrorCode = "EXCHANGE_SDP_FAILED"

	// AgoraRtcErrorCodeAddCandidateFailed: A remote ICE candidate could not be added.
	AgoraRtcErrorCodeAddCandidateFailed AgoraRtcErrorCode = "ADD_CANDIDATE_FAILED"

	// AgoraRtcErrorCodeDatachannelFailed: A data channel operation failed.
	AgoraRtcErrorCodeDatachannelFailed AgoraRtcErrorCode = "DATACHANNEL_FAILED"

	// AgoraRtcErrorCodeNetworkError: An HTTP request failed because of the network.
	AgoraRtcErrorCodeNetworkError AgoraRtcErrorCode = "NETWORK_ERROR"

	// AgoraRtcErrorCodeNetworkTimeout: An HTTP request timed out.
	AgoraRtcErrorCodeNetworkTimeout AgoraRtcErrorCode = "NETWORK_TIMEOUT"

	// AgoraRtcErrorCodeNetworkResponseError: An HTTP request got an error status.
	AgoraRtcErrorCodeNetworkResponseError AgoraRtcErrorCode = "NETWORK_RESPONSE_ERROR"

	// AgoraRtcErrorCodeApiInvokeTimeout: An SDK method call took longer than its time limit.
	AgoraRtcErrorCodeApiInvokeTimeout AgoraRtcErrorCode = "API_INVOKE_TIMEOUT"

	// AgoraRtcErrorCodeEnumerateDevicesFailed: The list of media devices could not be read.
	AgoraRtcErrorCodeEnumerateDevicesFailed AgoraRtcErrorCode = "ENUMERATE_DEVICES_FAILED"

	// AgoraRtcErrorCodeDeviceNotFound: The requested camera or microphone was not found.
	AgoraRtcErrorCodeDeviceNotFound AgoraRtcErrorCode = "DEVICE_NOT_FOUND"

	// AgoraRtcErrorCodeElectronIsNull: The Electron API needed for screen sharing is missing.
	AgoraRtcErrorCodeElectronIsNull AgoraRtcErrorCode = "ELECTRON_IS_NULL"

	// AgoraRtcErrorCodeElectronDesktopCapturerGetSourcesError: Electron could not list the screens and windows to share.
	AgoraRtcErrorCodeElectronDesktopCapturerGetSourcesError AgoraRtcErrorCode = "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR"

	// AgoraRtcErrorCodeChromePluginNoResponse: The Chrome screen-sharing extension did not respond.
	AgoraRtcErrorCodeChromePluginNoResponse AgoraRtcErrorCode = "CHROME_PLUGIN_NO_RESPONSE"

	// AgoraRtcErrorCodeChromePluginNotInstall: The Chrome screen-sharing extension is not installed.
	AgoraRtcErrorCodeChromePluginNotInstall AgoraRtcErrorCode = "CHROME_PLUGIN_NOT_INSTALL"

	// AgoraRtcErrorCodeMediaOptionInvalid: The media constraints cannot be met by the device.
	AgoraRtcErrorCodeMediaOptionInvalid AgoraRtcErrorCode = "MEDIA_OPTION_INVALID"

	// AgoraRtcErrorCodePermissionDenied: Access to the camera, microphone or screen was denied.
	AgoraRtcErrorCodePermissionDenied AgoraRtcErrorCode = "PERMISSION_DENIED"

	// AgoraRtcErrorCodeConstraintNotSatisfied: A media constraint cannot be satisfied.
	AgoraRtcErrorCodeConstraintNotSatisfied AgoraRtcErrorCode = "CONSTRAINT_NOT_SATISFIED"

	// AgoraRtcErrorCodeTrackIsDisabled: The track is disabled.
	AgoraRtcErrorCodeTrackIsDisabled AgoraRtcErrorCode = "TRACK_IS_DISABLED"

	// AgoraRtcErrorCodeGetVideoElementVisibleError: The visibility of the video element could not be read.
	AgoraRtcErrorCodeGetVideoElementVisibleError AgoraRtcErrorCode = "GET_VIDEO_ELEMENT_VISIBLE_ERROR"

	// AgoraRtcErrorCodeShareAudioNotAllowed: Sharing system audio with the screen was not allowed.
	AgoraRtcErrorCodeShareAudioNotAllowed AgoraRtcErrorCode = "SHARE_AUDIO_NOT_ALLOWED"

	// AgoraRtcErrorCodeLowStreamEncodingError: The low-quality video stream could not be encoded.
	AgoraRtcErrorCodeLowStreamEncodingError AgoraRtcErrorCode = "LOW_STREAM_ENCODING_ERROR"

	// AgoraRtcErrorCodeSetEncodingParameterError: The encoding parameters could not be applied.
	AgoraRtcErrorCodeSetEncodingParameterError AgoraRtcErrorCode = "SET_ENCODING_PARAMETER_ERROR"

	// AgoraRtcErrorCodeTrackStateUnreachable: The track cannot move to the requested state.
	AgoraRtcErrorCodeTrackStateUnreachable AgoraRtcErrorCode = "TRACK_STATE_UNREACHABLE"

	// AgoraRtcErrorCodeInvalidUintUidFromStringUid: The user ID could not be mapped from a string account.
	AgoraRtcErrorCodeInvalidUintUidFromStringUid AgoraRtcErrorCode = "INVALID_UINT_UID_FROM_STRING_UID"

	// AgoraRtcErrorCodeCanNotGetProxyServer: No cloud proxy server could be obtained.
	AgoraRtcErrorCodeCanNotGetProxyServer AgoraRtcErrorCode = "CAN_NOT_GET_PROXY_SERVER"

	// AgoraRtcErrorCodeCanNotGetGatewayServer: No edge (gateway) server could be obtained.
	AgoraRtcErrorCodeCanNotGetGatewayServer AgoraRtcErrorCode = "CAN_NOT_GET_GATEWAY_SERVER"

	// AgoraRtcErrorCodeVoidGatewayAddress: The gateway address is empty.
	AgoraRtcErrorCodeVoidGatewayAddress AgoraRtcErrorCode = "VOID_GATEWAY_ADDRESS"

	// AgoraRtcErrorCodeUidConflict: The same user ID is already in this channel from this page.
	AgoraRtcErrorCodeUidConflict AgoraRtcErrorCode = "UID_CONFLICT"

	// AgoraRtcErrorCodeMultiUnilbsResponseError: The access point's combined response could not be parsed.
	AgoraRtcErrorCodeMultiUnilbsResponseError AgoraRtcErrorCode = "MULTI_UNILBS_RESPONSE_ERROR"

	// AgoraRtcErrorCodeUpdateTicketFailed: The access ticket could not be renewed.
	AgoraRtcErrorCodeUpdateTicketFailed AgoraRtcErrorCode = "UPDATE_TICKET_FAILED"

	// AgoraRtcErrorCodeTokenExpire: The token has expired.
	AgoraRtcErrorCodeTokenExpire AgoraRtcErrorCode = "TOKEN_EXPIRE"

	// AgoraRtcErrorCodeInvalidLocalTrack: The local track is not valid for this call.
	AgoraRtcErrorCodeInvalidLocalTrack AgoraRtcErrorCode = "INVALID_LOCAL_TRACK"

	// AgoraRtcErrorCodeInvalidTrack: The track passed is of the wrong kind.
	AgoraRtcErrorCodeInvalidTrack AgoraRtcErrorCode = "INVALID_TRACK"

	// AgoraRtcErrorCodeSenderNotFound: The RTP sender for the track was not found.
	AgoraRtcErrorCodeSenderNotFound AgoraRtcErrorCode = "SENDER_NOT_FOUND"

	// AgoraRtcErrorCodeCreateOfferFailed: The browser could not create an SDP offer.
	AgoraRtcErrorCodeCreateOfferFailed AgoraRtcErrorCode = "CREATE_OFFER_FAILED"

	// AgoraRtcErrorCodeSetAnswerFailed: The SDP answer could not be applied.
	AgoraRtcErrorCodeSetAnswerFailed AgoraRtcErrorCode = "SET_ANSWER_FAILED"

	// AgoraRtcErrorCodeIceFailed: The ICE connection failed.
	AgoraRtcErrorCodeIceFailed AgoraRtcErrorCode = "ICE_FAILED"

	// AgoraRtcErrorCodePcClosed: The peer connection is closed.
	AgoraRtcErrorCodePcClosed AgoraRtcErrorCode = "PC_CLOSED"

	// AgoraRtcErrorCodeSenderReplaceFailed: The sender's track could not be replaced.
	AgoraRtcErrorCodeSenderReplaceFailed AgoraRtcErrorCode = "SENDER_REPLACE_FAILED"

	// AgoraRtcErrorCodeGetLocalCapabilitiesFailed: The browser's media capabilities could not be read.
	AgoraRtcErrorCodeGetLocalCapabilitiesFailed AgoraRtcErrorCode = "GET_LOCAL_CAPABILITIES_FAILED"

	// AgoraRtcErrorCodeGetLocalConnectionParamsFailed: The local connection parameters could not be gathered.
	AgoraRtcErrorCodeGetLocalConnectionParamsFailed AgoraRtcErrorCode = "GET_LOCAL_CONNECTION_PARAMS_FAILED"

	// AgoraRtcErrorCodeSubscribeFailed: Subscribing to a remote user's track failed.
	AgoraRtcErrorCodeSubscribeFailed AgoraRtcErrorCode = "SUBSCRIBE_FAILED"

	// AgoraRtcErrorCodeUnsubscribeFailed: Unsubscribing from a remote user failed.
	AgoraRtcErrorCodeUnsubscribeFailed AgoraRtcErrorCode = "UNSUBSCRIBE_FAILED"

	// AgoraRtcErrorCodeGatewayP2pLost: The media connection to the gateway was lost.
	AgoraRtcErrorCodeGatewayP2pLost AgoraRtcErrorCode = "GATEWAY_P2P_LOST"

	// AgoraRtcErrorCodeNoIceCandidate: No ICE candidate was gathered.
	AgoraRtcErrorCodeNoIceCandidate AgoraRtcErrorCode = "NO_ICE_CANDIDATE"

	// AgoraRtcErrorCodeCanNotPublishMultipleVideoTracks: Only one video track can be published at a time.
	AgoraRtcErrorCodeCanNotPublishMultipleVideoTracks AgoraRtcErrorCode = "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS"

	// AgoraRtcErrorCodeExistDisabledVideoTrack: A disabled video track is already published.
	AgoraRtcErrorCodeExistDisabledVideoTrack AgoraRtcErrorCode = "EXIST_DISABLED_VIDEO_TRACK"

	// AgoraRtcErrorCodeInvalidRemoteUser: The remote user is not in the channel.
	AgoraRtcErrorCodeInvalidRemoteUser AgoraRtcErrorCode = "INVALID_REMOTE_USER"

	// AgoraRtcErrorCodeRemoteUserIsNotPublished: The remote user has not published the requested media.
	AgoraRtcErrorCodeRemoteUserIsNotPublished AgoraRtcErrorCode = "REMOTE_USER_IS_NOT_PUBLISHED"

	// AgoraRtcErrorCodeCustomReportSendFailed: A custom report could not be sent.
	AgoraRtcErrorCodeCustomReportSendFailed AgoraRtcErrorCode = "CUSTOM_REPORT_SEND_FAILED"

	// AgoraRtcErrorCodeCustomReportFrequencyTooHigh: Custom reports are sent too often.
	AgoraRtcErrorCodeCustomReportFrequencyTooHigh AgoraRtcErrorCode = "CUSTOM_REPORT_FREQUENCY_TOO_HIGH"

	// AgoraRtcErrorCodeFetchAudioFileFailed: The audio file could not be downloaded.
	AgoraRtcErrorCodeFetchAudioFileFailed AgoraRtcErrorCode = "FETCH_AUDIO_FILE_FAILED"

	// AgoraRtcErrorCodeReadLocalAudioFileError: The local audio file could not be read.
	AgoraRtcErrorCodeReadLocalAudioFileError AgoraRtcErrorCode = "READ_LOCAL_AUDIO_FILE_ERROR"

	// AgoraRtcErrorCodeDecodeAudioFileFailed: The audio file could not be decoded.
	AgoraRtcErrorCodeDecodeAudioFileFailed AgoraRtcErrorCode = "DECODE_AUDIO_FILE_FAILED"

	// AgoraRtcErrorCodeWsAbort: The WebSocket operation was aborted.
	AgoraRtcErrorCodeWsAbort AgoraRtcErrorCode = "WS_ABORT"

	// AgoraRtcErrorCodeWsDisconnect: The signalling WebSocket disconnected.
	AgoraRtcErrorCodeWsDisconnect AgoraRtcErrorCode = "WS_DISCONNECT"

	// AgoraRtcErrorCodeWsErr: The signalling WebSocket failed.
	AgoraRtcErrorCodeWsErr AgoraRtcErrorCode = "WS_ERR"

	// AgoraRtcErrorCodeExternalSignalAbort: An external signalling request was aborted.
	AgoraRtcErrorCodeExternalSignalAbort AgoraRtcErrorCode = "EXTERNAL_SIGNAL_ABORT"

	// AgoraRtcErrorCodeLiveStreamingTaskConflict: A live-streaming task for this URL already exists.
	AgoraRtcErrorCodeLiveStreamingTaskConflict AgoraRtcErrorCode = "LIVE_STREAMING_TASK_CONFLICT"

	// AgoraRtcErrorCodeLiveStreamingInvalidArgument: A live-streaming argument is invalid.
	AgoraRtcErrorCodeLiveStreamingInvalidArgument AgoraRtcErrorCode = "LIVE_STREAMING_INVALID_ARGUMENT"

	// AgoraRtcErrorCodeLiveStreamingInternalServerError: Agora's streaming server failed.
	AgoraRtcErrorCodeLiveStreamingInternalServerError AgoraRtcErrorCode = "LIVE_STREAMING_INTERNAL_SERVER_ERROR"

	// AgoraRtcErrorCodeLiveStreamingPublishStreamNotAuthorized: The streaming URL is already in use.
	AgoraRtcErrorCodeLiveStreamingPublishStreamNotAuthorized AgoraRtcErrorCode = "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED"

	// AgoraRtcErrorCodeLiveStreamingTranscodingNotSupported: Transcoding settings were given without transcoding enabled.
	AgoraRtcErrorCodeLiveStreamingTranscodingNotSupported AgoraRtcErrorCode = "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED"

	// AgoraRtcErrorCodeLiveStreamingCdnError: The CDN failed.
	AgoraRtcErrorCodeLiveStreamingCdnError AgoraRtcErrorCode = "LIVE_STREAMING_CDN_ERROR"

	// AgoraRtcErrorCodeLiveStreamingInvalidRawStream: The stream to push is missing or unusable.
	AgoraRtcErrorCodeLiveStreamingInvalidRawStream AgoraRtcErrorCode = "LIVE_STREAMING_INVALID_RAW_STREAM"

	// AgoraRtcErrorCodeLiveStreamingWarnStreamNumReachLimit: Too many streaming URLs.
	AgoraRtcErrorCodeLiveStreamingWarnStreamNumReachLimit AgoraRtcErrorCode = "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT"

	// AgoraRtcErrorCodeLiveStreamingWarnFailedLoadImage: A transcoding image could not be loaded.
	AgoraRtcErrorCodeLiveStreamingWarnFailedLoadImage AgoraRtcErrorCode = "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE"

	// AgoraRtcErrorCodeLiveStreamingWarnFrequentRequest: Streaming requests are too frequent.
	AgoraRtcErrorCodeLiveStreamingWarnFrequentRequest AgoraRtcErrorCode = "LIVE_STREAMING_WARN_FREQUENT_REQUEST"

	// AgoraRtcErrorCodeWebglInternalError: A WebGL error occurred.
	AgoraRtcErrorCodeWebglInternalError AgoraRtcErrorCode = "WEBGL_INTERNAL_ERROR"

	// AgoraRtcErrorCodeBeautyProcessorInternalError: The beauty effect processor failed.
	AgoraRtcErrorCodeBeautyProcessorInternalError AgoraRtcErrorCode = "BEAUTY_PROCESSOR_INTERNAL_ERROR"

	// AgoraRtcErrorCodeCrossChannelWaitStatusError: The media relay did not reach the expected state.
	AgoraRtcErrorCodeCrossChannelWaitStatusError AgoraRtcErrorCode = "CROSS_CHANNEL_WAIT_STATUS_ERROR"

	// AgoraRtcErrorCodeCrossChannelFailedJoinSrc: The media relay could not join the source channel.
	AgoraRtcErrorCodeCrossChannelFailedJoinSrc AgoraRtcErrorCode = "CROSS_CHANNEL_FAILED_JOIN_SEC"

	// AgoraRtcErrorCodeCrossChannelFailedJoinDest: The media relay could not join a destination channel.
	AgoraRtcErrorCodeCrossChannelFailedJoinDest AgoraRtcErrorCode = "CROSS_CHANNEL_FAILED_JOIN_DEST"

	// AgoraRtcErrorCodeCrossChannelFailedPacketSentToDest: The media relay could not send media to the destination.
	AgoraRtcErrorCodeCrossChannelFailedPacketSentToDest AgoraRtcErrorCode = "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST"

	// AgoraRtcErrorCodeCrossChannelServerErrorResponse: The media relay service answered with an error.
	AgoraRtcErrorCodeCrossChannelServerErrorResponse AgoraRtcErrorCode = "CROSS_CHANNEL_SERVER_ERROR_RESPONSE"

	// AgoraRtcErrorCodeMetadataOutOfRange: The metadata is too large.
	AgoraRtcErrorCodeMetadataOutOfRange AgoraRtcErrorCode = "METADATA_OUT_OF_RANGE"

	// AgoraRtcErrorCodeLocalAecError: Local echo cancellation could not be set up.
	AgoraRtcErrorCodeLocalAecError AgoraRtcErrorCode = "LOCAL_AEC_ERROR"

	// AgoraRtcErrorCodeInvalidPlugin: The extension is not valid.
	AgoraRtcErrorCodeInvalidPlugin AgoraRtcErrorCode = "INVALID_PLUGIN"

	// AgoraRtcErrorCodeDisconnectP2p: The media connection was dropped during an operation.
	AgoraRtcErrorCodeDisconnectP2p AgoraRtcErrorCode = "DISCONNECT_P2P"

	// AgoraRtcErrorCodeConvertingImagedataToBlobFailed: A video frame image could not be converted.
	AgoraRtcErrorCodeConvertingImagedataToBlobFailed AgoraRtcErrorCode = "CONVERTING_IMAGEDATA_TO_BLOB_FAILED"

	// AgoraRtcErrorCodeConvertingVideoFrameToBlobFailed: A video frame could not be converted to an image.
	AgoraRtcErrorCodeConvertingVideoFrameToBlobFailed AgoraRtcErrorCode = "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED"

	// AgoraRtcErrorCodeInitDatachannelTimeout: Joining through the data channel timed out.
	AgoraRtcErrorCodeInitDatachannelTimeout AgoraRtcErrorCode = "INIT_DATACHANNEL_TIMEOUT"

	// AgoraRtcErrorCodeCreateDatachannelError: The data channel could not be created.
	AgoraRtcErrorCodeCreateDatachannelError AgoraRtcErrorCode = "CREATE_DATACHANNEL_ERROR"

	// AgoraRtcErrorCodeDatachannelConnectionTimeout: The data channel did not connect in time.
	AgoraRtcErrorCodeDatachannelConnectionTimeout AgoraRtcErrorCode = "DATACHANNEL_CONNECTION_TIMEOUT"

	// AgoraRtcErrorCodeProhibitedOperation: The operation is prohibited by the project's configuration.
	AgoraRtcErrorCodeProhibitedOperation AgoraRtcErrorCode = "PROHIBITED_OPERATION"

	// AgoraRtcErrorCodeImageModerationUploadFailed: An image for content moderation could not be uploaded.
	AgoraRtcErrorCodeImageModerationUploadFailed AgoraRtcErrorCode = "IMAGE_MODERATION_UPLOAD_FAILED"

	// AgoraRtcErrorCodeP2pMessageFailed: A peer-to-peer message request failed.
	AgoraRtcErrorCodeP2pMessageFailed AgoraRtcErrorCode = "P2P_MESSAGE_FAILED"
)

// AgoraRtcErrorCodeFromValue returns the code with this wire value, and whether the catalog knows it.
func AgoraRtcErrorCodeFromValue(value string) (AgoraRtcErrorCode, bool) {
	if c := AgoraRtcErrorCode(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseAgoraRtcErrorCode returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseAgoraRtcErrorCode(name string) (AgoraRtcErrorCode, bool) {
	switch name {
	case "UNEXPECTED_ERROR":
		return AgoraRtcErrorCodeUnexpectedError, true
	case "UNEXPECTED_RESPONSE":
		return AgoraRtcErrorCodeUnexpectedResponse, true
	case "PB_ERROR":
		return AgoraRtcErrorCodePbError, true
	case "TIMEOUT":
		return AgoraRtcErrorCodeTimeout, true
	case "INVALID_PARAMS":
		return AgoraRtcErrorCodeInvalidParams, true
	case "NOT_READABLE":
		return AgoraRtcErrorCodeNotReadable, true
	case "NOT_SUPPORTED":
		return AgoraRtcErrorCodeNotSupported, true
	case "INVALID_OPERATION":
		return AgoraRtcErrorCodeInvalidOperation, true
	case "OPERATION_ABORTED":
		return AgoraRtcErrorCodeOperationAborted, true
	case "WEB_SECURITY_RESTRICT":
		return AgoraRtcErrorCodeWebSecurityRestrict, true
	case "EXCHANGE_SDP_FAILED":
		return AgoraRtcErrorCodeExchangeSdpFailed, true
	case "ADD_CANDIDATE_FAILED":
		return AgoraRtcErrorCodeAddCandidateFailed, true
	case "DATACHANNEL_FAILED":
		return AgoraRtcErrorCodeDatachannelFailed, true
	case "NETWORK_ERROR":
		return AgoraRtcErrorCodeNetworkError, true
	case "NETWORK_TIMEOUT":
		return AgoraRtcErrorCodeNetworkTimeout, true
	case "NETWORK_RESPONSE_ERROR":
		return AgoraRtcErrorCodeNetworkResponseError, true
	case "API_INVOKE_TIMEOUT":
		return AgoraRtcErrorCodeApiInvokeTimeout, true
	case "ENUMERATE_DEVICES_FAILED":
		return AgoraRtcErrorCodeEnumerateDevicesFailed, true
	case "DEVICE_NOT_FOUND":
		return AgoraRtcErrorCodeDeviceNotFound, true
	case "ELECTRON_IS_NULL":
		return AgoraRtcErrorCodeElectronIsNull, true
	case "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR":
		return AgoraRtcErrorCodeElectronDesktopCapturerGetSourcesError, true
	case "CHROME_PLUGIN_NO_RESPONSE":
		return AgoraRtcErrorCodeChromePluginNoResponse, true
	case "CHROME_PLUGIN_NOT_INSTALL":
		return AgoraRtcErrorCodeChromePluginNotInstall, true
	case "MEDIA_OPTION_INVALID":
		return AgoraRtcErrorCodeMediaOptionInvalid, true
	case "PERMISSION_DENIED":
		return AgoraRtcErrorCodePermissionDenied, true
	case "CONSTRAINT_NOT_SATISFIED":
		return AgoraRtcErrorCodeConstraintNotSatisfied, true
	case "TRACK_IS_DISABLED":
		return AgoraRtcErrorCodeTrackIsDisabled, true
	case "GET_VIDEO_ELEMENT_VISIBLE_ERROR":
		return AgoraRtcErrorCodeGetVideoElementVisibleError, true
	case "SHARE_AUDIO_NOT_ALLOWED":
		return AgoraRtcErrorCodeShareAudioNotAllowed, true
	case "LOW_STREAM_ENCODING_ERROR":
		return AgoraRtcErrorCodeLowStreamEncodingError, true
	case "SET_ENCODING_PARAMETER_ERROR":
		return AgoraRtcErrorCodeSetEncodingParameterError, true
	case "TRACK_STATE_UNREACHABLE":
		return AgoraRtcErrorCodeTrackStateUnreachable, true
	case "INVALID_UINT_UID_FROM_STRING_UID":
		return AgoraRtcErrorCodeInvalidUintUidFromStringUid, true
	case "CAN_NOT_GET_PROXY_SERVER":
		return AgoraRtcErrorCodeCanNotGetProxyServer, true
	case "CAN_NOT_GET_GATEWAY_SERVER":
		return AgoraRtcErrorCodeCanNotGetGatewayServer, true
	case "VOID_GATEWAY_ADDRESS":
		return AgoraRtcErrorCodeVoidGatewayAddress, true
	case "UID_CONFLICT":
		return AgoraRtcErrorCodeUidConflict, true
	case "MULTI_UNILBS_RESPONSE_ERROR":
		return AgoraRtcErrorCodeMultiUnilbsResponseError, true
	case "UPDATE_TICKET_FAILED":
		return AgoraRtcErrorCodeUpdateTicketFailed, true
	case "TOKEN_EXPIRE":
		return AgoraRtcErrorCodeTokenExpire, true
	case "INVALID_LOCAL_TRACK":
		return AgoraRtcErrorCodeInvalidLocalTrack, true
	case "INVALID_TRACK":
		return AgoraRtcErrorCodeInvalidTrack, true
	case "SENDER_NOT_FOUND":
		return AgoraRtcErrorCodeSenderNotFound, true
	case "CREATE_OFFER_FAILED":
		return AgoraRtcErrorCodeCreateOfferFailed, true
	case "SET_ANSWER_FAILED":
		return AgoraRtcErrorCodeSetAnswerFailed, true
	case "ICE_FAILED":
		return AgoraRtcErrorCodeIceFailed, true
	case "PC_CLOSED":
		return AgoraRtcErrorCodePcClosed, true
	case "SENDER_REPLACE_FAILED":
		return AgoraRtcErrorCodeSenderReplaceFailed, true
	case "GET_LOCAL_CAPABILITIES_FAILED":
		return AgoraRtcErrorCodeGetLocalCapabilitiesFailed, true
	case "GET_LOCAL_CONNECTION_PARAMS_FAILED":
		return AgoraRtcErrorCodeGetLocalConnectionParamsFailed, true
	case "SUBSCRIBE_FAILED":
		return AgoraRtcErrorCodeSubscribeFailed, true
	case "UNSUBSCRIBE_FAILED":
		return AgoraRtcErrorCodeUnsubscribeFailed, true
	case "GATEWAY_P2P_LOST":
		return AgoraRtcErrorCodeGatewayP2pLost, true
	case "NO_ICE_CANDIDATE":
		return AgoraRtcErrorCodeNoIceCandidate, true
	case "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS":
		return AgoraRtcErrorCodeCanNotPublishMultipleVideoTracks, true
	case "EXIST_DISABLED_VIDEO_TRACK":
		return AgoraRtcErrorCodeExistDisabledVideoTrack, true
	case "INVALID_REMOTE_USER":
		return AgoraRtcErrorCodeInvalidRemoteUser, true
	case "REMOTE_USER_IS_NOT_PUBLISHED":
		return AgoraRtcErrorCodeRemoteUserIsNotPublished, true
	case "CUSTOM_REPORT_SEND_FAILED":
		return AgoraRtcErrorCodeCustomReportSendFailed, true
	case "CUSTOM_REPORT_FREQUENCY_TOO_HIGH":
		return AgoraRtcErrorCodeCustomReportFrequencyTooHigh, true
	case "FETCH_AUDIO_FILE_FAILED":
		return AgoraRtcErrorCodeFetchAudioFileFailed, true
	case "READ_LOCAL_AUDIO_FILE_ERROR":
		return AgoraRtcErrorCodeReadLocalAudioFileError, true
	case "DECODE_AUDIO_FILE_FAILED":
		return AgoraRtcErrorCodeDecodeAudioFileFailed, true
	case "WS_ABORT":
		return AgoraRtcErrorCodeWsAbort, true
	case "WS_DISCONNECT":
		return AgoraRtcErrorCodeWsDisconnect, true
	case "WS_ERR":
		return AgoraRtcErrorCodeWsErr, true
	case "EXTERNAL_SIGNAL_ABORT":
		return AgoraRtcErrorCodeExternalSignalAbort, true
	case "LIVE_STREAMING_TASK_CONFLICT":
		return AgoraRtcErrorCodeLiveStreamingTaskConflict, true
	case "LIVE_STREAMING_INVALID_ARGUMENT":
		return AgoraRtcErrorCodeLiveStreamingInvalidArgument, true
	case "LIVE_STREAMING_INTERNAL_SERVER_ERROR":
		return AgoraRtcErrorCodeLiveStreamingInternalServerError, true
	case "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED":
		return AgoraRtcErrorCodeLiveStreamingPublishStreamNotAuthorized, true
	case "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED":
		return AgoraRtcErrorCodeLiveStreamingTranscodingNotSupported, true
	case "LIVE_STREAMING_CDN_ERROR":
		return AgoraRtcErrorCodeLiveStreamingCdnError, true
	case "LIVE_STREAMING_INVALID_RAW_STREAM":
		return AgoraRtcErrorCodeLiveStreamingInvalidRawStream, true
	case "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT":
		return AgoraRtcErrorCodeLiveStreamingWarnStreamNumReachLimit, true
	case "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE":
		return AgoraRtcErrorCodeLiveStreamingWarnFailedLoadImage, true
	case "LIVE_STREAMING_WARN_FREQUENT_REQUEST":
		return AgoraRtcErrorCodeLiveStreamingWarnFrequentRequest, true
	case "WEBGL_INTERNAL_ERROR":
		return AgoraRtcErrorCodeWebglInternalError, true
	case "BEAUTY_PROCESSOR_INTERNAL_ERROR":
		return AgoraRtcErrorCodeBeautyProcessorInternalError, true
	case "CROSS_CHANNEL_WAIT_STATUS_ERROR":
		return AgoraRtcErrorCodeCrossChannelWaitStatusError, true
	case "CROSS_CHANNEL_FAILED_JOIN_SRC":
		return AgoraRtcErrorCodeCrossChannelFailedJoinSrc, true
	case "CROSS_CHANNEL_FAILED_JOIN_DEST":
		return AgoraRtcErrorCodeCrossChannelFailedJoinDest, true
	case "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST":
		return AgoraRtcErrorCodeCrossChannelFailedPacketSentToDest, true
	case "CROSS_CHANNEL_SERVER_ERROR_RESPONSE":
		return AgoraRtcErrorCodeCrossChannelServerErrorResponse, true
	case "METADATA_OUT_OF_RANGE":
		return AgoraRtcErrorCodeMetadataOutOfRange, true
	case "LOCAL_AEC_ERROR":
		return AgoraRtcErrorCodeLocalAecError, true
	case "INVALID_PLUGIN":
		return AgoraRtcErrorCodeInvalidPlugin, true
	case "DISCONNECT_P2P":
		return AgoraRtcErrorCodeDisconnectP2p, true
	case "CONVERTING_IMAGEDATA_TO_BLOB_FAILED":
		return AgoraRtcErrorCodeConvertingImagedataToBlobFailed, true
	case "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED":
		return AgoraRtcErrorCodeConvertingVideoFrameToBlobFailed, true
	case "INIT_DATACHANNEL_TIMEOUT":
		return AgoraRtcErrorCodeInitDatachannelTimeout, true
	case "CREATE_DATACHANNEL_ERROR":
		return AgoraRtcErrorCodeCreateDatachannelError, true
	case "DATACHANNEL_CONNECTION_TIMEOUT":
		return AgoraRtcErrorCodeDatachannelConnectionTimeout, true
	case "PROHIBITED_OPERATION":
		return AgoraRtcErrorCodeProhibitedOperation, true
	case "IMAGE_MODERATION_UPLOAD_FAILED":
		return AgoraRtcErrorCodeImageModerationUploadFailed, true
	case "P2P_MESSAGE_FAILED":
		return AgoraRtcErrorCodeP2pMessageFailed, true
	}
	return "", false
}

// AllAgoraRtcErrorCodeValues returns every code, in upstream order.
func AllAgoraRtcErrorCodeValues() []AgoraRtcErrorCode {
	return []AgoraRtcErrorCode{
		AgoraRtcErrorCodeUnexpectedError,
		AgoraRtcErrorCodeUnexpectedResponse,
		AgoraRtcErrorCodePbError,
		AgoraRtcErrorCodeTimeout,
		AgoraRtcErrorCodeInvalidParams,
		AgoraRtcErrorCodeNotReadable,
		AgoraRtcErrorCodeNotSupported,
		AgoraRtcErrorCodeInvalidOperation,
		AgoraRtcErrorCodeOperationAborted,
		AgoraRtcErrorCodeWebSecurityRestrict,
		AgoraRtcErrorCodeExchangeSdpFailed,
		AgoraRtcErrorCodeAddCandidateFailed,
		AgoraRtcErrorCodeDatachannelFailed,
		AgoraRtcErrorCodeNetworkError,
		AgoraRtcErrorCodeNetworkTimeout,
		AgoraRtcErrorCodeNetworkResponseError,
		AgoraRtcErrorCodeApiInvokeTimeout,
		AgoraRtcErrorCodeEnumerateDevicesFailed,
		AgoraRtcErrorCodeDeviceNotFound,
		AgoraRtcErrorCodeElectronIsNull,
		AgoraRtcErrorCodeElectronDesktopCapturerGetSourcesError,
		AgoraRtcErrorCodeChromePluginNoResponse,
		AgoraRtcErrorCodeChromePluginNotInstall,
		AgoraRtcErrorCodeMediaOptionInvalid,
		AgoraRtcErrorCodePermissionDenied,
		AgoraRtcErrorCodeConstraintNotSatisfied,
		AgoraRtcErrorCodeTrackIsDisabled,
		AgoraRtcErrorCodeGetVideoElementVisibleError,
		AgoraRtcErrorCodeShareAudioNotAllowed,
		AgoraRtcErrorCodeLowStreamEncodingError,
		AgoraRtcErrorCodeSetEncodingParameterError,
		AgoraRtcErrorCodeTrackStateUnreachable,
		AgoraRtcErrorCodeInvalidUintUidFromStringUid,
		AgoraRtcErrorCodeCanNotGetProxyServer,
		AgoraRtcErrorCodeCanNotGetGatewayServer,
		AgoraRtcErrorCodeVoidGatewayAddress,
		AgoraRtcErrorCodeUidConflict,
		AgoraRtcErrorCodeMultiUnilbsResponseError,
		AgoraRtcErrorCodeUpdateTicketFailed,
		AgoraRtcErrorCodeTokenExpire,
		AgoraRtcErrorCodeInvalidLocalTrack,
		AgoraRtcErrorCodeInvalidTrack,
		AgoraRtcErrorCodeSenderNotFound,
		AgoraRtcErrorCodeCreateOfferFailed,
		AgoraRtcErrorCodeSetAnswerFailed,
		AgoraRtcErrorCodeIceFailed,
		AgoraRtcErrorCodePcClosed,
		AgoraRtcErrorCodeSenderReplaceFailed,
		AgoraRtcErrorCodeGetLocalCapabilitiesFailed,
		AgoraRtcErrorCodeGetLocalConnectionParamsFailed,
		AgoraRtcErrorCodeSubscribeFailed,
		AgoraRtcErrorCodeUnsubscribeFailed,
		AgoraRtcErrorCodeGatewayP2pLost,
		AgoraRtcErrorCodeNoIceCandidate,
		AgoraRtcErrorCodeCanNotPublishMultipleVideoTracks,
		AgoraRtcErrorCodeExistDisabledVideoTrack,
		AgoraRtcErrorCodeInvalidRemoteUser,
		AgoraRtcErrorCodeRemoteUserIsNotPublished,
		AgoraRtcErrorCodeCustomReportSendFailed,
		AgoraRtcErrorCodeCustomReportFrequencyTooHigh,
		AgoraRtcErrorCodeFetchAudioFileFailed,
		AgoraRtcErrorCodeReadLocalAudioFileError,
		AgoraRtcErrorCodeDecodeAudioFileFailed,
		AgoraRtcErrorCodeWsAbort,
		AgoraRtcErrorCodeWsDisconnect,
		AgoraRtcErrorCodeWsErr,
		AgoraRtcErrorCodeExternalSignalAbort,
		AgoraRtcErrorCodeLiveStreamingTaskConflict,
		AgoraRtcErrorCodeLiveStreamingInvalidArgument,
		AgoraRtcErrorCodeLiveStreamingInternalServerError,
		AgoraRtcErrorCodeLiveStreamingPublishStreamNotAuthorized,
		AgoraRtcErrorCodeLiveStreamingTranscodingNotSupported,
		AgoraRtcErrorCodeLiveStreamingCdnError,
		AgoraRtcErrorCodeLiveStreamingInvalidRawStream,
		AgoraRtcErrorCodeLiveStreamingWarnStreamNumReachLimit,
		AgoraRtcErrorCodeLiveStreamingWarnFailedLoadImage,
		AgoraRtcErrorCodeLiveStreamingWarnFrequentRequest,
		AgoraRtcErrorCodeWebglInternalError,
		AgoraRtcErrorCodeBeautyProcessorInternalError,
		AgoraRtcErrorCodeCrossChannelWaitStatusError,
		AgoraRtcErrorCodeCrossChannelFailedJoinSrc,
		AgoraRtcErrorCodeCrossChannelFailedJoinDest,
		AgoraRtcErrorCodeCrossChannelFailedPacketSentToDest,
		AgoraRtcErrorCodeCrossChannelServerErrorResponse,
		AgoraRtcErrorCodeMetadataOutOfRange,
		AgoraRtcErrorCodeLocalAecError,
		AgoraRtcErrorCodeInvalidPlugin,
		AgoraRtcErrorCodeDisconnectP2p,
		AgoraRtcErrorCodeConvertingImagedataToBlobFailed,
		AgoraRtcErrorCodeConvertingVideoFrameToBlobFailed,
		AgoraRtcErrorCodeInitDatachannelTimeout,
		AgoraRtcErrorCodeCreateDatachannelError,
		AgoraRtcErrorCodeDatachannelConnectionTimeout,
		AgoraRtcErrorCodeProhibitedOperation,
		AgoraRtcErrorCodeImageModerationUploadFailed,
		AgoraRtcErrorCodeP2pMessageFailed,
	}
}

// String returns the name exactly as upstream spells it, or AgoraRtcErrorCode(value) for a value the
// catalog does not know.
func (c AgoraRtcErrorCode) String() string {
	if i := c.index(); i >= 0 {
		return agoraRtcErrorCodeInfo[i].UpstreamName
	}
	return fmt.Sprintf("AgoraRtcErrorCode(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c AgoraRtcErrorCode) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c AgoraRtcErrorCode) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &agoraRtcErrorCodeInfo[i]
	}
	return nil
}

// index is the code's row in agoraRtcErrorCodeInfo, or -1.
func (c AgoraRtcErrorCode) index() int {
	switch c {
	case AgoraRtcErrorCodeUnexpectedError:
		return 0
	case AgoraRtcErrorCodeUnexpectedResponse:
		return 1
	case AgoraRtcErrorCodePbError:
		return 2
	case AgoraRtcErrorCodeTimeout:
		return 3
	case AgoraRtcErrorCodeInvalidParams:
		return 4
	case AgoraRtcErrorCodeNotReadable:
		return 5
	case AgoraRtcErrorCodeNotSupported:
		return 6
	case AgoraRtcErrorCodeInvalidOperation:
		return 7
	case AgoraRtcErrorCodeOperationAborted:
		return 8
	case AgoraRtcErrorCodeWebSecurityRestrict:
		return 9
	case AgoraRtcErrorCodeExchangeSdpFailed:
		return 10
	case AgoraRtcErrorCodeAddCandidateFailed:
		return 11
	case AgoraRtcErrorCodeDatachannelFailed:
		return 12
	case AgoraRtcErrorCodeNetworkError:
		return 13
	case AgoraRtcErrorCodeNetworkTimeout:
		return 14
	case AgoraRtcErrorCodeNetworkResponseError:
		return 15
	case AgoraRtcErrorCodeApiInvokeTimeout:
		return 16
	case AgoraRtcErrorCodeEnumerateDevicesFailed:
		return 17
	case AgoraRtcErrorCodeDeviceNotFound:
		return 18
	case AgoraRtcErrorCodeElectronIsNull:
		return 19
	case AgoraRtcErrorCodeElectronDesktopCapturerGetSourcesError:
		return 20
	case AgoraRtcErrorCodeChromePluginNoResponse:
		return 21
	case AgoraRtcErrorCodeChromePluginNotInstall:
		return 22
	case AgoraRtcErrorCodeMediaOptionInvalid:
		return 23
	case AgoraRtcErrorCodePermissionDenied:
		return 24
	case AgoraRtcErrorCodeConstraintNotSatisfied:
		return 25
	case AgoraRtcErrorCodeTrackIsDisabled:
		return 26
	case AgoraRtcErrorCodeGetVideoElementVisibleError:
		return 27
	case AgoraRtcErrorCodeShareAudioNotAllowed:
		return 28
	case AgoraRtcErrorCodeLowStreamEncodingError:
		return 29
	case AgoraRtcErrorCodeSetEncodingParameterError:
		return 30
	case AgoraRtcErrorCodeTrackStateUnreachable:
		return 31
	case AgoraRtcErrorCodeInvalidUintUidFromStringUid:
		return 32
	case AgoraRtcErrorCodeCanNotGetProxyServer:
		return 33
	case AgoraRtcErrorCodeCanNotGetGatewayServer:
		return 34
	case AgoraRtcErrorCodeVoidGatewayAddress:
		return 35
	case AgoraRtcErrorCodeUidConflict:
		return 36
	case AgoraRtcErrorCodeMultiUnilbsResponseError:
		return 37
	case AgoraRtcErrorCodeUpdateTicketFailed:
		return 38
	case AgoraRtcErrorCodeTokenExpire:
		return 39
	case AgoraRtcErrorCodeInvalidLocalTrack:
		return 40
	case AgoraRtcErrorCodeInvalidTrack:
		return 41
	case AgoraRtcErrorCodeSenderNotFound:
		return 42
	case AgoraRtcErrorCodeCreateOfferFailed:
		return 43
	case AgoraRtcErrorCodeSetAnswerFailed:
		return 44
	case AgoraRtcErrorCodeIceFailed:
		return 45
	case AgoraRtcErrorCodePcClosed:
		return 46
	case AgoraRtcErrorCodeSenderReplaceFailed:
		return 47
	case AgoraRtcErrorCodeGetLocalCapabilitiesFailed:
		return 48
	case AgoraRtcErrorCodeGetLocalConnectionParamsFailed:
		return 49
	case AgoraRtcErrorCodeSubscribeFailed:
		return 50
	case AgoraRtcErrorCodeUnsubscribeFailed:
		return 51
	case AgoraRtcErrorCodeGatewayP2pLost:
		return 52
	case AgoraRtcErrorCodeNoIceCandidate:
		return 53
	case AgoraRtcErrorCodeCanNotPublishMultipleVideoTracks:
		return 54
	case AgoraRtcErrorCodeExistDisabledVideoTrack:
		return 55
	case AgoraRtcErrorCodeInvalidRemoteUser:
		return 56
	case AgoraRtcErrorCodeRemoteUserIsNotPublished:
		return 57
	case AgoraRtcErrorCodeCustomReportSendFailed:
		return 58
	case AgoraRtcErrorCodeCustomReportFrequencyTooHigh:
		return 59
	case AgoraRtcErrorCodeFetchAudioFileFailed:
		return 60
	case AgoraRtcErrorCodeReadLocalAudioFileError:
		return 61
	case AgoraRtcErrorCodeDecodeAudioFileFailed:
		return 62
	case AgoraRtcErrorCodeWsAbort:
		return 63
	case AgoraRtcErrorCodeWsDisconnect:
		return 64
	case AgoraRtcErrorCodeWsErr:
		return 65
	case AgoraRtcErrorCodeExternalSignalAbort:
		return 66
	case AgoraRtcErrorCodeLiveStreamingTaskConflict:
		return 67
	case AgoraRtcErrorCodeLiveStreamingInvalidArgument:
		return 68
	case AgoraRtcErrorCodeLiveStreamingInternalServerError:
		return 69
	case AgoraRtcErrorCodeLiveStreamingPublishStreamNotAuthorized:
		return 70
	case AgoraRtcErrorCodeLiveStreamingTranscodingNotSupported:
		return 71
	case AgoraRtcErrorCodeLiveStreamingCdnError:
		return 72
	case AgoraRtcErrorCodeLiveStreamingInvalidRawStream:
		return 73
	case AgoraRtcErrorCodeLiveStreamingWarnStreamNumReachLimit:
		return 74
	case AgoraRtcErrorCodeLiveStreamingWarnFailedLoadImage:
		return 75
	case AgoraRtcErrorCodeLiveStreamingWarnFrequentRequest:
		return 76
	case AgoraRtcErrorCodeWebglInternalError:
		return 77
	case AgoraRtcErrorCodeBeautyProcessorInternalError:
		return 78
	case AgoraRtcErrorCodeCrossChannelWaitStatusError:
		return 79
	case AgoraRtcErrorCodeCrossChannelFailedJoinSrc:
		return 80
	case AgoraRtcErrorCodeCrossChannelFailedJoinDest:
		return 81
	case AgoraRtcErrorCodeCrossChannelFailedPacketSentToDest:
		return 82
	case AgoraRtcErrorCodeCrossChannelServerErrorResponse:
		return 83
	case AgoraRtcErrorCodeMetadataOutOfRange:
		return 84
	case AgoraRtcErrorCodeLocalAecError:
		return 85
	case AgoraRtcErrorCodeInvalidPlugin:
		return 86
	case AgoraRtcErrorCodeDisconnectP2p:
		return 87
	case AgoraRtcErrorCodeConvertingImagedataToBlobFailed:
		return 88
	case AgoraRtcErrorCodeConvertingVideoFrameToBlobFailed:
		return 89
	case AgoraRtcErrorCodeInitDatachannelTimeout:
		return 90
	case AgoraRtcErrorCodeCreateDatachannelError:
		return 91
	case AgoraRtcErrorCodeDatachannelConnectionTimeout:
		return 92
	case AgoraRtcErrorCodeProhibitedOperation:
		return 93
	case AgoraRtcErrorCodeImageModerationUploadFailed:
		return 94
	case AgoraRtcErrorCodeP2pMessageFailed:
		return 95
	}
	return -1
}

var agoraRtcErrorCodeInfo = [...]errorcatalog.Info{
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "UNEXPECTED_ERROR",
		UpstreamName:       "UNEXPECTED_ERROR",
		Summary:            "An unexpected error occurred inside the SDK.",
		Cause:              "A catch-all the SDK uses when a call fails in a way it has no more specific code for, such as an unrecognised getUserMedia error or a broken internal state.",
		When:               []string{"a browser API fails with an error name the SDK does not map", "an internal SDK invariant is broken"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.UNEXPECTED_ERROR",
		Remediation:        []string{"Log the error's message and data: they carry the underlying browser or SDK error.", "Retry the call once after a short delay; if it keeps failing, report it to Agora support with the SDK logs."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The code says nothing about the cause, so one delayed retry is reasonable; repeated failures need the logs.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "UNEXPECTED_RESPONSE",
		UpstreamName:       "UNEXPECTED_RESPONSE",
		Summary:            "An Agora server answered with an unexpected response.",
		Cause:              "A server (gateway, access point or live-streaming service) returned an error status or a body the SDK could not use; the message carries the server's description.",
		When:               []string{"join() or a streaming call gets an error response from an Agora service"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "agora.agora_rtc_error_code.UNEXPECTED_RESPONSE",
		Remediation:        []string{"Read the error's data (code, desc): it names the server's reason.", "Retry with backoff; if the same server description repeats, check the app ID, token and channel settings."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The server refused or garbled the request; the SDK marks some of these retryable itself, so a delayed retry is the general answer.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "PB_ERROR",
		UpstreamName:       "PB_ERROR",
		Summary:            "A protobuf-encoded server response could not be understood.",
		Cause:              "The SDK could not decode a binary (protobuf) response from Agora's access point, for example an unknown response type from the SDP endpoint.",
		When:               []string{"joining through the SDP endpoint returns a response the SDK does not recognise"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "agora.agora_rtc_error_code.PB_ERROR",
		Remediation:        []string{"Retry the join with backoff.", "If it persists, upgrade agora-rtc-sdk-ng: the service may speak a newer protocol than this SDK release."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A malformed or unknown server response is usually transient or a version mismatch; one delayed retry, then report.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "TIMEOUT",
		UpstreamName:       "TIMEOUT",
		Summary:            "An operation timed out.",
		Cause:              "A request or an internal wait (for a server reply or a state change) did not finish within the SDK's time limit.",
		When:               []string{"a slow or lossy network delays a server reply", "a signalling ping gets no answer"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.TIMEOUT",
		Remediation:        []string{"Retry the call with backoff.", "If timeouts are frequent, check the user's network (firewall, proxy, packet loss) and consider setting a proxy or TURN server."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A timeout is the typical transient failure; retrying after a delay usually works.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "INVALID_PARAMS",
		UpstreamName:       "INVALID_PARAMS",
		Summary:            "A call was given an invalid parameter.",
		Cause:              "The SDK's argument checks refused a value: a wrong type, a value outside its allowed range or set, or a malformed configuration object.",
		When:               []string{"passing a string where a number is expected, or an out-of-range value", "a ClientConfig or track configuration with an unknown option value"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "agora.agora_rtc_error_code.INVALID_PARAMS",
		Remediation:        []string{"Read the error message: it names the parameter and the allowed values or range.", "Fix the call in the app; do not retry it unchanged."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The same arguments fail the same checks every time; the app must change them.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "NOT_READABLE",
		UpstreamName:       "NOT_READABLE",
		Summary:            "The camera or microphone could not be read.",
		Cause:              "getUserMedia failed with NotReadableError, which the SDK maps to this code: access was granted but the device could not be started.",
		When:               []string{"another application or tab holds the camera or microphone", "a hardware or driver fault"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Your camera or microphone is being used by another application. Close it and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.NOT_READABLE",
		Remediation:        []string{"Tell the user the device is busy and let them retry after closing the other application or tab.", "Offer to continue without this device or to pick another one."},
		Causes:             []string{"another application or tab holds the device", "a hardware or driver fault"},
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The call can go on without the device; the user must free it (close the other app) before a retry can work.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "NOT_SUPPORTED",
		UpstreamName:       "NOT_SUPPORTED",
		Summary:            "The browser or environment does not support the requested feature.",
		Cause:              "The SDK found that the browser lacks an API it needs (an AudioContext, an audio processor, a codec, screen-sharing audio, ...) or getUserMedia failed with NotSupportedError.",
		When:               []string{"creating a track or using a feature on a browser that lacks it", "calling a method the d.ts documents as Chrome/Edge-only on another browser"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This feature is not supported on your browser. Please try a recent version of Chrome, Edge, Firefox or Safari.",
		UserMessageKey:     "agora.agora_rtc_error_code.NOT_SUPPORTED",
		Remediation:        []string{"Call AgoraRTC.checkSystemRequirements() before starting, and hide features the browser lacks.", "Ask the user to switch to a supported browser."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The same browser keeps lacking the feature; only another browser or a different feature choice helps.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "INVALID_OPERATION",
		UpstreamName:       "INVALID_OPERATION",
		Summary:            "The call is not allowed in the current state.",
		Cause:              "The SDK refused an operation that does not fit the current state: operating a closed track, joining twice, publishing before joining, calling methods in the wrong order.",
		When:               []string{"calling join() while already joining or joined", "using a track after close()", "publishing before join() has resolved"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "agora.agora_rtc_error_code.INVALID_OPERATION",
		Remediation:        []string{"Read the error message: it says which state the call conflicts with.", "Fix the order of calls in the app (await join() before publish(), do not reuse closed tracks)."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The call sequence is wrong; repeating it in the same state fails again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "OPERATION_ABORTED",
		UpstreamName:       "OPERATION_ABORTED",
		Summary:            "The operation was cancelled before it finished.",
		Cause:              "The SDK cancelled a pending request or retry loop, usually because the app called leave() or started a new operation that supersedes it.",
		When:               []string{"leave() is called while join() is still pending", "a request is cancelled when the client is reset"},
		Category:           errorcatalog.CategoryEndedNormally,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You have left the call.",
		UserMessageKey:     "agora.agora_rtc_error_code.OPERATION_ABORTED",
		Remediation:        []string{"Usually nothing to fix: the app itself cancelled the operation (for example by leaving).", "If it was not intended, check for a leave() or a second join() racing with the call."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The cancellation follows the app's own action, so there is nothing to retry.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "WEB_SECURITY_RESTRICT",
		UpstreamName:       "WEB_SECURITY_RESTRICT",
		Summary:            "The page is not in a secure context.",
		Cause:              "The browser restricts media and WebRTC APIs to secure contexts; the SDK reports this when the page is served over plain HTTP from a host other than localhost.",
		When:               []string{"the app is served over http:// from a real host name or IP address"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This page cannot use your camera or microphone because it is not secure. Please use the https:// address.",
		UserMessageKey:     "agora.agora_rtc_error_code.WEB_SECURITY_RESTRICT",
		Remediation:        []string{"Serve the app over HTTPS (or localhost during development)."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The page's origin must change (HTTPS); retrying on the same page cannot succeed. The catalog counts it terminal because nothing can start.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "EXCHANGE_SDP_FAILED",
		UpstreamName:       "EXCHANGE_SDP_FAILED",
		Summary:            "The SDP offer/answer exchange with Agora failed.",
		Cause:              "Setting up or updating the WebRTC peer connection failed while exchanging session descriptions with Agora's gateway (P2PConnection connect, update or send).",
		When:               []string{"publishing or subscribing while the network is unstable", "the browser rejects the remote description"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "agora.agora_rtc_error_code.EXCHANGE_SDP_FAILED",
		Remediation:        []string{"Retry the publish or subscribe with backoff.", "If it keeps failing on one browser, check for browser extensions or policies that interfere with WebRTC."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Negotiation failures are often transient; the catalog retries with backoff and leaves repeated failures to the user's environment.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "ADD_CANDIDATE_FAILED",
		UpstreamName:       "ADD_CANDIDATE_FAILED",
		Summary:            "A remote ICE candidate could not be added.",
		Cause:              "The browser refused an ICE candidate received from Agora (P2PConnection.addRemoteCandidate).",
		When:               []string{"the peer connection was closed or reset while candidates arrived"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "agora.agora_rtc_error_code.ADD_CANDIDATE_FAILED",
		Remediation:        []string{"Retry the operation with backoff.", "If it repeats, collect the SDK logs and the browser version for Agora support."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A single refused candidate rarely stops the connection; retrying the media operation is enough.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "DATACHANNEL_FAILED",
		UpstreamName:       "DATACHANNEL_FAILED",
		Summary:            "A data channel operation failed.",
		Cause:              "Creating, using or stopping a WebRTC data channel on the peer connection failed.",
		When:               []string{"stopping data channels on a connection that is already closing", "the browser refuses a data channel"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Some call features are not working right now. Please try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.DATACHANNEL_FAILED",
		Remediation:        []string{"Retry the data-channel operation with backoff.", "If the app depends on data streams, check that the browser supports RTCDataChannel."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Data channels carry auxiliary data; the media session usually goes on, so a delayed retry of the data operation is enough.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "NETWORK_ERROR",
		UpstreamName:       "NETWORK_ERROR",
		Summary:            "An HTTP request failed because of the network.",
		Cause:              "An HTTP request (to the access point, log or report servers) failed without a response, typically because the host is unreachable or the connection was reset.",
		When:               []string{"the user is offline or behind a firewall that blocks Agora's domains", "DNS or proxy failures"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.NETWORK_ERROR",
		Remediation:        []string{"Retry with backoff.", "If it keeps failing, check that Agora's domains and ports are allowed by the user's firewall, or configure the cloud proxy."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Network failures are usually transient; retry with backoff.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "NETWORK_TIMEOUT",
		UpstreamName:       "NETWORK_TIMEOUT",
		Summary:            "An HTTP request timed out.",
		Cause:              "An HTTP request was aborted because it took too long (axios ECONNABORTED).",
		When:               []string{"a slow or congested network", "a proxy that holds requests"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.NETWORK_TIMEOUT",
		Remediation:        []string{"Retry with backoff.", "If timeouts persist, check the user's network quality and proxy settings."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A timed-out request is typically transient; retry with backoff.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "NETWORK_RESPONSE_ERROR",
		UpstreamName:       "NETWORK_RESPONSE_ERROR",
		Summary:            "An HTTP request got an error status.",
		Cause:              "An HTTP request reached a server but the response had an error status; the error's message is the status code.",
		When:               []string{"an Agora HTTP service answers 4xx or 5xx"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "agora.agora_rtc_error_code.NETWORK_RESPONSE_ERROR",
		Remediation:        []string{"Log the HTTP status carried in the message.", "Retry with backoff; a repeated 4xx points at the app's configuration (app ID, token, region)."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Most such statuses are server-side or transient; retry with backoff and look at the status if it repeats.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "API_INVOKE_TIMEOUT",
		UpstreamName:       "API_INVOKE_TIMEOUT",
		Summary:            "An SDK method call took longer than its time limit.",
		Cause:              "The SDK's API-call tracking (in @agora-js/report) records a public call such as join() or publish() as timed out when it has not settled within its timeout, and reports it with this code.",
		When:               []string{"a join() or publish() that hangs on a slow network"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.API_INVOKE_TIMEOUT",
		Remediation:        []string{"Retry the call with backoff.", "Check the user's network if calls time out often."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/report@4.24.8 AgoraRTC_N-report.esm.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A timeout is treated like other timeouts: transient, retry with backoff.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "ENUMERATE_DEVICES_FAILED",
		UpstreamName:       "ENUMERATE_DEVICES_FAILED",
		Summary:            "The list of media devices could not be read.",
		Cause:              "navigator.mediaDevices.enumerateDevices failed when the SDK listed cameras, microphones or speakers.",
		When:               []string{"calling getDevices(), getCameras() or getMicrophones() in a browser that blocks device enumeration"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not list your cameras and microphones. Check your browser's permissions and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.ENUMERATE_DEVICES_FAILED",
		Remediation:        []string{"Ask for media permission first (create a track), then enumerate devices.", "Check browser policies or iframe permissions (allow=\"camera; microphone\")."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Enumeration depends on the browser's permissions and policies; the user may need to grant access or change browsers before a retry helps.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "DEVICE_NOT_FOUND",
		UpstreamName:       "DEVICE_NOT_FOUND",
		Summary:            "The requested camera or microphone was not found.",
		Cause:              "getUserMedia failed with NotFoundError (or DevicesNotFoundError), or the device ID passed to the SDK matches no device.",
		When:               []string{"no camera or microphone is connected", "a stale deviceId after the device was unplugged"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "No camera or microphone was found. Connect one, or choose another device, and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.DEVICE_NOT_FOUND",
		Remediation:        []string{"Tell the user no device was found and let them connect or pick one.", "Refresh the device list (getDevices()) instead of reusing stored device IDs."},
		Causes:             []string{"no device of that kind is connected", "the stored deviceId no longer exists"},
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The user must connect or choose a device; retrying without that fails again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "ELECTRON_IS_NULL",
		UpstreamName:       "ELECTRON_IS_NULL",
		Summary:            "The Electron API needed for screen sharing is missing.",
		Cause:              "Screen sharing under Electron needs Electron's desktopCapturer, which the SDK could not find.",
		When:               []string{"screen sharing in an Electron app whose renderer does not expose Electron's APIs"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "agora.agora_rtc_error_code.ELECTRON_IS_NULL",
		Remediation:        []string{"Expose Electron's desktopCapturer to the renderer (nodeIntegration or a preload script), or pass the source yourself."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The app's Electron configuration must change; retrying does not help.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR",
		UpstreamName:       "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR",
		Summary:            "Electron could not list the screens and windows to share.",
		Cause:              "The call to Electron's desktopCapturer.getSources failed.",
		When:               []string{"screen sharing in Electron without the needed permissions (for example macOS screen-recording permission)"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not access your screen. Check your system's screen-recording permission and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR",
		Remediation:        []string{"Check the OS screen-recording permission for the Electron app.", "Log the underlying Electron error carried in the message."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Usually an OS permission the user must grant; retry after that.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CHROME_PLUGIN_NO_RESPONSE",
		UpstreamName:       "CHROME_PLUGIN_NO_RESPONSE",
		Summary:            "The Chrome screen-sharing extension did not respond.",
		Cause:              "Legacy Chrome screen sharing through an extension: the extension did not answer the SDK's request.",
		When:               []string{"screen sharing with extensionId set, but the extension is not installed properly"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Screen sharing is not available right now. Please check your browser extension and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.CHROME_PLUGIN_NO_RESPONSE",
		Remediation:        []string{"Do not use the legacy extension path: modern browsers share the screen without an extension.", "If it is required, check that the extension is installed and its ID matches."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The user must install or repair the extension before it can work; modern Chrome needs no extension.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CHROME_PLUGIN_NOT_INSTALL",
		UpstreamName:       "CHROME_PLUGIN_NOT_INSTALL",
		Summary:            "The Chrome screen-sharing extension is not installed.",
		Cause:              "Legacy Chrome screen sharing through an extension: the extension named by the app is not installed.",
		When:               []string{"screen sharing with extensionId set on a browser without the extension"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Screen sharing is not available right now. Please check your browser extension and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.CHROME_PLUGIN_NOT_INSTALL",
		Remediation:        []string{"Drop the extension requirement, or prompt the user to install it."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The user must install the extension, or the app must stop requiring it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "MEDIA_OPTION_INVALID",
		UpstreamName:       "MEDIA_OPTION_INVALID",
		Summary:            "The media constraints cannot be met by the device.",
		Cause:              "getUserMedia failed with OverconstrainedError, TrackStartError or \"Starting video failed\": the requested resolution, frame rate or device options do not fit the device.",
		When:               []string{"an encoder configuration the camera cannot deliver", "a device that fails to start with the given options"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Your camera or microphone could not be started with these settings. Please try again or use another device.",
		UserMessageKey:     "agora.agora_rtc_error_code.MEDIA_OPTION_INVALID",
		Remediation:        []string{"Use a lower or preset encoder configuration, or fewer exact constraints.", "Fall back to default options when creating the track."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The same constraints keep failing on the same device; the app must relax them.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "PERMISSION_DENIED",
		UpstreamName:       "PERMISSION_DENIED",
		Summary:            "Access to the camera, microphone or screen was denied.",
		Cause:              "getUserMedia or getDisplayMedia failed with NotAllowedError, PermissionDeniedError or InvalidStateError: the user, the browser or a policy refused access.",
		When:               []string{"the user clicks Block, or cancels the screen picker", "the site's permission is blocked in browser settings", "an iframe without allow=\"camera; microphone\""},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Access to your camera or microphone was blocked. Allow it in your browser settings and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.PERMISSION_DENIED",
		Remediation:        []string{"Tell the user how to allow access in the browser, then let them retry.", "For embedded apps, add allow=\"camera; microphone; display-capture\" to the iframe."},
		Causes:             []string{"the user refused", "browser or OS settings block the site", "a missing iframe permission"},
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Only the user (or the page's policy) can grant access; the call can go on without the device.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CONSTRAINT_NOT_SATISFIED",
		UpstreamName:       "CONSTRAINT_NOT_SATISFIED",
		Summary:            "A media constraint cannot be satisfied.",
		Cause:              "getUserMedia failed with ConstraintNotSatisfiedError (a legacy name for an unsatisfiable constraint).",
		When:               []string{"older browsers given exact constraints the device cannot meet"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Your camera or microphone could not be started with these settings. Please try again or use another device.",
		UserMessageKey:     "agora.agora_rtc_error_code.CONSTRAINT_NOT_SATISFIED",
		Remediation:        []string{"Relax exact constraints (resolution, frame rate, deviceId) or use SDK presets."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The same constraints keep failing; relax them.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "TRACK_IS_DISABLED",
		UpstreamName:       "TRACK_IS_DISABLED",
		Summary:            "The track is disabled.",
		Cause:              "The app tried to change a track that is disabled with setEnabled(false), for example its encoder configuration.",
		When:               []string{"calling setEncoderConfiguration() on a disabled track"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "agora.agora_rtc_error_code.TRACK_IS_DISABLED",
		Remediation:        []string{"Enable the track (setEnabled(true)) before changing it, or apply the change when it is enabled again."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "GET_VIDEO_ELEMENT_VISIBLE_ERROR",
		UpstreamName:       "GET_VIDEO_ELEMENT_VISIBLE_ERROR",
		Summary:            "The visibility of the video element could not be read.",
		Cause:              "getVideoElementVisibleStatus() failed to inspect the <video> element that plays the track.",
		When:               []string{"calling it while the track is not playing or its element is detached"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "agora.agora_rtc_error_code.GET_VIDEO_ELEMENT_VISIBLE_ERROR",
		Remediation:        []string{"Call it only while the track is playing in an element attached to the page."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "SHARE_AUDIO_NOT_ALLOWED",
		UpstreamName:       "SHARE_AUDIO_NOT_ALLOWED",
		Summary:            "Sharing system audio with the screen was not allowed.",
		Cause:              "createScreenVideoTrack() was asked for audio (withAudio: enable) but the user did not tick the share-audio option, or the browser offers none.",
		When:               []string{"the user unchecks \"Share audio\" in the picker", "sharing a source that has no audio"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Screen audio was not shared. To share it, tick the \"Share audio\" option and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.SHARE_AUDIO_NOT_ALLOWED",
		Remediation:        []string{"Use withAudio: \"auto\" to accept a screen share without audio, or ask the user to tick the share-audio option."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The user decides in the browser's picker; only a new attempt with their choice can succeed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "LOW_STREAM_ENCODING_ERROR",
		UpstreamName:       "LOW_STREAM_ENCODING_ERROR",
		Summary:            "The low-quality video stream could not be encoded.",
		Cause:              "Setting up or updating the low-quality (dual-stream) video encoding failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "agora.agora_rtc_error_code.LOW_STREAM_ENCODING_ERROR",
		Remediation:        []string{"Check the low-stream parameters passed to setLowStreamParameter()."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "An encoding failure may be transient; retry with backoff.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "SET_ENCODING_PARAMETER_ERROR",
		UpstreamName:       "SET_ENCODING_PARAMETER_ERROR",
		Summary:            "The encoding parameters could not be applied.",
		Cause:              "Setting the RTP encoding parameters on a sender failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "agora.agora_rtc_error_code.SET_ENCODING_PARAMETER_ERROR",
		Remediation:        []string{"Check the encoder configuration; use presets where possible."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "An encoding failure may be transient; retry with backoff.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "TRACK_STATE_UNREACHABLE",
		UpstreamName:       "TRACK_STATE_UNREACHABLE",
		Summary:            "The track cannot move to the requested state.",
		Cause:              "setEnabled and setMuted conflict: a muted track cannot be enabled or disabled, and a disabled track cannot be muted or unmuted.",
		When:               []string{"calling setEnabled() on a muted track", "calling setMuted() on a disabled track"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "agora.agora_rtc_error_code.TRACK_STATE_UNREACHABLE",
		Remediation:        []string{"Use either setEnabled() or setMuted() for a track, or undo one before calling the other."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "INVALID_UINT_UID_FROM_STRING_UID",
		UpstreamName:       "INVALID_UINT_UID_FROM_STRING_UID",
		Summary:            "The user ID could not be mapped from a string account.",
		Cause:              "When joining with a string user account, the SDK asks Agora for the matching integer UID; the reply was missing or invalid.",
		When:               []string{"join() with a string uid while the user-account service fails"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "agora.agora_rtc_error_code.INVALID_UINT_UID_FROM_STRING_UID",
		Remediation:        []string{"Retry join() with backoff.", "Consider integer UIDs if string accounts are not needed."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The join cannot complete without the integer UID; the failure is on the service side, so a delayed new join is reasonable. Terminal because it rejects join().",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CAN_NOT_GET_PROXY_SERVER",
		UpstreamName:       "CAN_NOT_GET_PROXY_SERVER",
		Summary:            "No cloud proxy server could be obtained.",
		Cause:              "With the cloud proxy enabled, the SDK could not get a proxy server address. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"startProxyServer() is used and the proxy service is unreachable"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.CAN_NOT_GET_PROXY_SERVER",
		Remediation:        []string{"Check that the cloud proxy is enabled for the project in Agora Console.", "Retry with backoff."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Without a proxy the join cannot proceed; retry with backoff. Terminal because it rejects join().",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CAN_NOT_GET_GATEWAY_SERVER",
		UpstreamName:       "CAN_NOT_GET_GATEWAY_SERVER",
		Summary:            "No edge (gateway) server could be obtained.",
		Cause:              "join() asks Agora's access point for edge servers; none came back (no edge services in the response, or every access-point request failed).",
		When:               []string{"the access point is unreachable from the user's network", "the project's region or app ID gives no edge servers", "a wrong or disabled app ID"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.CAN_NOT_GET_GATEWAY_SERVER",
		Remediation:        []string{"Check the app ID and the area set with setArea().", "Retry join() with backoff; if it never succeeds, check that the user's firewall allows Agora's domains or use the cloud proxy."},
		Causes:             []string{"network or firewall blocks the access point", "a wrong or disabled app ID", "an area restriction with no servers"},
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "join() rejects and nothing is connected; the access point is usually unreachable for network reasons, so the catalog retries with backoff. The SDK carries its own retry hint in the error's data.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "VOID_GATEWAY_ADDRESS",
		UpstreamName:       "VOID_GATEWAY_ADDRESS",
		Summary:            "The gateway address is empty.",
		Cause:              "The access point returned an empty edge-server address. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "agora.agora_rtc_error_code.VOID_GATEWAY_ADDRESS",
		Remediation:        []string{"Retry join() with backoff."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Without an address the join cannot proceed; a delayed retry may get a valid one. Terminal because it rejects join().",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "UID_CONFLICT",
		UpstreamName:       "UID_CONFLICT",
		Summary:            "The same user ID is already in this channel from this page.",
		Cause:              "join() was called with a UID that another client on the same page already uses in the same channel; the SDK refuses it before contacting the server.",
		When:               []string{"two AgoraRTCClient instances join one channel with the same uid"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "agora.agora_rtc_error_code.UID_CONFLICT",
		Remediation:        []string{"Give every client in a channel its own UID (or pass null to let Agora assign one).", "Leave with the other client before rejoining with the same UID."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The SDK refuses the same UID every time; the app must use another UID or leave with the other client first. Terminal because it rejects join().",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "MULTI_UNILBS_RESPONSE_ERROR",
		UpstreamName:       "MULTI_UNILBS_RESPONSE_ERROR",
		Summary:            "The access point's combined response could not be parsed.",
		Cause:              "The SDK could not parse one part of the access point's multi-service (unilbs) response during join().",
		When:               []string{"the access point returns an incomplete or unexpected response"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "agora.agora_rtc_error_code.MULTI_UNILBS_RESPONSE_ERROR",
		Remediation:        []string{"Retry join() with backoff; report repeated failures to Agora support with the SDK logs."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A server-side fault; retry the join with backoff. Terminal because it rejects join().",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "UPDATE_TICKET_FAILED",
		UpstreamName:       "UPDATE_TICKET_FAILED",
		Summary:            "The access ticket could not be renewed.",
		Cause:              "The SDK refreshes a ticket from the access point during a session; the request failed or the response had no ticket.",
		When:               []string{"the access point refuses or fails the ticket update"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "agora.agora_rtc_error_code.UPDATE_TICKET_FAILED",
		Remediation:        []string{"Nothing to do in the app unless the connection state changes; log it."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The ticket is the SDK's internal concern; it decides itself whether to retry (the error carries its own retry flag). The channel connection goes on.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "TOKEN_EXPIRE",
		UpstreamName:       "TOKEN_EXPIRE",
		Summary:            "The token has expired.",
		Cause:              "The token used to join has passed its expiry; the server refused it (\"dynamic key expired\") and the SDK closes the connection with the disconnect reason TOKEN_EXPIRE.",
		When:               []string{"joining with an old token", "staying in the channel past the token's expiry without renewToken()"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal when the connection closes with it (connection-state-change to DISCONNECTED, reason TOKEN_EXPIRE) or when join() rejects with it; not terminal when another call rejects with it while the client is still connected.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Your access to this call has expired. Please join again.",
		UserMessageKey:     "agora.agora_rtc_error_code.TOKEN_EXPIRE",
		Remediation:        []string{"Fetch a new token from the app's backend and call join() again.", "Renew tokens before they expire: handle token-privilege-will-expire with client.renewToken()."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A fresh token from the app's backend is all that is needed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "INVALID_LOCAL_TRACK",
		UpstreamName:       "INVALID_LOCAL_TRACK",
		Summary:            "The local track is not valid for this call.",
		Cause:              "A local track passed to the SDK is not usable for the operation. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "agora.agora_rtc_error_code.INVALID_LOCAL_TRACK",
		Remediation:        []string{"Pass a track created by the SDK's create*Track methods and not yet closed."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "INVALID_TRACK",
		UpstreamName:       "INVALID_TRACK",
		Summary:            "The track passed is of the wrong kind.",
		Cause:              "A method expecting a video track got an audio track, or the reverse.",
		When:               []string{"passing an audio track where a video track is expected"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "agora.agora_rtc_error_code.INVALID_TRACK",
		Remediation:        []string{"Pass a track of the kind the method expects."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "SENDER_NOT_FOUND",
		UpstreamName:       "SENDER_NOT_FOUND",
		Summary:            "The RTP sender for the track was not found.",
		Cause:              "The SDK could not find the peer connection's sender for a published track. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "agora.agora_rtc_error_code.SENDER_NOT_FOUND",
		Remediation:        []string{"Unpublish and publish the track again."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A missing sender points at a transient negotiation state; retry the publish operation with backoff.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CREATE_OFFER_FAILED",
		UpstreamName:       "CREATE_OFFER_FAILED",
		Summary:            "The browser could not create an SDP offer.",
		Cause:              "RTCPeerConnection.createOffer failed while the SDK set up or renegotiated media.",
		When:               []string{"a browser that cannot produce an offer with the requested codecs", "a closed peer connection"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "agora.agora_rtc_error_code.CREATE_OFFER_FAILED",
		Remediation:        []string{"Retry with backoff.", "Check the codec set in ClientConfig against the browser's support (getSupportedCodec())."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Offer creation failures are usually transient or browser-specific; retry with backoff, then ask the user to change browsers.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "SET_ANSWER_FAILED",
		UpstreamName:       "SET_ANSWER_FAILED",
		Summary:            "The SDP answer could not be applied.",
		Cause:              "RTCPeerConnection.setRemoteDescription with Agora's answer failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "agora.agora_rtc_error_code.SET_ANSWER_FAILED",
		Remediation:        []string{"Retry with backoff."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Negotiation failures are often transient; retry with backoff.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "ICE_FAILED",
		UpstreamName:       "ICE_FAILED",
		Summary:            "The ICE connection failed.",
		Cause:              "The peer connection's ICE transport could not connect or was lost. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"UDP blocked by a firewall without a TURN or proxy fallback"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "agora.agora_rtc_error_code.ICE_FAILED",
		Remediation:        []string{"Retry with backoff.", "If users sit behind restrictive firewalls, enable the cloud proxy or configure TURN servers."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "ICE failures come from the network path; a retry may succeed, repeated failures need the user's network changed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "PC_CLOSED",
		UpstreamName:       "PC_CLOSED",
		Summary:            "The peer connection is closed.",
		Cause:              "An operation ran on a WebRTC peer connection that had already closed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "agora.agora_rtc_error_code.PC_CLOSED",
		Remediation:        []string{"Retry the operation with backoff once the client is connected."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A closed connection is rebuilt by a new operation; retry with backoff.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "SENDER_REPLACE_FAILED",
		UpstreamName:       "SENDER_REPLACE_FAILED",
		Summary:            "The sender's track could not be replaced.",
		Cause:              "RTCRtpSender.replaceTrack failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "agora.agora_rtc_error_code.SENDER_REPLACE_FAILED",
		Remediation:        []string{"Retry, or unpublish and publish the new track."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Replacing a track is a local operation that may succeed on retry; the channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "GET_LOCAL_CAPABILITIES_FAILED",
		UpstreamName:       "GET_LOCAL_CAPABILITIES_FAILED",
		Summary:            "The browser's media capabilities could not be read.",
		Cause:              "The SDK could not read the local RTP capabilities (codecs, extensions) it needs for negotiation. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "agora.agora_rtc_error_code.GET_LOCAL_CAPABILITIES_FAILED",
		Remediation:        []string{"Retry with backoff; if it repeats on one browser, try another."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Likely transient; retry with backoff.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "GET_LOCAL_CONNECTION_PARAMS_FAILED",
		UpstreamName:       "GET_LOCAL_CONNECTION_PARAMS_FAILED",
		Summary:            "The local connection parameters could not be gathered.",
		Cause:              "Creating the initial offer or gathering ICE parameters for the connection to Agora failed (P2PConnection.connect).",
		When:               []string{"the browser cannot create the offer", "ICE gathering fails on the local network"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "agora.agora_rtc_error_code.GET_LOCAL_CONNECTION_PARAMS_FAILED",
		Remediation:        []string{"Retry with backoff.", "Check browser WebRTC support and local network restrictions."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Usually an environment or transient failure; retry with backoff.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "SUBSCRIBE_FAILED",
		UpstreamName:       "SUBSCRIBE_FAILED",
		Summary:            "Subscribing to a remote user's track failed.",
		Cause:              "The gateway refused or failed a subscribe request; the message carries the server's code and description.",
		When:               []string{"the remote user unpublished while the subscribe was in flight", "a server-side failure"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not receive another participant's audio or video. Please try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.SUBSCRIBE_FAILED",
		Remediation:        []string{"Retry subscribe() with backoff if the remote user still publishes (user-published event).", "Log the server code in the message."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The subscription is one operation; retry with backoff while the remote user still publishes. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "UNSUBSCRIBE_FAILED",
		UpstreamName:       "UNSUBSCRIBE_FAILED",
		Summary:            "Unsubscribing from a remote user failed.",
		Cause:              "The request to stop receiving a remote track failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "agora.agora_rtc_error_code.UNSUBSCRIBE_FAILED",
		Remediation:        []string{"Retry unsubscribe() with backoff."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A failed unsubscribe only leaves a stream flowing; retry with backoff.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "GATEWAY_P2P_LOST",
		UpstreamName:       "GATEWAY_P2P_LOST",
		Summary:            "The media connection to the gateway was lost.",
		Cause:              "The peer connection between the client and Agora's gateway dropped. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.GATEWAY_P2P_LOST",
		Remediation:        []string{"Wait for the SDK to reconnect; act only if the connection state becomes DISCONNECTED."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The SDK reconnects media by itself while the client is connected; the app waits for a connection-state change.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "NO_ICE_CANDIDATE",
		UpstreamName:       "NO_ICE_CANDIDATE",
		Summary:            "No ICE candidate was gathered.",
		Cause:              "The browser gathered no usable ICE candidate. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"WebRTC blocked by a browser policy or extension", "no network interface available"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "agora.agora_rtc_error_code.NO_ICE_CANDIDATE",
		Remediation:        []string{"Check browser policies and extensions that restrict WebRTC IP handling.", "Configure the cloud proxy or TURN."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Without candidates no media path exists; the user's environment must change first.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS",
		UpstreamName:       "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS",
		Summary:            "Only one video track can be published at a time.",
		Cause:              "publish() was given a second video track while one is already published by this client.",
		When:               []string{"publishing a camera track and a screen track from one client"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "agora.agora_rtc_error_code.CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS",
		Remediation:        []string{"Unpublish the current video track first, or publish the second one from another client (for example a separate screen-sharing client)."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The SDK allows one video track per client; the same call fails again. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "EXIST_DISABLED_VIDEO_TRACK",
		UpstreamName:       "EXIST_DISABLED_VIDEO_TRACK",
		Summary:            "A disabled video track is already published.",
		Cause:              "Publishing a video track failed because a disabled video track is still published. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "agora.agora_rtc_error_code.EXIST_DISABLED_VIDEO_TRACK",
		Remediation:        []string{"Unpublish or enable the existing video track first."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The call conflicts with the client's state; repeating it fails again. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "INVALID_REMOTE_USER",
		UpstreamName:       "INVALID_REMOTE_USER",
		Summary:            "The remote user is not in the channel.",
		Cause:              "subscribe() or a similar call named a remote user who is not (or no longer) in the channel.",
		When:               []string{"subscribing to a user who just left", "passing a stale IAgoraRTCRemoteUser object"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This participant is no longer in the call.",
		UserMessageKey:     "agora.agora_rtc_error_code.INVALID_REMOTE_USER",
		Remediation:        []string{"Subscribe only in response to user-published, and drop users on user-left.", "Use client.remoteUsers for the current list."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The user is gone; retrying the same call fails again. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "REMOTE_USER_IS_NOT_PUBLISHED",
		UpstreamName:       "REMOTE_USER_IS_NOT_PUBLISHED",
		Summary:            "The remote user has not published the requested media.",
		Cause:              "subscribe() asked for audio or video that the remote user is not publishing.",
		When:               []string{"subscribing to video of a user who only publishes audio", "subscribing before user-published"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This participant is not sharing audio or video right now.",
		UserMessageKey:     "agora.agora_rtc_error_code.REMOTE_USER_IS_NOT_PUBLISHED",
		Remediation:        []string{"Subscribe in the user-published handler, using its mediaType.", "Check user.hasAudio / user.hasVideo before subscribing."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Nothing can be received until the user publishes; wait for user-published instead of retrying. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CUSTOM_REPORT_SEND_FAILED",
		UpstreamName:       "CUSTOM_REPORT_SEND_FAILED",
		Summary:            "A custom report could not be sent.",
		Cause:              "sendCustomReportMessage() failed to post the report to Agora's statistics collector; the message carries the underlying error.",
		When:               []string{"the statistics collector is unreachable"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Some call features are not working right now. Please try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.CUSTOM_REPORT_SEND_FAILED",
		Remediation:        []string{"Retry later; reports are not needed for the call itself."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/report@4.24.8 AgoraRTC_N-report.esm.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Reports are auxiliary and may go through later; retry with backoff. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CUSTOM_REPORT_FREQUENCY_TOO_HIGH",
		UpstreamName:       "CUSTOM_REPORT_FREQUENCY_TOO_HIGH",
		Summary:            "Custom reports are sent too often.",
		Cause:              "sendCustomReportMessage() was called with more messages than the SDK's limit (CUSTOM_REPORT_LIMIT) within its 5-second window.",
		When:               []string{"sending custom reports in a loop"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Some call features are not working right now. Please try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.CUSTOM_REPORT_FREQUENCY_TOO_HIGH",
		Remediation:        []string{"Send fewer custom reports; batch them."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/report@4.24.8 AgoraRTC_N-report.esm.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A rate limit: the same report succeeds after the window resets. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "FETCH_AUDIO_FILE_FAILED",
		UpstreamName:       "FETCH_AUDIO_FILE_FAILED",
		Summary:            "The audio file could not be downloaded.",
		Cause:              "createBufferSourceAudioTrack() could not fetch the audio file from the given URL.",
		When:               []string{"a wrong URL", "a server without CORS headers for the page's origin", "the network is down"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The audio file could not be loaded.",
		UserMessageKey:     "agora.agora_rtc_error_code.FETCH_AUDIO_FILE_FAILED",
		Remediation:        []string{"Check the URL and that its server sends CORS headers for the app's origin."},
		Causes:             []string{"wrong URL", "missing CORS headers", "network outage"},
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A wrong URL or missing CORS header fails every time; a network outage is the exception. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "READ_LOCAL_AUDIO_FILE_ERROR",
		UpstreamName:       "READ_LOCAL_AUDIO_FILE_ERROR",
		Summary:            "The local audio file could not be read.",
		Cause:              "The FileReader failed to read the File or Blob given to createBufferSourceAudioTrack().",
		When:               []string{"the file was removed or is not readable"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This audio file could not be read. Please choose another file.",
		UserMessageKey:     "agora.agora_rtc_error_code.READ_LOCAL_AUDIO_FILE_ERROR",
		Remediation:        []string{"Ask the user to choose the file again."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The user must pick a readable file. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "DECODE_AUDIO_FILE_FAILED",
		UpstreamName:       "DECODE_AUDIO_FILE_FAILED",
		Summary:            "The audio file could not be decoded.",
		Cause:              "The Web Audio API failed to decode the audio data given to createBufferSourceAudioTrack().",
		When:               []string{"an unsupported or corrupt audio format"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This audio file format is not supported. Please choose another file.",
		UserMessageKey:     "agora.agora_rtc_error_code.DECODE_AUDIO_FILE_FAILED",
		Remediation:        []string{"Use a format the browser decodes (MP3, AAC, WAV, Ogg/Opus where supported)."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The same file fails again; another file or format is needed. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "WS_ABORT",
		UpstreamName:       "WS_ABORT",
		Summary:            "The WebSocket operation was aborted.",
		Cause:              "A request on the signalling WebSocket was abandoned because the socket closed or was not ready, or the choice of the best WebSocket was aborted (for example by leave()).",
		When:               []string{"leave() during join()", "a request sent while the socket is reconnecting"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.WS_ABORT",
		Remediation:        []string{"Wait for the connection-state-change event; rejoin only after DISCONNECTED with a reason that allows it."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "While the client is connected the SDK reconnects the signalling socket by itself; the app only acts if the connection state becomes DISCONNECTED.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "WS_DISCONNECT",
		UpstreamName:       "WS_DISCONNECT",
		Summary:            "The signalling WebSocket disconnected.",
		Cause:              "The WebSocket to Agora's gateway closed (the message carries the close code), or its reconnection failed.",
		When:               []string{"network loss or change", "the gateway closes the socket"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.WS_DISCONNECT",
		Remediation:        []string{"Wait for the SDK to reconnect; handle the disconnect reason if the state becomes DISCONNECTED."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The SDK reconnects the signalling socket by itself (connection state RECONNECTING); only a final DISCONNECTED needs the app.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "WS_ERR",
		UpstreamName:       "WS_ERR",
		Summary:            "The signalling WebSocket failed.",
		Cause:              "The WebSocket could not be created or a message could not be sent on it.",
		When:               []string{"the browser refuses the WebSocket URL", "a proxy blocks WebSocket traffic"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.WS_ERR",
		Remediation:        []string{"Check that WebSockets to Agora's domains are allowed by the network; consider the cloud proxy."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Socket errors feed the SDK's reconnect logic; the app acts only on a final DISCONNECTED.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "EXTERNAL_SIGNAL_ABORT",
		UpstreamName:       "EXTERNAL_SIGNAL_ABORT",
		Summary:            "An external signalling request was aborted.",
		Cause:              "A request on the external (P2P) signalling channel was abandoned before an answer arrived; the message names its type and request ID.",
		When:               []string{"the connection closes while the request is pending"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.EXTERNAL_SIGNAL_ABORT",
		Remediation:        []string{"Retry with backoff."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Transient: retry the operation after a delay. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "LIVE_STREAMING_TASK_CONFLICT",
		UpstreamName:       "LIVE_STREAMING_TASK_CONFLICT",
		Summary:            "A live-streaming task for this URL already exists.",
		Cause:              "startLiveStreaming() was called with a URL that already has a task.",
		When:               []string{"starting the same CDN URL twice"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The live stream could not be started or updated. Please try again later.",
		UserMessageKey:     "agora.agora_rtc_error_code.LIVE_STREAMING_TASK_CONFLICT",
		Remediation:        []string{"Stop the existing task (stopLiveStreaming) before starting it again, or use another URL."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The same URL keeps conflicting until the first task stops. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "LIVE_STREAMING_INVALID_ARGUMENT",
		UpstreamName:       "LIVE_STREAMING_INVALID_ARGUMENT",
		Summary:            "A live-streaming argument is invalid.",
		Cause:              "The CDN streaming service refused the URL or transcoding settings. The SDK's d.ts documents it as: \"Invalid argument.\"",
		When:               []string{"a malformed RTMP URL", "invalid transcoding layout"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The live stream could not be started or updated. Please try again later.",
		UserMessageKey:     "agora.agora_rtc_error_code.LIVE_STREAMING_INVALID_ARGUMENT",
		Remediation:        []string{"Check the RTMP URL and the LiveStreamingTranscodingConfig values."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The same arguments are refused again. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "LIVE_STREAMING_INTERNAL_SERVER_ERROR",
		UpstreamName:       "LIVE_STREAMING_INTERNAL_SERVER_ERROR",
		Summary:            "Agora's streaming server failed.",
		Cause:              "The CDN streaming service reported an internal error, or its worker was missing. The SDK's d.ts documents it as: \"An error occurs in Agora's streaming server.\"",
		When:               []string{"a fault in Agora's streaming service"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The live stream could not be started or updated. Please try again later.",
		UserMessageKey:     "agora.agora_rtc_error_code.LIVE_STREAMING_INTERNAL_SERVER_ERROR",
		Remediation:        []string{"Retry startLiveStreaming() with backoff; report repeated failures to Agora."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A server fault; the SDK itself marks some of these retryable. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED",
		UpstreamName:       "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED",
		Summary:            "The streaming URL is already in use.",
		Cause:              "The CDN refused the push because another stream already uses the URL. The SDK's d.ts documents it as: \"The URL is occupied.\"",
		When:               []string{"two sources push to one RTMP URL"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The live stream could not be started or updated. Please try again later.",
		UserMessageKey:     "agora.agora_rtc_error_code.LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED",
		Remediation:        []string{"Use a free URL or stop the other stream."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The URL stays occupied until the other stream stops. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED",
		UpstreamName:       "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED",
		Summary:            "Transcoding settings were given without transcoding enabled.",
		Cause:              "setLiveTranscoding() was used for a task started without transcoding. The SDK's d.ts documents it as: \"Sets the transcoding parameters when the transcoding is not enabled.\"",
		When:               []string{"calling setLiveTranscoding() on a non-transcoded task"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The live stream could not be started or updated. Please try again later.",
		UserMessageKey:     "agora.agora_rtc_error_code.LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED",
		Remediation:        []string{"Start the task with transcoding enabled, or drop the transcoding call."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The call conflicts with how the task was started. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "LIVE_STREAMING_CDN_ERROR",
		UpstreamName:       "LIVE_STREAMING_CDN_ERROR",
		Summary:            "The CDN failed.",
		Cause:              "The CDN receiving the stream reported an error. The SDK's d.ts documents it as: \"An error occurs in the CDN.\"",
		When:               []string{"the CDN rejects or drops the stream"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The live stream could not be started or updated. Please try again later.",
		UserMessageKey:     "agora.agora_rtc_error_code.LIVE_STREAMING_CDN_ERROR",
		Remediation:        []string{"Retry with backoff; check the CDN's status and credentials."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A third-party fault, often transient. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "LIVE_STREAMING_INVALID_RAW_STREAM",
		UpstreamName:       "LIVE_STREAMING_INVALID_RAW_STREAM",
		Summary:            "The stream to push is missing or unusable.",
		Cause:              "Raw (non-transcoded) streaming found no stream to push, or the stream is not H.264, or the CDN timed out waiting for it. The SDK's d.ts documents it as: \"Timeout for the CDN live streaming. Please check your media stream.\"",
		When:               []string{"raw streaming with a VP8 client", "no published stream"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The live stream could not be started or updated. Please try again later.",
		UserMessageKey:     "agora.agora_rtc_error_code.LIVE_STREAMING_INVALID_RAW_STREAM",
		Remediation:        []string{"Publish a stream before starting, and use codec h264 for raw streaming."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The stream itself must change. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT",
		UpstreamName:       "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT",
		Summary:            "Too many streaming URLs.",
		Cause:              "The client pushes to more URLs than the service allows (10, per the d.ts). The SDK's d.ts documents it as: \"Pushes stremas to more than 10 URLs.\"",
		When:               []string{"adding an eleventh URL"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The live stream could not be started or updated. Please try again later.",
		UserMessageKey:     "agora.agora_rtc_error_code.LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT",
		Remediation:        []string{"Stop a task before adding another; keep to 10 URLs."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A fixed limit; another URL fails the same way until one stops. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE",
		UpstreamName:       "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE",
		Summary:            "A transcoding image could not be loaded.",
		Cause:              "The streaming service could not fetch the watermark or background image of the transcoding layout. The SDK's d.ts documents it as: \"Fails to load the background image or watermark image.\"",
		When:               []string{"a wrong or unreachable image URL"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The live stream is running without its image.",
		UserMessageKey:     "agora.agora_rtc_error_code.LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE",
		Remediation:        []string{"Check the image URL is public and reachable."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A warning: the stream goes on without the image. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "LIVE_STREAMING_WARN_FREQUENT_REQUEST",
		UpstreamName:       "LIVE_STREAMING_WARN_FREQUENT_REQUEST",
		Summary:            "Streaming requests are too frequent.",
		Cause:              "The app starts, stops or updates streaming tasks too often. The SDK's d.ts documents it as: \"Pushes stremas to the CDN too frequently.\"",
		When:               []string{"updating transcoding in a tight loop"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The live stream could not be started or updated. Please try again later.",
		UserMessageKey:     "agora.agora_rtc_error_code.LIVE_STREAMING_WARN_FREQUENT_REQUEST",
		Remediation:        []string{"Throttle streaming calls."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A rate limit: the request succeeds after a pause. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "WEBGL_INTERNAL_ERROR",
		UpstreamName:       "WEBGL_INTERNAL_ERROR",
		Summary:            "A WebGL error occurred.",
		Cause:              "The WebGL context used for video processing failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Video effects are not available on this device.",
		UserMessageKey:     "agora.agora_rtc_error_code.WEBGL_INTERNAL_ERROR",
		Remediation:        []string{"Disable the effect, or check WebGL support in the browser."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The browser or GPU cannot provide WebGL; retrying does not help. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "BEAUTY_PROCESSOR_INTERNAL_ERROR",
		UpstreamName:       "BEAUTY_PROCESSOR_INTERNAL_ERROR",
		Summary:            "The beauty effect processor failed.",
		Cause:              "The video beauty-effect processor hit an internal error. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Video effects are not available on this device.",
		UserMessageKey:     "agora.agora_rtc_error_code.BEAUTY_PROCESSOR_INTERNAL_ERROR",
		Remediation:        []string{"Disable the beauty effect; update the extension."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The processor fails the same way on the same device. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CROSS_CHANNEL_WAIT_STATUS_ERROR",
		UpstreamName:       "CROSS_CHANNEL_WAIT_STATUS_ERROR",
		Summary:            "The media relay did not reach the expected state.",
		Cause:              "While starting or updating a channel media relay, the SDK waited for a status from the relay service that did not come, or another status came.",
		When:               []string{"startChannelMediaRelay() while the relay service is slow or refuses"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Forwarding this call to the other channel failed. Please try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.CROSS_CHANNEL_WAIT_STATUS_ERROR",
		Remediation:        []string{"Retry startChannelMediaRelay() with backoff."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A relay-service fault or delay; retry the relay call after a delay. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CROSS_CHANNEL_FAILED_JOIN_SRC",
		UpstreamName:       "CROSS_CHANNEL_FAILED_JOIN_SRC",
		Summary:            "The media relay could not join the source channel.",
		Cause:              "The relay service failed to set the source channel (its SetSourceChannel reply was an error). The upstream value is spelled CROSS_CHANNEL_FAILED_JOIN_SEC, unlike the name.",
		When:               []string{"a wrong source channel name or token in the relay configuration"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Forwarding this call to the other channel failed. Please try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.CROSS_CHANNEL_FAILED_JOIN_SRC",
		Remediation:        []string{"Check the source channel's name, UID (0 for the source) and token in ChannelMediaRelayConfiguration."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A wrong source configuration fails again until the app fixes it. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CROSS_CHANNEL_FAILED_JOIN_DEST",
		UpstreamName:       "CROSS_CHANNEL_FAILED_JOIN_DEST",
		Summary:            "The media relay could not join a destination channel.",
		Cause:              "The relay service failed to set a destination channel (SetDestChannelStatus reply was an error).",
		When:               []string{"a wrong destination channel name, UID or token"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Forwarding this call to the other channel failed. Please try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.CROSS_CHANNEL_FAILED_JOIN_DEST",
		Remediation:        []string{"Check each destination's channel name, a UID not used in that channel, and a token generated for that channel and UID."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A wrong destination configuration fails again until the app fixes it. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST",
		UpstreamName:       "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST",
		Summary:            "The media relay could not send media to the destination.",
		Cause:              "The relay service reported that starting the packet transfer to the destination channels failed.",
		When:               []string{"the relay service cannot reach the destination", "nothing is published in the source channel"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Forwarding this call to the other channel failed. Please try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST",
		Remediation:        []string{"Retry with backoff; make sure the host publishes in the source channel."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Usually a transient relay-side failure; retry after a delay. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CROSS_CHANNEL_SERVER_ERROR_RESPONSE",
		UpstreamName:       "CROSS_CHANNEL_SERVER_ERROR_RESPONSE",
		Summary:            "The media relay service answered with an error.",
		Cause:              "A request to the relay service got an error response; the message carries the response.",
		When:               []string{"the relay service refuses a start, update or stop"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Forwarding this call to the other channel failed. Please try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.CROSS_CHANNEL_SERVER_ERROR_RESPONSE",
		Remediation:        []string{"Log the response in the message; retry with backoff."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A server fault; retry with backoff and read the response if it repeats. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "METADATA_OUT_OF_RANGE",
		UpstreamName:       "METADATA_OUT_OF_RANGE",
		Summary:            "The metadata is too large.",
		Cause:              "Media metadata (SEI) passed to the SDK exceeds the allowed size.",
		When:               []string{"sending SEI metadata larger than the limit"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "agora.agora_rtc_error_code.METADATA_OUT_OF_RANGE",
		Remediation:        []string{"Send smaller metadata payloads."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The same payload is refused again. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "LOCAL_AEC_ERROR",
		UpstreamName:       "LOCAL_AEC_ERROR",
		Summary:            "Local echo cancellation could not be set up.",
		Cause:              "processExternalMediaAEC() could not route the media element's audio into the echo canceller (no audio track or destination node).",
		When:               []string{"calling it with a media element that has no audio or before it loads"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "agora.agora_rtc_error_code.LOCAL_AEC_ERROR",
		Remediation:        []string{"Call it with a loaded <audio>/<video> element that plays audio."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The element or its state must change first. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "INVALID_PLUGIN",
		UpstreamName:       "INVALID_PLUGIN",
		Summary:            "The extension is not valid.",
		Cause:              "registerExtensions() was given something that is not a valid Agora extension. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "agora.agora_rtc_error_code.INVALID_PLUGIN",
		Remediation:        []string{"Register extensions created by their official packages, matching this SDK release."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The app must pass a valid extension. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "DISCONNECT_P2P",
		UpstreamName:       "DISCONNECT_P2P",
		Summary:            "The media connection was dropped during an operation.",
		Cause:              "A pending request on the media (P2P) connection was abandoned because the connection was torn down, for example on leave() or a reconnect.",
		When:               []string{"leave() while publishing", "the SDK rebuilds the connection while a publish or ICE restart is pending"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal when the client ends DISCONNECTED (after leave() or a final disconnect); not terminal while it reconnects by itself.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.DISCONNECT_P2P",
		Remediation:        []string{"If the client is still connected, publish or subscribe again once it is CONNECTED."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The SDK tears down and rebuilds the media connection itself; the app acts only if the connection state becomes DISCONNECTED.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CONVERTING_IMAGEDATA_TO_BLOB_FAILED",
		UpstreamName:       "CONVERTING_IMAGEDATA_TO_BLOB_FAILED",
		Summary:            "A video frame image could not be converted.",
		Cause:              "Converting captured ImageData to a Blob (for screenshots or moderation) failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
		When:               []string{"not raised by agora-rtc-sdk-ng 4.24.8"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Some call features are not working right now. Please try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.CONVERTING_IMAGEDATA_TO_BLOB_FAILED",
		Remediation:        []string{"Retry on a later frame."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A local conversion that may work on a later frame. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED",
		UpstreamName:       "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED",
		Summary:            "A video frame could not be converted to an image.",
		Cause:              "Turning a video frame into an image Blob (canvas toBlob) failed, for example in image moderation.",
		When:               []string{"the canvas is tainted or the frame is empty"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Some call features are not working right now. Please try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED",
		Remediation:        []string{"Retry on a later frame; check that the video plays."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/image-moderation/index.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "A local conversion that may work on a later frame. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "INIT_DATACHANNEL_TIMEOUT",
		UpstreamName:       "INIT_DATACHANNEL_TIMEOUT",
		Summary:            "Joining through the data channel timed out.",
		Cause:              "The SDK tried to signal over a WebRTC data channel and it did not open in time; the SDK falls back to the WebSocket (closing that attempt with the disconnect reason FALLBACK).",
		When:               []string{"a network that blocks or delays the data channel"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.INIT_DATACHANNEL_TIMEOUT",
		Remediation:        []string{"Nothing to do unless the connection state becomes DISCONNECTED; log it."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The SDK falls back by itself; the app need not act. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "CREATE_DATACHANNEL_ERROR",
		UpstreamName:       "CREATE_DATACHANNEL_ERROR",
		Summary:            "The data channel could not be created.",
		Cause:              "The browser failed to create the data channel the SDK uses for signalling or data streams.",
		When:               []string{"a browser policy or a closed peer connection"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.CREATE_DATACHANNEL_ERROR",
		Remediation:        []string{"Nothing to do unless the connection state becomes DISCONNECTED."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The SDK falls back to the WebSocket by itself. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "DATACHANNEL_CONNECTION_TIMEOUT",
		UpstreamName:       "DATACHANNEL_CONNECTION_TIMEOUT",
		Summary:            "The data channel did not connect in time.",
		Cause:              "A data channel did not open within the SDK's limit (DC_CONNECTION_TIMEOUT), or the channel could not be found.",
		When:               []string{"a network that delays or blocks data channels"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.DATACHANNEL_CONNECTION_TIMEOUT",
		Remediation:        []string{"Nothing to do unless the connection state becomes DISCONNECTED."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The SDK falls back by itself. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "PROHIBITED_OPERATION",
		UpstreamName:       "PROHIBITED_OPERATION",
		Summary:            "The operation is prohibited by the project's configuration.",
		Cause:              "setArea() was refused because the area is already fixed by Agora's distributed configuration or by access-point extensions.",
		When:               []string{"calling setArea() when the project's configuration sets the area"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "agora.agora_rtc_error_code.PROHIBITED_OPERATION",
		Remediation:        []string{"Do not call setArea() for this project, or change the configuration with Agora."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The configuration forbids the call; retrying fails again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "IMAGE_MODERATION_UPLOAD_FAILED",
		UpstreamName:       "IMAGE_MODERATION_UPLOAD_FAILED",
		Summary:            "An image for content moderation could not be uploaded.",
		Cause:              "The image-moderation service failed to upload a captured frame; the message carries the server's reason.",
		When:               []string{"the moderation service refuses or is unreachable"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Some call features are not working right now. Please try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.IMAGE_MODERATION_UPLOAD_FAILED",
		Remediation:        []string{"Log it; check the moderation service configuration if it repeats."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/image-moderation/index.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "The service uploads again at its next interval by itself. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "agora_rtc_error_code",
		CatalogName:        "P2P_MESSAGE_FAILED",
		UpstreamName:       "P2P_MESSAGE_FAILED",
		Summary:            "A peer-to-peer message request failed.",
		Cause:              "A request over the P2P channel was answered with a failure; the message names the request and its ID.",
		When:               []string{"the other peer refuses or fails the request"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "agora.agora_rtc_error_code.P2P_MESSAGE_FAILED",
		Remediation:        []string{"Retry with backoff."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/p2p-channel/index.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECTED", Means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join()."}, {Value: "RECONNECTING", Means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting."}, {Value: "CONNECTED", Means: "Only the call that rejected failed; the client is still in the channel."}}, Meaning: ""},
		Rationale:          "Likely transient; retry after a delay. The channel connection is not affected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// ConnectionDisconnectedReason: Reason the Agora Web SDK gives in connection-state-change when the connection state becomes DISCONNECTED.
//
// Upstream: ConnectionDisconnectedReason in https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html 4.24.8 (package npm:@agora-js/shared@4.24.8).
type ConnectionDisconnectedReason string

// Every ConnectionDisconnectedReason, in upstream order.
const (
	// ConnectionDisconnectedReasonLeave: The user left the channel.
	ConnectionDisconnectedReasonLeave ConnectionDisconnectedReason = "LEAVE"

	// ConnectionDisconnectedReasonNetworkError: The network failed and the SDK gave up reconnecting.
	ConnectionDisconnectedReasonNetworkError ConnectionDisconnectedReason = "NETWORK_ERROR"

	// ConnectionDisconnectedReasonServerError: The server returned an error.
	ConnectionDisconnectedReasonServerError ConnectionDisconnectedReason = "SERVER_ERROR"

	// ConnectionDisconnectedReasonUidBanned: The user was banned from the channel.
	ConnectionDisconnectedReasonUidBanned ConnectionDisconnectedReason = "UID_BANNED"

	// ConnectionDisconnectedReasonFallback: The connection was closed to switch the signalling path.
	ConnectionDisconnectedReasonFallback ConnectionDisconnectedReason = "FALLBACK"

	// ConnectionDisconnectedReasonIpBanned: The user's IP address was banned.
	ConnectionDisconnectedReasonIpBanned ConnectionDisconnectedReason = "IP_BANNED"

	// ConnectionDisconnectedReasonChannelBanned: The channel was banned.
	ConnectionDisconnectedReasonChannelBanned ConnectionDisconnectedReason = "CHANNEL_BANNED"

	// ConnectionDisconnectedReasonLicenseMissing: The licence is missing.
	ConnectionDisconnectedReasonLicenseMissing ConnectionDisconnectedReason = "LICENSE_MISSING"

	// ConnectionDisconnectedReasonLicenseExpired: The licence has expired.
	ConnectionDisconnectedReasonLicenseExpired ConnectionDisconnectedReason = "LICENSE_EXPIRED"

	// ConnectionDisconnectedReasonLicenseMinutesExceeded: The licence's minutes are used up.
	ConnectionDisconnectedReasonLicenseMinutesExceeded ConnectionDisconnectedReason = "LICENSE_MINUTES_EXCEEDED"

	// ConnectionDisconnectedReasonLicensePeriodInvalid: The licence is not valid for this period.
	ConnectionDisconnectedReasonLicensePeriodInvalid ConnectionDisconnectedReason = "LICENSE_PERIOD_INVALID"

	// ConnectionDisconnectedReasonLicenseMultipleSdkService: The licence is used by several SDK services at once.
	ConnectionDisconnectedReasonLicenseMultipleSdkService ConnectionDisconnectedReason = "LICENSE_MULTIPLE_SDK_SERVICE"

	// ConnectionDisconnectedReasonLicenseIllegal: The licence is not valid.
	ConnectionDisconnectedReasonLicenseIllegal ConnectionDisconnectedReason = "LICENSE_ILLEGAL"

	// ConnectionDisconnectedReasonTokenExpire: The token expired during the session.
	ConnectionDisconnectedReasonTokenExpire ConnectionDisconnectedReason = "TOKEN_EXPIRE"

	// ConnectionDisconnectedReasonFallbackToHls: The session was moved to HLS playback.
	ConnectionDisconnectedReasonFallbackToHls ConnectionDisconnectedReason = "FALLBACK_TO_HLS"

	// ConnectionDisconnectedReasonUidConflict: Another client joined with the same UID.
	ConnectionDisconnectedReasonUidConflict ConnectionDisconnectedReason = "UID_CONFLICT"
)

// ConnectionDisconnectedReasonFromValue returns the code with this wire value, and whether the catalog knows it.
func ConnectionDisconnectedReasonFromValue(value string) (ConnectionDisconnectedReason, bool) {
	if c := ConnectionDisconnectedReason(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseConnectionDisconnectedReason returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseConnectionDisconnectedReason(name string) (ConnectionDisconnectedReason, bool) {
	switch name {
	case "LEAVE":
		return ConnectionDisconnectedReasonLeave, true
	case "NETWORK_ERROR":
		return ConnectionDisconnectedReasonNetworkError, true
	case "SERVER_ERROR":
		return ConnectionDisconnectedReasonServerError, true
	case "UID_BANNED":
		return ConnectionDisconnectedReasonUidBanned, true
	case "FALLBACK":
		return ConnectionDisconnectedReasonFallback, true
	case "IP_BANNED":
		return ConnectionDisconnectedReasonIpBanned, true
	case "CHANNEL_BANNED":
		return ConnectionDisconnectedReasonChannelBanned, true
	case "LICENSE_MISSING":
		return ConnectionDisconnectedReasonLicenseMissing, true
	case "LICENSE_EXPIRED":
		return ConnectionDisconnectedReasonLicenseExpired, true
	case "LICENSE_MINUTES_EXCEEDED":
		return ConnectionDisconnectedReasonLicenseMinutesExceeded, true
	case "LICENSE_PERIOD_INVALID":
		return ConnectionDisconnectedReasonLicensePeriodInvalid, true
	case "LICENSE_MULTIPLE_SDK_SERVICE":
		return ConnectionDisconnectedReasonLicenseMultipleSdkService, true
	case "LICENSE_ILLEGAL":
		return ConnectionDisconnectedReasonLicenseIllegal, true
	case "TOKEN_EXPIRE":
		return ConnectionDisconnectedReasonTokenExpire, true
	case "FALLBACK_TO_HLS":
		return ConnectionDisconnectedReasonFallbackToHls, true
	case "UID_CONFLICT":
		return ConnectionDisconnectedReasonUidConflict, true
	}
	return "", false
}

// AllConnectionDisconnectedReasonValues returns every code, in upstream order.
func AllConnectionDisconnectedReasonValues() []ConnectionDisconnectedReason {
	return []ConnectionDisconnectedReason{
		ConnectionDisconnectedReasonLeave,
		ConnectionDisconnectedReasonNetworkError,
		ConnectionDisconnectedReasonServerError,
		ConnectionDisconnectedReasonUidBanned,
		ConnectionDisconnectedReasonFallback,
		ConnectionDisconnectedReasonIpBanned,
		ConnectionDisconnectedReasonChannelBanned,
		ConnectionDisconnectedReasonLicenseMissing,
		ConnectionDisconnectedReasonLicenseExpired,
		ConnectionDisconnectedReasonLicenseMinutesExceeded,
		ConnectionDisconnectedReasonLicensePeriodInvalid,
		ConnectionDisconnectedReasonLicenseMultipleSdkService,
		ConnectionDisconnectedReasonLicenseIllegal,
		ConnectionDisconnectedReasonTokenExpire,
		ConnectionDisconnectedReasonFallbackToHls,
		ConnectionDisconnectedReasonUidConflict,
	}
}

// String returns the name exactly as upstream spells it, or ConnectionDisconnectedReason(value) for a value the
// catalog does not know.
func (c ConnectionDisconnectedReason) String() string {
	if i := c.index(); i >= 0 {
		return connectionDisconnectedReasonInfo[i].UpstreamName
	}
	return fmt.Sprintf("ConnectionDisconnectedReason(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c ConnectionDisconnectedReason) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c ConnectionDisconnectedReason) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &connectionDisconnectedReasonInfo[i]
	}
	return nil
}

// index is the code's row in connectionDisconnectedReasonInfo, or -1.
func (c ConnectionDisconnectedReason) index() int {
	switch c {
	case ConnectionDisconnectedReasonLeave:
		return 0
	case ConnectionDisconnectedReasonNetworkError:
		return 1
	case ConnectionDisconnectedReasonServerError:
		return 2
	case ConnectionDisconnectedReasonUidBanned:
		return 3
	case ConnectionDisconnectedReasonFallback:
		return 4
	case ConnectionDisconnectedReasonIpBanned:
		return 5
	case ConnectionDisconnectedReasonChannelBanned:
		return 6
	case ConnectionDisconnectedReasonLicenseMissing:
		return 7
	case ConnectionDisconnectedReasonLicenseExpired:
		return 8
	case ConnectionDisconnectedReasonLicenseMinutesExceeded:
		return 9
	case ConnectionDisconnectedReasonLicensePeriodInvalid:
		return 10
	case ConnectionDisconnectedReasonLicenseMultipleSdkService:
		return 11
	case ConnectionDisconnectedReasonLicenseIllegal:
		return 12
	case ConnectionDisconnectedReasonTokenExpire:
		return 13
	case ConnectionDisconnectedReasonFallbackToHls:
		return 14
	case ConnectionDisconnectedReasonUidConflict:
		return 15
	}
	return -1
}

var connectionDisconnectedReasonInfo = [...]errorcatalog.Info{
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "LEAVE",
		UpstreamName:       "LEAVE",
		Summary:            "The user left the channel.",
		Cause:              "The app called leave(). The SDK's d.ts says: \"The user has left the channel.\"",
		When:               []string{"the app calls client.leave()"},
		Category:           errorcatalog.CategoryEndedNormally,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You have left the call.",
		UserMessageKey:     "agora.connection_disconnected_reason.LEAVE",
		Remediation:        []string{"Nothing to fix: clean up the call UI."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "A deliberate local leave is not a failure, so there is nothing to retry.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "NETWORK_ERROR",
		UpstreamName:       "NETWORK_ERROR",
		Summary:            "The network failed and the SDK gave up reconnecting.",
		Cause:              "The connection to Agora was lost and the SDK's own reconnection attempts failed. The SDK's d.ts says: \"The network is down, and cannot recover after retry.\"",
		When:               []string{"a long network outage", "the user's network blocks Agora after a change"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was lost. Check your internet connection and join again.",
		UserMessageKey:     "agora.connection_disconnected_reason.NETWORK_ERROR",
		Remediation:        []string{"Tell the user the connection was lost and offer to rejoin; rejoin with backoff when the browser reports it is online.", "If it happens often, check firewalls and consider the cloud proxy."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The SDK has already retried; an app-level rejoin after a delay, once the network is back, is the next step.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "SERVER_ERROR",
		UpstreamName:       "SERVER_ERROR",
		Summary:            "The server returned an error.",
		Cause:              "Agora's server refused the session. The SDK's d.ts says: \"The server returns an error. This is usually caused by incorrect parameter settings.\"",
		When:               []string{"join parameters the server refuses", "a server-side fault during the session"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "agora.connection_disconnected_reason.SERVER_ERROR",
		Remediation:        []string{"Check the app ID, token, channel name and UID the app joins with.", "Rejoin with backoff; report repeated failures with the SDK logs."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The d.ts points at parameter settings, but the SDK also uses this reason for server faults it cannot recover from; one delayed rejoin, then check the parameters.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "UID_BANNED",
		UpstreamName:       "UID_BANNED",
		Summary:            "The user was banned from the channel.",
		Cause:              "The server banned this UID, for example through the kicking-rule RESTful API; the SDK also uses this reason when the server reports the UID already joined elsewhere (ERR_REPEAT_JOIN_CHANNEL). The SDK's d.ts says: \"The user is banned.\"",
		When:               []string{"the app's backend bans the user", "the same UID joins the channel from another client"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You were removed from this call.",
		UserMessageKey:     "agora.connection_disconnected_reason.UID_BANNED",
		Remediation:        []string{"Do not rejoin automatically; tell the user they were removed.", "If it was a duplicate UID, give each client its own UID."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The ban is another party's decision; rejoining would either be refused or undo it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "FALLBACK",
		UpstreamName:       "FALLBACK",
		Summary:            "The connection was closed to switch the signalling path.",
		Cause:              "Internal: the SDK closes its data-channel signalling attempt with this reason when it falls back to the WebSocket (marked @ignore in the d.ts). AgoraRTCClient drops gateway state changes with this reason instead of emitting connection-state-change, so an app does not receive it.",
		When:               []string{"data-channel signalling times out and the SDK falls back"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Reconnecting to the call...",
		UserMessageKey:     "agora.connection_disconnected_reason.FALLBACK",
		Remediation:        []string{"Nothing to do in the app; log it."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      nil,
		Rationale:          "The SDK switches from data-channel to WebSocket signalling by itself and goes on, and the client does not emit connection-state-change for it, so the catalog does not treat it as final; the d.ts hides it (@ignore) and documents no verdict.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "IP_BANNED",
		UpstreamName:       "IP_BANNED",
		Summary:            "The user's IP address was banned.",
		Cause:              "The server banned the client's IP address. The SDK's d.ts says: \"The IP is banned.\"",
		When:               []string{"the app's backend bans the IP through the kicking rules"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You were removed from this call.",
		UserMessageKey:     "agora.connection_disconnected_reason.IP_BANNED",
		Remediation:        []string{"Do not rejoin automatically; the ban must be lifted by the app's backend."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The ban is a deliberate decision; rejoining from the same address is refused.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "CHANNEL_BANNED",
		UpstreamName:       "CHANNEL_BANNED",
		Summary:            "The channel was banned.",
		Cause:              "The server banned the whole channel. The SDK's d.ts says: \"The channel is banned.\"",
		When:               []string{"the app's backend bans the channel through the kicking rules"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call has ended.",
		UserMessageKey:     "agora.connection_disconnected_reason.CHANNEL_BANNED",
		Remediation:        []string{"Do not rejoin; the ban must be lifted by the app's backend."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Every participant is out and the channel refuses new joins until the ban is lifted.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "LICENSE_MISSING",
		UpstreamName:       "LICENSE_MISSING",
		Summary:            "The licence is missing.",
		Cause:              "The server closed the session because the client has no licence (marked @ignore in the d.ts).",
		When:               []string{"a project that needs a licence joins without one"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This service is not available right now. Please contact the organiser or support.",
		UserMessageKey:     "agora.connection_disconnected_reason.LICENSE_MISSING",
		Remediation:        []string{"Provide the licence the project requires; contact Agora."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "LICENSE_EXPIRED",
		UpstreamName:       "LICENSE_EXPIRED",
		Summary:            "The licence has expired.",
		Cause:              "The server closed the session because the licence expired (marked @ignore in the d.ts).",
		When:               []string{"using a licence past its end date"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This service is not available right now. Please contact the organiser or support.",
		UserMessageKey:     "agora.connection_disconnected_reason.LICENSE_EXPIRED",
		Remediation:        []string{"Renew the licence with Agora."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "LICENSE_MINUTES_EXCEEDED",
		UpstreamName:       "LICENSE_MINUTES_EXCEEDED",
		Summary:            "The licence's minutes are used up.",
		Cause:              "The server closed the session because the licence's usage minutes are exhausted (marked @ignore in the d.ts).",
		When:               []string{"usage beyond the licensed minutes"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This service is not available right now. Please contact the organiser or support.",
		UserMessageKey:     "agora.connection_disconnected_reason.LICENSE_MINUTES_EXCEEDED",
		Remediation:        []string{"Extend the licence's minutes with Agora."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "LICENSE_PERIOD_INVALID",
		UpstreamName:       "LICENSE_PERIOD_INVALID",
		Summary:            "The licence is not valid for this period.",
		Cause:              "The server closed the session because the licence's validity period does not cover now (marked @ignore in the d.ts).",
		When:               []string{"a licence not yet valid, or with a wrong period"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This service is not available right now. Please contact the organiser or support.",
		UserMessageKey:     "agora.connection_disconnected_reason.LICENSE_PERIOD_INVALID",
		Remediation:        []string{"Check the licence's validity period with Agora."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "LICENSE_MULTIPLE_SDK_SERVICE",
		UpstreamName:       "LICENSE_MULTIPLE_SDK_SERVICE",
		Summary:            "The licence is used by several SDK services at once.",
		Cause:              "The server closed the session because one licence is in use by more than one SDK service (marked @ignore in the d.ts).",
		When:               []string{"the same licence used from several clients or products"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This service is not available right now. Please contact the organiser or support.",
		UserMessageKey:     "agora.connection_disconnected_reason.LICENSE_MULTIPLE_SDK_SERVICE",
		Remediation:        []string{"Use one licence per SDK service, as Agora's terms require."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "LICENSE_ILLEGAL",
		UpstreamName:       "LICENSE_ILLEGAL",
		Summary:            "The licence is not valid.",
		Cause:              "The server closed the session because the licence is not legitimate (marked @ignore in the d.ts).",
		When:               []string{"a malformed or forged licence"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This service is not available right now. Please contact the organiser or support.",
		UserMessageKey:     "agora.connection_disconnected_reason.LICENSE_ILLEGAL",
		Remediation:        []string{"Use a licence issued by Agora for this project."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "TOKEN_EXPIRE",
		UpstreamName:       "TOKEN_EXPIRE",
		Summary:            "The token expired during the session.",
		Cause:              "The server closed the session because the token expired. The SDK's d.ts says: \"The user's token expires.\"",
		When:               []string{"the session runs past the token's expiry without renewToken()"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your access to this call has expired. Please join again.",
		UserMessageKey:     "agora.connection_disconnected_reason.TOKEN_EXPIRE",
		Remediation:        []string{"Fetch a new token and join again.", "Renew tokens in time: handle token-privilege-will-expire with client.renewToken()."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      nil,
		Rationale:          "A fresh token from the app's backend is all that is needed to rejoin.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "FALLBACK_TO_HLS",
		UpstreamName:       "FALLBACK_TO_HLS",
		Summary:            "The session was moved to HLS playback.",
		Cause:              "Internal: the server asked the client to fall back to HLS and the SDK closed the RTC connection (only with ENABLE_FALLBACK_TO_HLS set; marked @ignore in the d.ts).",
		When:               []string{"the service downgrades an audience member to HLS"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call has moved to a different playback mode.",
		UserMessageKey:     "agora.connection_disconnected_reason.FALLBACK_TO_HLS",
		Remediation:        []string{"Follow the HLS fallback flow the project configured; do not rejoin over RTC automatically."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The service chose another delivery path; rejoining over RTC would undo that choice.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "connection_disconnected_reason",
		CatalogName:        "UID_CONFLICT",
		UpstreamName:       "UID_CONFLICT",
		Summary:            "Another client joined with the same UID.",
		Cause:              "The server reported that the UID already joined the channel (ERR_REPEAT_JOIN_CHANNEL) and the SDK, with the IGNORE_UID_CHECK parameter set, closes with this reason (marked @ignore in the d.ts).",
		When:               []string{"the same UID joins from another device or tab"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You joined this call from another device or window, so this one was disconnected.",
		UserMessageKey:     "agora.connection_disconnected_reason.UID_CONFLICT",
		Remediation:        []string{"Give every client its own UID.", "Offer the user a button to rejoin here."},
		Causes:             nil,
		References:         []string{"@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts", "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Rejoining would evict the other client; only rejoin if the user chooses to.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// ChannelMediaRelayError: Error code of a channel media relay, reported with its state in the channel-media-relay-state event.
//
// Upstream: ChannelMediaRelayError in https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html 4.24.8 (package npm:agora-rtc-sdk-ng@4.24.8).
type ChannelMediaRelayError string

// Every ChannelMediaRelayError, in upstream order.
const (
	// ChannelMediaRelayErrorRelayOk: No relay error.
	ChannelMediaRelayErrorRelayOk ChannelMediaRelayError = "RELAY_OK"

	// ChannelMediaRelayErrorServerConnectionLost: The SDK lost its connection to the relay service.
	ChannelMediaRelayErrorServerConnectionLost ChannelMediaRelayError = "SERVER_CONNECTION_LOST"

	// ChannelMediaRelayErrorSrcTokenExpired: The source channel's relay token expired.
	ChannelMediaRelayErrorSrcTokenExpired ChannelMediaRelayError = "SRC_TOKEN_EXPIRED"

	// ChannelMediaRelayErrorDestTokenExpired: A destination channel's relay token expired.
	ChannelMediaRelayErrorDestTokenExpired ChannelMediaRelayError = "DEST_TOKEN_EXPIRED"
)

// ChannelMediaRelayErrorFromValue returns the code with this wire value, and whether the catalog knows it.
func ChannelMediaRelayErrorFromValue(value string) (ChannelMediaRelayError, bool) {
	if c := ChannelMediaRelayError(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseChannelMediaRelayError returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseChannelMediaRelayError(name string) (ChannelMediaRelayError, bool) {
	switch name {
	case "RELAY_OK":
		return ChannelMediaRelayErrorRelayOk, true
	case "SERVER_CONNECTION_LOST":
		return ChannelMediaRelayErrorServerConnectionLost, true
	case "SRC_TOKEN_EXPIRED":
		return ChannelMediaRelayErrorSrcTokenExpired, true
	case "DEST_TOKEN_EXPIRED":
		return ChannelMediaRelayErrorDestTokenExpired, true
	}
	return "", false
}

// AllChannelMediaRelayErrorValues returns every code, in upstream order.
func AllChannelMediaRelayErrorValues() []ChannelMediaRelayError {
	return []ChannelMediaRelayError{
		ChannelMediaRelayErrorRelayOk,
		ChannelMediaRelayErrorServerConnectionLost,
		ChannelMediaRelayErrorSrcTokenExpired,
		ChannelMediaRelayErrorDestTokenExpired,
	}
}

// String returns the name exactly as upstream spells it, or ChannelMediaRelayError(value) for a value the
// catalog does not know.
func (c ChannelMediaRelayError) String() string {
	if i := c.index(); i >= 0 {
		return channelMediaRelayErrorInfo[i].UpstreamName
	}
	return fmt.Sprintf("ChannelMediaRelayError(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c ChannelMediaRelayError) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c ChannelMediaRelayError) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &channelMediaRelayErrorInfo[i]
	}
	return nil
}

// index is the code's row in channelMediaRelayErrorInfo, or -1.
func (c ChannelMediaRelayError) index() int {
	switch c {
	case ChannelMediaRelayErrorRelayOk:
		return 0
	case ChannelMediaRelayErrorServerConnectionLost:
		return 1
	case ChannelMediaRelayErrorSrcTokenExpired:
		return 2
	case ChannelMediaRelayErrorDestTokenExpired:
		return 3
	}
	return -1
}

var channelMediaRelayErrorInfo = [...]errorcatalog.Info{
	{
		Provider:           "agora",
		CodeSet:            "channel_media_relay_error",
		CatalogName:        "RELAY_OK",
		UpstreamName:       "RELAY_OK",
		Summary:            "No relay error.",
		Cause:              "The relay is not in the failure state; the SDK reports RELAY_OK with every other relay state. The SDK's d.ts says: \"No error.\"",
		When:               []string{"every channel-media-relay-state event whose state is not RELAY_STATE_FAILURE"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Everything is working normally.",
		UserMessageKey:     "agora.channel_media_relay_error.RELAY_OK",
		Remediation:        []string{"Nothing to fix."},
		Causes:             nil,
		References:         []string{"agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "channel_media_relay_error",
		CatalogName:        "SERVER_CONNECTION_LOST",
		UpstreamName:       "SERVER_CONNECTION_LOST",
		Summary:            "The SDK lost its connection to the relay service.",
		Cause:              "After a reconnection the SDK tried to restart the relay and failed; the relay state becomes RELAY_STATE_FAILURE. The SDK's d.ts says: \"The SDK disconnects from the relay service.\"",
		When:               []string{"a network drop during a relay, and the automatic restart fails"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Forwarding this call to the other channel stopped. Please try again.",
		UserMessageKey:     "agora.channel_media_relay_error.SERVER_CONNECTION_LOST",
		Remediation:        []string{"Call startChannelMediaRelay() again with backoff once the client is connected."},
		Causes:             nil,
		References:         []string{"agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The SDK's own restart failed; start the relay again after a delay.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "channel_media_relay_error",
		CatalogName:        "SRC_TOKEN_EXPIRED",
		UpstreamName:       "SRC_TOKEN_EXPIRED",
		Summary:            "The source channel's relay token expired.",
		Cause:              "The relay service reported that the source channel's token privilege expired; the relay state becomes RELAY_STATE_FAILURE. The SDK's d.ts says: \"The token of the source channel has expired.\"",
		When:               []string{"a relay running past the source token's expiry"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Forwarding this call to the other channel stopped. Please try again.",
		UserMessageKey:     "agora.channel_media_relay_error.SRC_TOKEN_EXPIRED",
		Remediation:        []string{"Generate a new source token (UID 0, source channel) and update or restart the relay."},
		Causes:             nil,
		References:         []string{"agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      nil,
		Rationale:          "A new token for the source channel fixes it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "agora",
		CodeSet:            "channel_media_relay_error",
		CatalogName:        "DEST_TOKEN_EXPIRED",
		UpstreamName:       "DEST_TOKEN_EXPIRED",
		Summary:            "A destination channel's relay token expired.",
		Cause:              "The relay service reported that a destination channel's token privilege expired; the relay state becomes RELAY_STATE_FAILURE. The SDK's d.ts says: \"The token of the destination channel has expired.\"",
		When:               []string{"a relay running past a destination token's expiry"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Forwarding this call to the other channel stopped. Please try again.",
		UserMessageKey:     "agora.channel_media_relay_error.DEST_TOKEN_EXPIRED",
		Remediation:        []string{"Generate a new destination token (destination UID and channel) and update or restart the relay."},
		Causes:             nil,
		References:         []string{"agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts", "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      nil,
		Rationale:          "A new token for the destination channel fixes it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Agora Web SDK error codes.
/// Code of an AgoraRTCError, the error the Agora Web SDK's methods reject with (error.code).
///
/// Upstream: AgoraRTCErrorCode in <https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html> 4.24.8 (package npm:@agora-js/shared@4.24.8).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::agora::AgoraRtcErrorCode;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = AgoraRtcErrorCode::from_value("UNEXPECTED_ERROR").expect("a known value");
/// assert_eq!(code, AgoraRtcErrorCode::UnexpectedError);
/// assert_eq!(code.value(), "UNEXPECTED_ERROR");
/// assert_eq!(<&str>::from(code), "UNEXPECTED_ERROR");
/// assert_eq!(code.name(), "UNEXPECTED_ERROR");
/// assert_eq!("UNEXPECTED_ERROR".parse::<AgoraRtcErrorCode>(), Ok(code));
/// assert_eq!(code.to_string(), "UNEXPECTED_ERROR");
/// assert_eq!(code.category(), Category::Unknown);
/// assert_eq!(code.retry_policy(), RetryPolicy::Backoff);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(AgoraRtcErrorCode::from_value("not-a-code"), None);
/// assert!(AgoraRtcErrorCode::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgoraRtcErrorCode {
    /// An unexpected error occurred inside the SDK.
    ///
    /// A catch-all the SDK uses when a call fails in a way it has no more specific code for, such as an unrecognised getUserMedia error or a broken internal state.
    ///
    /// Wire value "UNEXPECTED_ERROR".
    UnexpectedError,
    /// An Agora server answered with an unexpected response.
    ///
    /// A server (gateway, access point or live-streaming service) returned an error status or a body the SDK could not use; the message carries the server's description.
    ///
    /// Wire value "UNEXPECTED_RESPONSE".
    UnexpectedResponse,
    /// A protobuf-encoded server response could not be understood.
    ///
    /// The SDK could not decode a binary (protobuf) response from Agora's access point, for example an unknown response type from the SDP endpoint.
    ///
    /// Wire value "PB_ERROR".
    PbError,
    /// An operation timed out.
    ///
    /// A request or an internal wait (for a server reply or a state change) did not finish within the SDK's time limit.
    ///
    /// Wire value "TIMEOUT".
    Timeout,
    /// A call was given an invalid parameter.
    ///
    /// The SDK's argument checks refused a value: a wrong type, a value outside its allowed range or set, or a malformed configuration object.
    ///
    /// Wire value "INVALID_PARAMS".
    InvalidParams,
    /// The camera or microphone could not be read.
    ///
    /// getUserMedia failed with NotReadableError, which the SDK maps to this code: access was granted but the device could not be started.
    ///
    /// Wire value "NOT_READABLE".
    NotReadable,
    /// The browser or environment does not support the requested feature.
    ///
    /// The SDK found that the browser lacks an API it needs (an AudioContext, an audio processor, a codec, screen-sharing audio, ...) or getUserMedia failed with NotSupportedError.
    ///
    /// Wire value "NOT_SUPPORTED".
    NotSupported,
    /// The call is not allowed in the current state.
    ///
    /// The SDK refused an operation that does not fit the current state: operating a closed track, joining twice, publishing before joining, calling methods in the wrong order.
    ///
    /// Wire value "INVALID_OPERATION".
    InvalidOperation,
    /// The operation was cancelled before it finished.
    ///
    /// The SDK cancelled a pending request or retry loop, usually because the app called leave() or started a new operation that supersedes it.
    ///
    /// Wire value "OPERATION_ABORTED".
    OperationAborted,
    /// The page is not in a secure context.
    ///
    /// The browser restricts media and WebRTC APIs to secure contexts; the SDK reports this when the page is served over plain HTTP from a host other than localhost.
    ///
    /// Wire value "WEB_SECURITY_RESTRICT".
    WebSecurityRestrict,
    /// The SDP offer/answer exchange with Agora failed.
    ///
    /// Setting up or updating the WebRTC peer connection failed while exchanging session descriptions with Agora's gateway (P2PConnection connect, update or send).
    ///
    /// Wire value "EXCHANGE_SDP_FAILED".
    ExchangeSdpFailed,
    /// A remote ICE candidate could not be added.
    ///
    /// The browser refused an ICE candidate received from Agora (P2PConnection.addRemoteCandidate).
    ///
    /// Wire value "ADD_CANDIDATE_FAILED".
    AddCandidateFailed,
    /// A data channel operation failed.
    ///
    /// Creating, using or stopping a WebRTC data channel on the peer connection failed.
    ///
    /// Wire value "DATACHANNEL_FAILED".
    DatachannelFailed,
    /// An HTTP request failed because of the network.
    ///
    /// An HTTP request (to the access point, log or report servers) failed without a response, typically because the host is unreachable or the connection was reset.
    ///
    /// Wire value "NETWORK_ERROR".
    NetworkError,
    /// An HTTP request timed out.
    ///
    /// An HTTP request was aborted because it took too long (axios ECONNABORTED).
    ///
    /// Wire value "NETWORK_TIMEOUT".
    NetworkTimeout,
    /// An HTTP request got an error status.
    ///
    /// An HTTP request reached a server but the response had an error status; the error's message is the status code.
    ///
    /// Wire value "NETWORK_RESPONSE_ERROR".
    NetworkResponseError,
    /// An SDK method call took longer than its time limit.
    ///
    /// The SDK's API-call tracking (in @agora-js/report) records a public call such as join() or publish() as timed out when it has not settled within its timeout, and reports it with this code.
    ///
    /// Wire value "API_INVOKE_TIMEOUT".
    ApiInvokeTimeout,
    /// The list of media devices could not be read.
    ///
    /// navigator.mediaDevices.enumerateDevices failed when the SDK listed cameras, microphones or speakers.
    ///
    /// Wire value "ENUMERATE_DEVICES_FAILED".
    EnumerateDevicesFailed,
    /// The requested camera or microphone was not found.
    ///
    /// getUserMedia failed with NotFoundError (or DevicesNotFoundError), or the device ID passed to the SDK matches no device.
    ///
    /// Wire value "DEVICE_NOT_FOUND".
    DeviceNotFound,
    /// The Electron API needed for screen sharing is missing.
    ///
    /// Screen sharing under Electron needs Electron's desktopCapturer, which the SDK could not find.
    ///
    /// Wire value "ELECTRON_IS_NULL".
    ElectronIsNull,
    /// Electron could not list the screens and windows to share.
    ///
    /// The call to Electron's desktopCapturer.getSources failed.
    ///
    /// Wire value "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR".
    ElectronDesktopCapturerGetSourcesError,
    /// The Chrome screen-sharing extension did not respond.
    ///
    /// Legacy Chrome screen sharing through an extension: the extension did not answer the SDK's request.
    ///
    /// Wire value "CHROME_PLUGIN_NO_RESPONSE".
    ChromePluginNoResponse,
    /// The Chrome screen-sharing extension is not installed.
    ///
    /// Legacy Chrome screen sharing through an extension: the extension named by the app is not installed.
    ///
    /// Wire value "CHROME_PLUGIN_NOT_INSTALL".
    ChromePluginNotInstall,
    /// The media constraints cannot be met by the device.
    ///
    /// getUserMedia failed with OverconstrainedError, TrackStartError or "Starting video failed": the requested resolution, frame rate or device options do not fit the device.
    ///
    /// Wire value "MEDIA_OPTION_INVALID".
    MediaOptionInvalid,
    /// Access to the camera, microphone or screen was denied.
    ///
    /// getUserMedia or getDisplayMedia failed with NotAllowedError, PermissionDeniedError or InvalidStateError: the user, the browser or a policy refused access.
    ///
    /// Wire value "PERMISSION_DENIED".
    PermissionDenied,
    /// A media constraint cannot be satisfied.
    ///
    /// getUserMedia failed with ConstraintNotSatisfiedError (a legacy name for an unsatisfiable constraint).
    ///
    /// Wire value "CONSTRAINT_NOT_SATISFIED".
    ConstraintNotSatisfied,
    /// The track is disabled.
    ///
    /// The app tried to change a track that is disabled with setEnabled(false), for example its encoder configuration.
    ///
    /// Wire value "TRACK_IS_DISABLED".
    TrackIsDisabled,
    /// The visibility of the video element could not be read.
    ///
    /// getVideoElementVisibleStatus() failed to inspect the &lt;video&gt; element that plays the track.
    ///
    /// Wire value "GET_VIDEO_ELEMENT_VISIBLE_ERROR".
    GetVideoElementVisibleError,
    /// Sharing system audio with the screen was not allowed.
    ///
    /// createScreenVideoTrack() was asked for audio (withAudio: enable) but the user did not tick the share-audio option, or the browser offers none.
    ///
    /// Wire value "SHARE_AUDIO_NOT_ALLOWED".
    ShareAudioNotAllowed,
    /// The low-quality video stream could not be encoded.
    ///
    /// Setting up or updating the low-quality (dual-stream) video encoding failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "LOW_STREAM_ENCODING_ERROR".
    LowStreamEncodingError,
    /// The encoding parameters could not be applied.
    ///
    /// Setting the RTP encoding parameters on a sender failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "SET_ENCODING_PARAMETER_ERROR".
    SetEncodingParameterError,
    /// The track cannot move to the requested state.
    ///
    /// setEnabled and setMuted conflict: a muted track cannot be enabled or disabled, and a disabled track cannot be muted or unmuted.
    ///
    /// Wire value "TRACK_STATE_UNREACHABLE".
    TrackStateUnreachable,
    /// The user ID could not be mapped from a string account.
    ///
    /// When joining with a string user account, the SDK asks Agora for the matching integer UID; the reply was missing or invalid.
    ///
    /// Wire value "INVALID_UINT_UID_FROM_STRING_UID".
    InvalidUintUidFromStringUid,
    /// No cloud proxy server could be obtained.
    ///
    /// With the cloud proxy enabled, the SDK could not get a proxy server address. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "CAN_NOT_GET_PROXY_SERVER".
    CanNotGetProxyServer,
    /// No edge (gateway) server could be obtained.
    ///
    /// join() asks Agora's access point for edge servers; none came back (no edge services in the response, or every access-point request failed).
    ///
    /// Wire value "CAN_NOT_GET_GATEWAY_SERVER".
    CanNotGetGatewayServer,
    /// The gateway address is empty.
    ///
    /// The access point returned an empty edge-server address. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "VOID_GATEWAY_ADDRESS".
    VoidGatewayAddress,
    /// The same user ID is already in this channel from this page.
    ///
    /// join() was called with a UID that another client on the same page already uses in the same channel; the SDK refuses it before contacting the server.
    ///
    /// Wire value "UID_CONFLICT".
    UidConflict,
    /// The access point's combined response could not be parsed.
    ///
    /// The SDK could not parse one part of the access point's multi-service (unilbs) response during join().
    ///
    /// Wire value "MULTI_UNILBS_RESPONSE_ERROR".
    MultiUnilbsResponseError,
    /// The access ticket could not be renewed.
    ///
    /// The SDK refreshes a ticket from the access point during a session; the request failed or the response had no ticket.
    ///
    /// Wire value "UPDATE_TICKET_FAILED".
    UpdateTicketFailed,
    /// The token has expired.
    ///
    /// The token used to join has passed its expiry; the server refused it ("dynamic key expired") and the SDK closes the connection with the disconnect reason TOKEN_EXPIRE.
    ///
    /// Wire value "TOKEN_EXPIRE".
    TokenExpire,
    /// The local track is not valid for this call.
    ///
    /// A local track passed to the SDK is not usable for the operation. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "INVALID_LOCAL_TRACK".
    InvalidLocalTrack,
    /// The track passed is of the wrong kind.
    ///
    /// A method expecting a video track got an audio track, or the reverse.
    ///
    /// Wire value "INVALID_TRACK".
    InvalidTrack,
    /// The RTP sender for the track was not found.
    ///
    /// The SDK could not find the peer connection's sender for a published track. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "SENDER_NOT_FOUND".
    SenderNotFound,
    /// The browser could not create an SDP offer.
    ///
    /// RTCPeerConnection.createOffer failed while the SDK set up or renegotiated media.
    ///
    /// Wire value "CREATE_OFFER_FAILED".
    CreateOfferFailed,
    /// The SDP answer could not be applied.
    ///
    /// RTCPeerConnection.setRemoteDescription with Agora's answer failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "SET_ANSWER_FAILED".
    SetAnswerFailed,
    /// The ICE connection failed.
    ///
    /// The peer connection's ICE transport could not connect or was lost. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "ICE_FAILED".
    IceFailed,
    /// The peer connection is closed.
    ///
    /// An operation ran on a WebRTC peer connection that had already closed. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "PC_CLOSED".
    PcClosed,
    /// The sender's track could not be replaced.
    ///
    /// RTCRtpSender.replaceTrack failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "SENDER_REPLACE_FAILED".
    SenderReplaceFailed,
    /// The browser's media capabilities could not be read.
    ///
    /// The SDK could not read the local RTP capabilities (codecs, extensions) it needs for negotiation. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "GET_LOCAL_CAPABILITIES_FAILED".
    GetLocalCapabilitiesFailed,
    /// The local connection parameters could not be gathered.
    ///
    /// Creating the initial offer or gathering ICE parameters for the connection to Agora failed (P2PConnection.connect).
    ///
    /// Wire value "GET_LOCAL_CONNECTION_PARAMS_FAILED".
    GetLocalConnectionParamsFailed,
    /// Subscribing to a remote user's track failed.
    ///
    /// The gateway refused or failed a subscribe request; the message carries the server's code and description.
    ///
    /// Wire value "SUBSCRIBE_FAILED".
    SubscribeFailed,
    /// Unsubscribing from a remote user failed.
    ///
    /// The request to stop receiving a remote track failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "UNSUBSCRIBE_FAILED".
    UnsubscribeFailed,
    /// The media connection to the gateway was lost.
    ///
    /// The peer connection between the client and Agora's gateway dropped. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "GATEWAY_P2P_LOST".
    GatewayP2pLost,
    /// No ICE candidate was gathered.
    ///
    /// The browser gathered no usable ICE candidate. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "NO_ICE_CANDIDATE".
    NoIceCandidate,
    /// Only one video track can be published at a time.
    ///
    /// publish() was given a second video track while one is already published by this client.
    ///
    /// Wire value "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS".
    CanNotPublishMultipleVideoTracks,
    /// A disabled video track is already published.
    ///
    /// Publishing a video track failed because a disabled video track is still published. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "EXIST_DISABLED_VIDEO_TRACK".
    ExistDisabledVideoTrack,
    /// The remote user is not in the channel.
    ///
    /// subscribe() or a similar call named a remote user who is not (or no longer) in the channel.
    ///
    /// Wire value "INVALID_REMOTE_USER".
    InvalidRemoteUser,
    /// The remote user has not published the requested media.
    ///
    /// subscribe() asked for audio or video that the remote user is not publishing.
    ///
    /// Wire value "REMOTE_USER_IS_NOT_PUBLISHED".
    RemoteUserIsNotPublished,
    /// A custom report could not be sent.
    ///
    /// sendCustomReportMessage() failed to post the report to Agora's statistics collector; the message carries the underlying error.
    ///
    /// Wire value "CUSTOM_REPORT_SEND_FAILED".
    CustomReportSendFailed,
    /// Custom reports are sent too often.
    ///
    /// sendCustomReportMessage() was called with more messages than the SDK's limit (CUSTOM_REPORT_LIMIT) within its 5-second window.
    ///
    /// Wire value "CUSTOM_REPORT_FREQUENCY_TOO_HIGH".
    CustomReportFrequencyTooHigh,
    /// The audio file could not be downloaded.
    ///
    /// createBufferSourceAudioTrack() could not fetch the audio file from the given URL.
    ///
    /// Wire value "FETCH_AUDIO_FILE_FAILED".
    FetchAudioFileFailed,
    /// The local audio file could not be read.
    ///
    /// The FileReader failed to read the File or Blob given to createBufferSourceAudioTrack().
    ///
    /// Wire value "READ_LOCAL_AUDIO_FILE_ERROR".
    ReadLocalAudioFileError,
    /// The audio file could not be decoded.
    ///
    /// The Web Audio API failed to decode the audio data given to createBufferSourceAudioTrack().
    ///
    /// Wire value "DECODE_AUDIO_FILE_FAILED".
    DecodeAudioFileFailed,
    /// The WebSocket operation was aborted.
    ///
    /// A request on the signalling WebSocket was abandoned because the socket closed or was not ready, or the choice of the best WebSocket was aborted (for example by leave()).
    ///
    /// Wire value "WS_ABORT".
    WsAbort,
    /// The signalling WebSocket disconnected.
    ///
    /// The WebSocket to Agora's gateway closed (the message carries the close code), or its reconnection failed.
    ///
    /// Wire value "WS_DISCONNECT".
    WsDisconnect,
    /// The signalling WebSocket failed.
    ///
    /// The WebSocket could not be created or a message could not be sent on it.
    ///
    /// Wire value "WS_ERR".
    WsErr,
    /// An external signalling request was aborted.
    ///
    /// A request on the external (P2P) signalling channel was abandoned before an answer arrived; the message names its type and request ID.
    ///
    /// Wire value "EXTERNAL_SIGNAL_ABORT".
    ExternalSignalAbort,
    /// A live-streaming task for this URL already exists.
    ///
    /// startLiveStreaming() was called with a URL that already has a task.
    ///
    /// Wire value "LIVE_STREAMING_TASK_CONFLICT".
    LiveStreamingTaskConflict,
    /// A live-streaming argument is invalid.
    ///
    /// The CDN streaming service refused the URL or transcoding settings. The SDK's d.ts documents it as: "Invalid argument."
    ///
    /// Wire value "LIVE_STREAMING_INVALID_ARGUMENT".
    LiveStreamingInvalidArgument,
    /// Agora's streaming server failed.
    ///
    /// The CDN streaming service reported an internal error, or its worker was missing. The SDK's d.ts documents it as: "An error occurs in Agora's streaming server."
    ///
    /// Wire value "LIVE_STREAMING_INTERNAL_SERVER_ERROR".
    LiveStreamingInternalServerError,
    /// The streaming URL is already in use.
    ///
    /// The CDN refused the push because another stream already uses the URL. The SDK's d.ts documents it as: "The URL is occupied."
    ///
    /// Wire value "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED".
    LiveStreamingPublishStreamNotAuthorized,
    /// Transcoding settings were given without transcoding enabled.
    ///
    /// setLiveTranscoding() was used for a task started without transcoding. The SDK's d.ts documents it as: "Sets the transcoding parameters when the transcoding is not enabled."
    ///
    /// Wire value "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED".
    LiveStreamingTranscodingNotSupported,
    /// The CDN failed.
    ///
    /// The CDN receiving the stream reported an error. The SDK's d.ts documents it as: "An error occurs in the CDN."
    ///
    /// Wire value "LIVE_STREAMING_CDN_ERROR".
    LiveStreamingCdnError,
    /// The stream to push is missing or unusable.
    ///
    /// Raw (non-transcoded) streaming found no stream to push, or the stream is not H.264, or the CDN timed out waiting for it. The SDK's d.ts documents it as: "Timeout for the CDN live streaming. Please check your media stream."
    ///
    /// Wire value "LIVE_STREAMING_INVALID_RAW_STREAM".
    LiveStreamingInvalidRawStream,
    /// Too many streaming URLs.
    ///
    /// The client pushes to more URLs than the service allows (10, per the d.ts). The SDK's d.ts documents it as: "Pushes stremas to more than 10 URLs."
    ///
    /// Wire value "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT".
    LiveStreamingWarnStreamNumReachLimit,
    /// A transcoding image could not be loaded.
    ///
    /// The streaming service could not fetch the watermark or background image of the transcoding layout. The SDK's d.ts documents it as: "Fails to load the background image or watermark image."
    ///
    /// Wire value "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE".
    LiveStreamingWarnFailedLoadImage,
    /// Streaming requests are too frequent.
    ///
    /// The app starts, stops or updates streaming tasks too often. The SDK's d.ts documents it as: "Pushes stremas to the CDN too frequently."
    ///
    /// Wire value "LIVE_STREAMING_WARN_FREQUENT_REQUEST".
    LiveStreamingWarnFrequentRequest,
    /// A WebGL error occurred.
    ///
    /// The WebGL context used for video processing failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "WEBGL_INTERNAL_ERROR".
    WebglInternalError,
    /// The beauty effect processor failed.
    ///
    /// The video beauty-effect processor hit an internal error. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "BEAUTY_PROCESSOR_INTERNAL_ERROR".
    BeautyProcessorInternalError,
    /// The media relay did not reach the expected state.
    ///
    /// While starting or updating a channel media relay, the SDK waited for a status from the relay service that did not come, or another status came.
    ///
    /// Wire value "CROSS_CHANNEL_WAIT_STATUS_ERROR".
    CrossChannelWaitStatusError,
    /// The media relay could not join the source channel.
    ///
    /// The relay service failed to set the source channel (its SetSourceChannel reply was an error). The upstream value is spelled CROSS_CHANNEL_FAILED_JOIN_SEC, unlike the name.
    ///
    /// Wire value "CROSS_CHANNEL_FAILED_JOIN_SEC".
    CrossChannelFailedJoinSrc,
    /// The media relay could not join a destination channel.
    ///
    /// The relay service failed to set a destination channel (SetDestChannelStatus reply was an error).
    ///
    /// Wire value "CROSS_CHANNEL_FAILED_JOIN_DEST".
    CrossChannelFailedJoinDest,
    /// The media relay could not send media to the destination.
    ///
    /// The relay service reported that starting the packet transfer to the destination channels failed.
    ///
    /// Wire value "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST".
    CrossChannelFailedPacketSentToDest,
    /// The media relay service answered with an error.
    ///
    /// A request to the relay service got an error response; the message carries the response.
    ///
    /// Wire value "CROSS_CHANNEL_SERVER_ERROR_RESPONSE".
    CrossChannelServerErrorResponse,
    /// The metadata is too large.
    ///
    /// Media metadata (SEI) passed to the SDK exceeds the allowed size.
    ///
    /// Wire value "METADATA_OUT_OF_RANGE".
    MetadataOutOfRange,
    /// Local echo cancellation could not be set up.
    ///
    /// processExternalMediaAEC() could not route the media element's audio into the echo canceller (no audio track or destination node).
    ///
    /// Wire value "LOCAL_AEC_ERROR".
    LocalAecError,
    /// The extension is not valid.
    ///
    /// registerExtensions() was given something that is not a valid Agora extension. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "INVALID_PLUGIN".
    InvalidPlugin,
    /// The media connection was dropped during an operation.
    ///
    /// A pending request on the media (P2P) connection was abandoned because the connection was torn down, for example on leave() or a reconnect.
    ///
    /// Wire value "DISCONNECT_P2P".
    DisconnectP2p,
    /// A video frame image could not be converted.
    ///
    /// Converting captured ImageData to a Blob (for screenshots or moderation) failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.
    ///
    /// Wire value "CONVERTING_IMAGEDATA_TO_BLOB_FAILED".
    ConvertingImagedataToBlobFailed,
    /// A video frame could not be converted to an image.
    ///
    /// Turning a video frame into an image Blob (canvas toBlob) failed, for example in image moderation.
    ///
    /// Wire value "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED".
    ConvertingVideoFrameToBlobFailed,
    /// Joining through the data channel timed out.
    ///
    /// The SDK tried to signal over a WebRTC data channel and it did not open in time; the SDK falls back to the WebSocket (closing that attempt with the disconnect reason FALLBACK).
    ///
    /// Wire value "INIT_DATACHANNEL_TIMEOUT".
    InitDatachannelTimeout,
    /// The data channel could not be created.
    ///
    /// The browser failed to create the data channel the SDK uses for signalling or data streams.
    ///
    /// Wire value "CREATE_DATACHANNEL_ERROR".
    CreateDatachannelError,
    /// The data channel did not connect in time.
    ///
    /// A data channel did not open within the SDK's limit (DC_CONNECTION_TIMEOUT), or the channel could not be found.
    ///
    /// Wire value "DATACHANNEL_CONNECTION_TIMEOUT".
    DatachannelConnectionTimeout,
    /// The operation is prohibited by the project's configuration.
    ///
    /// setArea() was refused because the area is already fixed by Agora's distributed configuration or by access-point extensions.
    ///
    /// Wire value "PROHIBITED_OPERATION".
    ProhibitedOperation,
    /// An image for content moderation could not be uploaded.
    ///
    /// The image-moderation service failed to upload a captured frame; the message carries the server's reason.
    ///
    /// Wire value "IMAGE_MODERATION_UPLOAD_FAILED".
    ImageModerationUploadFailed,
    /// A peer-to-peer message request failed.
    ///
    /// A request over the P2P channel was answered with a failure; the message names the request and its ID.
    ///
    /// Wire value "P2P_MESSAGE_FAILED".
    P2pMessageFailed,
}
impl AgoraRtcErrorCode {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::UnexpectedError,
        Self::UnexpectedResponse,
        Self::PbError,
        Self::Timeout,
        Self::InvalidParams,
        Self::NotReadable,
        Self::NotSupported,
        Self::InvalidOperation,
        Self::OperationAborted,
        Self::WebSecurityRestrict,
        Self::ExchangeSdpFailed,
        Self::AddCandidateFailed,
        Self::DatachannelFailed,
        Self::NetworkError,
        Self::NetworkTimeout,
        Self::NetworkResponseError,
        Self::ApiInvokeTimeout,
        Self::EnumerateDevicesFailed,
        Self::DeviceNotFound,
        Self::ElectronIsNull,
        Self::ElectronDesktopCapturerGetSourcesError,
        Self::ChromePluginNoResponse,
        Self::ChromePluginNotInstall,
        Self::MediaOptionInvalid,
        Self::PermissionDenied,
        Self::ConstraintNotSatisfied,
        Self::TrackIsDisabled,
        Self::GetVideoElementVisibleError,
        Self::ShareAudioNotAllowed,
        Self::LowStreamEncodingError,
        Self::SetEncodingParameterError,
        Self::TrackStateUnreachable,
        Self::InvalidUintUidFromStringUid,
        Self::CanNotGetProxyServer,
        Self::CanNotGetGatewayServer,
        Self::VoidGatewayAddress,
        Self::UidConflict,
        Self::MultiUnilbsResponseError,
        Self::UpdateTicketFailed,
        Self::TokenExpire,
        Self::InvalidLocalTrack,
        Self::InvalidTrack,
        Self::SenderNotFound,
        Self::CreateOfferFailed,
        Self::SetAnswerFailed,
        Self::IceFailed,
        Self::PcClosed,
        Self::SenderReplaceFailed,
        Self::GetLocalCapabilitiesFailed,
        Self::GetLocalConnectionParamsFailed,
        Self::SubscribeFailed,
        Self::UnsubscribeFailed,
        Self::GatewayP2pLost,
        Self::NoIceCandidate,
        Self::CanNotPublishMultipleVideoTracks,
        Self::ExistDisabledVideoTrack,
        Self::InvalidRemoteUser,
        Self::RemoteUserIsNotPublished,
        Self::CustomReportSendFailed,
        Self::CustomReportFrequencyTooHigh,
        Self::FetchAudioFileFailed,
        Self::ReadLocalAudioFileError,
        Self::DecodeAudioFileFailed,
        Self::WsAbort,
        Self::WsDisconnect,
        Self::WsErr,
        Self::ExternalSignalAbort,
        Self::LiveStreamingTaskConflict,
        Self::LiveStreamingInvalidArgument,
        Self::LiveStreamingInternalServerError,
        Self::LiveStreamingPublishStreamNotAuthorized,
        Self::LiveStreamingTranscodingNotSupported,
        Self::LiveStreamingCdnError,
        Self::LiveStreamingInvalidRawStream,
        Self::LiveStreamingWarnStreamNumReachLimit,
        Self::LiveStreamingWarnFailedLoadImage,
        Self::LiveStreamingWarnFrequentRequest,
        Self::WebglInternalError,
        Self::BeautyProcessorInternalError,
        Self::CrossChannelWaitStatusError,
        Self::CrossChannelFailedJoinSrc,
        Self::CrossChannelFailedJoinDest,
        Self::CrossChannelFailedPacketSentToDest,
        Self::CrossChannelServerErrorResponse,
        Self::MetadataOutOfRange,
        Self::LocalAecError,
        Self::InvalidPlugin,
        Self::DisconnectP2p,
        Self::ConvertingImagedataToBlobFailed,
        Self::ConvertingVideoFrameToBlobFailed,
        Self::InitDatachannelTimeout,
        Self::CreateDatachannelError,
        Self::DatachannelConnectionTimeout,
        Self::ProhibitedOperation,
        Self::ImageModerationUploadFailed,
        Self::P2pMessageFailed,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 96;
    const CODE_SET: &'static str = "agora/agora_rtc_error_code";
    const INFO: [crate::CodeInfo; 96] = [
        crate::CodeInfo {
            name: "UNEXPECTED_ERROR",
            catalog_name: "UNEXPECTED_ERROR",
            summary: "An unexpected error occurred inside the SDK.",
            cause: "A catch-all the SDK uses when a call fails in a way it has no more specific code for, such as an unrecognised getUserMedia error or a broken internal state.",
            when: &[
                "a browser API fails with an error name the SDK does not map",
                "an internal SDK invariant is broken",
            ],
            user_message: "Something went wrong. Please try again.",
            user_message_key: "agora.agora_rtc_error_code.UNEXPECTED_ERROR",
            remediation: &[
                "Log the error's message and data: they carry the underlying browser or SDK error.",
                "Retry the call once after a short delay; if it keeps failing, report it to Agora support with the SDK logs.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The code says nothing about the cause, so one delayed retry is reasonable; repeated failures need the logs.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UNEXPECTED_RESPONSE",
            catalog_name: "UNEXPECTED_RESPONSE",
            summary: "An Agora server answered with an unexpected response.",
            cause: "A server (gateway, access point or live-streaming service) returned an error status or a body the SDK could not use; the message carries the server's description.",
            when: &["join() or a streaming call gets an error response from an Agora service"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "agora.agora_rtc_error_code.UNEXPECTED_RESPONSE",
            remediation: &[
                "Read the error's data (code, desc): it names the server's reason.",
                "Retry with backoff; if the same server description repeats, check the app ID, token and channel settings.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The server refused or garbled the request; the SDK marks some of these retryable itself, so a delayed retry is the general answer.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PB_ERROR",
            catalog_name: "PB_ERROR",
            summary: "A protobuf-encoded server response could not be understood.",
            cause: "The SDK could not decode a binary (protobuf) response from Agora's access point, for example an unknown response type from the SDP endpoint.",
            when: &[
                "joining through the SDP endpoint returns a response the SDK does not recognise",
            ],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "agora.agora_rtc_error_code.PB_ERROR",
            remediation: &[
                "Retry the join with backoff.",
                "If it persists, upgrade agora-rtc-sdk-ng: the service may speak a newer protocol than this SDK release.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A malformed or unknown server response is usually transient or a version mismatch; one delayed retry, then report.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TIMEOUT",
            catalog_name: "TIMEOUT",
            summary: "An operation timed out.",
            cause: "A request or an internal wait (for a server reply or a state change) did not finish within the SDK's time limit.",
            when: &[
                "a slow or lossy network delays a server reply",
                "a signalling ping gets no answer",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.TIMEOUT",
            remediation: &[
                "Retry the call with backoff.",
                "If timeouts are frequent, check the user's network (firewall, proxy, packet loss) and consider setting a proxy or TURN server.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A timeout is the typical transient failure; retrying after a delay usually works.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INVALID_PARAMS",
            catalog_name: "INVALID_PARAMS",
            summary: "A call was given an invalid parameter.",
            cause: "The SDK's argument checks refused a value: a wrong type, a value outside its allowed range or set, or a malformed configuration object.",
            when: &[
                "passing a string where a number is expected, or an out-of-range value",
                "a ClientConfig or track configuration with an unknown option value",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "agora.agora_rtc_error_code.INVALID_PARAMS",
            remediation: &[
                "Read the error message: it names the parameter and the allowed values or range.",
                "Fix the call in the app; do not retry it unchanged.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The same arguments fail the same checks every time; the app must change them.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NOT_READABLE",
            catalog_name: "NOT_READABLE",
            summary: "The camera or microphone could not be read.",
            cause: "getUserMedia failed with NotReadableError, which the SDK maps to this code: access was granted but the device could not be started.",
            when: &[
                "another application or tab holds the camera or microphone",
                "a hardware or driver fault",
            ],
            user_message: "Your camera or microphone is being used by another application. Close it and try again.",
            user_message_key: "agora.agora_rtc_error_code.NOT_READABLE",
            remediation: &[
                "Tell the user the device is busy and let them retry after closing the other application or tab.",
                "Offer to continue without this device or to pick another one.",
            ],
            causes: &[
                "another application or tab holds the device",
                "a hardware or driver fault",
            ],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The call can go on without the device; the user must free it (close the other app) before a retry can work.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NOT_SUPPORTED",
            catalog_name: "NOT_SUPPORTED",
            summary: "The browser or environment does not support the requested feature.",
            cause: "The SDK found that the browser lacks an API it needs (an AudioContext, an audio processor, a codec, screen-sharing audio, ...) or getUserMedia failed with NotSupportedError.",
            when: &[
                "creating a track or using a feature on a browser that lacks it",
                "calling a method the d.ts documents as Chrome/Edge-only on another browser",
            ],
            user_message: "This feature is not supported on your browser. Please try a recent version of Chrome, Edge, Firefox or Safari.",
            user_message_key: "agora.agora_rtc_error_code.NOT_SUPPORTED",
            remediation: &[
                "Call AgoraRTC.checkSystemRequirements() before starting, and hide features the browser lacks.",
                "Ask the user to switch to a supported browser.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The same browser keeps lacking the feature; only another browser or a different feature choice helps.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INVALID_OPERATION",
            catalog_name: "INVALID_OPERATION",
            summary: "The call is not allowed in the current state.",
            cause: "The SDK refused an operation that does not fit the current state: operating a closed track, joining twice, publishing before joining, calling methods in the wrong order.",
            when: &[
                "calling join() while already joining or joined",
                "using a track after close()",
                "publishing before join() has resolved",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "agora.agora_rtc_error_code.INVALID_OPERATION",
            remediation: &[
                "Read the error message: it says which state the call conflicts with.",
                "Fix the order of calls in the app (await join() before publish(), do not reuse closed tracks).",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The call sequence is wrong; repeating it in the same state fails again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "OPERATION_ABORTED",
            catalog_name: "OPERATION_ABORTED",
            summary: "The operation was cancelled before it finished.",
            cause: "The SDK cancelled a pending request or retry loop, usually because the app called leave() or started a new operation that supersedes it.",
            when: &[
                "leave() is called while join() is still pending",
                "a request is cancelled when the client is reset",
            ],
            user_message: "You have left the call.",
            user_message_key: "agora.agora_rtc_error_code.OPERATION_ABORTED",
            remediation: &[
                "Usually nothing to fix: the app itself cancelled the operation (for example by leaving).",
                "If it was not intended, check for a leave() or a second join() racing with the call.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::EndedNormally,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The cancellation follows the app's own action, so there is nothing to retry.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "WEB_SECURITY_RESTRICT",
            catalog_name: "WEB_SECURITY_RESTRICT",
            summary: "The page is not in a secure context.",
            cause: "The browser restricts media and WebRTC APIs to secure contexts; the SDK reports this when the page is served over plain HTTP from a host other than localhost.",
            when: &["the app is served over http:// from a real host name or IP address"],
            user_message: "This page cannot use your camera or microphone because it is not secure. Please use the https:// address.",
            user_message_key: "agora.agora_rtc_error_code.WEB_SECURITY_RESTRICT",
            remediation: &["Serve the app over HTTPS (or localhost during development)."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The page's origin must change (HTTPS); retrying on the same page cannot succeed. The catalog counts it terminal because nothing can start.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "EXCHANGE_SDP_FAILED",
            catalog_name: "EXCHANGE_SDP_FAILED",
            summary: "The SDP offer/answer exchange with Agora failed.",
            cause: "Setting up or updating the WebRTC peer connection failed while exchanging session descriptions with Agora's gateway (P2PConnection connect, update or send).",
            when: &[
                "publishing or subscribing while the network is unstable",
                "the browser rejects the remote description",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "agora.agora_rtc_error_code.EXCHANGE_SDP_FAILED",
            remediation: &[
                "Retry the publish or subscribe with backoff.",
                "If it keeps failing on one browser, check for browser extensions or policies that interfere with WebRTC.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Negotiation failures are often transient; the catalog retries with backoff and leaves repeated failures to the user's environment.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ADD_CANDIDATE_FAILED",
            catalog_name: "ADD_CANDIDATE_FAILED",
            summary: "A remote ICE candidate could not be added.",
            cause: "The browser refused an ICE candidate received from Agora (P2PConnection.addRemoteCandidate).",
            when: &["the peer connection was closed or reset while candidates arrived"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "agora.agora_rtc_error_code.ADD_CANDIDATE_FAILED",
            remediation: &[
                "Retry the operation with backoff.",
                "If it repeats, collect the SDK logs and the browser version for Agora support.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A single refused candidate rarely stops the connection; retrying the media operation is enough.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "DATACHANNEL_FAILED",
            catalog_name: "DATACHANNEL_FAILED",
            summary: "A data channel operation failed.",
            cause:
                "Creating, using or stopping a WebRTC data channel on the peer connection failed.",
            when: &[
                "stopping data channels on a connection that is already closing",
                "the browser refuses a data channel",
            ],
            user_message: "Some call features are not working right now. Please try again.",
            user_message_key: "agora.agora_rtc_error_code.DATACHANNEL_FAILED",
            remediation: &[
                "Retry the data-channel operation with backoff.",
                "If the app depends on data streams, check that the browser supports RTCDataChannel.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Data channels carry auxiliary data; the media session usually goes on, so a delayed retry of the data operation is enough.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NETWORK_ERROR",
            catalog_name: "NETWORK_ERROR",
            summary: "An HTTP request failed because of the network.",
            cause: "An HTTP request (to the access point, log or report servers) failed without a response, typically because the host is unreachable or the connection was reset.",
            when: &[
                "the user is offline or behind a firewall that blocks Agora's domains",
                "DNS or proxy failures",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.NETWORK_ERROR",
            remediation: &[
                "Retry with backoff.",
                "If it keeps failing, check that Agora's domains and ports are allowed by the user's firewall, or configure the cloud proxy.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("Network failures are usually transient; retry with backoff."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NETWORK_TIMEOUT",
            catalog_name: "NETWORK_TIMEOUT",
            summary: "An HTTP request timed out.",
            cause: "An HTTP request was aborted because it took too long (axios ECONNABORTED).",
            when: &["a slow or congested network", "a proxy that holds requests"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.NETWORK_TIMEOUT",
            remediation: &[
                "Retry with backoff.",
                "If timeouts persist, check the user's network quality and proxy settings.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("A timed-out request is typically transient; retry with backoff."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NETWORK_RESPONSE_ERROR",
            catalog_name: "NETWORK_RESPONSE_ERROR",
            summary: "An HTTP request got an error status.",
            cause: "An HTTP request reached a server but the response had an error status; the error's message is the status code.",
            when: &["an Agora HTTP service answers 4xx or 5xx"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "agora.agora_rtc_error_code.NETWORK_RESPONSE_ERROR",
            remediation: &[
                "Log the HTTP status carried in the message.",
                "Retry with backoff; a repeated 4xx points at the app's configuration (app ID, token, region).",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/shared@4.24.8 AgoraRTC_N-shared.esm.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Most such statuses are server-side or transient; retry with backoff and look at the status if it repeats.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "API_INVOKE_TIMEOUT",
            catalog_name: "API_INVOKE_TIMEOUT",
            summary: "An SDK method call took longer than its time limit.",
            cause: "The SDK's API-call tracking (in @agora-js/report) records a public call such as join() or publish() as timed out when it has not settled within its timeout, and reports it with this code.",
            when: &["a join() or publish() that hangs on a slow network"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.API_INVOKE_TIMEOUT",
            remediation: &[
                "Retry the call with backoff.",
                "Check the user's network if calls time out often.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/report@4.24.8 AgoraRTC_N-report.esm.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A timeout is treated like other timeouts: transient, retry with backoff.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ENUMERATE_DEVICES_FAILED",
            catalog_name: "ENUMERATE_DEVICES_FAILED",
            summary: "The list of media devices could not be read.",
            cause: "navigator.mediaDevices.enumerateDevices failed when the SDK listed cameras, microphones or speakers.",
            when: &[
                "calling getDevices(), getCameras() or getMicrophones() in a browser that blocks device enumeration",
            ],
            user_message: "We could not list your cameras and microphones. Check your browser's permissions and try again.",
            user_message_key: "agora.agora_rtc_error_code.ENUMERATE_DEVICES_FAILED",
            remediation: &[
                "Ask for media permission first (create a track), then enumerate devices.",
                "Check browser policies or iframe permissions (allow=\"camera; microphone\").",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Enumeration depends on the browser's permissions and policies; the user may need to grant access or change browsers before a retry helps.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "DEVICE_NOT_FOUND",
            catalog_name: "DEVICE_NOT_FOUND",
            summary: "The requested camera or microphone was not found.",
            cause: "getUserMedia failed with NotFoundError (or DevicesNotFoundError), or the device ID passed to the SDK matches no device.",
            when: &[
                "no camera or microphone is connected",
                "a stale deviceId after the device was unplugged",
            ],
            user_message: "No camera or microphone was found. Connect one, or choose another device, and try again.",
            user_message_key: "agora.agora_rtc_error_code.DEVICE_NOT_FOUND",
            remediation: &[
                "Tell the user no device was found and let them connect or pick one.",
                "Refresh the device list (getDevices()) instead of reusing stored device IDs.",
            ],
            causes: &[
                "no device of that kind is connected",
                "the stored deviceId no longer exists",
            ],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The user must connect or choose a device; retrying without that fails again.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ELECTRON_IS_NULL",
            catalog_name: "ELECTRON_IS_NULL",
            summary: "The Electron API needed for screen sharing is missing.",
            cause: "Screen sharing under Electron needs Electron's desktopCapturer, which the SDK could not find.",
            when: &[
                "screen sharing in an Electron app whose renderer does not expose Electron's APIs",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "agora.agora_rtc_error_code.ELECTRON_IS_NULL",
            remediation: &[
                "Expose Electron's desktopCapturer to the renderer (nodeIntegration or a preload script), or pass the source yourself.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The app's Electron configuration must change; retrying does not help.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR",
            catalog_name: "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR",
            summary: "Electron could not list the screens and windows to share.",
            cause: "The call to Electron's desktopCapturer.getSources failed.",
            when: &[
                "screen sharing in Electron without the needed permissions (for example macOS screen-recording permission)",
            ],
            user_message: "We could not access your screen. Check your system's screen-recording permission and try again.",
            user_message_key:
                "agora.agora_rtc_error_code.ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR",
            remediation: &[
                "Check the OS screen-recording permission for the Electron app.",
                "Log the underlying Electron error carried in the message.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("Usually an OS permission the user must grant; retry after that."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHROME_PLUGIN_NO_RESPONSE",
            catalog_name: "CHROME_PLUGIN_NO_RESPONSE",
            summary: "The Chrome screen-sharing extension did not respond.",
            cause: "Legacy Chrome screen sharing through an extension: the extension did not answer the SDK's request.",
            when: &[
                "screen sharing with extensionId set, but the extension is not installed properly",
            ],
            user_message: "Screen sharing is not available right now. Please check your browser extension and try again.",
            user_message_key: "agora.agora_rtc_error_code.CHROME_PLUGIN_NO_RESPONSE",
            remediation: &[
                "Do not use the legacy extension path: modern browsers share the screen without an extension.",
                "If it is required, check that the extension is installed and its ID matches.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The user must install or repair the extension before it can work; modern Chrome needs no extension.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHROME_PLUGIN_NOT_INSTALL",
            catalog_name: "CHROME_PLUGIN_NOT_INSTALL",
            summary: "The Chrome screen-sharing extension is not installed.",
            cause: "Legacy Chrome screen sharing through an extension: the extension named by the app is not installed.",
            when: &["screen sharing with extensionId set on a browser without the extension"],
            user_message: "Screen sharing is not available right now. Please check your browser extension and try again.",
            user_message_key: "agora.agora_rtc_error_code.CHROME_PLUGIN_NOT_INSTALL",
            remediation: &["Drop the extension requirement, or prompt the user to install it."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The user must install the extension, or the app must stop requiring it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "MEDIA_OPTION_INVALID",
            catalog_name: "MEDIA_OPTION_INVALID",
            summary: "The media constraints cannot be met by the device.",
            cause: "getUserMedia failed with OverconstrainedError, TrackStartError or \"Starting video failed\": the requested resolution, frame rate or device options do not fit the device.",
            when: &[
                "an encoder configuration the camera cannot deliver",
                "a device that fails to start with the given options",
            ],
            user_message: "Your camera or microphone could not be started with these settings. Please try again or use another device.",
            user_message_key: "agora.agora_rtc_error_code.MEDIA_OPTION_INVALID",
            remediation: &[
                "Use a lower or preset encoder configuration, or fewer exact constraints.",
                "Fall back to default options when creating the track.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The same constraints keep failing on the same device; the app must relax them.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PERMISSION_DENIED",
            catalog_name: "PERMISSION_DENIED",
            summary: "Access to the camera, microphone or screen was denied.",
            cause: "getUserMedia or getDisplayMedia failed with NotAllowedError, PermissionDeniedError or InvalidStateError: the user, the browser or a policy refused access.",
            when: &[
                "the user clicks Block, or cancels the screen picker",
                "the site's permission is blocked in browser settings",
                "an iframe without allow=\"camera; microphone\"",
            ],
            user_message: "Access to your camera or microphone was blocked. Allow it in your browser settings and try again.",
            user_message_key: "agora.agora_rtc_error_code.PERMISSION_DENIED",
            remediation: &[
                "Tell the user how to allow access in the browser, then let them retry.",
                "For embedded apps, add allow=\"camera; microphone; display-capture\" to the iframe.",
            ],
            causes: &[
                "the user refused",
                "browser or OS settings block the site",
                "a missing iframe permission",
            ],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::Permission,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Only the user (or the page's policy) can grant access; the call can go on without the device.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CONSTRAINT_NOT_SATISFIED",
            catalog_name: "CONSTRAINT_NOT_SATISFIED",
            summary: "A media constraint cannot be satisfied.",
            cause: "getUserMedia failed with ConstraintNotSatisfiedError (a legacy name for an unsatisfiable constraint).",
            when: &["older browsers given exact constraints the device cannot meet"],
            user_message: "Your camera or microphone could not be started with these settings. Please try again or use another device.",
            user_message_key: "agora.agora_rtc_error_code.CONSTRAINT_NOT_SATISFIED",
            remediation: &[
                "Relax exact constraints (resolution, frame rate, deviceId) or use SDK presets.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("The same constraints keep failing; relax them."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TRACK_IS_DISABLED",
            catalog_name: "TRACK_IS_DISABLED",
            summary: "The track is disabled.",
            cause: "The app tried to change a track that is disabled with setEnabled(false), for example its encoder configuration.",
            when: &["calling setEncoderConfiguration() on a disabled track"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "agora.agora_rtc_error_code.TRACK_IS_DISABLED",
            remediation: &[
                "Enable the track (setEnabled(true)) before changing it, or apply the change when it is enabled again.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "GET_VIDEO_ELEMENT_VISIBLE_ERROR",
            catalog_name: "GET_VIDEO_ELEMENT_VISIBLE_ERROR",
            summary: "The visibility of the video element could not be read.",
            cause: "getVideoElementVisibleStatus() failed to inspect the <video> element that plays the track.",
            when: &["calling it while the track is not playing or its element is detached"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "agora.agora_rtc_error_code.GET_VIDEO_ELEMENT_VISIBLE_ERROR",
            remediation: &[
                "Call it only while the track is playing in an element attached to the page.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SHARE_AUDIO_NOT_ALLOWED",
            catalog_name: "SHARE_AUDIO_NOT_ALLOWED",
            summary: "Sharing system audio with the screen was not allowed.",
            cause: "createScreenVideoTrack() was asked for audio (withAudio: enable) but the user did not tick the share-audio option, or the browser offers none.",
            when: &[
                "the user unchecks \"Share audio\" in the picker",
                "sharing a source that has no audio",
            ],
            user_message: "Screen audio was not shared. To share it, tick the \"Share audio\" option and try again.",
            user_message_key: "agora.agora_rtc_error_code.SHARE_AUDIO_NOT_ALLOWED",
            remediation: &[
                "Use withAudio: \"auto\" to accept a screen share without audio, or ask the user to tick the share-audio option.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The user decides in the browser's picker; only a new attempt with their choice can succeed.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LOW_STREAM_ENCODING_ERROR",
            catalog_name: "LOW_STREAM_ENCODING_ERROR",
            summary: "The low-quality video stream could not be encoded.",
            cause: "Setting up or updating the low-quality (dual-stream) video encoding failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "agora.agora_rtc_error_code.LOW_STREAM_ENCODING_ERROR",
            remediation: &["Check the low-stream parameters passed to setLowStreamParameter()."],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("An encoding failure may be transient; retry with backoff."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SET_ENCODING_PARAMETER_ERROR",
            catalog_name: "SET_ENCODING_PARAMETER_ERROR",
            summary: "The encoding parameters could not be applied.",
            cause: "Setting the RTP encoding parameters on a sender failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "agora.agora_rtc_error_code.SET_ENCODING_PARAMETER_ERROR",
            remediation: &["Check the encoder configuration; use presets where possible."],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("An encoding failure may be transient; retry with backoff."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TRACK_STATE_UNREACHABLE",
            catalog_name: "TRACK_STATE_UNREACHABLE",
            summary: "The track cannot move to the requested state.",
            cause: "setEnabled and setMuted conflict: a muted track cannot be enabled or disabled, and a disabled track cannot be muted or unmuted.",
            when: &[
                "calling setEnabled() on a muted track",
                "calling setMuted() on a disabled track",
            ],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "agora.agora_rtc_error_code.TRACK_STATE_UNREACHABLE",
            remediation: &[
                "Use either setEnabled() or setMuted() for a track, or undo one before calling the other.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INVALID_UINT_UID_FROM_STRING_UID",
            catalog_name: "INVALID_UINT_UID_FROM_STRING_UID",
            summary: "The user ID could not be mapped from a string account.",
            cause: "When joining with a string user account, the SDK asks Agora for the matching integer UID; the reply was missing or invalid.",
            when: &["join() with a string uid while the user-account service fails"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "agora.agora_rtc_error_code.INVALID_UINT_UID_FROM_STRING_UID",
            remediation: &[
                "Retry join() with backoff.",
                "Consider integer UIDs if string accounts are not needed.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The join cannot complete without the integer UID; the failure is on the service side, so a delayed new join is reasonable. Terminal because it rejects join().",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CAN_NOT_GET_PROXY_SERVER",
            catalog_name: "CAN_NOT_GET_PROXY_SERVER",
            summary: "No cloud proxy server could be obtained.",
            cause: "With the cloud proxy enabled, the SDK could not get a proxy server address. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["startProxyServer() is used and the proxy service is unreachable"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.CAN_NOT_GET_PROXY_SERVER",
            remediation: &[
                "Check that the cloud proxy is enabled for the project in Agora Console.",
                "Retry with backoff.",
            ],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Without a proxy the join cannot proceed; retry with backoff. Terminal because it rejects join().",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CAN_NOT_GET_GATEWAY_SERVER",
            catalog_name: "CAN_NOT_GET_GATEWAY_SERVER",
            summary: "No edge (gateway) server could be obtained.",
            cause: "join() asks Agora's access point for edge servers; none came back (no edge services in the response, or every access-point request failed).",
            when: &[
                "the access point is unreachable from the user's network",
                "the project's region or app ID gives no edge servers",
                "a wrong or disabled app ID",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.CAN_NOT_GET_GATEWAY_SERVER",
            remediation: &[
                "Check the app ID and the area set with setArea().",
                "Retry join() with backoff; if it never succeeds, check that the user's firewall allows Agora's domains or use the cloud proxy.",
            ],
            causes: &[
                "network or firewall blocks the access point",
                "a wrong or disabled app ID",
                "an area restriction with no servers",
            ],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "join() rejects and nothing is connected; the access point is usually unreachable for network reasons, so the catalog retries with backoff. The SDK carries its own retry hint in the error's data.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "VOID_GATEWAY_ADDRESS",
            catalog_name: "VOID_GATEWAY_ADDRESS",
            summary: "The gateway address is empty.",
            cause: "The access point returned an empty edge-server address. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "agora.agora_rtc_error_code.VOID_GATEWAY_ADDRESS",
            remediation: &["Retry join() with backoff."],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Without an address the join cannot proceed; a delayed retry may get a valid one. Terminal because it rejects join().",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UID_CONFLICT",
            catalog_name: "UID_CONFLICT",
            summary: "The same user ID is already in this channel from this page.",
            cause: "join() was called with a UID that another client on the same page already uses in the same channel; the SDK refuses it before contacting the server.",
            when: &["two AgoraRTCClient instances join one channel with the same uid"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "agora.agora_rtc_error_code.UID_CONFLICT",
            remediation: &[
                "Give every client in a channel its own UID (or pass null to let Agora assign one).",
                "Leave with the other client before rejoining with the same UID.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The SDK refuses the same UID every time; the app must use another UID or leave with the other client first. Terminal because it rejects join().",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "MULTI_UNILBS_RESPONSE_ERROR",
            catalog_name: "MULTI_UNILBS_RESPONSE_ERROR",
            summary: "The access point's combined response could not be parsed.",
            cause: "The SDK could not parse one part of the access point's multi-service (unilbs) response during join().",
            when: &["the access point returns an incomplete or unexpected response"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "agora.agora_rtc_error_code.MULTI_UNILBS_RESPONSE_ERROR",
            remediation: &[
                "Retry join() with backoff; report repeated failures to Agora support with the SDK logs.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A server-side fault; retry the join with backoff. Terminal because it rejects join().",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UPDATE_TICKET_FAILED",
            catalog_name: "UPDATE_TICKET_FAILED",
            summary: "The access ticket could not be renewed.",
            cause: "The SDK refreshes a ticket from the access point during a session; the request failed or the response had no ticket.",
            when: &["the access point refuses or fails the ticket update"],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "agora.agora_rtc_error_code.UPDATE_TICKET_FAILED",
            remediation: &["Nothing to do in the app unless the connection state changes; log it."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::ServiceFault,
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The ticket is the SDK's internal concern; it decides itself whether to retry (the error carries its own retry flag). The channel connection goes on.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TOKEN_EXPIRE",
            catalog_name: "TOKEN_EXPIRE",
            summary: "The token has expired.",
            cause: "The token used to join has passed its expiry; the server refused it (\"dynamic key expired\") and the SDK closes the connection with the disconnect reason TOKEN_EXPIRE.",
            when: &[
                "joining with an old token",
                "staying in the channel past the token's expiry without renewToken()",
            ],
            user_message: "Your access to this call has expired. Please join again.",
            user_message_key: "agora.agora_rtc_error_code.TOKEN_EXPIRE",
            remediation: &[
                "Fetch a new token from the app's backend and call join() again.",
                "Renew tokens before they expire: handle token-privilege-will-expire with client.renewToken().",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal when the connection closes with it (connection-state-change to DISCONNECTED, reason TOKEN_EXPIRE) or when join() rejects with it; not terminal when another call rejects with it while the client is still connected.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("A fresh token from the app's backend is all that is needed."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INVALID_LOCAL_TRACK",
            catalog_name: "INVALID_LOCAL_TRACK",
            summary: "The local track is not valid for this call.",
            cause: "A local track passed to the SDK is not usable for the operation. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "agora.agora_rtc_error_code.INVALID_LOCAL_TRACK",
            remediation: &[
                "Pass a track created by the SDK's create*Track methods and not yet closed.",
            ],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INVALID_TRACK",
            catalog_name: "INVALID_TRACK",
            summary: "The track passed is of the wrong kind.",
            cause: "A method expecting a video track got an audio track, or the reverse.",
            when: &["passing an audio track where a video track is expected"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "agora.agora_rtc_error_code.INVALID_TRACK",
            remediation: &["Pass a track of the kind the method expects."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The track's state or the app's call is wrong; repeating it unchanged fails again. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SENDER_NOT_FOUND",
            catalog_name: "SENDER_NOT_FOUND",
            summary: "The RTP sender for the track was not found.",
            cause: "The SDK could not find the peer connection's sender for a published track. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "agora.agora_rtc_error_code.SENDER_NOT_FOUND",
            remediation: &["Unpublish and publish the track again."],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A missing sender points at a transient negotiation state; retry the publish operation with backoff.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CREATE_OFFER_FAILED",
            catalog_name: "CREATE_OFFER_FAILED",
            summary: "The browser could not create an SDP offer.",
            cause:
                "RTCPeerConnection.createOffer failed while the SDK set up or renegotiated media.",
            when: &[
                "a browser that cannot produce an offer with the requested codecs",
                "a closed peer connection",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "agora.agora_rtc_error_code.CREATE_OFFER_FAILED",
            remediation: &[
                "Retry with backoff.",
                "Check the codec set in ClientConfig against the browser's support (getSupportedCodec()).",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Offer creation failures are usually transient or browser-specific; retry with backoff, then ask the user to change browsers.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SET_ANSWER_FAILED",
            catalog_name: "SET_ANSWER_FAILED",
            summary: "The SDP answer could not be applied.",
            cause: "RTCPeerConnection.setRemoteDescription with Agora's answer failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "agora.agora_rtc_error_code.SET_ANSWER_FAILED",
            remediation: &["Retry with backoff."],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("Negotiation failures are often transient; retry with backoff."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "ICE_FAILED",
            catalog_name: "ICE_FAILED",
            summary: "The ICE connection failed.",
            cause: "The peer connection's ICE transport could not connect or was lost. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["UDP blocked by a firewall without a TURN or proxy fallback"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "agora.agora_rtc_error_code.ICE_FAILED",
            remediation: &[
                "Retry with backoff.",
                "If users sit behind restrictive firewalls, enable the cloud proxy or configure TURN servers.",
            ],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "ICE failures come from the network path; a retry may succeed, repeated failures need the user's network changed.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PC_CLOSED",
            catalog_name: "PC_CLOSED",
            summary: "The peer connection is closed.",
            cause: "An operation ran on a WebRTC peer connection that had already closed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "agora.agora_rtc_error_code.PC_CLOSED",
            remediation: &["Retry the operation with backoff once the client is connected."],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A closed connection is rebuilt by a new operation; retry with backoff.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SENDER_REPLACE_FAILED",
            catalog_name: "SENDER_REPLACE_FAILED",
            summary: "The sender's track could not be replaced.",
            cause: "RTCRtpSender.replaceTrack failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "agora.agora_rtc_error_code.SENDER_REPLACE_FAILED",
            remediation: &["Retry, or unpublish and publish the new track."],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Replacing a track is a local operation that may succeed on retry; the channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "GET_LOCAL_CAPABILITIES_FAILED",
            catalog_name: "GET_LOCAL_CAPABILITIES_FAILED",
            summary: "The browser's media capabilities could not be read.",
            cause: "The SDK could not read the local RTP capabilities (codecs, extensions) it needs for negotiation. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "agora.agora_rtc_error_code.GET_LOCAL_CAPABILITIES_FAILED",
            remediation: &["Retry with backoff; if it repeats on one browser, try another."],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("Likely transient; retry with backoff."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "GET_LOCAL_CONNECTION_PARAMS_FAILED",
            catalog_name: "GET_LOCAL_CONNECTION_PARAMS_FAILED",
            summary: "The local connection parameters could not be gathered.",
            cause: "Creating the initial offer or gathering ICE parameters for the connection to Agora failed (P2PConnection.connect).",
            when: &[
                "the browser cannot create the offer",
                "ICE gathering fails on the local network",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "agora.agora_rtc_error_code.GET_LOCAL_CONNECTION_PARAMS_FAILED",
            remediation: &[
                "Retry with backoff.",
                "Check browser WebRTC support and local network restrictions.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("Usually an environment or transient failure; retry with backoff."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SUBSCRIBE_FAILED",
            catalog_name: "SUBSCRIBE_FAILED",
            summary: "Subscribing to a remote user's track failed.",
            cause: "The gateway refused or failed a subscribe request; the message carries the server's code and description.",
            when: &[
                "the remote user unpublished while the subscribe was in flight",
                "a server-side failure",
            ],
            user_message:
                "We could not receive another participant's audio or video. Please try again.",
            user_message_key: "agora.agora_rtc_error_code.SUBSCRIBE_FAILED",
            remediation: &[
                "Retry subscribe() with backoff if the remote user still publishes (user-published event).",
                "Log the server code in the message.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The subscription is one operation; retry with backoff while the remote user still publishes. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UNSUBSCRIBE_FAILED",
            catalog_name: "UNSUBSCRIBE_FAILED",
            summary: "Unsubscribing from a remote user failed.",
            cause: "The request to stop receiving a remote track failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "agora.agora_rtc_error_code.UNSUBSCRIBE_FAILED",
            remediation: &["Retry unsubscribe() with backoff."],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A failed unsubscribe only leaves a stream flowing; retry with backoff.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "GATEWAY_P2P_LOST",
            catalog_name: "GATEWAY_P2P_LOST",
            summary: "The media connection to the gateway was lost.",
            cause: "The peer connection between the client and Agora's gateway dropped. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.GATEWAY_P2P_LOST",
            remediation: &[
                "Wait for the SDK to reconnect; act only if the connection state becomes DISCONNECTED.",
            ],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
            since: None,
            category: crate::Category::Network,
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The SDK reconnects media by itself while the client is connected; the app waits for a connection-state change.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NO_ICE_CANDIDATE",
            catalog_name: "NO_ICE_CANDIDATE",
            summary: "No ICE candidate was gathered.",
            cause: "The browser gathered no usable ICE candidate. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &[
                "WebRTC blocked by a browser policy or extension",
                "no network interface available",
            ],
            user_message: "We could not connect your audio and video. Check your network, or try another browser or device.",
            user_message_key: "agora.agora_rtc_error_code.NO_ICE_CANDIDATE",
            remediation: &[
                "Check browser policies and extensions that restrict WebRTC IP handling.",
                "Configure the cloud proxy or TURN.",
            ],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
            since: None,
            category: crate::Category::MediaNegotiation,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Without candidates no media path exists; the user's environment must change first.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS",
            catalog_name: "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS",
            summary: "Only one video track can be published at a time.",
            cause: "publish() was given a second video track while one is already published by this client.",
            when: &["publishing a camera track and a screen track from one client"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "agora.agora_rtc_error_code.CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS",
            remediation: &[
                "Unpublish the current video track first, or publish the second one from another client (for example a separate screen-sharing client).",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The SDK allows one video track per client; the same call fails again. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "EXIST_DISABLED_VIDEO_TRACK",
            catalog_name: "EXIST_DISABLED_VIDEO_TRACK",
            summary: "A disabled video track is already published.",
            cause: "Publishing a video track failed because a disabled video track is still published. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "agora.agora_rtc_error_code.EXIST_DISABLED_VIDEO_TRACK",
            remediation: &["Unpublish or enable the existing video track first."],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The call conflicts with the client's state; repeating it fails again. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INVALID_REMOTE_USER",
            catalog_name: "INVALID_REMOTE_USER",
            summary: "The remote user is not in the channel.",
            cause: "subscribe() or a similar call named a remote user who is not (or no longer) in the channel.",
            when: &[
                "subscribing to a user who just left",
                "passing a stale IAgoraRTCRemoteUser object",
            ],
            user_message: "This participant is no longer in the call.",
            user_message_key: "agora.agora_rtc_error_code.INVALID_REMOTE_USER",
            remediation: &[
                "Subscribe only in response to user-published, and drop users on user-left.",
                "Use client.remoteUsers for the current list.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The user is gone; retrying the same call fails again. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "REMOTE_USER_IS_NOT_PUBLISHED",
            catalog_name: "REMOTE_USER_IS_NOT_PUBLISHED",
            summary: "The remote user has not published the requested media.",
            cause: "subscribe() asked for audio or video that the remote user is not publishing.",
            when: &[
                "subscribing to video of a user who only publishes audio",
                "subscribing before user-published",
            ],
            user_message: "This participant is not sharing audio or video right now.",
            user_message_key: "agora.agora_rtc_error_code.REMOTE_USER_IS_NOT_PUBLISHED",
            remediation: &[
                "Subscribe in the user-published handler, using its mediaType.",
                "Check user.hasAudio / user.hasVideo before subscribing.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Nothing can be received until the user publishes; wait for user-published instead of retrying. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CUSTOM_REPORT_SEND_FAILED",
            catalog_name: "CUSTOM_REPORT_SEND_FAILED",
            summary: "A custom report could not be sent.",
            cause: "sendCustomReportMessage() failed to post the report to Agora's statistics collector; the message carries the underlying error.",
            when: &["the statistics collector is unreachable"],
            user_message: "Some call features are not working right now. Please try again.",
            user_message_key: "agora.agora_rtc_error_code.CUSTOM_REPORT_SEND_FAILED",
            remediation: &["Retry later; reports are not needed for the call itself."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/report@4.24.8 AgoraRTC_N-report.esm.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Reports are auxiliary and may go through later; retry with backoff. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CUSTOM_REPORT_FREQUENCY_TOO_HIGH",
            catalog_name: "CUSTOM_REPORT_FREQUENCY_TOO_HIGH",
            summary: "Custom reports are sent too often.",
            cause: "sendCustomReportMessage() was called with more messages than the SDK's limit (CUSTOM_REPORT_LIMIT) within its 5-second window.",
            when: &["sending custom reports in a loop"],
            user_message: "Some call features are not working right now. Please try again.",
            user_message_key: "agora.agora_rtc_error_code.CUSTOM_REPORT_FREQUENCY_TOO_HIGH",
            remediation: &["Send fewer custom reports; batch them."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/report@4.24.8 AgoraRTC_N-report.esm.mjs",
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
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A rate limit: the same report succeeds after the window resets. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "FETCH_AUDIO_FILE_FAILED",
            catalog_name: "FETCH_AUDIO_FILE_FAILED",
            summary: "The audio file could not be downloaded.",
            cause:
                "createBufferSourceAudioTrack() could not fetch the audio file from the given URL.",
            when: &[
                "a wrong URL",
                "a server without CORS headers for the page's origin",
                "the network is down",
            ],
            user_message: "The audio file could not be loaded.",
            user_message_key: "agora.agora_rtc_error_code.FETCH_AUDIO_FILE_FAILED",
            remediation: &[
                "Check the URL and that its server sends CORS headers for the app's origin.",
            ],
            causes: &["wrong URL", "missing CORS headers", "network outage"],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A wrong URL or missing CORS header fails every time; a network outage is the exception. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "READ_LOCAL_AUDIO_FILE_ERROR",
            catalog_name: "READ_LOCAL_AUDIO_FILE_ERROR",
            summary: "The local audio file could not be read.",
            cause: "The FileReader failed to read the File or Blob given to createBufferSourceAudioTrack().",
            when: &["the file was removed or is not readable"],
            user_message: "This audio file could not be read. Please choose another file.",
            user_message_key: "agora.agora_rtc_error_code.READ_LOCAL_AUDIO_FILE_ERROR",
            remediation: &["Ask the user to choose the file again."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The user must pick a readable file. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "DECODE_AUDIO_FILE_FAILED",
            catalog_name: "DECODE_AUDIO_FILE_FAILED",
            summary: "The audio file could not be decoded.",
            cause: "The Web Audio API failed to decode the audio data given to createBufferSourceAudioTrack().",
            when: &["an unsupported or corrupt audio format"],
            user_message: "This audio file format is not supported. Please choose another file.",
            user_message_key: "agora.agora_rtc_error_code.DECODE_AUDIO_FILE_FAILED",
            remediation: &[
                "Use a format the browser decodes (MP3, AAC, WAV, Ogg/Opus where supported).",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "@agora-js/media@4.24.8 AgoraRTC_N-media.esm.mjs",
            ],
            since: None,
            category: crate::Category::UserInput,
            retry_policy: crate::RetryPolicy::UserAction,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The same file fails again; another file or format is needed. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "WS_ABORT",
            catalog_name: "WS_ABORT",
            summary: "The WebSocket operation was aborted.",
            cause: "A request on the signalling WebSocket was abandoned because the socket closed or was not ready, or the choice of the best WebSocket was aborted (for example by leave()).",
            when: &[
                "leave() during join()",
                "a request sent while the socket is reconnecting",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.WS_ABORT",
            remediation: &[
                "Wait for the connection-state-change event; rejoin only after DISCONNECTED with a reason that allows it.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::Network,
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "While the client is connected the SDK reconnects the signalling socket by itself; the app only acts if the connection state becomes DISCONNECTED.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "WS_DISCONNECT",
            catalog_name: "WS_DISCONNECT",
            summary: "The signalling WebSocket disconnected.",
            cause: "The WebSocket to Agora's gateway closed (the message carries the close code), or its reconnection failed.",
            when: &["network loss or change", "the gateway closes the socket"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.WS_DISCONNECT",
            remediation: &[
                "Wait for the SDK to reconnect; handle the disconnect reason if the state becomes DISCONNECTED.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::Network,
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The SDK reconnects the signalling socket by itself (connection state RECONNECTING); only a final DISCONNECTED needs the app.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "WS_ERR",
            catalog_name: "WS_ERR",
            summary: "The signalling WebSocket failed.",
            cause: "The WebSocket could not be created or a message could not be sent on it.",
            when: &[
                "the browser refuses the WebSocket URL",
                "a proxy blocks WebSocket traffic",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.WS_ERR",
            remediation: &[
                "Check that WebSockets to Agora's domains are allowed by the network; consider the cloud proxy.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::Network,
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal for the join when join() rejects with it: the client stays DISCONNECTED and nothing was set up. When any other call rejects with it, only that call failed and the client stays in the channel.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Socket errors feed the SDK's reconnect logic; the app acts only on a final DISCONNECTED.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "EXTERNAL_SIGNAL_ABORT",
            catalog_name: "EXTERNAL_SIGNAL_ABORT",
            summary: "An external signalling request was aborted.",
            cause: "A request on the external (P2P) signalling channel was abandoned before an answer arrived; the message names its type and request ID.",
            when: &["the connection closes while the request is pending"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.EXTERNAL_SIGNAL_ABORT",
            remediation: &["Retry with backoff."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Transient: retry the operation after a delay. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVE_STREAMING_TASK_CONFLICT",
            catalog_name: "LIVE_STREAMING_TASK_CONFLICT",
            summary: "A live-streaming task for this URL already exists.",
            cause: "startLiveStreaming() was called with a URL that already has a task.",
            when: &["starting the same CDN URL twice"],
            user_message:
                "The live stream could not be started or updated. Please try again later.",
            user_message_key: "agora.agora_rtc_error_code.LIVE_STREAMING_TASK_CONFLICT",
            remediation: &[
                "Stop the existing task (stopLiveStreaming) before starting it again, or use another URL.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The same URL keeps conflicting until the first task stops. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVE_STREAMING_INVALID_ARGUMENT",
            catalog_name: "LIVE_STREAMING_INVALID_ARGUMENT",
            summary: "A live-streaming argument is invalid.",
            cause: "The CDN streaming service refused the URL or transcoding settings. The SDK's d.ts documents it as: \"Invalid argument.\"",
            when: &["a malformed RTMP URL", "invalid transcoding layout"],
            user_message:
                "The live stream could not be started or updated. Please try again later.",
            user_message_key: "agora.agora_rtc_error_code.LIVE_STREAMING_INVALID_ARGUMENT",
            remediation: &["Check the RTMP URL and the LiveStreamingTranscodingConfig values."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The same arguments are refused again. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVE_STREAMING_INTERNAL_SERVER_ERROR",
            catalog_name: "LIVE_STREAMING_INTERNAL_SERVER_ERROR",
            summary: "Agora's streaming server failed.",
            cause: "The CDN streaming service reported an internal error, or its worker was missing. The SDK's d.ts documents it as: \"An error occurs in Agora's streaming server.\"",
            when: &["a fault in Agora's streaming service"],
            user_message:
                "The live stream could not be started or updated. Please try again later.",
            user_message_key: "agora.agora_rtc_error_code.LIVE_STREAMING_INTERNAL_SERVER_ERROR",
            remediation: &[
                "Retry startLiveStreaming() with backoff; report repeated failures to Agora.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A server fault; the SDK itself marks some of these retryable. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED",
            catalog_name: "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED",
            summary: "The streaming URL is already in use.",
            cause: "The CDN refused the push because another stream already uses the URL. The SDK's d.ts documents it as: \"The URL is occupied.\"",
            when: &["two sources push to one RTMP URL"],
            user_message:
                "The live stream could not be started or updated. Please try again later.",
            user_message_key:
                "agora.agora_rtc_error_code.LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED",
            remediation: &["Use a free URL or stop the other stream."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The URL stays occupied until the other stream stops. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED",
            catalog_name: "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED",
            summary: "Transcoding settings were given without transcoding enabled.",
            cause: "setLiveTranscoding() was used for a task started without transcoding. The SDK's d.ts documents it as: \"Sets the transcoding parameters when the transcoding is not enabled.\"",
            when: &["calling setLiveTranscoding() on a non-transcoded task"],
            user_message:
                "The live stream could not be started or updated. Please try again later.",
            user_message_key: "agora.agora_rtc_error_code.LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED",
            remediation: &[
                "Start the task with transcoding enabled, or drop the transcoding call.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The call conflicts with how the task was started. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVE_STREAMING_CDN_ERROR",
            catalog_name: "LIVE_STREAMING_CDN_ERROR",
            summary: "The CDN failed.",
            cause: "The CDN receiving the stream reported an error. The SDK's d.ts documents it as: \"An error occurs in the CDN.\"",
            when: &["the CDN rejects or drops the stream"],
            user_message:
                "The live stream could not be started or updated. Please try again later.",
            user_message_key: "agora.agora_rtc_error_code.LIVE_STREAMING_CDN_ERROR",
            remediation: &["Retry with backoff; check the CDN's status and credentials."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A third-party fault, often transient. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVE_STREAMING_INVALID_RAW_STREAM",
            catalog_name: "LIVE_STREAMING_INVALID_RAW_STREAM",
            summary: "The stream to push is missing or unusable.",
            cause: "Raw (non-transcoded) streaming found no stream to push, or the stream is not H.264, or the CDN timed out waiting for it. The SDK's d.ts documents it as: \"Timeout for the CDN live streaming. Please check your media stream.\"",
            when: &["raw streaming with a VP8 client", "no published stream"],
            user_message:
                "The live stream could not be started or updated. Please try again later.",
            user_message_key: "agora.agora_rtc_error_code.LIVE_STREAMING_INVALID_RAW_STREAM",
            remediation: &[
                "Publish a stream before starting, and use codec h264 for raw streaming.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The stream itself must change. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT",
            catalog_name: "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT",
            summary: "Too many streaming URLs.",
            cause: "The client pushes to more URLs than the service allows (10, per the d.ts). The SDK's d.ts documents it as: \"Pushes stremas to more than 10 URLs.\"",
            when: &["adding an eleventh URL"],
            user_message:
                "The live stream could not be started or updated. Please try again later.",
            user_message_key:
                "agora.agora_rtc_error_code.LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT",
            remediation: &["Stop a task before adding another; keep to 10 URLs."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ],
            since: None,
            category: crate::Category::Capacity,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A fixed limit; another URL fails the same way until one stops. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE",
            catalog_name: "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE",
            summary: "A transcoding image could not be loaded.",
            cause: "The streaming service could not fetch the watermark or background image of the transcoding layout. The SDK's d.ts documents it as: \"Fails to load the background image or watermark image.\"",
            when: &["a wrong or unreachable image URL"],
            user_message: "The live stream is running without its image.",
            user_message_key: "agora.agora_rtc_error_code.LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE",
            remediation: &["Check the image URL is public and reachable."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A warning: the stream goes on without the image. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LIVE_STREAMING_WARN_FREQUENT_REQUEST",
            catalog_name: "LIVE_STREAMING_WARN_FREQUENT_REQUEST",
            summary: "Streaming requests are too frequent.",
            cause: "The app starts, stops or updates streaming tasks too often. The SDK's d.ts documents it as: \"Pushes stremas to the CDN too frequently.\"",
            when: &["updating transcoding in a tight loop"],
            user_message:
                "The live stream could not be started or updated. Please try again later.",
            user_message_key: "agora.agora_rtc_error_code.LIVE_STREAMING_WARN_FREQUENT_REQUEST",
            remediation: &["Throttle streaming calls."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/live-streaming/index.js",
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
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A rate limit: the request succeeds after a pause. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "WEBGL_INTERNAL_ERROR",
            catalog_name: "WEBGL_INTERNAL_ERROR",
            summary: "A WebGL error occurred.",
            cause: "The WebGL context used for video processing failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "Video effects are not available on this device.",
            user_message_key: "agora.agora_rtc_error_code.WEBGL_INTERNAL_ERROR",
            remediation: &["Disable the effect, or check WebGL support in the browser."],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The browser or GPU cannot provide WebGL; retrying does not help. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "BEAUTY_PROCESSOR_INTERNAL_ERROR",
            catalog_name: "BEAUTY_PROCESSOR_INTERNAL_ERROR",
            summary: "The beauty effect processor failed.",
            cause: "The video beauty-effect processor hit an internal error. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "Video effects are not available on this device.",
            user_message_key: "agora.agora_rtc_error_code.BEAUTY_PROCESSOR_INTERNAL_ERROR",
            remediation: &["Disable the beauty effect; update the extension."],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The processor fails the same way on the same device. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CROSS_CHANNEL_WAIT_STATUS_ERROR",
            catalog_name: "CROSS_CHANNEL_WAIT_STATUS_ERROR",
            summary: "The media relay did not reach the expected state.",
            cause: "While starting or updating a channel media relay, the SDK waited for a status from the relay service that did not come, or another status came.",
            when: &["startChannelMediaRelay() while the relay service is slow or refuses"],
            user_message: "Forwarding this call to the other channel failed. Please try again.",
            user_message_key: "agora.agora_rtc_error_code.CROSS_CHANNEL_WAIT_STATUS_ERROR",
            remediation: &["Retry startChannelMediaRelay() with backoff."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A relay-service fault or delay; retry the relay call after a delay. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CROSS_CHANNEL_FAILED_JOIN_SRC",
            catalog_name: "CROSS_CHANNEL_FAILED_JOIN_SRC",
            summary: "The media relay could not join the source channel.",
            cause: "The relay service failed to set the source channel (its SetSourceChannel reply was an error). The upstream value is spelled CROSS_CHANNEL_FAILED_JOIN_SEC, unlike the name.",
            when: &["a wrong source channel name or token in the relay configuration"],
            user_message: "Forwarding this call to the other channel failed. Please try again.",
            user_message_key: "agora.agora_rtc_error_code.CROSS_CHANNEL_FAILED_JOIN_SRC",
            remediation: &[
                "Check the source channel's name, UID (0 for the source) and token in ChannelMediaRelayConfiguration.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A wrong source configuration fails again until the app fixes it. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CROSS_CHANNEL_FAILED_JOIN_DEST",
            catalog_name: "CROSS_CHANNEL_FAILED_JOIN_DEST",
            summary: "The media relay could not join a destination channel.",
            cause: "The relay service failed to set a destination channel (SetDestChannelStatus reply was an error).",
            when: &["a wrong destination channel name, UID or token"],
            user_message: "Forwarding this call to the other channel failed. Please try again.",
            user_message_key: "agora.agora_rtc_error_code.CROSS_CHANNEL_FAILED_JOIN_DEST",
            remediation: &[
                "Check each destination's channel name, a UID not used in that channel, and a token generated for that channel and UID.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A wrong destination configuration fails again until the app fixes it. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST",
            catalog_name: "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST",
            summary: "The media relay could not send media to the destination.",
            cause: "The relay service reported that starting the packet transfer to the destination channels failed.",
            when: &[
                "the relay service cannot reach the destination",
                "nothing is published in the source channel",
            ],
            user_message: "Forwarding this call to the other channel failed. Please try again.",
            user_message_key: "agora.agora_rtc_error_code.CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST",
            remediation: &[
                "Retry with backoff; make sure the host publishes in the source channel.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Usually a transient relay-side failure; retry after a delay. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CROSS_CHANNEL_SERVER_ERROR_RESPONSE",
            catalog_name: "CROSS_CHANNEL_SERVER_ERROR_RESPONSE",
            summary: "The media relay service answered with an error.",
            cause: "A request to the relay service got an error response; the message carries the response.",
            when: &["the relay service refuses a start, update or stop"],
            user_message: "Forwarding this call to the other channel failed. Please try again.",
            user_message_key: "agora.agora_rtc_error_code.CROSS_CHANNEL_SERVER_ERROR_RESPONSE",
            remediation: &["Log the response in the message; retry with backoff."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A server fault; retry with backoff and read the response if it repeats. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "METADATA_OUT_OF_RANGE",
            catalog_name: "METADATA_OUT_OF_RANGE",
            summary: "The metadata is too large.",
            cause: "Media metadata (SEI) passed to the SDK exceeds the allowed size.",
            when: &["sending SEI metadata larger than the limit"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "agora.agora_rtc_error_code.METADATA_OUT_OF_RANGE",
            remediation: &["Send smaller metadata payloads."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The same payload is refused again. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LOCAL_AEC_ERROR",
            catalog_name: "LOCAL_AEC_ERROR",
            summary: "Local echo cancellation could not be set up.",
            cause: "processExternalMediaAEC() could not route the media element's audio into the echo canceller (no audio track or destination node).",
            when: &["calling it with a media element that has no audio or before it loads"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "agora.agora_rtc_error_code.LOCAL_AEC_ERROR",
            remediation: &["Call it with a loaded <audio>/<video> element that plays audio."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The element or its state must change first. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INVALID_PLUGIN",
            catalog_name: "INVALID_PLUGIN",
            summary: "The extension is not valid.",
            cause: "registerExtensions() was given something that is not a valid Agora extension. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "agora.agora_rtc_error_code.INVALID_PLUGIN",
            remediation: &[
                "Register extensions created by their official packages, matching this SDK release.",
            ],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The app must pass a valid extension. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "DISCONNECT_P2P",
            catalog_name: "DISCONNECT_P2P",
            summary: "The media connection was dropped during an operation.",
            cause: "A pending request on the media (P2P) connection was abandoned because the connection was torn down, for example on leave() or a reconnect.",
            when: &[
                "leave() while publishing",
                "the SDK rebuilds the connection while a publish or ICE restart is pending",
            ],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.DISCONNECT_P2P",
            remediation: &[
                "If the client is still connected, publish or subscribe again once it is CONNECTED.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::Network,
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::Depends,
            terminal_condition: Some(
                "Terminal when the client ends DISCONNECTED (after leave() or a final disconnect); not terminal while it reconnects by itself.",
            ),
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The SDK tears down and rebuilds the media connection itself; the app acts only if the connection state becomes DISCONNECTED.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CONVERTING_IMAGEDATA_TO_BLOB_FAILED",
            catalog_name: "CONVERTING_IMAGEDATA_TO_BLOB_FAILED",
            summary: "A video frame image could not be converted.",
            cause: "Converting captured ImageData to a Blob (for screenshots or moderation) failed. No code in the 4.24.8 bundles raises it; it is kept in the enum.",
            when: &["not raised by agora-rtc-sdk-ng 4.24.8"],
            user_message: "Some call features are not working right now. Please try again.",
            user_message_key: "agora.agora_rtc_error_code.CONVERTING_IMAGEDATA_TO_BLOB_FAILED",
            remediation: &["Retry on a later frame."],
            causes: &[],
            references: &["@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts"],
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
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A local conversion that may work on a later frame. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED",
            catalog_name: "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED",
            summary: "A video frame could not be converted to an image.",
            cause: "Turning a video frame into an image Blob (canvas toBlob) failed, for example in image moderation.",
            when: &["the canvas is tainted or the frame is empty"],
            user_message: "Some call features are not working right now. Please try again.",
            user_message_key: "agora.agora_rtc_error_code.CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED",
            remediation: &["Retry on a later frame; check that the video plays."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/image-moderation/index.js",
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
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "A local conversion that may work on a later frame. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "INIT_DATACHANNEL_TIMEOUT",
            catalog_name: "INIT_DATACHANNEL_TIMEOUT",
            summary: "Joining through the data channel timed out.",
            cause: "The SDK tried to signal over a WebRTC data channel and it did not open in time; the SDK falls back to the WebSocket (closing that attempt with the disconnect reason FALLBACK).",
            when: &["a network that blocks or delays the data channel"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.INIT_DATACHANNEL_TIMEOUT",
            remediation: &[
                "Nothing to do unless the connection state becomes DISCONNECTED; log it.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::Network,
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The SDK falls back by itself; the app need not act. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CREATE_DATACHANNEL_ERROR",
            catalog_name: "CREATE_DATACHANNEL_ERROR",
            summary: "The data channel could not be created.",
            cause: "The browser failed to create the data channel the SDK uses for signalling or data streams.",
            when: &["a browser policy or a closed peer connection"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.CREATE_DATACHANNEL_ERROR",
            remediation: &["Nothing to do unless the connection state becomes DISCONNECTED."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::Network,
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The SDK falls back to the WebSocket by itself. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "DATACHANNEL_CONNECTION_TIMEOUT",
            catalog_name: "DATACHANNEL_CONNECTION_TIMEOUT",
            summary: "The data channel did not connect in time.",
            cause: "A data channel did not open within the SDK's limit (DC_CONNECTION_TIMEOUT), or the channel could not be found.",
            when: &["a network that delays or blocks data channels"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.DATACHANNEL_CONNECTION_TIMEOUT",
            remediation: &["Nothing to do unless the connection state becomes DISCONNECTED."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::Network,
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The SDK falls back by itself. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "PROHIBITED_OPERATION",
            catalog_name: "PROHIBITED_OPERATION",
            summary: "The operation is prohibited by the project's configuration.",
            cause: "setArea() was refused because the area is already fixed by Agora's distributed configuration or by access-point extensions.",
            when: &["calling setArea() when the project's configuration sets the area"],
            user_message: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
            user_message_key: "agora.agora_rtc_error_code.PROHIBITED_OPERATION",
            remediation: &[
                "Do not call setArea() for this project, or change the configuration with Agora.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::ClientError,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: Some(crate::RuntimeSignal {
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some("The configuration forbids the call; retrying fails again."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "IMAGE_MODERATION_UPLOAD_FAILED",
            catalog_name: "IMAGE_MODERATION_UPLOAD_FAILED",
            summary: "An image for content moderation could not be uploaded.",
            cause: "The image-moderation service failed to upload a captured frame; the message carries the server's reason.",
            when: &["the moderation service refuses or is unreachable"],
            user_message: "Some call features are not working right now. Please try again.",
            user_message_key: "agora.agora_rtc_error_code.IMAGE_MODERATION_UPLOAD_FAILED",
            remediation: &["Log it; check the moderation service configuration if it repeats."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/image-moderation/index.js",
            ],
            since: None,
            category: crate::Category::ServiceFault,
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The service uploads again at its next interval by itself. The channel connection is not affected.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "P2P_MESSAGE_FAILED",
            catalog_name: "P2P_MESSAGE_FAILED",
            summary: "A peer-to-peer message request failed.",
            cause: "A request over the P2P channel was answered with a failure; the message names the request and its ID.",
            when: &["the other peer refuses or fails the request"],
            user_message: "The connection to the call was interrupted. Check your internet connection and try again.",
            user_message_key: "agora.agora_rtc_error_code.P2P_MESSAGE_FAILED",
            remediation: &["Retry with backoff."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/p2p-channel/index.js",
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
                name: "AgoraRTCClient.connectionState (and the connection-state-change event) when the call rejects",
                overrides: &["terminal"],
                values: &[
                    crate::SignalValue {
                        value: "DISCONNECTED",
                        means: "The client is out of the channel: join() failed or the connection ended; any recovery is a new join().",
                    },
                    crate::SignalValue {
                        value: "RECONNECTING",
                        means: "The SDK is recovering the connection by itself; wait for CONNECTED or DISCONNECTED before acting.",
                    },
                    crate::SignalValue {
                        value: "CONNECTED",
                        means: "Only the call that rejected failed; the client is still in the channel.",
                    },
                ],
                meaning: None,
            }),
            terminality: crate::Terminality::NotTerminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "Likely transient; retry after a delay. The channel connection is not affected.",
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
            Self::UnexpectedError => "UNEXPECTED_ERROR",
            Self::UnexpectedResponse => "UNEXPECTED_RESPONSE",
            Self::PbError => "PB_ERROR",
            Self::Timeout => "TIMEOUT",
            Self::InvalidParams => "INVALID_PARAMS",
            Self::NotReadable => "NOT_READABLE",
            Self::NotSupported => "NOT_SUPPORTED",
            Self::InvalidOperation => "INVALID_OPERATION",
            Self::OperationAborted => "OPERATION_ABORTED",
            Self::WebSecurityRestrict => "WEB_SECURITY_RESTRICT",
            Self::ExchangeSdpFailed => "EXCHANGE_SDP_FAILED",
            Self::AddCandidateFailed => "ADD_CANDIDATE_FAILED",
            Self::DatachannelFailed => "DATACHANNEL_FAILED",
            Self::NetworkError => "NETWORK_ERROR",
            Self::NetworkTimeout => "NETWORK_TIMEOUT",
            Self::NetworkResponseError => "NETWORK_RESPONSE_ERROR",
            Self::ApiInvokeTimeout => "API_INVOKE_TIMEOUT",
            Self::EnumerateDevicesFailed => "ENUMERATE_DEVICES_FAILED",
            Self::DeviceNotFound => "DEVICE_NOT_FOUND",
            Self::ElectronIsNull => "ELECTRON_IS_NULL",
            Self::ElectronDesktopCapturerGetSourcesError => {
                "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR"
            }
            Self::ChromePluginNoResponse => "CHROME_PLUGIN_NO_RESPONSE",
            Self::ChromePluginNotInstall => "CHROME_PLUGIN_NOT_INSTALL",
            Self::MediaOptionInvalid => "MEDIA_OPTION_INVALID",
            Self::PermissionDenied => "PERMISSION_DENIED",
            Self::ConstraintNotSatisfied => "CONSTRAINT_NOT_SATISFIED",
            Self::TrackIsDisabled => "TRACK_IS_DISABLED",
            Self::GetVideoElementVisibleError => "GET_VIDEO_ELEMENT_VISIBLE_ERROR",
            Self::ShareAudioNotAllowed => "SHARE_AUDIO_NOT_ALLOWED",
            Self::LowStreamEncodingError => "LOW_STREAM_ENCODING_ERROR",
            Self::SetEncodingParameterError => "SET_ENCODING_PARAMETER_ERROR",
            Self::TrackStateUnreachable => "TRACK_STATE_UNREACHABLE",
            Self::InvalidUintUidFromStringUid => "INVALID_UINT_UID_FROM_STRING_UID",
            Self::CanNotGetProxyServer => "CAN_NOT_GET_PROXY_SERVER",
            Self::CanNotGetGatewayServer => "CAN_NOT_GET_GATEWAY_SERVER",
            Self::VoidGatewayAddress => "VOID_GATEWAY_ADDRESS",
            Self::UidConflict => "UID_CONFLICT",
            Self::MultiUnilbsResponseError => "MULTI_UNILBS_RESPONSE_ERROR",
            Self::UpdateTicketFailed => "UPDATE_TICKET_FAILED",
            Self::TokenExpire => "TOKEN_EXPIRE",
            Self::InvalidLocalTrack => "INVALID_LOCAL_TRACK",
            Self::InvalidTrack => "INVALID_TRACK",
            Self::SenderNotFound => "SENDER_NOT_FOUND",
            Self::CreateOfferFailed => "CREATE_OFFER_FAILED",
            Self::SetAnswerFailed => "SET_ANSWER_FAILED",
            Self::IceFailed => "ICE_FAILED",
            Self::PcClosed => "PC_CLOSED",
            Self::SenderReplaceFailed => "SENDER_REPLACE_FAILED",
            Self::GetLocalCapabilitiesFailed => "GET_LOCAL_CAPABILITIES_FAILED",
            Self::GetLocalConnectionParamsFailed => "GET_LOCAL_CONNECTION_PARAMS_FAILED",
            Self::SubscribeFailed => "SUBSCRIBE_FAILED",
            Self::UnsubscribeFailed => "UNSUBSCRIBE_FAILED",
            Self::GatewayP2pLost => "GATEWAY_P2P_LOST",
            Self::NoIceCandidate => "NO_ICE_CANDIDATE",
            Self::CanNotPublishMultipleVideoTracks => "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS",
            Self::ExistDisabledVideoTrack => "EXIST_DISABLED_VIDEO_TRACK",
            Self::InvalidRemoteUser => "INVALID_REMOTE_USER",
            Self::RemoteUserIsNotPublished => "REMOTE_USER_IS_NOT_PUBLISHED",
            Self::CustomReportSendFailed => "CUSTOM_REPORT_SEND_FAILED",
            Self::CustomReportFrequencyTooHigh => "CUSTOM_REPORT_FREQUENCY_TOO_HIGH",
            Self::FetchAudioFileFailed => "FETCH_AUDIO_FILE_FAILED",
            Self::ReadLocalAudioFileError => "READ_LOCAL_AUDIO_FILE_ERROR",
            Self::DecodeAudioFileFailed => "DECODE_AUDIO_FILE_FAILED",
            Self::WsAbort => "WS_ABORT",
            Self::WsDisconnect => "WS_DISCONNECT",
            Self::WsErr => "WS_ERR",
            Self::ExternalSignalAbort => "EXTERNAL_SIGNAL_ABORT",
            Self::LiveStreamingTaskConflict => "LIVE_STREAMING_TASK_CONFLICT",
            Self::LiveStreamingInvalidArgument => "LIVE_STREAMING_INVALID_ARGUMENT",
            Self::LiveStreamingInternalServerError => "LIVE_STREAMING_INTERNAL_SERVER_ERROR",
            Self::LiveStreamingPublishStreamNotAuthorized => {
                "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED"
            }
            Self::LiveStreamingTranscodingNotSupported => {
                "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED"
            }
            Self::LiveStreamingCdnError => "LIVE_STREAMING_CDN_ERROR",
            Self::LiveStreamingInvalidRawStream => "LIVE_STREAMING_INVALID_RAW_STREAM",
            Self::LiveStreamingWarnStreamNumReachLimit => {
                "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT"
            }
            Self::LiveStreamingWarnFailedLoadImage => "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE",
            Self::LiveStreamingWarnFrequentRequest => "LIVE_STREAMING_WARN_FREQUENT_REQUEST",
            Self::WebglInternalError => "WEBGL_INTERNAL_ERROR",
            Self::BeautyProcessorInternalError => "BEAUTY_PROCESSOR_INTERNAL_ERROR",
            Self::CrossChannelWaitStatusError => "CROSS_CHANNEL_WAIT_STATUS_ERROR",
            Self::CrossChannelFailedJoinSrc => "CROSS_CHANNEL_FAILED_JOIN_SEC",
            Self::CrossChannelFailedJoinDest => "CROSS_CHANNEL_FAILED_JOIN_DEST",
            Self::CrossChannelFailedPacketSentToDest => "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST",
            Self::CrossChannelServerErrorResponse => "CROSS_CHANNEL_SERVER_ERROR_RESPONSE",
            Self::MetadataOutOfRange => "METADATA_OUT_OF_RANGE",
            Self::LocalAecError => "LOCAL_AEC_ERROR",
            Self::InvalidPlugin => "INVALID_PLUGIN",
            Self::DisconnectP2p => "DISCONNECT_P2P",
            Self::ConvertingImagedataToBlobFailed => "CONVERTING_IMAGEDATA_TO_BLOB_FAILED",
            Self::ConvertingVideoFrameToBlobFailed => "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED",
            Self::InitDatachannelTimeout => "INIT_DATACHANNEL_TIMEOUT",
            Self::CreateDatachannelError => "CREATE_DATACHANNEL_ERROR",
            Self::DatachannelConnectionTimeout => "DATACHANNEL_CONNECTION_TIMEOUT",
            Self::ProhibitedOperation => "PROHIBITED_OPERATION",
            Self::ImageModerationUploadFailed => "IMAGE_MODERATION_UPLOAD_FAILED",
            Self::P2pMessageFailed => "P2P_MESSAGE_FAILED",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "UNEXPECTED_ERROR" => Some(Self::UnexpectedError),
            "UNEXPECTED_RESPONSE" => Some(Self::UnexpectedResponse),
            "PB_ERROR" => Some(Self::PbError),
            "TIMEOUT" => Some(Self::Timeout),
            "INVALID_PARAMS" => Some(Self::InvalidParams),
            "NOT_READABLE" => Some(Self::NotReadable),
            "NOT_SUPPORTED" => Some(Self::NotSupported),
            "INVALID_OPERATION" => Some(Self::InvalidOperation),
            "OPERATION_ABORTED" => Some(Self::OperationAborted),
            "WEB_SECURITY_RESTRICT" => Some(Self::WebSecurityRestrict),
            "EXCHANGE_SDP_FAILED" => Some(Self::ExchangeSdpFailed),
            "ADD_CANDIDATE_FAILED" => Some(Self::AddCandidateFailed),
            "DATACHANNEL_FAILED" => Some(Self::DatachannelFailed),
            "NETWORK_ERROR" => Some(Self::NetworkError),
            "NETWORK_TIMEOUT" => Some(Self::NetworkTimeout),
            "NETWORK_RESPONSE_ERROR" => Some(Self::NetworkResponseError),
            "API_INVOKE_TIMEOUT" => Some(Self::ApiInvokeTimeout),
            "ENUMERATE_DEVICES_FAILED" => Some(Self::EnumerateDevicesFailed),
            "DEVICE_NOT_FOUND" => Some(Self::DeviceNotFound),
            "ELECTRON_IS_NULL" => Some(Self::ElectronIsNull),
            "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR" => {
                Some(Self::ElectronDesktopCapturerGetSourcesError)
            }
            "CHROME_PLUGIN_NO_RESPONSE" => Some(Self::ChromePluginNoResponse),
            "CHROME_PLUGIN_NOT_INSTALL" => Some(Self::ChromePluginNotInstall),
            "MEDIA_OPTION_INVALID" => Some(Self::MediaOptionInvalid),
            "PERMISSION_DENIED" => Some(Self::PermissionDenied),
            "CONSTRAINT_NOT_SATISFIED" => Some(Self::ConstraintNotSatisfied),
            "TRACK_IS_DISABLED" => Some(Self::TrackIsDisabled),
            "GET_VIDEO_ELEMENT_VISIBLE_ERROR" => Some(Self::GetVideoElementVisibleError),
            "SHARE_AUDIO_NOT_ALLOWED" => Some(Self::ShareAudioNotAllowed),
            "LOW_STREAM_ENCODING_ERROR" => Some(Self::LowStreamEncodingError),
            "SET_ENCODING_PARAMETER_ERROR" => Some(Self::SetEncodingParameterError),
            "TRACK_STATE_UNREACHABLE" => Some(Self::TrackStateUnreachable),
            "INVALID_UINT_UID_FROM_STRING_UID" => Some(Self::InvalidUintUidFromStringUid),
            "CAN_NOT_GET_PROXY_SERVER" => Some(Self::CanNotGetProxyServer),
            "CAN_NOT_GET_GATEWAY_SERVER" => Some(Self::CanNotGetGatewayServer),
            "VOID_GATEWAY_ADDRESS" => Some(Self::VoidGatewayAddress),
            "UID_CONFLICT" => Some(Self::UidConflict),
            "MULTI_UNILBS_RESPONSE_ERROR" => Some(Self::MultiUnilbsResponseError),
            "UPDATE_TICKET_FAILED" => Some(Self::UpdateTicketFailed),
            "TOKEN_EXPIRE" => Some(Self::TokenExpire),
            "INVALID_LOCAL_TRACK" => Some(Self::InvalidLocalTrack),
            "INVALID_TRACK" => Some(Self::InvalidTrack),
            "SENDER_NOT_FOUND" => Some(Self::SenderNotFound),
            "CREATE_OFFER_FAILED" => Some(Self::CreateOfferFailed),
            "SET_ANSWER_FAILED" => Some(Self::SetAnswerFailed),
            "ICE_FAILED" => Some(Self::IceFailed),
            "PC_CLOSED" => Some(Self::PcClosed),
            "SENDER_REPLACE_FAILED" => Some(Self::SenderReplaceFailed),
            "GET_LOCAL_CAPABILITIES_FAILED" => Some(Self::GetLocalCapabilitiesFailed),
            "GET_LOCAL_CONNECTION_PARAMS_FAILED" => Some(Self::GetLocalConnectionParamsFailed),
            "SUBSCRIBE_FAILED" => Some(Self::SubscribeFailed),
            "UNSUBSCRIBE_FAILED" => Some(Self::UnsubscribeFailed),
            "GATEWAY_P2P_LOST" => Some(Self::GatewayP2pLost),
            "NO_ICE_CANDIDATE" => Some(Self::NoIceCandidate),
            "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS" => Some(Self::CanNotPublishMultipleVideoTracks),
            "EXIST_DISABLED_VIDEO_TRACK" => Some(Self::ExistDisabledVideoTrack),
            "INVALID_REMOTE_USER" => Some(Self::InvalidRemoteUser),
            "REMOTE_USER_IS_NOT_PUBLISHED" => Some(Self::RemoteUserIsNotPublished),
            "CUSTOM_REPORT_SEND_FAILED" => Some(Self::CustomReportSendFailed),
            "CUSTOM_REPORT_FREQUENCY_TOO_HIGH" => Some(Self::CustomReportFrequencyTooHigh),
            "FETCH_AUDIO_FILE_FAILED" => Some(Self::FetchAudioFileFailed),
            "READ_LOCAL_AUDIO_FILE_ERROR" => Some(Self::ReadLocalAudioFileError),
            "DECODE_AUDIO_FILE_FAILED" => Some(Self::DecodeAudioFileFailed),
            "WS_ABORT" => Some(Self::WsAbort),
            "WS_DISCONNECT" => Some(Self::WsDisconnect),
            "WS_ERR" => Some(Self::WsErr),
            "EXTERNAL_SIGNAL_ABORT" => Some(Self::ExternalSignalAbort),
            "LIVE_STREAMING_TASK_CONFLICT" => Some(Self::LiveStreamingTaskConflict),
            "LIVE_STREAMING_INVALID_ARGUMENT" => Some(Self::LiveStreamingInvalidArgument),
            "LIVE_STREAMING_INTERNAL_SERVER_ERROR" => Some(Self::LiveStreamingInternalServerError),
            "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED" => {
                Some(Self::LiveStreamingPublishStreamNotAuthorized)
            }
            "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED" => {
                Some(Self::LiveStreamingTranscodingNotSupported)
            }
            "LIVE_STREAMING_CDN_ERROR" => Some(Self::LiveStreamingCdnError),
            "LIVE_STREAMING_INVALID_RAW_STREAM" => Some(Self::LiveStreamingInvalidRawStream),
            "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT" => {
                Some(Self::LiveStreamingWarnStreamNumReachLimit)
            }
            "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE" => Some(Self::LiveStreamingWarnFailedLoadImage),
            "LIVE_STREAMING_WARN_FREQUENT_REQUEST" => Some(Self::LiveStreamingWarnFrequentRequest),
            "WEBGL_INTERNAL_ERROR" => Some(Self::WebglInternalError),
            "BEAUTY_PROCESSOR_INTERNAL_ERROR" => Some(Self::BeautyProcessorInternalError),
            "CROSS_CHANNEL_WAIT_STATUS_ERROR" => Some(Self::CrossChannelWaitStatusError),
            "CROSS_CHANNEL_FAILED_JOIN_SEC" => Some(Self::CrossChannelFailedJoinSrc),
            "CROSS_CHANNEL_FAILED_JOIN_DEST" => Some(Self::CrossChannelFailedJoinDest),
            "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST" => {
                Some(Self::CrossChannelFailedPacketSentToDest)
            }
            "CROSS_CHANNEL_SERVER_ERROR_RESPONSE" => Some(Self::CrossChannelServerErrorResponse),
            "METADATA_OUT_OF_RANGE" => Some(Self::MetadataOutOfRange),
            "LOCAL_AEC_ERROR" => Some(Self::LocalAecError),
            "INVALID_PLUGIN" => Some(Self::InvalidPlugin),
            "DISCONNECT_P2P" => Some(Self::DisconnectP2p),
            "CONVERTING_IMAGEDATA_TO_BLOB_FAILED" => Some(Self::ConvertingImagedataToBlobFailed),
            "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED" => Some(Self::ConvertingVideoFrameToBlobFailed),
            "INIT_DATACHANNEL_TIMEOUT" => Some(Self::InitDatachannelTimeout),
            "CREATE_DATACHANNEL_ERROR" => Some(Self::CreateDatachannelError),
            "DATACHANNEL_CONNECTION_TIMEOUT" => Some(Self::DatachannelConnectionTimeout),
            "PROHIBITED_OPERATION" => Some(Self::ProhibitedOperation),
            "IMAGE_MODERATION_UPLOAD_FAILED" => Some(Self::ImageModerationUploadFailed),
            "P2P_MESSAGE_FAILED" => Some(Self::P2pMessageFailed),
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
            "UNEXPECTED_ERROR" => Some(Self::UnexpectedError),
            "UNEXPECTED_RESPONSE" => Some(Self::UnexpectedResponse),
            "PB_ERROR" => Some(Self::PbError),
            "TIMEOUT" => Some(Self::Timeout),
            "INVALID_PARAMS" => Some(Self::InvalidParams),
            "NOT_READABLE" => Some(Self::NotReadable),
            "NOT_SUPPORTED" => Some(Self::NotSupported),
            "INVALID_OPERATION" => Some(Self::InvalidOperation),
            "OPERATION_ABORTED" => Some(Self::OperationAborted),
            "WEB_SECURITY_RESTRICT" => Some(Self::WebSecurityRestrict),
            "EXCHANGE_SDP_FAILED" => Some(Self::ExchangeSdpFailed),
            "ADD_CANDIDATE_FAILED" => Some(Self::AddCandidateFailed),
            "DATACHANNEL_FAILED" => Some(Self::DatachannelFailed),
            "NETWORK_ERROR" => Some(Self::NetworkError),
            "NETWORK_TIMEOUT" => Some(Self::NetworkTimeout),
            "NETWORK_RESPONSE_ERROR" => Some(Self::NetworkResponseError),
            "API_INVOKE_TIMEOUT" => Some(Self::ApiInvokeTimeout),
            "ENUMERATE_DEVICES_FAILED" => Some(Self::EnumerateDevicesFailed),
            "DEVICE_NOT_FOUND" => Some(Self::DeviceNotFound),
            "ELECTRON_IS_NULL" => Some(Self::ElectronIsNull),
            "ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR" => {
                Some(Self::ElectronDesktopCapturerGetSourcesError)
            }
            "CHROME_PLUGIN_NO_RESPONSE" => Some(Self::ChromePluginNoResponse),
            "CHROME_PLUGIN_NOT_INSTALL" => Some(Self::ChromePluginNotInstall),
            "MEDIA_OPTION_INVALID" => Some(Self::MediaOptionInvalid),
            "PERMISSION_DENIED" => Some(Self::PermissionDenied),
            "CONSTRAINT_NOT_SATISFIED" => Some(Self::ConstraintNotSatisfied),
            "TRACK_IS_DISABLED" => Some(Self::TrackIsDisabled),
            "GET_VIDEO_ELEMENT_VISIBLE_ERROR" => Some(Self::GetVideoElementVisibleError),
            "SHARE_AUDIO_NOT_ALLOWED" => Some(Self::ShareAudioNotAllowed),
            "LOW_STREAM_ENCODING_ERROR" => Some(Self::LowStreamEncodingError),
            "SET_ENCODING_PARAMETER_ERROR" => Some(Self::SetEncodingParameterError),
            "TRACK_STATE_UNREACHABLE" => Some(Self::TrackStateUnreachable),
            "INVALID_UINT_UID_FROM_STRING_UID" => Some(Self::InvalidUintUidFromStringUid),
            "CAN_NOT_GET_PROXY_SERVER" => Some(Self::CanNotGetProxyServer),
            "CAN_NOT_GET_GATEWAY_SERVER" => Some(Self::CanNotGetGatewayServer),
            "VOID_GATEWAY_ADDRESS" => Some(Self::VoidGatewayAddress),
            "UID_CONFLICT" => Some(Self::UidConflict),
            "MULTI_UNILBS_RESPONSE_ERROR" => Some(Self::MultiUnilbsResponseError),
            "UPDATE_TICKET_FAILED" => Some(Self::UpdateTicketFailed),
            "TOKEN_EXPIRE" => Some(Self::TokenExpire),
            "INVALID_LOCAL_TRACK" => Some(Self::InvalidLocalTrack),
            "INVALID_TRACK" => Some(Self::InvalidTrack),
            "SENDER_NOT_FOUND" => Some(Self::SenderNotFound),
            "CREATE_OFFER_FAILED" => Some(Self::CreateOfferFailed),
            "SET_ANSWER_FAILED" => Some(Self::SetAnswerFailed),
            "ICE_FAILED" => Some(Self::IceFailed),
            "PC_CLOSED" => Some(Self::PcClosed),
            "SENDER_REPLACE_FAILED" => Some(Self::SenderReplaceFailed),
            "GET_LOCAL_CAPABILITIES_FAILED" => Some(Self::GetLocalCapabilitiesFailed),
            "GET_LOCAL_CONNECTION_PARAMS_FAILED" => Some(Self::GetLocalConnectionParamsFailed),
            "SUBSCRIBE_FAILED" => Some(Self::SubscribeFailed),
            "UNSUBSCRIBE_FAILED" => Some(Self::UnsubscribeFailed),
            "GATEWAY_P2P_LOST" => Some(Self::GatewayP2pLost),
            "NO_ICE_CANDIDATE" => Some(Self::NoIceCandidate),
            "CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS" => Some(Self::CanNotPublishMultipleVideoTracks),
            "EXIST_DISABLED_VIDEO_TRACK" => Some(Self::ExistDisabledVideoTrack),
            "INVALID_REMOTE_USER" => Some(Self::InvalidRemoteUser),
            "REMOTE_USER_IS_NOT_PUBLISHED" => Some(Self::RemoteUserIsNotPublished),
            "CUSTOM_REPORT_SEND_FAILED" => Some(Self::CustomReportSendFailed),
            "CUSTOM_REPORT_FREQUENCY_TOO_HIGH" => Some(Self::CustomReportFrequencyTooHigh),
            "FETCH_AUDIO_FILE_FAILED" => Some(Self::FetchAudioFileFailed),
            "READ_LOCAL_AUDIO_FILE_ERROR" => Some(Self::ReadLocalAudioFileError),
            "DECODE_AUDIO_FILE_FAILED" => Some(Self::DecodeAudioFileFailed),
            "WS_ABORT" => Some(Self::WsAbort),
            "WS_DISCONNECT" => Some(Self::WsDisconnect),
            "WS_ERR" => Some(Self::WsErr),
            "EXTERNAL_SIGNAL_ABORT" => Some(Self::ExternalSignalAbort),
            "LIVE_STREAMING_TASK_CONFLICT" => Some(Self::LiveStreamingTaskConflict),
            "LIVE_STREAMING_INVALID_ARGUMENT" => Some(Self::LiveStreamingInvalidArgument),
            "LIVE_STREAMING_INTERNAL_SERVER_ERROR" => Some(Self::LiveStreamingInternalServerError),
            "LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED" => {
                Some(Self::LiveStreamingPublishStreamNotAuthorized)
            }
            "LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED" => {
                Some(Self::LiveStreamingTranscodingNotSupported)
            }
            "LIVE_STREAMING_CDN_ERROR" => Some(Self::LiveStreamingCdnError),
            "LIVE_STREAMING_INVALID_RAW_STREAM" => Some(Self::LiveStreamingInvalidRawStream),
            "LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT" => {
                Some(Self::LiveStreamingWarnStreamNumReachLimit)
            }
            "LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE" => Some(Self::LiveStreamingWarnFailedLoadImage),
            "LIVE_STREAMING_WARN_FREQUENT_REQUEST" => Some(Self::LiveStreamingWarnFrequentRequest),
            "WEBGL_INTERNAL_ERROR" => Some(Self::WebglInternalError),
            "BEAUTY_PROCESSOR_INTERNAL_ERROR" => Some(Self::BeautyProcessorInternalError),
            "CROSS_CHANNEL_WAIT_STATUS_ERROR" => Some(Self::CrossChannelWaitStatusError),
            "CROSS_CHANNEL_FAILED_JOIN_SRC" => Some(Self::CrossChannelFailedJoinSrc),
            "CROSS_CHANNEL_FAILED_JOIN_DEST" => Some(Self::CrossChannelFailedJoinDest),
            "CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST" => {
                Some(Self::CrossChannelFailedPacketSentToDest)
            }
            "CROSS_CHANNEL_SERVER_ERROR_RESPONSE" => Some(Self::CrossChannelServerErrorResponse),
            "METADATA_OUT_OF_RANGE" => Some(Self::MetadataOutOfRange),
            "LOCAL_AEC_ERROR" => Some(Self::LocalAecError),
            "INVALID_PLUGIN" => Some(Self::InvalidPlugin),
            "DISCONNECT_P2P" => Some(Self::DisconnectP2p),
            "CONVERTING_IMAGEDATA_TO_BLOB_FAILED" => Some(Self::ConvertingImagedataToBlobFailed),
            "CONVERTING_VIDEO_FRAME_TO_BLOB_FAILED" => Some(Self::ConvertingVideoFrameToBlobFailed),
            "INIT_DATACHANNEL_TIMEOUT" => Some(Self::InitDatachannelTimeout),
            "CREATE_DATACHANNEL_ERROR" => Some(Self::CreateDatachannelError),
            "DATACHANNEL_CONNECTION_TIMEOUT" => Some(Self::DatachannelConnectionTimeout),
            "PROHIBITED_OPERATION" => Some(Self::ProhibitedOperation),
            "IMAGE_MODERATION_UPLOAD_FAILED" => Some(Self::ImageModerationUploadFailed),
            "P2P_MESSAGE_FAILED" => Some(Self::P2pMessageFailed),
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
impl From<AgoraRtcErrorCode> for &'static str {
    fn from(code: AgoraRtcErrorCode) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for AgoraRtcErrorCode {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for AgoraRtcErrorCode {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for AgoraRtcErrorCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for AgoraRtcErrorCode {}
impl crate::ErrorCode for AgoraRtcErrorCode {
    fn provider(&self) -> &'static str {
        "agora"
    }
    fn code_set(&self) -> &'static str {
        "agora_rtc_error_code"
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
/// Reason the Agora Web SDK gives in connection-state-change when the connection state becomes DISCONNECTED.
///
/// Upstream: ConnectionDisconnectedReason in <https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html> 4.24.8 (package npm:@agora-js/shared@4.24.8).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::agora::ConnectionDisconnectedReason;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = ConnectionDisconnectedReason::from_value("LEAVE").expect("a known value");
/// assert_eq!(code, ConnectionDisconnectedReason::Leave);
/// assert_eq!(code.value(), "LEAVE");
/// assert_eq!(<&str>::from(code), "LEAVE");
/// assert_eq!(code.name(), "LEAVE");
/// assert_eq!("LEAVE".parse::<ConnectionDisconnectedReason>(), Ok(code));
/// assert_eq!(code.to_string(), "LEAVE");
/// assert_eq!(code.category(), Category::EndedNormally);
/// assert_eq!(code.retry_policy(), RetryPolicy::NotAnError);
/// assert_eq!(code.is_terminal(), true);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(ConnectionDisconnectedReason::from_value("not-a-code"), None);
/// assert!(ConnectionDisconnectedReason::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectionDisconnectedReason {
    /// The user left the channel.
    ///
    /// The app called leave(). The SDK's d.ts says: "The user has left the channel."
    ///
    /// Wire value "LEAVE".
    Leave,
    /// The network failed and the SDK gave up reconnecting.
    ///
    /// The connection to Agora was lost and the SDK's own reconnection attempts failed. The SDK's d.ts says: "The network is down, and cannot recover after retry."
    ///
    /// Wire value "NETWORK_ERROR".
    NetworkError,
    /// The server returned an error.
    ///
    /// Agora's server refused the session. The SDK's d.ts says: "The server returns an error. This is usually caused by incorrect parameter settings."
    ///
    /// Wire value "SERVER_ERROR".
    ServerError,
    /// The user was banned from the channel.
    ///
    /// The server banned this UID, for example through the kicking-rule RESTful API; the SDK also uses this reason when the server reports the UID already joined elsewhere (ERR_REPEAT_JOIN_CHANNEL). The SDK's d.ts says: "The user is banned."
    ///
    /// Wire value "UID_BANNED".
    UidBanned,
    /// The connection was closed to switch the signalling path.
    ///
    /// Internal: the SDK closes its data-channel signalling attempt with this reason when it falls back to the WebSocket (marked @ignore in the d.ts). AgoraRTCClient drops gateway state changes with this reason instead of emitting connection-state-change, so an app does not receive it.
    ///
    /// Wire value "FALLBACK".
    Fallback,
    /// The user's IP address was banned.
    ///
    /// The server banned the client's IP address. The SDK's d.ts says: "The IP is banned."
    ///
    /// Wire value "IP_BANNED".
    IpBanned,
    /// The channel was banned.
    ///
    /// The server banned the whole channel. The SDK's d.ts says: "The channel is banned."
    ///
    /// Wire value "CHANNEL_BANNED".
    ChannelBanned,
    /// The licence is missing.
    ///
    /// The server closed the session because the client has no licence (marked @ignore in the d.ts).
    ///
    /// Wire value "LICENSE_MISSING".
    LicenseMissing,
    /// The licence has expired.
    ///
    /// The server closed the session because the licence expired (marked @ignore in the d.ts).
    ///
    /// Wire value "LICENSE_EXPIRED".
    LicenseExpired,
    /// The licence's minutes are used up.
    ///
    /// The server closed the session because the licence's usage minutes are exhausted (marked @ignore in the d.ts).
    ///
    /// Wire value "LICENSE_MINUTES_EXCEEDED".
    LicenseMinutesExceeded,
    /// The licence is not valid for this period.
    ///
    /// The server closed the session because the licence's validity period does not cover now (marked @ignore in the d.ts).
    ///
    /// Wire value "LICENSE_PERIOD_INVALID".
    LicensePeriodInvalid,
    /// The licence is used by several SDK services at once.
    ///
    /// The server closed the session because one licence is in use by more than one SDK service (marked @ignore in the d.ts).
    ///
    /// Wire value "LICENSE_MULTIPLE_SDK_SERVICE".
    LicenseMultipleSdkService,
    /// The licence is not valid.
    ///
    /// The server closed the session because the licence is not legitimate (marked @ignore in the d.ts).
    ///
    /// Wire value "LICENSE_ILLEGAL".
    LicenseIllegal,
    /// The token expired during the session.
    ///
    /// The server closed the session because the token expired. The SDK's d.ts says: "The user's token expires."
    ///
    /// Wire value "TOKEN_EXPIRE".
    TokenExpire,
    /// The session was moved to HLS playback.
    ///
    /// Internal: the server asked the client to fall back to HLS and the SDK closed the RTC connection (only with ENABLE_FALLBACK_TO_HLS set; marked @ignore in the d.ts).
    ///
    /// Wire value "FALLBACK_TO_HLS".
    FallbackToHls,
    /// Another client joined with the same UID.
    ///
    /// The server reported that the UID already joined the channel (ERR_REPEAT_JOIN_CHANNEL) and the SDK, with the IGNORE_UID_CHECK parameter set, closes with this reason (marked @ignore in the d.ts).
    ///
    /// Wire value "UID_CONFLICT".
    UidConflict,
}
impl ConnectionDisconnectedReason {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::Leave,
        Self::NetworkError,
        Self::ServerError,
        Self::UidBanned,
        Self::Fallback,
        Self::IpBanned,
        Self::ChannelBanned,
        Self::LicenseMissing,
        Self::LicenseExpired,
        Self::LicenseMinutesExceeded,
        Self::LicensePeriodInvalid,
        Self::LicenseMultipleSdkService,
        Self::LicenseIllegal,
        Self::TokenExpire,
        Self::FallbackToHls,
        Self::UidConflict,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 16;
    const CODE_SET: &'static str = "agora/connection_disconnected_reason";
    const INFO: [crate::CodeInfo; 16] = [
        crate::CodeInfo {
            name: "LEAVE",
            catalog_name: "LEAVE",
            summary: "The user left the channel.",
            cause:
                "The app called leave(). The SDK's d.ts says: \"The user has left the channel.\"",
            when: &["the app calls client.leave()"],
            user_message: "You have left the call.",
            user_message_key: "agora.connection_disconnected_reason.LEAVE",
            remediation: &["Nothing to fix: clean up the call UI."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::EndedNormally,
            retry_policy: crate::RetryPolicy::NotAnError,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "A deliberate local leave is not a failure, so there is nothing to retry.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "NETWORK_ERROR",
            catalog_name: "NETWORK_ERROR",
            summary: "The network failed and the SDK gave up reconnecting.",
            cause: "The connection to Agora was lost and the SDK's own reconnection attempts failed. The SDK's d.ts says: \"The network is down, and cannot recover after retry.\"",
            when: &[
                "a long network outage",
                "the user's network blocks Agora after a change",
            ],
            user_message: "The connection to the call was lost. Check your internet connection and join again.",
            user_message_key: "agora.connection_disconnected_reason.NETWORK_ERROR",
            remediation: &[
                "Tell the user the connection was lost and offer to rejoin; rejoin with backoff when the browser reports it is online.",
                "If it happens often, check firewalls and consider the cloud proxy.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                "The SDK has already retried; an app-level rejoin after a delay, once the network is back, is the next step.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SERVER_ERROR",
            catalog_name: "SERVER_ERROR",
            summary: "The server returned an error.",
            cause: "Agora's server refused the session. The SDK's d.ts says: \"The server returns an error. This is usually caused by incorrect parameter settings.\"",
            when: &[
                "join parameters the server refuses",
                "a server-side fault during the session",
            ],
            user_message: "Something went wrong on our side. Please try again in a moment.",
            user_message_key: "agora.connection_disconnected_reason.SERVER_ERROR",
            remediation: &[
                "Check the app ID, token, channel name and UID the app joins with.",
                "Rejoin with backoff; report repeated failures with the SDK logs.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The d.ts points at parameter settings, but the SDK also uses this reason for server faults it cannot recover from; one delayed rejoin, then check the parameters.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UID_BANNED",
            catalog_name: "UID_BANNED",
            summary: "The user was banned from the channel.",
            cause: "The server banned this UID, for example through the kicking-rule RESTful API; the SDK also uses this reason when the server reports the UID already joined elsewhere (ERR_REPEAT_JOIN_CHANNEL). The SDK's d.ts says: \"The user is banned.\"",
            when: &[
                "the app's backend bans the user",
                "the same UID joins the channel from another client",
            ],
            user_message: "You were removed from this call.",
            user_message_key: "agora.connection_disconnected_reason.UID_BANNED",
            remediation: &[
                "Do not rejoin automatically; tell the user they were removed.",
                "If it was a duplicate UID, give each client its own UID.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                "The ban is another party's decision; rejoining would either be refused or undo it.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "FALLBACK",
            catalog_name: "FALLBACK",
            summary: "The connection was closed to switch the signalling path.",
            cause: "Internal: the SDK closes its data-channel signalling attempt with this reason when it falls back to the WebSocket (marked @ignore in the d.ts). AgoraRTCClient drops gateway state changes with this reason instead of emitting connection-state-change, so an app does not receive it.",
            when: &["data-channel signalling times out and the SDK falls back"],
            user_message: "Reconnecting to the call...",
            user_message_key: "agora.connection_disconnected_reason.FALLBACK",
            remediation: &["Nothing to do in the app; log it."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::Network,
            retry_policy: crate::RetryPolicy::Automatic,
            retry_basis: crate::Basis::Catalog,
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
            terminal_basis: crate::Basis::Catalog,
            rationale: Some(
                "The SDK switches from data-channel to WebSocket signalling by itself and goes on, and the client does not emit connection-state-change for it, so the catalog does not treat it as final; the d.ts hides it (@ignore) and documents no verdict.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "IP_BANNED",
            catalog_name: "IP_BANNED",
            summary: "The user's IP address was banned.",
            cause: "The server banned the client's IP address. The SDK's d.ts says: \"The IP is banned.\"",
            when: &["the app's backend bans the IP through the kicking rules"],
            user_message: "You were removed from this call.",
            user_message_key: "agora.connection_disconnected_reason.IP_BANNED",
            remediation: &[
                "Do not rejoin automatically; the ban must be lifted by the app's backend.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                "The ban is a deliberate decision; rejoining from the same address is refused.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "CHANNEL_BANNED",
            catalog_name: "CHANNEL_BANNED",
            summary: "The channel was banned.",
            cause: "The server banned the whole channel. The SDK's d.ts says: \"The channel is banned.\"",
            when: &["the app's backend bans the channel through the kicking rules"],
            user_message: "This call has ended.",
            user_message_key: "agora.connection_disconnected_reason.CHANNEL_BANNED",
            remediation: &["Do not rejoin; the ban must be lifted by the app's backend."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                "Every participant is out and the channel refuses new joins until the ban is lifted.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LICENSE_MISSING",
            catalog_name: "LICENSE_MISSING",
            summary: "The licence is missing.",
            cause: "The server closed the session because the client has no licence (marked @ignore in the d.ts).",
            when: &["a project that needs a licence joins without one"],
            user_message:
                "This service is not available right now. Please contact the organiser or support.",
            user_message_key: "agora.connection_disconnected_reason.LICENSE_MISSING",
            remediation: &["Provide the licence the project requires; contact Agora."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LICENSE_EXPIRED",
            catalog_name: "LICENSE_EXPIRED",
            summary: "The licence has expired.",
            cause: "The server closed the session because the licence expired (marked @ignore in the d.ts).",
            when: &["using a licence past its end date"],
            user_message:
                "This service is not available right now. Please contact the organiser or support.",
            user_message_key: "agora.connection_disconnected_reason.LICENSE_EXPIRED",
            remediation: &["Renew the licence with Agora."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LICENSE_MINUTES_EXCEEDED",
            catalog_name: "LICENSE_MINUTES_EXCEEDED",
            summary: "The licence's minutes are used up.",
            cause: "The server closed the session because the licence's usage minutes are exhausted (marked @ignore in the d.ts).",
            when: &["usage beyond the licensed minutes"],
            user_message:
                "This service is not available right now. Please contact the organiser or support.",
            user_message_key: "agora.connection_disconnected_reason.LICENSE_MINUTES_EXCEEDED",
            remediation: &["Extend the licence's minutes with Agora."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LICENSE_PERIOD_INVALID",
            catalog_name: "LICENSE_PERIOD_INVALID",
            summary: "The licence is not valid for this period.",
            cause: "The server closed the session because the licence's validity period does not cover now (marked @ignore in the d.ts).",
            when: &["a licence not yet valid, or with a wrong period"],
            user_message:
                "This service is not available right now. Please contact the organiser or support.",
            user_message_key: "agora.connection_disconnected_reason.LICENSE_PERIOD_INVALID",
            remediation: &["Check the licence's validity period with Agora."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LICENSE_MULTIPLE_SDK_SERVICE",
            catalog_name: "LICENSE_MULTIPLE_SDK_SERVICE",
            summary: "The licence is used by several SDK services at once.",
            cause: "The server closed the session because one licence is in use by more than one SDK service (marked @ignore in the d.ts).",
            when: &["the same licence used from several clients or products"],
            user_message:
                "This service is not available right now. Please contact the organiser or support.",
            user_message_key: "agora.connection_disconnected_reason.LICENSE_MULTIPLE_SDK_SERVICE",
            remediation: &["Use one licence per SDK service, as Agora's terms require."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "LICENSE_ILLEGAL",
            catalog_name: "LICENSE_ILLEGAL",
            summary: "The licence is not valid.",
            cause: "The server closed the session because the licence is not legitimate (marked @ignore in the d.ts).",
            when: &["a malformed or forged licence"],
            user_message:
                "This service is not available right now. Please contact the organiser or support.",
            user_message_key: "agora.connection_disconnected_reason.LICENSE_ILLEGAL",
            remediation: &["Use a licence issued by Agora for this project."],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
            ],
            since: None,
            category: crate::Category::BillingQuota,
            retry_policy: crate::RetryPolicy::Never,
            retry_basis: crate::Basis::Catalog,
            retry_schedule: None,
            runtime_signal: None,
            terminality: crate::Terminality::Terminal,
            terminal_condition: None,
            terminal_basis: crate::Basis::Provider,
            rationale: Some(
                "The app's licence for the Agora service does not allow this session; the licence, not the app's code, must change.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "TOKEN_EXPIRE",
            catalog_name: "TOKEN_EXPIRE",
            summary: "The token expired during the session.",
            cause: "The server closed the session because the token expired. The SDK's d.ts says: \"The user's token expires.\"",
            when: &["the session runs past the token's expiry without renewToken()"],
            user_message: "Your access to this call has expired. Please join again.",
            user_message_key: "agora.connection_disconnected_reason.TOKEN_EXPIRE",
            remediation: &[
                "Fetch a new token and join again.",
                "Renew tokens in time: handle token-privilege-will-expire with client.renewToken().",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                "A fresh token from the app's backend is all that is needed to rejoin.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "FALLBACK_TO_HLS",
            catalog_name: "FALLBACK_TO_HLS",
            summary: "The session was moved to HLS playback.",
            cause: "Internal: the server asked the client to fall back to HLS and the SDK closed the RTC connection (only with ENABLE_FALLBACK_TO_HLS set; marked @ignore in the d.ts).",
            when: &["the service downgrades an audience member to HLS"],
            user_message: "This call has moved to a different playback mode.",
            user_message_key: "agora.connection_disconnected_reason.FALLBACK_TO_HLS",
            remediation: &[
                "Follow the HLS fallback flow the project configured; do not rejoin over RTC automatically.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                "The service chose another delivery path; rejoining over RTC would undo that choice.",
            ),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "UID_CONFLICT",
            catalog_name: "UID_CONFLICT",
            summary: "Another client joined with the same UID.",
            cause: "The server reported that the UID already joined the channel (ERR_REPEAT_JOIN_CHANNEL) and the SDK, with the IGNORE_UID_CHECK parameter set, closes with this reason (marked @ignore in the d.ts).",
            when: &["the same UID joins from another device or tab"],
            user_message:
                "You joined this call from another device or window, so this one was disconnected.",
            user_message_key: "agora.connection_disconnected_reason.UID_CONFLICT",
            remediation: &[
                "Give every client its own UID.",
                "Offer the user a button to rejoin here.",
            ],
            causes: &[],
            references: &[
                "@agora-js/shared@4.24.8 rtc-sdk-shared_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 esm/AgoraRTC_N-production.esm-bundler.mjs",
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
                "Rejoining would evict the other client; only rejoin if the user chooses to.",
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
            Self::Leave => "LEAVE",
            Self::NetworkError => "NETWORK_ERROR",
            Self::ServerError => "SERVER_ERROR",
            Self::UidBanned => "UID_BANNED",
            Self::Fallback => "FALLBACK",
            Self::IpBanned => "IP_BANNED",
            Self::ChannelBanned => "CHANNEL_BANNED",
            Self::LicenseMissing => "LICENSE_MISSING",
            Self::LicenseExpired => "LICENSE_EXPIRED",
            Self::LicenseMinutesExceeded => "LICENSE_MINUTES_EXCEEDED",
            Self::LicensePeriodInvalid => "LICENSE_PERIOD_INVALID",
            Self::LicenseMultipleSdkService => "LICENSE_MULTIPLE_SDK_SERVICE",
            Self::LicenseIllegal => "LICENSE_ILLEGAL",
            Self::TokenExpire => "TOKEN_EXPIRE",
            Self::FallbackToHls => "FALLBACK_TO_HLS",
            Self::UidConflict => "UID_CONFLICT",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "LEAVE" => Some(Self::Leave),
            "NETWORK_ERROR" => Some(Self::NetworkError),
            "SERVER_ERROR" => Some(Self::ServerError),
            "UID_BANNED" => Some(Self::UidBanned),
            "FALLBACK" => Some(Self::Fallback),
            "IP_BANNED" => Some(Self::IpBanned),
            "CHANNEL_BANNED" => Some(Self::ChannelBanned),
            "LICENSE_MISSING" => Some(Self::LicenseMissing),
            "LICENSE_EXPIRED" => Some(Self::LicenseExpired),
            "LICENSE_MINUTES_EXCEEDED" => Some(Self::LicenseMinutesExceeded),
            "LICENSE_PERIOD_INVALID" => Some(Self::LicensePeriodInvalid),
            "LICENSE_MULTIPLE_SDK_SERVICE" => Some(Self::LicenseMultipleSdkService),
            "LICENSE_ILLEGAL" => Some(Self::LicenseIllegal),
            "TOKEN_EXPIRE" => Some(Self::TokenExpire),
            "FALLBACK_TO_HLS" => Some(Self::FallbackToHls),
            "UID_CONFLICT" => Some(Self::UidConflict),
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
            "LEAVE" => Some(Self::Leave),
            "NETWORK_ERROR" => Some(Self::NetworkError),
            "SERVER_ERROR" => Some(Self::ServerError),
            "UID_BANNED" => Some(Self::UidBanned),
            "FALLBACK" => Some(Self::Fallback),
            "IP_BANNED" => Some(Self::IpBanned),
            "CHANNEL_BANNED" => Some(Self::ChannelBanned),
            "LICENSE_MISSING" => Some(Self::LicenseMissing),
            "LICENSE_EXPIRED" => Some(Self::LicenseExpired),
            "LICENSE_MINUTES_EXCEEDED" => Some(Self::LicenseMinutesExceeded),
            "LICENSE_PERIOD_INVALID" => Some(Self::LicensePeriodInvalid),
            "LICENSE_MULTIPLE_SDK_SERVICE" => Some(Self::LicenseMultipleSdkService),
            "LICENSE_ILLEGAL" => Some(Self::LicenseIllegal),
            "TOKEN_EXPIRE" => Some(Self::TokenExpire),
            "FALLBACK_TO_HLS" => Some(Self::FallbackToHls),
            "UID_CONFLICT" => Some(Self::UidConflict),
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
impl From<ConnectionDisconnectedReason> for &'static str {
    fn from(code: ConnectionDisconnectedReason) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for ConnectionDisconnectedReason {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for ConnectionDisconnectedReason {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for ConnectionDisconnectedReason {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for ConnectionDisconnectedReason {}
impl crate::ErrorCode for ConnectionDisconnectedReason {
    fn provider(&self) -> &'static str {
        "agora"
    }
    fn code_set(&self) -> &'static str {
        "connection_disconnected_reason"
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
/// Error code of a channel media relay, reported with its state in the channel-media-relay-state event.
///
/// Upstream: ChannelMediaRelayError in <https://api-ref.agora.io/en/voice-sdk/web/4.x/index.html> 4.24.8 (package npm:agora-rtc-sdk-ng@4.24.8).
///
/// # Examples
///
/// ```
/// use rtc_error_catalog::agora::ChannelMediaRelayError;
/// use rtc_error_catalog::{Category, RetryPolicy};
///
/// let code = ChannelMediaRelayError::from_value("RELAY_OK").expect("a known value");
/// assert_eq!(code, ChannelMediaRelayError::RelayOk);
/// assert_eq!(code.value(), "RELAY_OK");
/// assert_eq!(<&str>::from(code), "RELAY_OK");
/// assert_eq!(code.name(), "RELAY_OK");
/// assert_eq!("RELAY_OK".parse::<ChannelMediaRelayError>(), Ok(code));
/// assert_eq!(code.to_string(), "RELAY_OK");
/// assert_eq!(code.category(), Category::NotAnError);
/// assert_eq!(code.retry_policy(), RetryPolicy::NotAnError);
/// assert_eq!(code.is_terminal(), false);
///
/// // A value this catalog does not know is handled, never a panic:
/// assert_eq!(ChannelMediaRelayError::from_value("not-a-code"), None);
/// assert!(ChannelMediaRelayError::try_from("not-a-code").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChannelMediaRelayError {
    /// No relay error.
    ///
    /// The relay is not in the failure state; the SDK reports RELAY_OK with every other relay state. The SDK's d.ts says: "No error."
    ///
    /// Wire value "RELAY_OK".
    RelayOk,
    /// The SDK lost its connection to the relay service.
    ///
    /// After a reconnection the SDK tried to restart the relay and failed; the relay state becomes RELAY_STATE_FAILURE. The SDK's d.ts says: "The SDK disconnects from the relay service."
    ///
    /// Wire value "SERVER_CONNECTION_LOST".
    ServerConnectionLost,
    /// The source channel's relay token expired.
    ///
    /// The relay service reported that the source channel's token privilege expired; the relay state becomes RELAY_STATE_FAILURE. The SDK's d.ts says: "The token of the source channel has expired."
    ///
    /// Wire value "SRC_TOKEN_EXPIRED".
    SrcTokenExpired,
    /// A destination channel's relay token expired.
    ///
    /// The relay service reported that a destination channel's token privilege expired; the relay state becomes RELAY_STATE_FAILURE. The SDK's d.ts says: "The token of the destination channel has expired."
    ///
    /// Wire value "DEST_TOKEN_EXPIRED".
    DestTokenExpired,
}
impl ChannelMediaRelayError {
    /// Every code, in upstream order.
    pub const ALL: &'static [Self] = &[
        Self::RelayOk,
        Self::ServerConnectionLost,
        Self::SrcTokenExpired,
        Self::DestTokenExpired,
    ];
    /// Number of codes in the set.
    pub const COUNT: usize = 4;
    const CODE_SET: &'static str = "agora/channel_media_relay_error";
    const INFO: [crate::CodeInfo; 4] = [
        crate::CodeInfo {
            name: "RELAY_OK",
            catalog_name: "RELAY_OK",
            summary: "No relay error.",
            cause: "The relay is not in the failure state; the SDK reports RELAY_OK with every other relay state. The SDK's d.ts says: \"No error.\"",
            when: &["every channel-media-relay-state event whose state is not RELAY_STATE_FAILURE"],
            user_message: "Everything is working normally.",
            user_message_key: "agora.channel_media_relay_error.RELAY_OK",
            remediation: &["Nothing to fix."],
            causes: &[],
            references: &[
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
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
            name: "SERVER_CONNECTION_LOST",
            catalog_name: "SERVER_CONNECTION_LOST",
            summary: "The SDK lost its connection to the relay service.",
            cause: "After a reconnection the SDK tried to restart the relay and failed; the relay state becomes RELAY_STATE_FAILURE. The SDK's d.ts says: \"The SDK disconnects from the relay service.\"",
            when: &["a network drop during a relay, and the automatic restart fails"],
            user_message: "Forwarding this call to the other channel stopped. Please try again.",
            user_message_key: "agora.channel_media_relay_error.SERVER_CONNECTION_LOST",
            remediation: &[
                "Call startChannelMediaRelay() again with backoff once the client is connected.",
            ],
            causes: &[],
            references: &[
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
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
            rationale: Some("The SDK's own restart failed; start the relay again after a delay."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "SRC_TOKEN_EXPIRED",
            catalog_name: "SRC_TOKEN_EXPIRED",
            summary: "The source channel's relay token expired.",
            cause: "The relay service reported that the source channel's token privilege expired; the relay state becomes RELAY_STATE_FAILURE. The SDK's d.ts says: \"The token of the source channel has expired.\"",
            when: &["a relay running past the source token's expiry"],
            user_message: "Forwarding this call to the other channel stopped. Please try again.",
            user_message_key: "agora.channel_media_relay_error.SRC_TOKEN_EXPIRED",
            remediation: &[
                "Generate a new source token (UID 0, source channel) and update or restart the relay.",
            ],
            causes: &[],
            references: &[
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
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
            rationale: Some("A new token for the source channel fixes it."),
            deprecated: None,
            failure: None,
        },
        crate::CodeInfo {
            name: "DEST_TOKEN_EXPIRED",
            catalog_name: "DEST_TOKEN_EXPIRED",
            summary: "A destination channel's relay token expired.",
            cause: "The relay service reported that a destination channel's token privilege expired; the relay state becomes RELAY_STATE_FAILURE. The SDK's d.ts says: \"The token of the destination channel has expired.\"",
            when: &["a relay running past a destination token's expiry"],
            user_message: "Forwarding this call to the other channel stopped. Please try again.",
            user_message_key: "agora.channel_media_relay_error.DEST_TOKEN_EXPIRED",
            remediation: &[
                "Generate a new destination token (destination UID and channel) and update or restart the relay.",
            ],
            causes: &[],
            references: &[
                "agora-rtc-sdk-ng@4.24.8 rtc-sdk_en.d.ts",
                "agora-rtc-sdk-ng@4.24.8 services/channel-media-relay/index.js",
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
            rationale: Some("A new token for the destination channel fixes it."),
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
            Self::RelayOk => "RELAY_OK",
            Self::ServerConnectionLost => "SERVER_CONNECTION_LOST",
            Self::SrcTokenExpired => "SRC_TOKEN_EXPIRED",
            Self::DestTokenExpired => "DEST_TOKEN_EXPIRED",
        }
    }
    /// The code with this wire value; `None` for a value this catalog does not know.
    pub fn from_value(value: &str) -> Option<Self> {
        match value {
            "RELAY_OK" => Some(Self::RelayOk),
            "SERVER_CONNECTION_LOST" => Some(Self::ServerConnectionLost),
            "SRC_TOKEN_EXPIRED" => Some(Self::SrcTokenExpired),
            "DEST_TOKEN_EXPIRED" => Some(Self::DestTokenExpired),
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
            "RELAY_OK" => Some(Self::RelayOk),
            "SERVER_CONNECTION_LOST" => Some(Self::ServerConnectionLost),
            "SRC_TOKEN_EXPIRED" => Some(Self::SrcTokenExpired),
            "DEST_TOKEN_EXPIRED" => Some(Self::DestTokenExpired),
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
impl From<ChannelMediaRelayError> for &'static str {
    fn from(code: ChannelMediaRelayError) -> &'static str {
        code.value()
    }
}
impl<'a> TryFrom<&'a str> for ChannelMediaRelayError {
    type Error = crate::UnknownValue<&'a str>;
    fn try_from(value: &'a str) -> Result<Self, Self::Error> {
        Self::from_value(value).ok_or(crate::UnknownValue {
            code_set: Self::CODE_SET,
            value,
        })
    }
}
impl core::str::FromStr for ChannelMediaRelayError {
    type Err = crate::UnknownName;
    /// Parses the upstream name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or(crate::UnknownName {
            code_set: Self::CODE_SET,
        })
    }
}
/// Writes the upstream name.
impl core::fmt::Display for ChannelMediaRelayError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
impl core::error::Error for ChannelMediaRelayError {}
impl crate::ErrorCode for ChannelMediaRelayError {
    fn provider(&self) -> &'static str {
        "agora"
    }
    fn code_set(&self) -> &'static str {
        "channel_media_relay_error"
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

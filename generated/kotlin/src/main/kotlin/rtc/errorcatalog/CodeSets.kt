// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog

import kotlin.jvm.JvmField
import kotlin.jvm.JvmStatic

/** Every code set of every provider, and the lookup across them. */
object CodeSets {
    /** Every code set, in catalog order. */
    @JvmField
    val ALL: List<CodeSet> =
        listOf(
            CodeSet("agora", "agora_rtc_error_code", rtc.errorcatalog.agora.AgoraRtcErrorCode.entries),
            CodeSet("agora", "connection_disconnected_reason", rtc.errorcatalog.agora.ConnectionDisconnectedReason.entries),
            CodeSet("agora", "channel_media_relay_error", rtc.errorcatalog.agora.ChannelMediaRelayError.entries),
            CodeSet("amazon_chime", "meeting_session_status_code", rtc.errorcatalog.amazonchime.MeetingSessionStatusCode.entries),
            CodeSet("amazon_ivs", "stage_error_code", rtc.errorcatalog.amazonivs.StageErrorCode.entries),
            CodeSet("amazon_ivs", "stage_error_category", rtc.errorcatalog.amazonivs.StageErrorCategory.entries),
            CodeSet("daily", "fatal_error_type", rtc.errorcatalog.daily.FatalErrorType.entries),
            CodeSet("daily", "non_fatal_error_type", rtc.errorcatalog.daily.NonFatalErrorType.entries),
            CodeSet("daily", "camera_error_type", rtc.errorcatalog.daily.CameraErrorType.entries),
            CodeSet("hms", "websocket_connection_errors", rtc.errorcatalog.hms.WebsocketConnectionErrors.entries),
            CodeSet("hms", "api_errors", rtc.errorcatalog.hms.ApiErrors.entries),
            CodeSet("hms", "tracks_errors", rtc.errorcatalog.hms.TracksErrors.entries),
            CodeSet("hms", "webrtc_errors", rtc.errorcatalog.hms.WebrtcErrors.entries),
            CodeSet("hms", "websocket_method_errors", rtc.errorcatalog.hms.WebsocketMethodErrors.entries),
            CodeSet("hms", "generic_errors", rtc.errorcatalog.hms.GenericErrors.entries),
            CodeSet("hms", "media_plugin_errors", rtc.errorcatalog.hms.MediaPluginErrors.entries),
            CodeSet("hms", "playlist_errors", rtc.errorcatalog.hms.PlaylistErrors.entries),
            CodeSet("jitsi", "conference_error", rtc.errorcatalog.jitsi.ConferenceError.entries),
            CodeSet("jitsi", "auth_error_type", rtc.errorcatalog.jitsi.AuthErrorType.entries),
            CodeSet("livekit", "failure_reason", rtc.errorcatalog.livekit.FailureReason.entries),
            CodeSet("livekit", "disconnect_reason", rtc.errorcatalog.livekit.DisconnectReason.entries),
            CodeSet("spatialreal", "avatar_sdk_error_code", rtc.errorcatalog.spatialreal.AvatarSdkErrorCode.entries),
            CodeSet("spatialreal", "close_code", rtc.errorcatalog.spatialreal.CloseCode.entries),
            CodeSet("stream_video", "sfu_error_code", rtc.errorcatalog.streamvideo.SfuErrorCode.entries),
            CodeSet("stream_video", "websocket_reconnect_strategy", rtc.errorcatalog.streamvideo.WebsocketReconnectStrategy.entries),
            CodeSet("stream_video", "call_ended_reason", rtc.errorcatalog.streamvideo.CallEndedReason.entries),
            CodeSet("stream_video", "go_away_reason", rtc.errorcatalog.streamvideo.GoAwayReason.entries),
            CodeSet("vonage_video", "exception_code", rtc.errorcatalog.vonagevideo.ExceptionCode.entries),
            CodeSet("web_platform", "rtc_error_detail_type", rtc.errorcatalog.webplatform.RtcErrorDetailType.entries),
            CodeSet("web_platform", "rtc_peer_connection_state", rtc.errorcatalog.webplatform.RtcPeerConnectionState.entries),
            CodeSet("web_platform", "rtc_ice_connection_state", rtc.errorcatalog.webplatform.RtcIceConnectionState.entries),
            CodeSet("web_platform", "media_capture_error", rtc.errorcatalog.webplatform.MediaCaptureError.entries),
            CodeSet("zoom_video", "exception_code", rtc.errorcatalog.zoomvideo.ExceptionCode.entries),
            CodeSet("zoom_video", "error_types", rtc.errorcatalog.zoomvideo.ErrorTypes.entries),
            CodeSet("zoom_video", "active_media_failed_code", rtc.errorcatalog.zoomvideo.ActiveMediaFailedCode.entries),
            CodeSet("zoom_video", "reconnect_reason", rtc.errorcatalog.zoomvideo.ReconnectReason.entries),
        )

    /**
     * The code with this wire value (an [Int] or a [String]) in `provider`'s code set
     * `codeSet`, or null if the set or the value is unknown.
     */
    @JvmStatic
    fun lookup(
        provider: String,
        codeSet: String,
        value: Any,
    ): ErrorCode? = ALL.firstOrNull { it.provider == provider && it.id == codeSet }?.lookup(value)
}

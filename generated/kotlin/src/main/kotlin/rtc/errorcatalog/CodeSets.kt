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
            CodeSet("amazon_chime", "meeting_session_status_code", rtc.errorcatalog.amazonchime.MeetingSessionStatusCode.entries),
            CodeSet("amazon_ivs", "stage_error_code", rtc.errorcatalog.amazonivs.StageErrorCode.entries),
            CodeSet("amazon_ivs", "stage_error_category", rtc.errorcatalog.amazonivs.StageErrorCategory.entries),
            CodeSet("daily", "fatal_error_type", rtc.errorcatalog.daily.FatalErrorType.entries),
            CodeSet("daily", "non_fatal_error_type", rtc.errorcatalog.daily.NonFatalErrorType.entries),
            CodeSet("daily", "camera_error_type", rtc.errorcatalog.daily.CameraErrorType.entries),
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

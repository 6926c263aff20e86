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
            CodeSet("jitsi", "conference_error", rtc.errorcatalog.jitsi.ConferenceError.entries),
            CodeSet("jitsi", "auth_error_type", rtc.errorcatalog.jitsi.AuthErrorType.entries),
            CodeSet("livekit", "failure_reason", rtc.errorcatalog.livekit.FailureReason.entries),
            CodeSet("livekit", "disconnect_reason", rtc.errorcatalog.livekit.DisconnectReason.entries),
            CodeSet("spatialreal", "avatar_sdk_error_code", rtc.errorcatalog.spatialreal.AvatarSdkErrorCode.entries),
            CodeSet("spatialreal", "close_code", rtc.errorcatalog.spatialreal.CloseCode.entries),
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

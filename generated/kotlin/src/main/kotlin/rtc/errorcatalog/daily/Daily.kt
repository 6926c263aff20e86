// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.daily

import rtc.errorcatalog.Basis
import rtc.errorcatalog.Category
import rtc.errorcatalog.ErrorCode
import rtc.errorcatalog.RetryPolicy
import kotlin.jvm.JvmStatic

/**
 * Type of the fatal error daily-js reports on its \`error\` event, after which the call object leaves the meeting.
 *
 * Upstream: DailyFatalErrorType in <https://docs.daily.co/reference/daily-js> 0.92.2 (package npm:&#64;daily-co/daily-js&#64;0.92.2).
 */
enum class FatalErrorType(
    /** The wire value. */
    val value: String,
    override val catalogName: String,
    override val upstreamName: String,
    override val summary: String,
    override val cause: String,
    override val whenItOccurs: List<String>,
    override val category: Category,
    override val retryPolicy: RetryPolicy,
    override val retryBasis: Basis,
    override val isTerminal: Boolean,
    override val terminalBasis: Basis,
    override val rationale: String?,
    override val deprecation: String?,
) : ErrorCode {
    /** The participant was ejected from the meeting. */
    EJECTED(
        value = "ejected",
        catalogName = "ejected",
        upstreamName = "ejected",
        summary = "The participant was ejected from the meeting.",
        cause = "Someone with the right to do so removed this participant from the call.",
        whenItOccurs =
            listOf(
                "a meeting owner or the app's backend ejects the participant",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        isTerminal = true,
        terminalBasis = Basis.PROVIDER,
        rationale = "The removal was a deliberate decision by another party, so rejoining without their consent would undo it.",
        deprecation = null,
    ),

    /** The room is not available yet. */
    NBF_ROOM(
        value = "nbf-room",
        catalogName = "nbf_room",
        upstreamName = "nbf_room",
        summary = "The room is not available yet.",
        cause = "The room's not-before time (nbf) lies in the future, so it cannot be joined yet.",
        whenItOccurs =
            listOf(
                "joining a scheduled room before its start time",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        isTerminal = true,
        terminalBasis = Basis.PROVIDER,
        rationale = "The join succeeds once the room's start time has passed, which the user should be told and can retry after.",
        deprecation = null,
    ),

    /** The meeting token is not valid yet. */
    NBF_TOKEN(
        value = "nbf-token",
        catalogName = "nbf_token",
        upstreamName = "nbf_token",
        summary = "The meeting token is not valid yet.",
        cause = "The meeting token's not-before time (nbf) lies in the future.",
        whenItOccurs =
            listOf(
                "a token issued for a later start time is used early",
                "the clocks of the token issuer and Daily disagree",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        isTerminal = true,
        terminalBasis = Basis.PROVIDER,
        rationale = "The token itself is not usable now; a token with a suitable start time from the app's backend fixes it.",
        deprecation = null,
    ),

    /** The room has expired. */
    EXP_ROOM(
        value = "exp-room",
        catalogName = "exp_room",
        upstreamName = "exp_room",
        summary = "The room has expired.",
        cause = "The room's expiry time (exp) has passed, so it can no longer be joined and its participants are removed.",
        whenItOccurs =
            listOf(
                "joining a room after its expiry time",
                "a meeting runs past the room's expiry time",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        isTerminal = true,
        terminalBasis = Basis.PROVIDER,
        rationale = "An expired room cannot be used again; the app's backend must create or extend a room.",
        deprecation = null,
    ),

    /** The meeting token has expired. */
    EXP_TOKEN(
        value = "exp-token",
        catalogName = "exp_token",
        upstreamName = "exp_token",
        summary = "The meeting token has expired.",
        cause = "The meeting token's expiry time (exp) has passed.",
        whenItOccurs =
            listOf(
                "joining with an old token",
                "a meeting runs past the token's expiry time",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        isTerminal = true,
        terminalBasis = Basis.PROVIDER,
        rationale = "A fresh token from the app's backend is all that is needed.",
        deprecation = null,
    ),

    /** The room does not exist. */
    NO_ROOM(
        value = "no-room",
        catalogName = "no_room",
        upstreamName = "no_room",
        summary = "The room does not exist.",
        cause = "The room URL names a room that does not exist, or no longer exists, in the Daily domain.",
        whenItOccurs =
            listOf(
                "a mistyped or stale room URL",
                "the room was deleted",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        isTerminal = true,
        terminalBasis = Basis.PROVIDER,
        rationale = "The same URL keeps failing until the app creates the room or uses a correct URL.",
        deprecation = null,
    ),

    /** The meeting is full. */
    MEETING_FULL(
        value = "meeting-full",
        catalogName = "meeting_full",
        upstreamName = "meeting_full",
        summary = "The meeting is full.",
        cause = "The room has reached its participant limit.",
        whenItOccurs =
            listOf(
                "joining a call that has as many participants as the room allows",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        isTerminal = true,
        terminalBasis = Basis.PROVIDER,
        rationale = "A later attempt can succeed only once someone leaves, so the user should be told and decide when to try again.",
        deprecation = null,
    ),

    /** This version of daily-js is no longer supported. */
    END_OF_LIFE(
        value = "end-of-life",
        catalogName = "end_of_life",
        upstreamName = "end_of_life",
        summary = "This version of daily-js is no longer supported.",
        cause = "Daily refused the call because the daily-js release the app uses has reached its end of life.",
        whenItOccurs =
            listOf(
                "an app ships an old daily-js release past its support window",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        isTerminal = true,
        terminalBasis = Basis.PROVIDER,
        rationale = "Only upgrading daily-js in the app fixes it.",
        deprecation = null,
    ),

    /** The participant is not allowed to join. */
    NOT_ALLOWED(
        value = "not-allowed",
        catalogName = "not_allowed",
        upstreamName = "not_allowed",
        summary = "The participant is not allowed to join.",
        cause = "The room's access rules refused this participant, for example a private room joined without a token that grants access.",
        whenItOccurs =
            listOf(
                "joining a private room without a suitable meeting token",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        isTerminal = true,
        terminalBasis = Basis.PROVIDER,
        rationale = "Retrying with the same rights fails again; the app must obtain access for the participant first.",
        deprecation = null,
    ),

    /** The call could not connect or lost its connection for good. */
    CONNECTION_ERROR(
        value = "connection-error",
        catalogName = "connection_error",
        upstreamName = "connection_error",
        summary = "The call could not connect or lost its connection for good.",
        cause = "Loading the call bundle, looking up the room, joining, reconnecting, moving between servers or the WebRTC connection failed; details.on says which, and details.sourceError carries the underlying error.",
        whenItOccurs =
            listOf(
                "the call bundle cannot be loaded (the JS reports a timeout after 25 s when loading the call frame)",
                "the network drops and reconnection does not succeed",
                "a firewall blocks Daily's servers",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        isTerminal = true,
        terminalBasis = Basis.PROVIDER,
        rationale = "Connection failures are usually transient, so a new join after a growing delay is reasonable, with the user told if it keeps failing.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "daily"

    override val codeSet: String get() = "fatal_error_type"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): FatalErrorType? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): FatalErrorType? = byName[name]
    }
}

/**
 * Type of the non-fatal error daily-js reports on its \`nonfatal-error\` event; the call goes on.
 *
 * Upstream: DailyNonFatalErrorType in <https://docs.daily.co/reference/daily-js> 0.92.2 (package npm:&#64;daily-co/daily-js&#64;0.92.2).
 */
enum class NonFatalErrorType(
    /** The wire value. */
    val value: String,
    override val catalogName: String,
    override val upstreamName: String,
    override val summary: String,
    override val cause: String,
    override val whenItOccurs: List<String>,
    override val category: Category,
    override val retryPolicy: RetryPolicy,
    override val retryBasis: Basis,
    override val isTerminal: Boolean,
    override val terminalBasis: Basis,
    override val rationale: String?,
    override val deprecation: String?,
) : ErrorCode {
    /** Applying the input settings failed. */
    INPUT_SETTINGS_ERROR(
        value = "input-settings-error",
        catalogName = "input_settings_error",
        upstreamName = "input_settings_error",
        summary = "Applying the input settings failed.",
        cause = "Daily could not apply the audio or video input settings the app asked for, such as a processor configuration.",
        whenItOccurs =
            listOf(
                "updateInputSettings is called with settings the browser or device cannot apply",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "The same settings fail again; the app must request settings the environment supports.",
        deprecation = null,
    ),

    /** Screen sharing could not be started. */
    SCREEN_SHARE_ERROR(
        value = "screen-share-error",
        catalogName = "screen_share_error",
        upstreamName = "screen_share_error",
        summary = "Screen sharing could not be started.",
        cause = "Starting a screen share failed; on iOS the package reports it when the screen is already being captured.",
        whenItOccurs =
            listOf(
                "another screen capture is already running",
                "the screen-share request fails in the browser or native layer",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "The causes vary and most depend on the user's device, so the user should decide when to try sharing again.",
        deprecation = null,
    ),

    /** The local audio level observer failed. */
    LOCAL_AUDIO_LEVEL_OBSERVER_ERROR(
        value = "local-audio-level-observer-error",
        catalogName = "local_audio_level_observer_error",
        upstreamName = "local_audio_level_observer_error",
        summary = "The local audio level observer failed.",
        cause = "Daily could not start or run the observer that reports the local microphone level.",
        whenItOccurs =
            listOf(
                "startLocalAudioLevelObserver fails in the current browser",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "The observer is an optional feature; retrying in the same environment is unlikely to help, so the app should carry on without it.",
        deprecation = null,
    ),

    /** The video processor failed. */
    VIDEO_PROCESSOR_ERROR(
        value = "video-processor-error",
        catalogName = "video_processor_error",
        upstreamName = "video_processor_error",
        summary = "The video processor failed.",
        cause = "The video input processor (for example a background effect) could not be started or stopped working.",
        whenItOccurs =
            listOf(
                "enabling a background effect on a browser or device that cannot run it",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "The same processor fails again in the same environment; the app should turn the effect off or offer another.",
        deprecation = null,
    ),

    /** The video processor reported a warning. */
    VIDEO_PROCESSOR_WARNING(
        value = "video-processor-warning",
        catalogName = "video_processor_warning",
        upstreamName = "video_processor_warning",
        summary = "The video processor reported a warning.",
        cause = "The video input processor reported a problem that does not stop it.",
        whenItOccurs =
            listOf(
                "the processor runs in a degraded mode",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "A warning does not report a failure; log it.",
        deprecation = null,
    ),

    /** The audio processor failed. */
    AUDIO_PROCESSOR_ERROR(
        value = "audio-processor-error",
        catalogName = "audio_processor_error",
        upstreamName = "audio_processor_error",
        summary = "The audio processor failed.",
        cause = "The audio input processor (for example noise cancellation) could not be started or stopped working.",
        whenItOccurs =
            listOf(
                "enabling an audio processor on a browser or device that cannot run it",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "The same processor fails again in the same environment; the app should turn it off.",
        deprecation = null,
    ),

    /** The remote media player failed. */
    REMOTE_MEDIA_PLAYER_ERROR(
        value = "remote-media-player-error",
        catalogName = "remote_media_player_error",
        upstreamName = "remote_media_player_error",
        summary = "The remote media player failed.",
        cause = "A remote media player started with startRemoteMediaPlayer could not play or stopped with an error.",
        whenItOccurs =
            listOf(
                "the media URL is unreachable or in an unsupported format",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "The cause may be the media source or a transient failure, so a bounded retry after a delay is reasonable.",
        deprecation = null,
    ),

    /** Live streaming reported a warning. */
    LIVE_STREAMING_WARNING(
        value = "live-streaming-warning",
        catalogName = "live_streaming_warning",
        upstreamName = "live_streaming_warning",
        summary = "Live streaming reported a warning.",
        cause = "A running live stream reported a problem that does not stop it.",
        whenItOccurs =
            listOf(
                "the live stream runs in a degraded mode",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "A warning does not report a failure; log it.",
        deprecation = null,
    ),

    /** Updating the meeting session data failed. */
    MEETING_SESSION_DATA_ERROR(
        value = "meeting-session-data-error",
        catalogName = "meeting_session_data_error",
        upstreamName = "meeting_session_data_error",
        summary = "Updating the meeting session data failed.",
        cause = "Daily could not store the meeting session data the app set.",
        whenItOccurs =
            listOf(
                "setMeetingSessionData is called with data Daily does not accept",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "The same data is refused again; the app must change what it stores.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "daily"

    override val codeSet: String get() = "non_fatal_error_type"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): NonFatalErrorType? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): NonFatalErrorType? = byName[name]
    }
}

/**
 * Type of the error daily-js reports on its \`camera-error\` event when it cannot get the camera or microphone.
 *
 * Upstream: DailyCameraErrorType in <https://docs.daily.co/reference/daily-js> 0.92.2 (package npm:&#64;daily-co/daily-js&#64;0.92.2).
 */
enum class CameraErrorType(
    /** The wire value. */
    val value: String,
    override val catalogName: String,
    override val upstreamName: String,
    override val summary: String,
    override val cause: String,
    override val whenItOccurs: List<String>,
    override val category: Category,
    override val retryPolicy: RetryPolicy,
    override val retryBasis: Basis,
    override val isTerminal: Boolean,
    override val terminalBasis: Basis,
    override val rationale: String?,
    override val deprecation: String?,
) : ErrorCode {
    /** The camera is in use by another application. */
    CAM_IN_USE(
        value = "cam-in-use",
        catalogName = "cam_in_use",
        upstreamName = "cam_in_use",
        summary = "The camera is in use by another application.",
        cause = "The browser could not open the camera because something else holds it.",
        whenItOccurs =
            listOf(
                "another application or tab is using the camera",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "The device is busy rather than missing, so a retry can succeed once the user closes whatever holds it.",
        deprecation = null,
    ),

    /** The microphone is in use by another application. */
    MIC_IN_USE(
        value = "mic-in-use",
        catalogName = "mic_in_use",
        upstreamName = "mic_in_use",
        summary = "The microphone is in use by another application.",
        cause = "The browser could not open the microphone because something else holds it.",
        whenItOccurs =
            listOf(
                "another application or tab is using the microphone",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "The device is busy rather than missing, so a retry can succeed once the user closes whatever holds it.",
        deprecation = null,
    ),

    /** Both the camera and the microphone are in use by another application. */
    CAM_MIC_IN_USE(
        value = "cam-mic-in-use",
        catalogName = "cam_mic_in_use",
        upstreamName = "cam_mic_in_use",
        summary = "Both the camera and the microphone are in use by another application.",
        cause = "The browser could open neither device because something else holds them.",
        whenItOccurs =
            listOf(
                "another video-calling application is running",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "The devices are busy rather than missing, so a retry can succeed once the user closes whatever holds them.",
        deprecation = null,
    ),

    /** Access to the camera or microphone was blocked. */
    PERMISSIONS(
        value = "permissions",
        catalogName = "permissions",
        upstreamName = "permissions",
        summary = "Access to the camera or microphone was blocked.",
        cause = "The user or the browser denied access; the error's blockedBy says which, and blockedMedia lists the blocked kinds.",
        whenItOccurs =
            listOf(
                "the user denies the permission prompt",
                "the browser or operating system blocks the device for the site",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "The same request is refused until the user changes the permission, so the app should explain how and let the user retry.",
        deprecation = null,
    ),

    /** The browser offers no media devices API. */
    UNDEFINED_MEDIADEVICES(
        value = "undefined-mediadevices",
        catalogName = "undefined_mediadevices",
        upstreamName = "undefined_mediadevices",
        summary = "The browser offers no media devices API.",
        cause = "navigator.mediaDevices is undefined, so no device can be requested at all.",
        whenItOccurs =
            listOf(
                "the page is served over plain HTTP rather than a secure context",
                "the browser or embedded web view does not support media capture",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "Retrying in the same page cannot succeed; the app must be served securely or run in a supported browser.",
        deprecation = null,
    ),

    /** No camera or microphone was found. */
    NOT_FOUND(
        value = "not-found",
        catalogName = "not_found",
        upstreamName = "not_found",
        summary = "No camera or microphone was found.",
        cause = "The requested device kinds are not available; the error's missingMedia lists them.",
        whenItOccurs =
            listOf(
                "no camera or microphone is attached or enabled",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "Only the user can attach or enable a device; the app can then ask again.",
        deprecation = null,
    ),

    /** The media constraints were invalid or missing. */
    CONSTRAINTS(
        value = "constraints",
        catalogName = "constraints",
        upstreamName = "constraints",
        summary = "The media constraints were invalid or missing.",
        cause = "The constraints for the camera or microphone could not be used; the error's reason is invalid or none-specified, and failedMedia lists the kinds.",
        whenItOccurs =
            listOf(
                "the app passes constraints the browser rejects",
                "no media kind is requested",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "The same constraints fail again; the app must fix them.",
        deprecation = null,
    ),

    /** The camera or microphone failed for an unknown reason. */
    UNKNOWN(
        value = "unknown",
        catalogName = "unknown",
        upstreamName = "unknown",
        summary = "The camera or microphone failed for an unknown reason.",
        cause = "Getting the devices failed in a way that matches none of the other types.",
        whenItOccurs =
            listOf(
                "an unexpected failure in the browser's capture pipeline",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        isTerminal = false,
        terminalBasis = Basis.PROVIDER,
        rationale = "The cause is unknown and possibly transient, so a bounded retry after a delay is reasonable.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "daily"

    override val codeSet: String get() = "camera_error_type"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): CameraErrorType? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): CameraErrorType? = byName[name]
    }
}

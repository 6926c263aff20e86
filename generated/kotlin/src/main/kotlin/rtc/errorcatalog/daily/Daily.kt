// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.daily

import rtc.errorcatalog.Basis
import rtc.errorcatalog.Category
import rtc.errorcatalog.ErrorCode
import rtc.errorcatalog.Jitter
import rtc.errorcatalog.RetryPolicy
import rtc.errorcatalog.RetrySchedule
import rtc.errorcatalog.RuntimeSignal
import rtc.errorcatalog.SignalValue
import rtc.errorcatalog.Terminality
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
    override val userMessage: String,
    override val userMessageKey: String,
    override val remediation: List<String>,
    override val causes: List<String>,
    override val references: List<String>,
    override val since: String?,
    override val retrySchedule: RetrySchedule?,
    override val runtimeSignal: RuntimeSignal?,
    override val terminality: Terminality,
    override val terminalCondition: String?,
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
        userMessage = "You were removed from this call.",
        userMessageKey = "daily.fatal_error_type.ejected",
        remediation =
            listOf(
                "Show the user that they were removed, and do not rejoin automatically.",
                "If the removal was not intended, check who can eject participants (meeting owners, the app's backend).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
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
        userMessage = "This call has not started yet. Please try again at the scheduled time.",
        userMessageKey = "daily.fatal_error_type.nbf_room",
        remediation =
            listOf(
                "Tell the user when the room opens (its nbf time) and let them try again then.",
                "If the time looks right, check the room's nbf setting in the app's backend and the clock it was computed from.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
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
        userMessage = "We could not confirm your access to this call. Please try joining again.",
        userMessageKey = "daily.fatal_error_type.nbf_token",
        remediation =
            listOf(
                "Fetch a token from the app's backend whose nbf is not in the future, and join again.",
                "Check the clock of the server that issues tokens.",
            ),
        causes =
            listOf(
                "the token was issued for a later start time",
                "the token issuer's clock is ahead",
            ),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
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
        userMessage = "This call is no longer available.",
        userMessageKey = "daily.fatal_error_type.exp_room",
        remediation =
            listOf(
                "Do not rejoin the same room.",
                "Have the app's backend create a new room or extend the room's expiry (exp), then join that.",
            ),
        causes =
            listOf(
                "joining after the room expired",
                "the meeting ran past the room's expiry",
            ),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
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
        userMessage = "We could not confirm your access to this call. Please try joining again.",
        userMessageKey = "daily.fatal_error_type.exp_token",
        remediation =
            listOf(
                "Fetch a fresh meeting token from the app's backend and join again.",
                "Issue tokens whose expiry covers the expected length of the meeting.",
            ),
        causes =
            listOf(
                "joining with an old token",
                "the meeting ran past the token's expiry",
            ),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
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
        userMessage = "This call link is not valid. Please check the link.",
        userMessageKey = "daily.fatal_error_type.no_room",
        remediation =
            listOf(
                "Check the room URL the app passes to join(): domain and room name.",
                "If the room was deleted, have the app's backend create it again or hand out a current URL.",
            ),
        causes =
            listOf(
                "a mistyped or stale room URL",
                "the room was deleted",
            ),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
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
        userMessage = "This call is full right now. Please try again in a little while.",
        userMessageKey = "daily.fatal_error_type.meeting_full",
        remediation =
            listOf(
                "Tell the user the call is full and let them try again later.",
                "If calls often fill up, raise the room's participant limit in its settings.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
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
        userMessage = "This app needs to be updated before you can join calls.",
        userMessageKey = "daily.fatal_error_type.end_of_life",
        remediation =
            listOf(
                "Upgrade @daily-co/daily-js in the app to a supported release and ship the update.",
                "Until then, ask users to update the app or reload a newer version of the page.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
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
        userMessage = "You are not allowed to join this call.",
        userMessageKey = "daily.fatal_error_type.not_allowed",
        remediation =
            listOf(
                "Check the room's privacy setting and whether the participant needs a meeting token.",
                "Have the app's backend issue a token that grants access to this room, then join with it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
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
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "daily.fatal_error_type.connection_error",
        remediation =
            listOf(
                "Read error.details.on to learn which step failed (load, join, reconnect, move, rtc-connection or room-lookup), and log details.sourceError.",
                "Join again after a delay, growing the delay if it keeps failing, and tell the user.",
                "If it fails on some networks only, check that the network allows Daily's servers (firewall, proxy).",
            ),
        causes =
            listOf(
                "the call bundle could not be loaded",
                "the room lookup or the join failed",
                "reconnecting after a network drop failed",
                "the WebRTC connection failed",
            ),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
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
    override val userMessage: String,
    override val userMessageKey: String,
    override val remediation: List<String>,
    override val causes: List<String>,
    override val references: List<String>,
    override val since: String?,
    override val retrySchedule: RetrySchedule?,
    override val runtimeSignal: RuntimeSignal?,
    override val terminality: Terminality,
    override val terminalCondition: String?,
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
        userMessage = "Your audio or video settings could not be applied.",
        userMessageKey = "daily.non_fatal_error_type.input_settings_error",
        remediation =
            listOf(
                "Keep the call going with the previous input settings.",
                "Log errorMsg and request settings the browser and device support.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
        userMessage = "Screen sharing could not start. Please try again.",
        userMessageKey = "daily.non_fatal_error_type.screen_share_error",
        remediation =
            listOf(
                "Tell the user that sharing did not start and let them try again.",
                "On iOS, ask the user to stop any other screen capture first.",
            ),
        causes =
            listOf(
                "another screen capture is already running",
                "the browser or native layer refused the request",
            ),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
        userMessage = "Your microphone level cannot be shown right now.",
        userMessageKey = "daily.non_fatal_error_type.local_audio_level_observer_error",
        remediation =
            listOf(
                "Hide the microphone level indicator and carry on with the call.",
                "Log errorMsg to see why the observer could not run in this browser.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
        userMessage = "The video effect could not be applied.",
        userMessageKey = "daily.non_fatal_error_type.video_processor_error",
        remediation =
            listOf(
                "Turn the effect off in the input settings and keep the call going.",
                "Offer the effect only on browsers and devices that can run it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
        userMessage = "Everything is working normally.",
        userMessageKey = "daily.non_fatal_error_type.video_processor_warning",
        remediation =
            listOf(
                "Nothing to fix right away: log the warning with its errorMsg.",
                "If it recurs, check the feature it names (the processor or the live stream) for degraded output.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
        userMessage = "The audio effect could not be applied.",
        userMessageKey = "daily.non_fatal_error_type.audio_processor_error",
        remediation =
            listOf(
                "Turn the audio processor off in the input settings and keep the call going.",
                "Offer the processor only on browsers and devices that can run it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
        userMessage = "The shared media could not be played.",
        userMessageKey = "daily.non_fatal_error_type.remote_media_player_error",
        remediation =
            listOf(
                "Check that the media URL is reachable and in a supported format.",
                "Start the remote media player again after a delay, a few times at most.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
        userMessage = "Everything is working normally.",
        userMessageKey = "daily.non_fatal_error_type.live_streaming_warning",
        remediation =
            listOf(
                "Nothing to fix right away: log the warning with its errorMsg.",
                "If it recurs, check the feature it names (the processor or the live stream) for degraded output.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "daily.non_fatal_error_type.meeting_session_data_error",
        remediation =
            listOf(
                "Log errorMsg and the data the app tried to store.",
                "Change what the app stores in meeting session data so that Daily accepts it; do not resend the same data.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)",
                listOf("terminal"),
                listOf(
                    SignalValue("error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."),
                    SignalValue("nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
    override val userMessage: String,
    override val userMessageKey: String,
    override val remediation: List<String>,
    override val causes: List<String>,
    override val references: List<String>,
    override val since: String?,
    override val retrySchedule: RetrySchedule?,
    override val runtimeSignal: RuntimeSignal?,
    override val terminality: Terminality,
    override val terminalCondition: String?,
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
        userMessage = "Your camera is being used by another app. Close that app, then try again.",
        userMessageKey = "daily.camera_error_type.cam_in_use",
        remediation =
            listOf(
                "Ask the user to close other applications or tabs that use the camera.",
                "Read audioOk on the event: the user can stay in the call with the microphone only.",
                "Let the user retry the camera afterwards.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
        userMessage = "Your microphone is being used by another app. Close that app, then try again.",
        userMessageKey = "daily.camera_error_type.mic_in_use",
        remediation =
            listOf(
                "Ask the user to close other applications or tabs that use the microphone.",
                "Read videoOk on the event: the user can stay in the call with the camera only.",
                "Let the user retry the microphone afterwards.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
        userMessage = "Your camera and microphone are being used by another app. Close that app, then try again.",
        userMessageKey = "daily.camera_error_type.cam_mic_in_use",
        remediation =
            listOf(
                "Ask the user to close other applications or tabs that use the camera and microphone.",
                "Let the user retry once they are free.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
        userMessage = "Your browser blocked access to your camera or microphone. Allow access in the browser settings for this site, then try again.",
        userMessageKey = "daily.camera_error_type.permissions",
        remediation =
            listOf(
                "Read error.blockedBy (user or browser) and error.blockedMedia to see what was blocked and by whom.",
                "Explain how to allow the device in the browser's site settings (or the operating system's, when the browser is blocked).",
                "Let the user retry after changing the setting.",
            ),
        causes =
            listOf(
                "the user denied permission",
                "the browser or operating system blocked the device",
            ),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
        userMessage = "This browser cannot use your camera or microphone. Try another browser.",
        userMessageKey = "daily.camera_error_type.undefined_mediadevices",
        remediation =
            listOf(
                "Serve the app over HTTPS (navigator.mediaDevices exists only in secure contexts).",
                "Check that the embedding webview or browser supports media devices, and suggest a supported browser otherwise.",
            ),
        causes =
            listOf(
                "the page is not served over HTTPS",
                "the browser or webview has no media devices API",
            ),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
        userMessage = "No camera or microphone was found. Connect or enable one, then try again.",
        userMessageKey = "daily.camera_error_type.not_found",
        remediation =
            listOf(
                "Read error.missingMedia to tell the user which device is missing.",
                "Offer to stay in the call without it, or to retry after connecting one.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "daily.camera_error_type.constraints",
        remediation =
            listOf(
                "Read error.reason: invalid means a constraint cannot be met, none-specified means no media was requested.",
                "Relax or fix the constraints for error.failedMedia, or fall back to the default device.",
            ),
        causes =
            listOf(
                "a constraint the device cannot meet",
                "no media was requested",
            ),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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
        userMessage = "Your camera or microphone could not be started. Please try again.",
        userMessageKey = "daily.camera_error_type.unknown",
        remediation =
            listOf(
                "Log error.msg and the event.",
                "Let the user retry, or pick another device.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@daily-co/daily-js@0.92.2 index.d.ts",
                "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
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

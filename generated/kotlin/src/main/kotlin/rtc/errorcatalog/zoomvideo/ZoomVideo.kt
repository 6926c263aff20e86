// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.zoomvideo

import rtc.errorcatalog.Basis
import rtc.errorcatalog.Category
import rtc.errorcatalog.ErrorCode
import rtc.errorcatalog.Jitter
import rtc.errorcatalog.RetryPolicy
import rtc.errorcatalog.RetrySchedule
import rtc.errorcatalog.RuntimeSignal
import rtc.errorcatalog.Terminality
import kotlin.jvm.JvmStatic

/**
 * Numeric code of a failed Video SDK call, carried as \`errorCode\` in the ExecutedFailure a rejected promise returns.
 *
 * Upstream: ExceptionCode in <https://developers.zoom.us/docs/video-sdk/web/error-codes.md> 2.5.0 (package npm:&#64;zoom/videosdk&#64;2.5.0).
 */
enum class ExceptionCode(
    /** The wire value. */
    val value: Int,
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
    /** An operation timed out. */
    OPERATION_TIMEOUT(
        value = 1,
        catalogName = "OPERATION_TIMEOUT",
        upstreamName = "OPERATION_TIMEOUT",
        summary = "An operation timed out.",
        cause = "The SDK got no answer from Zoom's service in time for the call; Zoom's d.ts attributes this kind of error to a Zoom service issue.",
        whenItOccurs =
            listOf(
                "any SDK call that waits on Zoom's service",
                "a slow or interrupted network path to Zoom",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was slow to respond. Please try again.",
        userMessageKey = "zoom_video.exception_code.OPERATION_TIMEOUT",
        remediation =
            listOf(
                "Retry the call with backoff.",
                "If it keeps timing out, check the network path to Zoom and report the case to Zoom with the session ID, as the d.ts asks.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A timeout is usually transient (Zoom's ErrorTypes text says 'try again later'), so a bounded backoff is the catalog's policy.",
        deprecation = null,
    ),

    /** Zoom's service reported an internal error. */
    INTERNAL_ERROR(
        value = 2,
        catalogName = "INTERNAL_ERROR",
        upstreamName = "INTERNAL_ERROR",
        summary = "Zoom's service reported an internal error.",
        cause = "Something failed inside the SDK or Zoom's service; Zoom's d.ts attributes it to a Zoom service issue.",
        whenItOccurs =
            listOf(
                "any SDK call, when Zoom's service fails",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "zoom_video.exception_code.INTERNAL_ERROR",
        remediation =
            listOf(
                "Retry the call with backoff.",
                "If it recurs, report it to Zoom with the session ID and the SDK logs, as the d.ts asks.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The failure is on Zoom's side and may be temporary; retrying a bounded number of times is the catalog's choice.",
        deprecation = null,
    ),

    /** An operation was cancelled because the session changed state. */
    OPERATION_CANCELLED(
        value = 3,
        catalogName = "OPERATION_CANCELLED",
        upstreamName = "OPERATION_CANCELLED",
        summary = "An operation was cancelled because the session changed state.",
        cause = "A pending call became invalid because the session started leaving, the join failed or the session began reconnecting; its promise is rejected with this code.",
        whenItOccurs =
            listOf(
                "the session is left while a call is pending",
                "the join fails while a call is pending",
                "the session starts reconnecting while a call is pending",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "That action was interrupted. Please try again once the call has reconnected.",
        userMessageKey = "zoom_video.exception_code.OPERATION_CANCELLED",
        remediation =
            listOf(
                "Do not retry the cancelled call as such.",
                "Wait for `connection-change` to report `Connected` again, then re-issue what the new state still needs; after a leave or a failed join, drop it.",
            ),
        causes =
            listOf(
                "the session is being left (LEAVING_MEETING)",
                "the join failed (JOIN_MEETING_FAILED)",
                "the session is reconnecting (RECONNECTING_MEETING)",
            ),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The code covers three different state changes; the call belonged to a state that no longer exists, so re-issuing it is a new decision, not a retry.",
        deprecation = null,
    ),

    /** The session could not be created or looked up, usually because of the JWT. */
    SESSION_FETCH_INFO_ERROR(
        value = 200,
        catalogName = "SESSION_FETCH_INFO_ERROR",
        upstreamName = "SESSION_FETCH_INFO_ERROR",
        summary = "The session could not be created or looked up, usually because of the JWT.",
        cause = "Zoom could not create or fetch the session from the join request, most often because a field of the JWT signature is wrong; 200 is also the SDK's fallback for a join refusal it has no specific code for ('connection error').",
        whenItOccurs =
            listOf(
                "joining with an expired token, or one more than two days old",
                "joining with a token whose fields are wrong or signed with the wrong key",
                "a passcode longer than 10 characters",
                "a join refusal the SDK maps to no other code",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not confirm your access to this call. Please try joining again.",
        userMessageKey = "zoom_video.exception_code.SESSION_FETCH_INFO_ERROR",
        remediation =
            listOf(
                "Check the JWT the app's backend signs: SDK key and secret, `tpc`, `role_type`, `iat`/`exp` (at most 48 hours), and the session key.",
                "Fetch a fresh token and join again; if it still fails, read the `reason` string of the rejection.",
            ),
        causes =
            listOf(
                "expired, over-age or ineffective token",
                "JWT verification failed",
                "invalid session key",
                "passcode over 10 characters",
                "account does not exist or is not the token's",
                "connection error",
            ),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Zoom lists token problems as the usual cause, so a fresh, correct token is the first remedy; two refusals with fresh tokens point at the signing code or the account. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
        deprecation = null,
    ),

    /** The user is already in another session. */
    SESSION_IN_ANOTHER_SESSION(
        value = 3000,
        catalogName = "SESSION_IN_ANOTHER_SESSION",
        upstreamName = "SESSION_IN_ANOTHER_SESSION",
        summary = "The user is already in another session.",
        cause = "The same user is already in a different session, which Zoom's service refuses. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "joining while the same user is in another session",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SESSION_IN_ANOTHER_SESSION",
        remediation =
            listOf(
                "Leave the other session before joining this one.",
                "Give each concurrent session its own user identity.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The join keeps failing until the other session is left, which the app controls. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
        deprecation = null,
    ),

    /** The session passcode is wrong. */
    SESSION_INCORRECT_PASSCODE(
        value = 3004,
        catalogName = "SESSION_INCORRECT_PASSCODE",
        upstreamName = "SESSION_INCORRECT_PASSCODE",
        summary = "The session passcode is wrong.",
        cause = "The passcode given to `client.join` does not match the session's passcode.",
        whenItOccurs =
            listOf(
                "joining with a wrong or missing passcode",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "The passcode is not correct. Please check it and try again.",
        userMessageKey = "zoom_video.exception_code.SESSION_INCORRECT_PASSCODE",
        remediation =
            listOf(
                "Ask the user for the passcode again and join with it.",
                "If the app supplies the passcode itself, check where it comes from (at most 10 characters).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Only a correct passcode fixes it, which usually the user must provide. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
        deprecation = null,
    ),

    /** The session has not started. */
    SESSION_NOT_STARTED(
        value = 3008,
        catalogName = "SESSION_NOT_STARTED",
        upstreamName = "SESSION_NOT_STARTED",
        summary = "The session has not started.",
        cause = "The session exists but has not been started yet. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "joining a session before it starts",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "This call has not started yet. Please try again later.",
        userMessageKey = "zoom_video.exception_code.SESSION_NOT_STARTED",
        remediation =
            listOf(
                "Tell the user the session has not started and let them retry later.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The join can succeed once the session has started, which the user waits for. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
        deprecation = null,
    ),

    /** The user was removed by the host and cannot rejoin. */
    SESSION_USER_REMOVED(
        value = 3009,
        catalogName = "SESSION_USER_REMOVED",
        upstreamName = "SESSION_USER_REMOVED",
        summary = "The user was removed by the host and cannot rejoin.",
        cause = "The session host removed this user, and Zoom keeps the user from rejoining the same session.",
        whenItOccurs =
            listOf(
                "joining a session the host removed this user from",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You were removed from this call.",
        userMessageKey = "zoom_video.exception_code.SESSION_USER_REMOVED",
        remediation =
            listOf(
                "Tell the user they were removed, and do not rejoin automatically.",
                "If the removal was a mistake, the host must start a new session or the app must use a new one.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "Zoom documents that the removed user is prevented from rejoining, so a retry cannot succeed.",
        deprecation = null,
    ),

    /** The role type in the JWT is wrong. */
    SESSION_ROLE_TYPE_ERROR(
        value = 3010,
        catalogName = "SESSION_ROLE_TYPE_ERROR",
        upstreamName = "SESSION_ROLE_TYPE_ERROR",
        summary = "The role type in the JWT is wrong.",
        cause = "The `role_type` field of the JWT signature is not a role Zoom accepts for this join.",
        whenItOccurs =
            listOf(
                "a token whose `role_type` is missing or neither 0 (participant) nor 1 (host or co-host)",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not confirm your access to this call. Please try joining again.",
        userMessageKey = "zoom_video.exception_code.SESSION_ROLE_TYPE_ERROR",
        remediation =
            listOf(
                "Fix the `role_type` the app's backend writes into the token, then join with a new token.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A new token with the same wrong role fails again; the signing code must change. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
        deprecation = null,
    ),

    /** The webinar user has been blocked. */
    SESSION_WEBINAR_USER_REMOVED(
        value = 3620,
        catalogName = "SESSION_WEBINAR_USER_REMOVED",
        upstreamName = "SESSION_WEBINAR_USER_REMOVED",
        summary = "The webinar user has been blocked.",
        cause = "The user was blocked from the webinar. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "joining a webinar the user is blocked from",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You cannot join this call.",
        userMessageKey = "zoom_video.exception_code.SESSION_WEBINAR_USER_REMOVED",
        remediation =
            listOf(
                "Tell the user they cannot join, and do not retry.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A blocked user stays blocked until an organiser changes it. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
        deprecation = null,
    ),

    /** The parameters for connecting to Zoom's server are wrong. */
    SESSION_INVALID_PARAMETER(
        value = 4003,
        catalogName = "SESSION_INVALID_PARAMETER",
        upstreamName = "SESSION_INVALID_PARAMETER",
        summary = "The parameters for connecting to Zoom's server are wrong.",
        cause = "The parameters the SDK sent to connect to Zoom's server were refused; Zoom asks that this be reported to it.",
        whenItOccurs =
            listOf(
                "joining, when the connection parameters are refused",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "zoom_video.exception_code.SESSION_INVALID_PARAMETER",
        remediation =
            listOf(
                "Retry the join a bounded number of times.",
                "If it persists, report it to Zoom with the session ID and SDK version, as its docs ask.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app does not build these parameters itself, so the catalog treats it as a possibly transient fault on Zoom's side. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
        deprecation = null,
    ),

    /** The session has ended. */
    SESSION_ENDED(
        value = 4004,
        catalogName = "SESSION_ENDED",
        upstreamName = "SESSION_ENDED",
        summary = "The session has ended.",
        cause = "The session was ended, so it can no longer be joined.",
        whenItOccurs =
            listOf(
                "joining a session that has already ended",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This call has ended.",
        userMessageKey = "zoom_video.exception_code.SESSION_ENDED",
        remediation =
            listOf(
                "Tell the user the session is over; do not rejoin it.",
                "Start or schedule a new session if the users still need one.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "An ended session does not come back; retrying the join cannot succeed.",
        deprecation = null,
    ),

    /** The session is locked by its host. */
    SESSION_LOCKED(
        value = 4006,
        catalogName = "SESSION_LOCKED",
        upstreamName = "SESSION_LOCKED",
        summary = "The session is locked by its host.",
        cause = "The host locked the session, so no one new can join. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "joining a locked session",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "This call is locked. Please ask the host to let you in.",
        userMessageKey = "zoom_video.exception_code.SESSION_LOCKED",
        remediation =
            listOf(
                "Tell the user the session is locked; they may try again once the host unlocks it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Only the host can unlock it; the user decides when to try again. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
        deprecation = null,
    ),

    /** The session is blocked by an information barrier. */
    SESSION_IB_BLOCKED(
        value = 4007,
        catalogName = "SESSION_IB_BLOCKED",
        upstreamName = "SESSION_IB_BLOCKED",
        summary = "The session is blocked by an information barrier.",
        cause = "An information-barrier policy of the account forbids this user from joining this session. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "joining across an information barrier",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You are not allowed to join this call.",
        userMessageKey = "zoom_video.exception_code.SESSION_IB_BLOCKED",
        remediation =
            listOf(
                "Tell the user they cannot join; the account's information-barrier policy decides.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Compliance policy does not change between retries. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
        deprecation = null,
    ),

    /** The user is already in the session. */
    SESSION_PARTICIPANT_EXIST(
        value = 4008,
        catalogName = "SESSION_PARTICIPANT_EXIST",
        upstreamName = "SESSION_PARTICIPANT_EXIST",
        summary = "The user is already in the session.",
        cause = "A participant with the same identity is already in this session. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "joining twice with the same identity",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SESSION_PARTICIPANT_EXIST",
        remediation =
            listOf(
                "Leave the existing connection first, or join with a distinct user identity.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The second join keeps failing while the first connection stays. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
        deprecation = null,
    ),

    /** The browser does not meet the SDK's basic WebRTC requirements. */
    CLIENT_PLATFORM_UNSUPPORTED(
        value = 5000,
        catalogName = "CLIENT_PLATFORM_UNSUPPORTED",
        upstreamName = "CLIENT_PLATFORM_UNSUPPORTED",
        summary = "The browser does not meet the SDK's basic WebRTC requirements.",
        cause = "`client.init` found that the platform lacks the WebRTC features the SDK needs.",
        whenItOccurs =
            listOf(
                "calling `client.init` in an old or restricted browser",
                "a browser with WebRTC or WebAssembly disabled",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This browser is not supported for calls. Please try a recent version of Chrome, Edge, Firefox or Safari.",
        userMessageKey = "zoom_video.exception_code.CLIENT_PLATFORM_UNSUPPORTED",
        remediation =
            listOf(
                "Tell the user to use a supported browser (see Zoom's browser support list).",
                "Check `ZoomVideo.checkSystemRequirements()` before init to explain it up front.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same browser fails again; only another browser or device helps. `client.init` fails, so no session can be joined.",
        deprecation = null,
    ),

    /** The SDK's dependent assets could not be loaded. */
    CLIENT_DEPENDENT_ASSETS_INACCESSIBLE(
        value = 5001,
        catalogName = "CLIENT_DEPENDENT_ASSETS_INACCESSIBLE",
        upstreamName = "CLIENT_DEPENDENT_ASSETS_INACCESSIBLE",
        summary = "The SDK's dependent assets could not be loaded.",
        cause = "`client.init` could not fetch the SDK's own asset files (WebAssembly, workers) from the location the app configured for self-hosting.",
        whenItOccurs =
            listOf(
                "self-hosted assets at a wrong path",
                "assets blocked by a content security policy, CORS or a proxy",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CLIENT_DEPENDENT_ASSETS_INACCESSIBLE",
        remediation =
            listOf(
                "Check the `dependentAssets` path given to `client.init` and that every file of the SDK's lib folder is served there.",
                "Check CSP, CORS and proxy rules for those files.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A wrong asset location fails the same way each time; the deployment must change. `client.init` fails, so no session can be joined.",
        deprecation = null,
    ),

    /** A call needs a joined session, but the session is closed. */
    CLIENT_SESSION_STATE_CLOSED(
        value = 5002,
        catalogName = "CLIENT_SESSION_STATE_CLOSED",
        upstreamName = "CLIENT_SESSION_STATE_CLOSED",
        summary = "A call needs a joined session, but the session is closed.",
        cause = "The app called a method that needs the user in a session after the session closed or before it opened.",
        whenItOccurs =
            listOf(
                "calling session methods after leaving",
                "calling them before `client.join` resolves",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CLIENT_SESSION_STATE_CLOSED",
        remediation =
            listOf(
                "Call session methods only between a resolved `client.join` and the leave.",
                "Track `connection-change` and stop calls when the state is `Closed`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app's call order is wrong; retrying while closed fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** A call needs a connected session, but the session is reconnecting. */
    CLIENT_SESSION_STATE_RECONNECTING(
        value = 5003,
        catalogName = "CLIENT_SESSION_STATE_RECONNECTING",
        upstreamName = "CLIENT_SESSION_STATE_RECONNECTING",
        summary = "A call needs a connected session, but the session is reconnecting.",
        cause = "The app called a method that needs a connected session while the SDK was reconnecting.",
        whenItOccurs =
            listOf(
                "calling session methods during a failover or a subsession move",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The call is reconnecting. Please wait a moment.",
        userMessageKey = "zoom_video.exception_code.CLIENT_SESSION_STATE_RECONNECTING",
        remediation =
            listOf(
                "Wait for `connection-change` to report `Connected`, then call again.",
                "Hold queued UI actions while the state is `Reconnecting`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The SDK is recovering by itself; the same call works once it has reconnected, so waiting and retrying is the catalog's policy. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The user is on hold. */
    CLIENT_SESSION_STATE_ON_HOLD(
        value = 5004,
        catalogName = "CLIENT_SESSION_STATE_ON_HOLD",
        upstreamName = "CLIENT_SESSION_STATE_ON_HOLD",
        summary = "The user is on hold.",
        cause = "The method needs an active participant, but the user is on hold. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "calling session methods while on hold",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "You are on hold. Please wait for the host.",
        userMessageKey = "zoom_video.exception_code.CLIENT_SESSION_STATE_ON_HOLD",
        remediation =
            listOf(
                "Wait until the host takes the user off hold, then call again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The host decides when the hold ends. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The session is not a webinar. */
    CLIENT_SESSION_NOT_WEBINAR(
        value = 5005,
        catalogName = "CLIENT_SESSION_NOT_WEBINAR",
        upstreamName = "CLIENT_SESSION_NOT_WEBINAR",
        summary = "The session is not a webinar.",
        cause = "The method applies only to webinars. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "calling a webinar-only method in an ordinary session",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CLIENT_SESSION_NOT_WEBINAR",
        remediation =
            listOf(
                "Call webinar methods only in webinar sessions.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session type does not change. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The operation needs the host or a manager. */
    CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED(
        value = 5006,
        catalogName = "CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED",
        upstreamName = "CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED",
        summary = "The operation needs the host or a manager.",
        cause = "The user called a method reserved for the host or a manager.",
        whenItOccurs =
            listOf(
                "a participant calls a host or manager action",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED",
        remediation =
            listOf(
                "Offer the action only to users whose `isHost` or `isManager` is true.",
                "Sign the host's token with `role_type` 1.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Retrying with the same role fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The operation needs the host. */
    CLIENT_HOST_PERMISSION_REQUIRED(
        value = 5007,
        catalogName = "CLIENT_HOST_PERMISSION_REQUIRED",
        upstreamName = "CLIENT_HOST_PERMISSION_REQUIRED",
        summary = "The operation needs the host.",
        cause = "The user called a method only the host may call.",
        whenItOccurs =
            listOf(
                "a participant or manager calls a host-only action",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.CLIENT_HOST_PERMISSION_REQUIRED",
        remediation =
            listOf(
                "Offer the action only to the host (`isHost`).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Retrying with the same role fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The operation needs the original host or a manager. */
    CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED(
        value = 5008,
        catalogName = "CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED",
        upstreamName = "CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED",
        summary = "The operation needs the original host or a manager.",
        cause = "The method is reserved for the session's original host (or a manager), and the caller is neither.",
        whenItOccurs =
            listOf(
                "a user who became host later, or a participant, calls an original-host action",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED",
        remediation =
            listOf(
                "Offer the action only to the original host or a manager.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Retrying with the same role fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The operation applies only to webinar attendees. */
    CLIENT_ATTENDEE_APPLICABLE_ONLY(
        value = 5009,
        catalogName = "CLIENT_ATTENDEE_APPLICABLE_ONLY",
        upstreamName = "CLIENT_ATTENDEE_APPLICABLE_ONLY",
        summary = "The operation applies only to webinar attendees.",
        cause = "The method is meant for webinar attendees and the caller is not one. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "a panelist or host calls an attendee-only method",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CLIENT_ATTENDEE_APPLICABLE_ONLY",
        remediation =
            listOf(
                "Call it only for webinar attendees.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role does not change between retries. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The operation applies only to webinar participants. */
    CLIENT_PARTICIPANT_APPLICABLE_ONLY(
        value = 5010,
        catalogName = "CLIENT_PARTICIPANT_APPLICABLE_ONLY",
        upstreamName = "CLIENT_PARTICIPANT_APPLICABLE_ONLY",
        summary = "The operation applies only to webinar participants.",
        cause = "The method is meant for webinar participants (panelists) and the caller is not one. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "an attendee calls a participant-only method",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CLIENT_PARTICIPANT_APPLICABLE_ONLY",
        remediation =
            listOf(
                "Call it only for webinar participants.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role does not change between retries. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The user ID does not match a participant. */
    CLIENT_MISMATCH_USER(
        value = 5011,
        catalogName = "CLIENT_MISMATCH_USER",
        upstreamName = "CLIENT_MISMATCH_USER",
        summary = "The user ID does not match a participant.",
        cause = "A client method got a user ID that is not a participant of the session.",
        whenItOccurs =
            listOf(
                "passing a stale user ID after that user left",
                "passing a wrong or made-up user ID",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CLIENT_MISMATCH_USER",
        remediation =
            listOf(
                "Take user IDs from `client.getAllUser()` or the user events, and drop them on `user-removed`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same ID fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** \`client.join\` was called while already in a session. */
    CLIENT_DUPLICATED_JOIN(
        value = 5012,
        catalogName = "CLIENT_DUPLICATED_JOIN",
        upstreamName = "CLIENT_DUPLICATED_JOIN",
        summary = "`client.join` was called while already in a session.",
        cause = "The app called `client.join` again while the user was already in a session.",
        whenItOccurs =
            listOf(
                "a second join without a leave",
                "a join triggered twice by the UI",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CLIENT_DUPLICATED_JOIN",
        remediation =
            listOf(
                "Call `client.join` once per session and `client.leave` before joining another.",
                "Guard the join button against double clicks.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The second join is refused and the existing session continues, so this code ends nothing. The catalog's reading of the code; Zoom does not say what happens to the first session.",
        deprecation = null,
    ),

    /** A \`client.join\` parameter is invalid. */
    CLIENT_INVALID_JOIN_PARAMETER(
        value = 5013,
        catalogName = "CLIENT_INVALID_JOIN_PARAMETER",
        upstreamName = "CLIENT_INVALID_JOIN_PARAMETER",
        summary = "A `client.join` parameter is invalid.",
        cause = "`client.join` refused its arguments: a bad signature, a missing or non-string topic, token or user name, or a value over its length limit.",
        whenItOccurs =
            listOf(
                "a topic or user name over 200 characters",
                "a passcode over 10 characters",
                "a missing or non-string argument",
                "an invalid signature",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CLIENT_INVALID_JOIN_PARAMETER",
        remediation =
            listOf(
                "Validate the topic, token, user name and passcode before calling `client.join` (strings; topic and name at most 200, passcode at most 10).",
                "Check that the signature is the JWT the backend issued.",
            ),
        causes =
            listOf(
                "invalid signature",
                "topic, token or user name missing or not a string",
                "topic over 200 characters",
                "user name over 200 characters",
                "passcode over 10 characters",
            ),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same arguments fail again; the app must fix them. Zoom rejects `client.join` with it, so no session is established; a new join is a new attempt.",
        deprecation = null,
    ),

    /** The host does not allow users to rename themselves. */
    CLIENT_HOST_DISALLOW_RENAME(
        value = 5014,
        catalogName = "CLIENT_HOST_DISALLOW_RENAME",
        upstreamName = "CLIENT_HOST_DISALLOW_RENAME",
        summary = "The host does not allow users to rename themselves.",
        cause = "`client.changeName` was refused because the host disallowed self-renaming.",
        whenItOccurs =
            listOf(
                "a participant renames themselves while the host forbids it",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "The host does not allow changing your name.",
        userMessageKey = "zoom_video.exception_code.CLIENT_HOST_DISALLOW_RENAME",
        remediation =
            listOf(
                "Hide the rename action while self-renaming is disallowed, or ask the host to rename the user.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The host's setting decides; retrying does not change it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The device ID matches no known device. */
    STREAM_MISMATCH_DEVICE(
        value = 6000,
        catalogName = "STREAM_MISMATCH_DEVICE",
        upstreamName = "STREAM_MISMATCH_DEVICE",
        summary = "The device ID matches no known device.",
        cause = "A microphone, speaker or camera ID passed to the stream does not match any device in the SDK's device list.",
        whenItOccurs =
            listOf(
                "switching to a device that was unplugged",
                "using a device ID saved in an earlier browser session",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.STREAM_MISMATCH_DEVICE",
        remediation =
            listOf(
                "Take device IDs from `stream.getMicList()`, `getSpeakerList()` or `getCameraList()` and refresh them on `device-change`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The user ID does not match a participant. */
    STREAM_MISMATCH_USER(
        value = 6001,
        catalogName = "STREAM_MISMATCH_USER",
        upstreamName = "STREAM_MISMATCH_USER",
        summary = "The user ID does not match a participant.",
        cause = "A stream method got a user ID that is not a participant of the session.",
        whenItOccurs =
            listOf(
                "rendering or controlling a user who has left",
                "passing a wrong user ID",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.STREAM_MISMATCH_USER",
        remediation =
            listOf(
                "Take user IDs from the participant list and stop using them on `user-removed`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** A stream method was called before the join resolved. */
    STREAM_SESSION_JOIN_REQUIRED(
        value = 6002,
        catalogName = "STREAM_SESSION_JOIN_REQUIRED",
        upstreamName = "STREAM_SESSION_JOIN_REQUIRED",
        summary = "A stream method was called before the join resolved.",
        cause = "The media stream is available only after `client.join` resolves, and the app called it earlier.",
        whenItOccurs =
            listOf(
                "calling `client.getMediaStream()` methods before the join promise resolves",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.STREAM_SESSION_JOIN_REQUIRED",
        remediation =
            listOf(
                "Await `client.join` before calling stream methods.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The render target is not the kind of element required. */
    STREAM_MISMATCH_RENDER_ELEMENT(
        value = 6003,
        catalogName = "STREAM_MISMATCH_RENDER_ELEMENT",
        upstreamName = "STREAM_MISMATCH_RENDER_ELEMENT",
        summary = "The render target is not the kind of element required.",
        cause = "A video or sharing method got a target element of the wrong type (for example a canvas where a video-player element is needed, or the reverse).",
        whenItOccurs =
            listOf(
                "passing the wrong element to a render or attach method",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.STREAM_MISMATCH_RENDER_ELEMENT",
        remediation =
            listOf(
                "Pass the element type the method documents (for example `video-player` for `attachVideo`, canvas or video for share rendering).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The microphone could not be captured when starting audio. */
    AUDIO_CAPTURE_FAILED(
        value = 6010,
        catalogName = "AUDIO_CAPTURE_FAILED",
        upstreamName = "AUDIO_CAPTURE_FAILED",
        summary = "The microphone could not be captured when starting audio.",
        cause = "`stream.startAudio` could not capture the microphone; the rejection carries a sub-reason: permission denied by the user or the system, device in use, no device, constraint violation, prompt dismissed, or unknown.",
        whenItOccurs =
            listOf(
                "the user or the operating system denies microphone access",
                "another application holds the microphone",
                "no microphone is connected",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not use your microphone. Check that it is connected and that this site may use it.",
        userMessageKey = "zoom_video.exception_code.AUDIO_CAPTURE_FAILED",
        remediation =
            listOf(
                "Read the sub-reason and tell the user what to fix: grant access in the browser or system settings, close the other application, or connect a microphone.",
                "Let the user start audio again afterwards; the session continues without it meanwhile.",
            ),
        causes =
            listOf(
                "1: permission denied by the user",
                "2: permission denied by the system",
                "3: device in use",
                "4: no device found",
                "5: unknown reason",
                "6: constraint violation",
                "7: permission prompt dismissed by the user",
            ),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The code groups several causes, all of which need the user's action before a new attempt can succeed. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Audio capture is still starting or stopping. */
    AUDIO_CAPTURE_LOADING(
        value = 6011,
        catalogName = "AUDIO_CAPTURE_LOADING",
        upstreamName = "AUDIO_CAPTURE_LOADING",
        summary = "Audio capture is still starting or stopping.",
        cause = "`stream.startAudio` or `stream.stopAudio` was called while an earlier audio capture change was still in progress.",
        whenItOccurs =
            listOf(
                "starting or stopping audio twice in quick succession",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.AUDIO_CAPTURE_LOADING",
        remediation =
            listOf(
                "Await the previous `startAudio`/`stopAudio` before calling again.",
                "If a retry is needed, retry after a short delay.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The capture finishes shortly, after which the same call succeeds. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Audio is already connected through a phone call. */
    AUDIO_IN_PSTN(
        value = 6012,
        catalogName = "AUDIO_IN_PSTN",
        upstreamName = "AUDIO_IN_PSTN",
        summary = "Audio is already connected through a phone call.",
        cause = "`stream.startAudio` was refused because the user's audio is already joined by PSTN (phone).",
        whenItOccurs =
            listOf(
                "starting computer audio while dialled in by phone",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.AUDIO_IN_PSTN",
        remediation =
            listOf(
                "Hang up the phone audio (`stream.hangup`) before starting computer audio, or keep the phone audio.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Legacy Safari needs audio encoding or decoding to be set up. */
    AUDIO_ENCODING_REQUIRED(
        value = 6013,
        catalogName = "AUDIO_ENCODING_REQUIRED",
        upstreamName = "AUDIO_ENCODING_REQUIRED",
        summary = "Legacy Safari needs audio encoding or decoding to be set up.",
        cause = "On legacy Safari, `stream.startAudio` needs the SDK's audio encode/decode support, which was not available.",
        whenItOccurs =
            listOf(
                "starting audio on an old Safari version",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not supported on this browser or device.",
        userMessageKey = "zoom_video.exception_code.AUDIO_ENCODING_REQUIRED",
        remediation =
            listOf(
                "Ask the user to update Safari or use another browser.",
                "Follow Zoom's guidance for legacy Safari audio.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Audio cannot stop while tab or system audio is shared (legacy Chrome). */
    AUDIO_SHARE_AUDIO_CONFLICT(
        value = 6014,
        catalogName = "AUDIO_SHARE_AUDIO_CONFLICT",
        upstreamName = "AUDIO_SHARE_AUDIO_CONFLICT",
        summary = "Audio cannot stop while tab or system audio is shared (legacy Chrome).",
        cause = "On legacy Chrome, `stream.stopAudio` was refused because tab or system audio is being shared.",
        whenItOccurs =
            listOf(
                "stopping audio during a screen share with audio on an old Chrome",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.AUDIO_SHARE_AUDIO_CONFLICT",
        remediation =
            listOf(
                "Stop the share's audio first, or ask the user to update Chrome.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Audio or shared audio has not been started. */
    AUDIO_NOT_STARTED(
        value = 6015,
        catalogName = "AUDIO_NOT_STARTED",
        upstreamName = "AUDIO_NOT_STARTED",
        summary = "Audio or shared audio has not been started.",
        cause = "A mute or unmute call (`muteAudio`, `unmuteAudio`, `muteShareAudio`, `unmuteShareAudio`) was made before audio or shared audio was started.",
        whenItOccurs =
            listOf(
                "muting or unmuting before `stream.startAudio` resolves",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.AUDIO_NOT_STARTED",
        remediation =
            listOf(
                "Start audio first, and enable mute controls only after it has started.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Webinar attendees may not unmute themselves. */
    AUDIO_ATTENDEE_NOT_ALLOWED(
        value = 6016,
        catalogName = "AUDIO_ATTENDEE_NOT_ALLOWED",
        upstreamName = "AUDIO_ATTENDEE_NOT_ALLOWED",
        summary = "Webinar attendees may not unmute themselves.",
        cause = "`stream.unmuteAudio` was refused because webinar attendees cannot unmute themselves. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "a webinar attendee unmutes",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.AUDIO_ATTENDEE_NOT_ALLOWED",
        remediation =
            listOf(
                "Hide the unmute control for attendees; a host can allow them to talk.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Secondary audio is not supported on this platform. */
    SECONDARY_AUDIO_UNSUPPORTED(
        value = 6017,
        catalogName = "SECONDARY_AUDIO_UNSUPPORTED",
        upstreamName = "SECONDARY_AUDIO_UNSUPPORTED",
        summary = "Secondary audio is not supported on this platform.",
        cause = "`stream.startSecondaryAudio` is not supported by this browser or platform.",
        whenItOccurs =
            listOf(
                "starting secondary audio on an unsupported browser",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not supported on this browser or device.",
        userMessageKey = "zoom_video.exception_code.SECONDARY_AUDIO_UNSUPPORTED",
        remediation =
            listOf(
                "Offer secondary audio only where it is supported; check the platform first.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The microphone chosen for secondary audio is already used for session audio. */
    SECONDARY_AUDIO_DEVICE_CONFLICT(
        value = 6018,
        catalogName = "SECONDARY_AUDIO_DEVICE_CONFLICT",
        upstreamName = "SECONDARY_AUDIO_DEVICE_CONFLICT",
        summary = "The microphone chosen for secondary audio is already used for session audio.",
        cause = "`stream.startSecondaryAudio` got the microphone ID that the session audio is using.",
        whenItOccurs =
            listOf(
                "choosing the same microphone for both audios",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SECONDARY_AUDIO_DEVICE_CONFLICT",
        remediation =
            listOf(
                "Pick a different microphone for secondary audio.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Secondary audio cannot start while screen sharing. */
    SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT(
        value = 6019,
        catalogName = "SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT",
        upstreamName = "SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT",
        summary = "Secondary audio cannot start while screen sharing.",
        cause = "`stream.startSecondaryAudio` was refused because a screen share is in progress.",
        whenItOccurs =
            listOf(
                "starting secondary audio during a screen share",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT",
        remediation =
            listOf(
                "Stop the screen share first, or start secondary audio before sharing.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Secondary audio has not been started. */
    SECONDARY_AUDIO_NOT_STARTED(
        value = 6020,
        catalogName = "SECONDARY_AUDIO_NOT_STARTED",
        upstreamName = "SECONDARY_AUDIO_NOT_STARTED",
        summary = "Secondary audio has not been started.",
        cause = "`stream.stopSecondaryAudio` was called but no secondary audio is running.",
        whenItOccurs =
            listOf(
                "stopping secondary audio twice or before it started",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SECONDARY_AUDIO_NOT_STARTED",
        remediation =
            listOf(
                "Call `stopSecondaryAudio` only after a successful `startSecondaryAudio`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The phone country code is not in the supported list. */
    PSTN_MISMATCH_COUNTRY_CODE(
        value = 6021,
        catalogName = "PSTN_MISMATCH_COUNTRY_CODE",
        upstreamName = "PSTN_MISMATCH_COUNTRY_CODE",
        summary = "The phone country code is not in the supported list.",
        cause = "`stream.inviteByPhone` got a country code that matches none of the supported call-out countries.",
        whenItOccurs =
            listOf(
                "inviting a phone number in an unsupported country",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.PSTN_MISMATCH_COUNTRY_CODE",
        remediation =
            listOf(
                "Offer only the countries returned by the SDK's call-out country list.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** There is no phone connection to hang up. */
    PSTN_NOT_CONNECTED(
        value = 6022,
        catalogName = "PSTN_NOT_CONNECTED",
        upstreamName = "PSTN_NOT_CONNECTED",
        summary = "There is no phone connection to hang up.",
        cause = "`stream.hangup` was called but PSTN audio is not connected.",
        whenItOccurs =
            listOf(
                "hanging up twice, or before the phone call connected",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.PSTN_NOT_CONNECTED",
        remediation =
            listOf(
                "Call `hangup` only while phone audio is connected; follow the dial-out state events.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The room-system (CRC) device is not connected. */
    CRC_NOT_CONNECTED(
        value = 6023,
        catalogName = "CRC_NOT_CONNECTED",
        upstreamName = "CRC_NOT_CONNECTED",
        summary = "The room-system (CRC) device is not connected.",
        cause = "`stream.cancelCallCRCDevice` was called but no CRC (H.323/SIP room system) call is in progress.",
        whenItOccurs =
            listOf(
                "cancelling a room-system call that already ended or never started",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CRC_NOT_CONNECTED",
        remediation =
            listOf(
                "Cancel only a CRC call that is in progress; follow its status events.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The target user cannot be allowed to talk. */
    AUDIO_ALLOW_TALK_UNSUPPORTED(
        value = 6024,
        catalogName = "AUDIO_ALLOW_TALK_UNSUPPORTED",
        upstreamName = "AUDIO_ALLOW_TALK_UNSUPPORTED",
        summary = "The target user cannot be allowed to talk.",
        cause = "`stream.allowAttendeeToTalk` does not apply to the target user. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "allowing a non-attendee to talk",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.AUDIO_ALLOW_TALK_UNSUPPORTED",
        remediation =
            listOf(
                "Call it only for webinar attendees.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The user to allow to talk does not match. */
    AUDIO_ALLOW_TALK_MISMATCH_USER(
        value = 6025,
        catalogName = "AUDIO_ALLOW_TALK_MISMATCH_USER",
        upstreamName = "AUDIO_ALLOW_TALK_MISMATCH_USER",
        summary = "The user to allow to talk does not match.",
        cause = "`stream.allowAttendeeToTalk` got a user ID that matches no attendee. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "passing a stale or wrong user ID",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.AUDIO_ALLOW_TALK_MISMATCH_USER",
        remediation =
            listOf(
                "Take the user ID from the current attendee list.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Audio processors are not supported on this platform. */
    AUDIO_PROCESSOR_UNSUPPORTED(
        value = 6026,
        catalogName = "AUDIO_PROCESSOR_UNSUPPORTED",
        upstreamName = "AUDIO_PROCESSOR_UNSUPPORTED",
        summary = "Audio processors are not supported on this platform.",
        cause = "`stream.createProcessor` cannot create an audio processor in this browser.",
        whenItOccurs =
            listOf(
                "creating an audio processor on an unsupported browser",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not supported on this browser or device.",
        userMessageKey = "zoom_video.exception_code.AUDIO_PROCESSOR_UNSUPPORTED",
        remediation =
            listOf(
                "Check support before offering audio processing features.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The audio processor has already been created. */
    AUDIO_PROCESSOR_DUPLICATE_CREATE(
        value = 6027,
        catalogName = "AUDIO_PROCESSOR_DUPLICATE_CREATE",
        upstreamName = "AUDIO_PROCESSOR_DUPLICATE_CREATE",
        summary = "The audio processor has already been created.",
        cause = "`stream.createProcessor` was asked to create an audio processor that already exists.",
        whenItOccurs =
            listOf(
                "creating the same audio processor twice",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.AUDIO_PROCESSOR_DUPLICATE_CREATE",
        remediation =
            listOf(
                "Create each processor once and reuse it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The audio processor was not found. */
    AUDIO_PROCESSOR_MISMATCH_PROCESSOR(
        value = 6028,
        catalogName = "AUDIO_PROCESSOR_MISMATCH_PROCESSOR",
        upstreamName = "AUDIO_PROCESSOR_MISMATCH_PROCESSOR",
        summary = "The audio processor was not found.",
        cause = "`stream.addProcessor` or `stream.removeProcessor` got an audio processor the SDK does not know.",
        whenItOccurs =
            listOf(
                "adding or removing a processor that was never created or was already removed",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.AUDIO_PROCESSOR_MISMATCH_PROCESSOR",
        remediation =
            listOf(
                "Pass the processor object returned by `createProcessor`, and only while it exists.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The audio processor has already been added. */
    AUDIO_PROCESSOR_LIMIT_EXCEED(
        value = 6029,
        catalogName = "AUDIO_PROCESSOR_LIMIT_EXCEED",
        upstreamName = "AUDIO_PROCESSOR_LIMIT_EXCEED",
        summary = "The audio processor has already been added.",
        cause = "`stream.addProcessor` was called with an audio processor that is already added.",
        whenItOccurs =
            listOf(
                "adding the same audio processor twice",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.AUDIO_PROCESSOR_LIMIT_EXCEED",
        remediation =
            listOf(
                "Track which processors are added and add each once.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Camera access was denied. */
    VIDEO_CAMERA_PERMISSION_DENIED(
        value = 6100,
        catalogName = "VIDEO_CAMERA_PERMISSION_DENIED",
        upstreamName = "VIDEO_CAMERA_PERMISSION_DENIED",
        summary = "Camera access was denied.",
        cause = "`stream.startVideo` could not open the camera because the user (or the browser) denied camera permission.",
        whenItOccurs =
            listOf(
                "the user blocks the camera prompt",
                "camera access is blocked in the browser settings",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Camera access is blocked. Allow this site to use your camera, then try again.",
        userMessageKey = "zoom_video.exception_code.VIDEO_CAMERA_PERMISSION_DENIED",
        remediation =
            listOf(
                "Tell the user how to allow the camera for this site, then let them start video again.",
                "Keep the session going without video meanwhile.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Only the user can grant access; a retry without that fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** No camera was found. */
    VIDEO_NO_CAMERA(
        value = 6101,
        catalogName = "VIDEO_NO_CAMERA",
        upstreamName = "VIDEO_NO_CAMERA",
        summary = "No camera was found.",
        cause = "`stream.startVideo` found no camera device.",
        whenItOccurs =
            listOf(
                "starting video on a device without a camera",
                "the camera is unplugged or disabled",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "No camera was found. Connect a camera and try again.",
        userMessageKey = "zoom_video.exception_code.VIDEO_NO_CAMERA",
        remediation =
            listOf(
                "Tell the user no camera was found; let them connect one and try again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The user must connect or enable a camera first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The camera ID matches no camera in the device list. */
    VIDEO_MISMATCH_CAMERA(
        value = 6102,
        catalogName = "VIDEO_MISMATCH_CAMERA",
        upstreamName = "VIDEO_MISMATCH_CAMERA",
        summary = "The camera ID matches no camera in the device list.",
        cause = "`stream.startVideo` got a camera ID that is not in the current camera list.",
        whenItOccurs =
            listOf(
                "using a saved camera ID after the camera was unplugged",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VIDEO_MISMATCH_CAMERA",
        remediation =
            listOf(
                "Take the camera ID from `stream.getCameraList()` and refresh it on `device-change`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The camera is in use by another program. */
    VIDEO_CAMERA_TAKEN(
        value = 6103,
        catalogName = "VIDEO_CAMERA_TAKEN",
        upstreamName = "VIDEO_CAMERA_TAKEN",
        summary = "The camera is in use by another program.",
        cause = "`stream.startVideo` could not open the camera because another application or tab holds it.",
        whenItOccurs =
            listOf(
                "another video application or browser tab uses the camera",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Your camera is being used by another app. Close it, then try again.",
        userMessageKey = "zoom_video.exception_code.VIDEO_CAMERA_TAKEN",
        remediation =
            listOf(
                "Ask the user to close the other application or tab using the camera, then start video again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The device is free only after the user closes the other program. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The virtual background could not be initialised. */
    VIDEO_VB_INITIALIZE_ERROR(
        value = 6104,
        catalogName = "VIDEO_VB_INITIALIZE_ERROR",
        upstreamName = "VIDEO_VB_INITIALIZE_ERROR",
        summary = "The virtual background could not be initialised.",
        cause = "`stream.startVideo` with a virtual background failed while setting the background up.",
        whenItOccurs =
            listOf(
                "starting video with a virtual background on a constrained device",
                "the background's resources failed to load",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "zoom_video.exception_code.VIDEO_VB_INITIALIZE_ERROR",
        remediation =
            listOf(
                "Start video without the virtual background, and let the user try the background again.",
                "Check that the SDK's assets for virtual backgrounds are reachable.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The cause is not specified; falling back to plain video and leaving a new try to the user is the catalog's choice. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Video capture is still starting or stopping. */
    VIDEO_CAPTURE_LOADING(
        value = 6105,
        catalogName = "VIDEO_CAPTURE_LOADING",
        upstreamName = "VIDEO_CAPTURE_LOADING",
        summary = "Video capture is still starting or stopping.",
        cause = "`stream.startVideo` or `stream.stopVideo` was called while an earlier video capture change was still in progress.",
        whenItOccurs =
            listOf(
                "starting or stopping video twice in quick succession",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VIDEO_CAPTURE_LOADING",
        remediation =
            listOf(
                "Await the previous `startVideo`/`stopVideo` before calling again.",
                "If a retry is needed, retry after a short delay.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The condition clears by itself shortly, after which the same call succeeds. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The host has stopped this user's video. */
    VIDEO_MUTED_BY_HOST(
        value = 6106,
        catalogName = "VIDEO_MUTED_BY_HOST",
        upstreamName = "VIDEO_MUTED_BY_HOST",
        summary = "The host has stopped this user's video.",
        cause = "`stream.startVideo` was refused because the host muted the user's video. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "starting video after the host stopped it",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.VIDEO_MUTED_BY_HOST",
        remediation =
            listOf(
                "Tell the user the host stopped their video; they can ask the host.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Virtual backgrounds are not supported on this platform. */
    VIDEO_VB_UNSUPPORTED(
        value = 6107,
        catalogName = "VIDEO_VB_UNSUPPORTED",
        upstreamName = "VIDEO_VB_UNSUPPORTED",
        summary = "Virtual backgrounds are not supported on this platform.",
        cause = "`stream.startVideo` with a virtual background was refused because the browser lacks the needed capabilities.",
        whenItOccurs =
            listOf(
                "asking for a virtual background on an unsupported browser",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not supported on this browser or device.",
        userMessageKey = "zoom_video.exception_code.VIDEO_VB_UNSUPPORTED",
        remediation =
            listOf(
                "Check `stream.isSupportVirtualBackground()` before offering backgrounds.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** A virtual background or video processor is already in progress. */
    VIDEO_VB_PROCESSOR_CONFLICT(
        value = 6108,
        catalogName = "VIDEO_VB_PROCESSOR_CONFLICT",
        upstreamName = "VIDEO_VB_PROCESSOR_CONFLICT",
        summary = "A virtual background or video processor is already in progress.",
        cause = "`stream.startVideo` with a virtual background was refused because another virtual video processing is running.",
        whenItOccurs =
            listOf(
                "combining a virtual background with another video processor",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VIDEO_VB_PROCESSOR_CONFLICT",
        remediation =
            listOf(
                "Remove the other processor (or mask) before using a virtual background.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The video is not in the state the call needs. */
    VIDEO_MISMATCH_STATE(
        value = 6109,
        catalogName = "VIDEO_MISMATCH_STATE",
        upstreamName = "VIDEO_MISMATCH_STATE",
        summary = "The video is not in the state the call needs.",
        cause = "`stream.startVideo` or `stream.stopVideo` was called in a video state where it does not apply (for example starting video that is already started).",
        whenItOccurs =
            listOf(
                "starting video twice",
                "stopping video that is not started",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VIDEO_MISMATCH_STATE",
        remediation =
            listOf(
                "Follow the local video state before calling start or stop.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The video stream could not be established. */
    VIDEO_ESTABLISH_STREAM_ERROR(
        value = 6110,
        catalogName = "VIDEO_ESTABLISH_STREAM_ERROR",
        upstreamName = "VIDEO_ESTABLISH_STREAM_ERROR",
        summary = "The video stream could not be established.",
        cause = "`stream.startVideo` got the camera but failed to set up the video stream.",
        whenItOccurs =
            listOf(
                "the browser fails to produce a video track or encoder",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "zoom_video.exception_code.VIDEO_ESTABLISH_STREAM_ERROR",
        remediation =
            listOf(
                "Retry starting video a bounded number of times.",
                "If it keeps failing, suggest another browser or device.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The cause is not specified and may be transient; a few retries are the catalog's choice. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Too many videos are being rendered. */
    VIDEO_RENDER_LIMIT_EXCEED(
        value = 6111,
        catalogName = "VIDEO_RENDER_LIMIT_EXCEED",
        upstreamName = "VIDEO_RENDER_LIMIT_EXCEED",
        summary = "Too many videos are being rendered.",
        cause = "`stream.renderVideo` or `stream.attachVideo` was refused because the number of rendered videos reached the SDK's limit.",
        whenItOccurs =
            listOf(
                "rendering more video tiles than the SDK allows",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VIDEO_RENDER_LIMIT_EXCEED",
        remediation =
            listOf(
                "Render fewer videos at once (paginate the gallery) and detach off-screen videos.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The render method does not apply to WebRTC video. */
    VIDEO_METHOD_DEPRECATED(
        value = 6112,
        catalogName = "VIDEO_METHOD_DEPRECATED",
        upstreamName = "VIDEO_METHOD_DEPRECATED",
        summary = "The render method does not apply to WebRTC video.",
        cause = "`stream.renderVideo` was used where the session uses WebRTC video, which it does not support.",
        whenItOccurs =
            listOf(
                "calling `renderVideo` in a WebRTC video session",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VIDEO_METHOD_DEPRECATED",
        remediation =
            listOf(
                "Use `stream.attachVideo` instead of `renderVideo`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The virtual background image cannot be loaded. */
    VIDEO_VB_IMAGE_INACCESSIBLE(
        value = 6113,
        catalogName = "VIDEO_VB_IMAGE_INACCESSIBLE",
        upstreamName = "VIDEO_VB_IMAGE_INACCESSIBLE",
        summary = "The virtual background image cannot be loaded.",
        cause = "`stream.previewVirtualBackground` could not fetch the background image.",
        whenItOccurs =
            listOf(
                "a wrong image URL",
                "the image host refuses cross-origin access",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VIDEO_VB_IMAGE_INACCESSIBLE",
        remediation =
            listOf(
                "Check the image URL and serve it with CORS headers the page may use.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same unreachable image fails again; the URL or its host must change. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The virtual background is not in the state the call needs. */
    VIDEO_VB_MISMATCH_STATE(
        value = 6114,
        catalogName = "VIDEO_VB_MISMATCH_STATE",
        upstreamName = "VIDEO_VB_MISMATCH_STATE",
        summary = "The virtual background is not in the state the call needs.",
        cause = "`stream.previewVirtualBackground` was called in a virtual background state where it does not apply.",
        whenItOccurs =
            listOf(
                "previewing a background while another preview is running or video is not ready",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VIDEO_VB_MISMATCH_STATE",
        remediation =
            listOf(
                "Follow the preview state; stop the current preview before starting another.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The video mask image cannot be loaded. */
    VIDEO_MASK_IMAGE_INACCESSIBLE(
        value = 6115,
        catalogName = "VIDEO_MASK_IMAGE_INACCESSIBLE",
        upstreamName = "VIDEO_MASK_IMAGE_INACCESSIBLE",
        summary = "The video mask image cannot be loaded.",
        cause = "`stream.previewMask` could not fetch the mask image.",
        whenItOccurs =
            listOf(
                "a wrong image URL",
                "the image host refuses cross-origin access",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VIDEO_MASK_IMAGE_INACCESSIBLE",
        remediation =
            listOf(
                "Check the mask image URL and serve it with CORS headers the page may use.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same unreachable image fails again; the URL or its host must change. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** A virtual background or processor is already in progress. */
    VIDEO_MASK_PROCESSOR_CONFLICT(
        value = 6116,
        catalogName = "VIDEO_MASK_PROCESSOR_CONFLICT",
        upstreamName = "VIDEO_MASK_PROCESSOR_CONFLICT",
        summary = "A virtual background or processor is already in progress.",
        cause = "`stream.previewMask` was refused because a virtual background or a video processor is running.",
        whenItOccurs =
            listOf(
                "using a mask while a virtual background or processor is active",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VIDEO_MASK_PROCESSOR_CONFLICT",
        remediation =
            listOf(
                "Turn off the virtual background or processor before using a mask.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The video cannot be spotlighted in its current state. */
    VIDEO_SPOTLIGHT_MISMATCH_STATE(
        value = 6117,
        catalogName = "VIDEO_SPOTLIGHT_MISMATCH_STATE",
        upstreamName = "VIDEO_SPOTLIGHT_MISMATCH_STATE",
        summary = "The video cannot be spotlighted in its current state.",
        cause = "`stream.spotlightVideo` was refused because the user's video is not started or is already spotlighted.",
        whenItOccurs =
            listOf(
                "spotlighting a user without video",
                "spotlighting the same user twice",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VIDEO_SPOTLIGHT_MISMATCH_STATE",
        remediation =
            listOf(
                "Spotlight only users whose video is on and who are not already spotlighted.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Multiple spotlighted videos cannot be removed this way. */
    VIDEO_SPOTLIGHT_MULTI_CONFLICT(
        value = 6118,
        catalogName = "VIDEO_SPOTLIGHT_MULTI_CONFLICT",
        upstreamName = "VIDEO_SPOTLIGHT_MULTI_CONFLICT",
        summary = "Multiple spotlighted videos cannot be removed this way.",
        cause = "`stream.removeSpotlightedVideo` was refused because several videos are spotlighted.",
        whenItOccurs =
            listOf(
                "removing a spotlight while more than one video is spotlighted",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VIDEO_SPOTLIGHT_MULTI_CONFLICT",
        remediation =
            listOf(
                "Remove spotlights one user at a time, or clear all spotlights with the method meant for that.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Video processors are not supported on this platform. */
    VIDEO_PROCESSOR_UNSUPPORTED(
        value = 6119,
        catalogName = "VIDEO_PROCESSOR_UNSUPPORTED",
        upstreamName = "VIDEO_PROCESSOR_UNSUPPORTED",
        summary = "Video processors are not supported on this platform.",
        cause = "`stream.createProcessor` cannot create a video processor in this browser.",
        whenItOccurs =
            listOf(
                "creating a video processor on an unsupported browser",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not supported on this browser or device.",
        userMessageKey = "zoom_video.exception_code.VIDEO_PROCESSOR_UNSUPPORTED",
        remediation =
            listOf(
                "Check support before offering video processing features.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Only one video processor can be added at a time. */
    VIDEO_PROCESSOR_LIMIT_EXCEED(
        value = 6120,
        catalogName = "VIDEO_PROCESSOR_LIMIT_EXCEED",
        upstreamName = "VIDEO_PROCESSOR_LIMIT_EXCEED",
        summary = "Only one video processor can be added at a time.",
        cause = "`stream.addProcessor` was refused because a video processor is already added.",
        whenItOccurs =
            listOf(
                "adding a second video processor",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VIDEO_PROCESSOR_LIMIT_EXCEED",
        remediation =
            listOf(
                "Remove the current video processor before adding another.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The video processor has already been created. */
    VIDEO_PROCESSOR_DUPLICATE_CREATE(
        value = 6121,
        catalogName = "VIDEO_PROCESSOR_DUPLICATE_CREATE",
        upstreamName = "VIDEO_PROCESSOR_DUPLICATE_CREATE",
        summary = "The video processor has already been created.",
        cause = "`stream.createProcessor` was asked to create a video processor that already exists.",
        whenItOccurs =
            listOf(
                "creating the same video processor twice",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VIDEO_PROCESSOR_DUPLICATE_CREATE",
        remediation =
            listOf(
                "Create each processor once and reuse it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The video processor was not found. */
    VIDEO_PROCESSOR_MISMATCH_PROCESSOR(
        value = 6122,
        catalogName = "VIDEO_PROCESSOR_MISMATCH_PROCESSOR",
        upstreamName = "VIDEO_PROCESSOR_MISMATCH_PROCESSOR",
        summary = "The video processor was not found.",
        cause = "`stream.addProcessor` or `stream.removeProcessor` got a video processor the SDK does not know.",
        whenItOccurs =
            listOf(
                "adding or removing a processor that was never created or was already removed",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VIDEO_PROCESSOR_MISMATCH_PROCESSOR",
        remediation =
            listOf(
                "Pass the processor object returned by `createProcessor`, and only while it exists.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Camera control is not supported here. */
    FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED(
        value = 6150,
        catalogName = "FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED",
        upstreamName = "FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED",
        summary = "Camera control is not supported here.",
        cause = "`stream.controlCamera`, `stream.controlFarEndCamera` or `stream.requestFarEndCameraControl` was refused because the camera or platform does not support pan-tilt-zoom control.",
        whenItOccurs =
            listOf(
                "controlling a camera without PTZ support",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not supported on this browser or device.",
        userMessageKey = "zoom_video.exception_code.FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED",
        remediation =
            listOf(
                "Offer camera control only for cameras that report PTZ capability.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Camera control is not in the state the call needs. */
    FAR_END_CAMERA_CONTROL_MISMATCH_STATE(
        value = 6151,
        catalogName = "FAR_END_CAMERA_CONTROL_MISMATCH_STATE",
        upstreamName = "FAR_END_CAMERA_CONTROL_MISMATCH_STATE",
        summary = "Camera control is not in the state the call needs.",
        cause = "A far-end camera control call (request, approve, decline, give up, control) was made in a control state where it does not apply.",
        whenItOccurs =
            listOf(
                "approving a request that was withdrawn",
                "controlling a camera before control was granted",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.FAR_END_CAMERA_CONTROL_MISMATCH_STATE",
        remediation =
            listOf(
                "Follow the far-end camera control events and call each method only in its state.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Permission to control the remote camera has not been granted. */
    FAR_END_CAMERA_PERMISSION_REQUIRED(
        value = 6152,
        catalogName = "FAR_END_CAMERA_PERMISSION_REQUIRED",
        upstreamName = "FAR_END_CAMERA_PERMISSION_REQUIRED",
        summary = "Permission to control the remote camera has not been granted.",
        cause = "`stream.controlFarEndCamera` was refused because the remote user has not granted camera control.",
        whenItOccurs =
            listOf(
                "controlling a remote camera without approval",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.FAR_END_CAMERA_PERMISSION_REQUIRED",
        remediation =
            listOf(
                "Request control with `requestFarEndCameraControl` and wait for the approval before controlling.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The camera control range is invalid. */
    FAR_END_CAMERA_INVALID_RANGE(
        value = 6153,
        catalogName = "FAR_END_CAMERA_INVALID_RANGE",
        upstreamName = "FAR_END_CAMERA_INVALID_RANGE",
        summary = "The camera control range is invalid.",
        cause = "`stream.controlFarEndCamera` got a range value outside what it accepts.",
        whenItOccurs =
            listOf(
                "passing an out-of-range pan, tilt or zoom step",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.FAR_END_CAMERA_INVALID_RANGE",
        remediation =
            listOf(
                "Keep the range within the bounds the d.ts documents for `controlFarEndCamera`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Camera control calls are too frequent. */
    FAR_END_CAMERA_RATE_LIMIT(
        value = 6154,
        catalogName = "FAR_END_CAMERA_RATE_LIMIT",
        upstreamName = "FAR_END_CAMERA_RATE_LIMIT",
        summary = "Camera control calls are too frequent.",
        cause = "`stream.controlFarEndCamera` was refused because calls exceeded the SDK's rate limit.",
        whenItOccurs =
            listOf(
                "sending camera moves in a tight loop, for example while a button is held",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "This call is full right now. Please try again in a little while.",
        userMessageKey = "zoom_video.exception_code.FAR_END_CAMERA_RATE_LIMIT",
        remediation =
            listOf(
                "Throttle camera control calls and retry after a delay.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A rate limit clears with time, so retrying after a delay succeeds. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The user declined the screen share. */
    SCREEN_SHARE_USER_DENIED(
        value = 6200,
        catalogName = "SCREEN_SHARE_USER_DENIED",
        upstreamName = "SCREEN_SHARE_USER_DENIED",
        summary = "The user declined the screen share.",
        cause = "`stream.startShareScreen` failed because the user cancelled or denied the browser's screen picker.",
        whenItOccurs =
            listOf(
                "the user cancels the share dialog",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Screen sharing was cancelled.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_USER_DENIED",
        remediation =
            listOf(
                "Treat it as the user's choice; let them start sharing again when they want.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Only the user can choose to share. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The operating system does not allow screen recording. */
    SCREEN_SHARE_SYSTEM_DENIED(
        value = 6201,
        catalogName = "SCREEN_SHARE_SYSTEM_DENIED",
        upstreamName = "SCREEN_SHARE_SYSTEM_DENIED",
        summary = "The operating system does not allow screen recording.",
        cause = "`stream.startShareScreen` failed because the system settings do not allow the browser to record the screen.",
        whenItOccurs =
            listOf(
                "macOS screen recording permission not granted to the browser",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "Your system settings block screen sharing. Allow screen recording for this browser, then try again.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_SYSTEM_DENIED",
        remediation =
            listOf(
                "Tell the user to allow screen recording for the browser in the system settings (and restart the browser if asked), then share again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Only the user can change the system setting. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Screen sharing is not supported on this platform. */
    SCREEN_SHARE_UNSUPPORTED(
        value = 6202,
        catalogName = "SCREEN_SHARE_UNSUPPORTED",
        upstreamName = "SCREEN_SHARE_UNSUPPORTED",
        summary = "Screen sharing is not supported on this platform.",
        cause = "`stream.startShareScreen` failed because the browser has no `getDisplayMedia`.",
        whenItOccurs =
            listOf(
                "sharing from a mobile browser or an old browser",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not supported on this browser or device.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_UNSUPPORTED",
        remediation =
            listOf(
                "Offer screen sharing only where `getDisplayMedia` exists (desktop browsers).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Sharing to subsessions is not possible from inside a subsession. */
    SCREEN_SHARE_SUBSESSION_CONFLICT(
        value = 6203,
        catalogName = "SCREEN_SHARE_SUBSESSION_CONFLICT",
        upstreamName = "SCREEN_SHARE_SUBSESSION_CONFLICT",
        summary = "Sharing to subsessions is not possible from inside a subsession.",
        cause = "`stream.startShareScreen` was asked to share to subsessions while the user is already in a subsession.",
        whenItOccurs =
            listOf(
                "sharing to all subsessions from within one",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_SUBSESSION_CONFLICT",
        remediation =
            listOf(
                "Share to subsessions only from the main session.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Only the host may share. */
    SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED(
        value = 6204,
        catalogName = "SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED",
        upstreamName = "SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED",
        summary = "Only the host may share.",
        cause = "`stream.startShareScreen` was refused because the session's share privilege is limited to the host.",
        whenItOccurs =
            listOf(
                "a participant shares while only the host may",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Only the host can share their screen right now.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED",
        remediation =
            listOf(
                "Hide sharing for participants while the privilege is host-only, or ask the host to change it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The screen share is not in the state the call needs. */
    SCREEN_SHARE_MISMATCH_STATE(
        value = 6205,
        catalogName = "SCREEN_SHARE_MISMATCH_STATE",
        upstreamName = "SCREEN_SHARE_MISMATCH_STATE",
        summary = "The screen share is not in the state the call needs.",
        cause = "A share call (`startShareScreen`, `shareToBreakoutRoom`, `enableOptimizeForSharedVideo`, `muteOthersScreenShare`) was made in a share state where it does not apply.",
        whenItOccurs =
            listOf(
                "starting a share that is already running",
                "optimising a share that is not running",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_MISMATCH_STATE",
        remediation =
            listOf(
                "Follow the share state events and call each method only in its state.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Optimising a share for video is not supported here. */
    SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED(
        value = 6206,
        catalogName = "SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED",
        upstreamName = "SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED",
        summary = "Optimising a share for video is not supported here.",
        cause = "`stream.startShareScreen` or `stream.enableOptimizeForSharedVideo` asked for video-optimised sharing, which this platform does not support.",
        whenItOccurs =
            listOf(
                "asking for optimised video sharing on an unsupported browser",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not supported on this browser or device.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED",
        remediation =
            listOf(
                "Share without the video optimisation on this platform.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Optimising a share for video conflicts with multiple sharing. */
    SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT(
        value = 6207,
        catalogName = "SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT",
        upstreamName = "SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT",
        summary = "Optimising a share for video conflicts with multiple sharing.",
        cause = "`stream.enableOptimizeForSharedVideo` was refused because the host enabled simultaneous sharing by several users.",
        whenItOccurs =
            listOf(
                "optimising a share while multi-share is on",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT",
        remediation =
            listOf(
                "Turn off multiple sharing, or share without the optimisation.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The share privilege value is invalid. */
    SCREEN_SHARE_INVALID_PRIVILEGE(
        value = 6208,
        catalogName = "SCREEN_SHARE_INVALID_PRIVILEGE",
        upstreamName = "SCREEN_SHARE_INVALID_PRIVILEGE",
        summary = "The share privilege value is invalid.",
        cause = "`stream.setScreenSharePrivilege` got a value that is not a valid share privilege.",
        whenItOccurs =
            listOf(
                "passing a number that is no `SharePrivilege` member",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_INVALID_PRIVILEGE",
        remediation =
            listOf(
                "Pass a `SharePrivilege` member.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** An information barrier forbids this share. */
    SCREEN_SHARE_IB_DENIED(
        value = 6209,
        catalogName = "SCREEN_SHARE_IB_DENIED",
        upstreamName = "SCREEN_SHARE_IB_DENIED",
        summary = "An information barrier forbids this share.",
        cause = "`stream.startShareScreen` was refused by the account's information-barrier policy. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "sharing across an information barrier",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_IB_DENIED",
        remediation =
            listOf(
                "Tell the user the account's policy forbids the share.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Too many share views are rendered. */
    SCREEN_SHARE_LIMIT_EXCEED(
        value = 6218,
        catalogName = "SCREEN_SHARE_LIMIT_EXCEED",
        upstreamName = "SCREEN_SHARE_LIMIT_EXCEED",
        summary = "Too many share views are rendered.",
        cause = "`stream.attachShareView` was refused because the number of rendered share views reached the SDK's limit.",
        whenItOccurs =
            listOf(
                "attaching more share views than allowed",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_LIMIT_EXCEED",
        remediation =
            listOf(
                "Detach share views that are not shown before attaching new ones.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** A screen share cannot start while a whiteboard is in progress. */
    SCREEN_SHARE_WHITEBOARD_CONFLICT(
        value = 6220,
        catalogName = "SCREEN_SHARE_WHITEBOARD_CONFLICT",
        upstreamName = "SCREEN_SHARE_WHITEBOARD_CONFLICT",
        summary = "A screen share cannot start while a whiteboard is in progress.",
        cause = "`stream.startShareScreen` was refused because whiteboard sharing is in progress. The package's d.ts and JSON description do not list this member; Zoom's bundled error-code page (skill/references/error-codes.md) does.",
        whenItOccurs =
            listOf(
                "starting a screen share during a whiteboard session",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_WHITEBOARD_CONFLICT",
        remediation =
            listOf(
                "Stop the whiteboard first, or offer screen sharing only while no whiteboard is running.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
                "@zoom/videosdk@2.5.0 dist/index.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app started the share in a conflicting state; the same call fails until the whiteboard stops. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Annotation is disabled for the account. */
    SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE(
        value = 6210,
        catalogName = "SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE",
        upstreamName = "SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE",
        summary = "Annotation is disabled for the account.",
        cause = "`stream.startAnnotation` was refused because annotation is not enabled in the Zoom account's settings.",
        whenItOccurs =
            listOf(
                "calling `stream.startAnnotation` on an account without annotation",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable annotation in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** There is no active share to annotate. */
    SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE(
        value = 6211,
        catalogName = "SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE",
        upstreamName = "SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE",
        summary = "There is no active share to annotate.",
        cause = "`stream.startAnnotation` was called while nobody is sharing.",
        whenItOccurs =
            listOf(
                "starting annotation before or after a share",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE",
        remediation =
            listOf(
                "Offer annotation only while a share is active.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The presenter has disabled annotation. */
    SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED(
        value = 6212,
        catalogName = "SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED",
        upstreamName = "SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED",
        summary = "The presenter has disabled annotation.",
        cause = "`stream.startAnnotation` was refused because the sharing user turned annotation off with `stream.changeAnnotationPrivilege`.",
        whenItOccurs =
            listOf(
                "annotating a share whose presenter disallows it",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED",
        remediation =
            listOf(
                "Hide annotation while the presenter disallows it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Annotation has already started. */
    SCREEN_SHARE_ANNOTATION_DUPLICATE_START(
        value = 6213,
        catalogName = "SCREEN_SHARE_ANNOTATION_DUPLICATE_START",
        upstreamName = "SCREEN_SHARE_ANNOTATION_DUPLICATE_START",
        summary = "Annotation has already started.",
        cause = "`stream.startAnnotation` was called while annotation is already on.",
        whenItOccurs =
            listOf(
                "starting annotation twice",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_DUPLICATE_START",
        remediation =
            listOf(
                "Track the annotation state and start it once.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Annotation failed to start. */
    SCREEN_SHARE_ANNOTATION_START_ERROR(
        value = 6214,
        catalogName = "SCREEN_SHARE_ANNOTATION_START_ERROR",
        upstreamName = "SCREEN_SHARE_ANNOTATION_START_ERROR",
        summary = "Annotation failed to start.",
        cause = "`stream.startAnnotation` failed for a reason the code does not specify.",
        whenItOccurs =
            listOf(
                "starting annotation when its resources fail to load or initialise",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_START_ERROR",
        remediation =
            listOf(
                "Retry starting annotation a bounded number of times; if it keeps failing, report it to Zoom with the logs.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The cause is unspecified and may be transient, so a few retries are the catalog's choice. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** An annotation controller parameter is invalid. */
    SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER(
        value = 6215,
        catalogName = "SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER",
        upstreamName = "SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER",
        summary = "An annotation controller parameter is invalid.",
        cause = "`getAnnotationController().clear` or `.setToolType` got an invalid argument.",
        whenItOccurs =
            listOf(
                "passing a value that is no `AnnotationClearType` or `AnnotationToolType` member",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER",
        remediation =
            listOf(
                "Pass members of `AnnotationClearType` and `AnnotationToolType`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The current configuration does not support annotation. */
    SCREEN_SHARE_ANNOTATION_NOT_SUPPORT(
        value = 6216,
        catalogName = "SCREEN_SHARE_ANNOTATION_NOT_SUPPORT",
        upstreamName = "SCREEN_SHARE_ANNOTATION_NOT_SUPPORT",
        summary = "The current configuration does not support annotation.",
        cause = "`stream.startAnnotation` was refused because the current setup (platform or share configuration) does not support annotation.",
        whenItOccurs =
            listOf(
                "annotating in a configuration without annotation support",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not supported on this browser or device.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_NOT_SUPPORT",
        remediation =
            listOf(
                "Offer annotation only where it is supported.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Annotation has not been started. */
    SCREEN_SHARE_ANNOTATION_NOT_START(
        value = 6217,
        catalogName = "SCREEN_SHARE_ANNOTATION_NOT_START",
        upstreamName = "SCREEN_SHARE_ANNOTATION_NOT_START",
        summary = "Annotation has not been started.",
        cause = "`stream.stopAnnotation` was called but annotation is not on.",
        whenItOccurs =
            listOf(
                "stopping annotation twice or before starting it",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SCREEN_SHARE_ANNOTATION_NOT_START",
        remediation =
            listOf(
                "Stop annotation only after it started.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** A share-camera request named an unknown user or an invalid value. */
    SHARE_CAMERA_MESSAGE_ERROR(
        value = 6219,
        catalogName = "SHARE_CAMERA_MESSAGE_ERROR",
        upstreamName = "SHARE_CAMERA_MESSAGE_ERROR",
        summary = "A share-camera request named an unknown user or an invalid value.",
        cause = "A share-camera call (`requestShareCamera` and the calls that answer such a request) was refused because the target user ID is not in the session, the share source is not a `MobileVideoFacingMode` value, or the reported status is invalid. Neither the package's d.ts nor its JSON description lists this member; its meaning is read from where the runtime (dist/index.js) raises it.",
        whenItOccurs =
            listOf(
                "asking a user who has left to share their camera",
                "passing an invalid share source or status",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SHARE_CAMERA_MESSAGE_ERROR",
        remediation =
            listOf(
                "Take the user ID from the current participant list, and pass only the documented source and status values.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/index.js",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same arguments fail again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Share processors are not supported on this platform. */
    SHARED_PROCESSOR_UNSUPPORTED(
        value = 6223,
        catalogName = "SHARED_PROCESSOR_UNSUPPORTED",
        upstreamName = "SHARED_PROCESSOR_UNSUPPORTED",
        summary = "Share processors are not supported on this platform.",
        cause = "`stream.createProcessor` cannot create a share processor in this browser.",
        whenItOccurs =
            listOf(
                "creating a share processor on an unsupported browser",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not supported on this browser or device.",
        userMessageKey = "zoom_video.exception_code.SHARED_PROCESSOR_UNSUPPORTED",
        remediation =
            listOf(
                "Check support before offering share processing features.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The share processor has already been created. */
    SHARED_PROCESSOR_DUPLICATE_CREATE(
        value = 6224,
        catalogName = "SHARED_PROCESSOR_DUPLICATE_CREATE",
        upstreamName = "SHARED_PROCESSOR_DUPLICATE_CREATE",
        summary = "The share processor has already been created.",
        cause = "`stream.createProcessor` was asked to create a share processor that already exists.",
        whenItOccurs =
            listOf(
                "creating the same share processor twice",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SHARED_PROCESSOR_DUPLICATE_CREATE",
        remediation =
            listOf(
                "Create each processor once and reuse it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The share processor was not found. */
    SHARED_PROCESSOR_MISMATCH_PROCESSOR(
        value = 6225,
        catalogName = "SHARED_PROCESSOR_MISMATCH_PROCESSOR",
        upstreamName = "SHARED_PROCESSOR_MISMATCH_PROCESSOR",
        summary = "The share processor was not found.",
        cause = "`stream.addProcessor` or `stream.removeProcessor` got a share processor the SDK does not know.",
        whenItOccurs =
            listOf(
                "adding or removing a processor that was never created or was already removed",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SHARED_PROCESSOR_MISMATCH_PROCESSOR",
        remediation =
            listOf(
                "Pass the processor object returned by `createProcessor`, and only while it exists.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Only one share processor can be added at a time. */
    SHARED_PROCESSOR_LIMIT_EXCEED(
        value = 6226,
        catalogName = "SHARED_PROCESSOR_LIMIT_EXCEED",
        upstreamName = "SHARED_PROCESSOR_LIMIT_EXCEED",
        summary = "Only one share processor can be added at a time.",
        cause = "`stream.addProcessor` was refused because a share processor is already added.",
        whenItOccurs =
            listOf(
                "adding a second share processor",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SHARED_PROCESSOR_LIMIT_EXCEED",
        remediation =
            listOf(
                "Remove the current share processor before adding another.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Remote control is disabled for the account. */
    REMOTE_CONTROL_ACCOUNT_DISABLE(
        value = 6300,
        catalogName = "REMOTE_CONTROL_ACCOUNT_DISABLE",
        upstreamName = "REMOTE_CONTROL_ACCOUNT_DISABLE",
        summary = "Remote control is disabled for the account.",
        cause = "`stream.requestRemoteControl` was refused because remote control is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
        whenItOccurs =
            listOf(
                "calling `stream.requestRemoteControl` on an account without remote control",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.REMOTE_CONTROL_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable remote control in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Remote control is not in the state the call needs. */
    REMOTE_CONTROL_MISMATCH_STATE(
        value = 6301,
        catalogName = "REMOTE_CONTROL_MISMATCH_STATE",
        upstreamName = "REMOTE_CONTROL_MISMATCH_STATE",
        summary = "Remote control is not in the state the call needs.",
        cause = "`stream.requestRemoteControl`, `grabRemoteControl` or `approveRemoteControl` was called in a remote-control state where it does not apply. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
        whenItOccurs =
            listOf(
                "requesting control twice",
                "approving a request that was withdrawn",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.REMOTE_CONTROL_MISMATCH_STATE",
        remediation =
            listOf(
                "Follow the remote-control events and call each method only in its state.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Permission to control the remote screen has not been granted. */
    REMOTE_CONTROL_PERMISSION_REQUIRED(
        value = 6302,
        catalogName = "REMOTE_CONTROL_PERMISSION_REQUIRED",
        upstreamName = "REMOTE_CONTROL_PERMISSION_REQUIRED",
        summary = "Permission to control the remote screen has not been granted.",
        cause = "`stream.startRemoteControl` was refused because the sharer has not granted control. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
        whenItOccurs =
            listOf(
                "starting control before approval",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.REMOTE_CONTROL_PERMISSION_REQUIRED",
        remediation =
            listOf(
                "Request control and wait for approval before starting.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Remote control needs the entire screen to be shared. */
    REMOTE_CONTROL_MISMATCH_DISPLAY_SURFACE(
        value = 6303,
        catalogName = "REMOTE_CONTROL_MISMATCH_DISPLAY_SURFACE",
        upstreamName = "REMOTE_CONTROL_MISMATCH_DISPLAY_SURFACE",
        summary = "Remote control needs the entire screen to be shared.",
        cause = "`stream.approveRemoteControl` was refused because the shared surface is a window or tab, not the entire screen. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
        whenItOccurs =
            listOf(
                "approving control of a window or tab share",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.REMOTE_CONTROL_MISMATCH_DISPLAY_SURFACE",
        remediation =
            listOf(
                "Share the entire screen before approving remote control.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The remote-control app's launch URL scheme is invalid. */
    REMOTE_CONTROL_INVALID_LAUNCH_SCHEME(
        value = 6304,
        catalogName = "REMOTE_CONTROL_INVALID_LAUNCH_SCHEME",
        upstreamName = "REMOTE_CONTROL_INVALID_LAUNCH_SCHEME",
        summary = "The remote-control app's launch URL scheme is invalid.",
        cause = "`stream.launchRemoteControlApp` got an invalid URL scheme. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
        whenItOccurs =
            listOf(
                "passing a malformed scheme",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.REMOTE_CONTROL_INVALID_LAUNCH_SCHEME",
        remediation =
            listOf(
                "Pass the launch scheme Zoom documents for the remote-control app.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The chat message is empty. */
    CHAT_EMPTY_MESSAGE(
        value = 7000,
        catalogName = "CHAT_EMPTY_MESSAGE",
        upstreamName = "CHAT_EMPTY_MESSAGE",
        summary = "The chat message is empty.",
        cause = "`chat.send` got an empty message.",
        whenItOccurs =
            listOf(
                "sending an empty or whitespace-only message",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CHAT_EMPTY_MESSAGE",
        remediation =
            listOf(
                "Disable sending until the message has text.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The chat recipient does not match a participant. */
    CHAT_MISMATCH_USER(
        value = 7001,
        catalogName = "CHAT_MISMATCH_USER",
        upstreamName = "CHAT_MISMATCH_USER",
        summary = "The chat recipient does not match a participant.",
        cause = "`chat.send` got a recipient user ID that is not in the session.",
        whenItOccurs =
            listOf(
                "sending to a user who has left",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CHAT_MISMATCH_USER",
        remediation =
            listOf(
                "Take recipients from the current participant list.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The chat privilege does not allow this message. */
    CHAT_INSUFFICIENT_PRIVILEGE(
        value = 7002,
        catalogName = "CHAT_INSUFFICIENT_PRIVILEGE",
        upstreamName = "CHAT_INSUFFICIENT_PRIVILEGE",
        summary = "The chat privilege does not allow this message.",
        cause = "`chat.send` was refused because the session's chat privilege does not allow it (for example private chat is off).",
        whenItOccurs =
            listOf(
                "sending a private message while only public chat is allowed",
                "chatting while chat is disabled",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Chat is limited in this call.",
        userMessageKey = "zoom_video.exception_code.CHAT_INSUFFICIENT_PRIVILEGE",
        remediation =
            listOf(
                "Offer only the recipients the current `ChatPrivilege` allows.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Only the host or a manager can set the chat privilege. */
    CHAT_INVALID_PRIVILEGE(
        value = 7003,
        catalogName = "CHAT_INVALID_PRIVILEGE",
        upstreamName = "CHAT_INVALID_PRIVILEGE",
        summary = "Only the host or a manager can set the chat privilege.",
        cause = "`chat.setPrivilege` was called by a user who is neither host nor manager.",
        whenItOccurs =
            listOf(
                "a participant changes chat settings",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.CHAT_INVALID_PRIVILEGE",
        remediation =
            listOf(
                "Offer chat settings only to the host and managers.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The call is not available inside a subsession. */
    CHAT_SUBSESSION_CONFLICT(
        value = 7004,
        catalogName = "CHAT_SUBSESSION_CONFLICT",
        upstreamName = "CHAT_SUBSESSION_CONFLICT",
        summary = "The call is not available inside a subsession.",
        cause = "`chat.setPrivilege` or `chat.sendFile` was refused because the user is in a subsession.",
        whenItOccurs =
            listOf(
                "changing chat privilege or sending a file from a subsession",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CHAT_SUBSESSION_CONFLICT",
        remediation =
            listOf(
                "Offer these actions only in the main session.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The chat file is empty. */
    CHAT_EMPTY_FILE(
        value = 7005,
        catalogName = "CHAT_EMPTY_FILE",
        upstreamName = "CHAT_EMPTY_FILE",
        summary = "The chat file is empty.",
        cause = "`chat.sendFile` got an empty file.",
        whenItOccurs =
            listOf(
                "sending a zero-byte file",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CHAT_EMPTY_FILE",
        remediation =
            listOf(
                "Check the file size before sending.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The file retry token is invalid. */
    CHAT_INVALID_RETRY_TOKEN(
        value = 7006,
        catalogName = "CHAT_INVALID_RETRY_TOKEN",
        upstreamName = "CHAT_INVALID_RETRY_TOKEN",
        summary = "The file retry token is invalid.",
        cause = "`chat.sendFile` got a retry token that does not identify a failed upload.",
        whenItOccurs =
            listOf(
                "retrying an upload with a stale or made-up token",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CHAT_INVALID_RETRY_TOKEN",
        remediation =
            listOf(
                "Use the retry token the failed upload reported, and only once.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The file type is not allowed. */
    CHAT_MISMATCH_FILE_TYPE(
        value = 7007,
        catalogName = "CHAT_MISMATCH_FILE_TYPE",
        upstreamName = "CHAT_MISMATCH_FILE_TYPE",
        summary = "The file type is not allowed.",
        cause = "`chat.sendFile` was refused because the file's type is not among the types the account allows.",
        whenItOccurs =
            listOf(
                "sending a file type the account's settings exclude",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "This type of file cannot be sent.",
        userMessageKey = "zoom_video.exception_code.CHAT_MISMATCH_FILE_TYPE",
        remediation =
            listOf(
                "Tell the user which file types are allowed.",
                "Operators can change the allowed types in the account's settings.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The user must choose another file (or an operator must widen the setting). The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The file is too large. */
    CHAT_EXCEED_FILE_SIZE(
        value = 7008,
        catalogName = "CHAT_EXCEED_FILE_SIZE",
        upstreamName = "CHAT_EXCEED_FILE_SIZE",
        summary = "The file is too large.",
        cause = "`chat.sendFile` was refused because the file exceeds the account's maximum size.",
        whenItOccurs =
            listOf(
                "sending a file over the size limit",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "This file is too large to send.",
        userMessageKey = "zoom_video.exception_code.CHAT_EXCEED_FILE_SIZE",
        remediation =
            listOf(
                "Tell the user the size limit and let them pick a smaller file.",
                "Operators can change the limit in the account's settings.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The user must choose a smaller file (or an operator must raise the limit). The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The message ID or file URL is invalid. */
    CHAT_INVALID_MSG_ID_OR_URL(
        value = 7009,
        catalogName = "CHAT_INVALID_MSG_ID_OR_URL",
        upstreamName = "CHAT_INVALID_MSG_ID_OR_URL",
        summary = "The message ID or file URL is invalid.",
        cause = "`chat.downloadFile` got a message ID or file URL that does not identify a file message.",
        whenItOccurs =
            listOf(
                "downloading from a wrong or stale message",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CHAT_INVALID_MSG_ID_OR_URL",
        remediation =
            listOf(
                "Pass the ID and URL from the received file message.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** File transfer in chat is disabled for the account. */
    CHAT_FILE_ACCOUNT_DISABLE(
        value = 7010,
        catalogName = "CHAT_FILE_ACCOUNT_DISABLE",
        upstreamName = "CHAT_FILE_ACCOUNT_DISABLE",
        summary = "File transfer in chat is disabled for the account.",
        cause = "`chat.sendFile` was refused because file transfer in chat is not enabled in the Zoom account's settings.",
        whenItOccurs =
            listOf(
                "calling `chat.sendFile` on an account without file transfer in chat",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.CHAT_FILE_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable file transfer in chat in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Deleting chat messages is disabled for the account. */
    CHAT_DELETE_ACCOUNT_DISABLE(
        value = 7011,
        catalogName = "CHAT_DELETE_ACCOUNT_DISABLE",
        upstreamName = "CHAT_DELETE_ACCOUNT_DISABLE",
        summary = "Deleting chat messages is disabled for the account.",
        cause = "`chat.deleteMessage` was refused because deleting chat messages is not enabled in the Zoom account's settings.",
        whenItOccurs =
            listOf(
                "calling `chat.deleteMessage` on an account without deleting chat messages",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.CHAT_DELETE_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable deleting chat messages in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The command message is empty. */
    CMD_EMPTY_MESSAGE(
        value = 7100,
        catalogName = "CMD_EMPTY_MESSAGE",
        upstreamName = "CMD_EMPTY_MESSAGE",
        summary = "The command message is empty.",
        cause = "`cmd.send` got an empty message.",
        whenItOccurs =
            listOf(
                "sending an empty command",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CMD_EMPTY_MESSAGE",
        remediation =
            listOf(
                "Send only non-empty command payloads.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The command recipient does not match a participant. */
    CMD_MISMATCH_USER(
        value = 7101,
        catalogName = "CMD_MISMATCH_USER",
        upstreamName = "CMD_MISMATCH_USER",
        summary = "The command recipient does not match a participant.",
        cause = "`cmd.send` got a recipient user ID that is not in the session.",
        whenItOccurs =
            listOf(
                "sending to a user who has left",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CMD_MISMATCH_USER",
        remediation =
            listOf(
                "Take recipients from the current participant list.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The command message is not a string. */
    CMD_INVALID_MESSAGE_TYPE(
        value = 7102,
        catalogName = "CMD_INVALID_MESSAGE_TYPE",
        upstreamName = "CMD_INVALID_MESSAGE_TYPE",
        summary = "The command message is not a string.",
        cause = "`cmd.send` got a message that is not a string.",
        whenItOccurs =
            listOf(
                "sending an object without serialising it",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CMD_INVALID_MESSAGE_TYPE",
        remediation =
            listOf(
                "Serialise the payload (for example with JSON.stringify) before sending.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The command message is too long. */
    CMD_EXCEED_MESSAGE_LENGTH(
        value = 7103,
        catalogName = "CMD_EXCEED_MESSAGE_LENGTH",
        upstreamName = "CMD_EXCEED_MESSAGE_LENGTH",
        summary = "The command message is too long.",
        cause = "`cmd.send` got a message longer than its limit of 512 bytes.",
        whenItOccurs =
            listOf(
                "sending a large payload over the command channel",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.CMD_EXCEED_MESSAGE_LENGTH",
        remediation =
            listOf(
                "Keep command messages within 512 bytes; send larger data another way.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The command channel is not ready. */
    CMD_CHANNEL_NOT_READY(
        value = 7104,
        catalogName = "CMD_CHANNEL_NOT_READY",
        upstreamName = "CMD_CHANNEL_NOT_READY",
        summary = "The command channel is not ready.",
        cause = "`cmd.send` was called before the command channel connected (or while it is reconnecting).",
        whenItOccurs =
            listOf(
                "sending right after join",
                "sending while the channel reconnects",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "zoom_video.exception_code.CMD_CHANNEL_NOT_READY",
        remediation =
            listOf(
                "Wait for `command-channel-status` to report `Connected`, then send again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The channel connects by itself shortly; the same message succeeds then. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Command messages are sent too often. */
    CMD_RATE_LIMIT(
        value = 7105,
        catalogName = "CMD_RATE_LIMIT",
        upstreamName = "CMD_RATE_LIMIT",
        summary = "Command messages are sent too often.",
        cause = "`cmd.send` was refused because it was called again sooner than the command channel's rate limit allows. Neither the package's d.ts nor its JSON description lists this member; its meaning is read from where the runtime (dist/index.js) raises it ('Exceed the rate limit for command channel message').",
        whenItOccurs =
            listOf(
                "sending command messages in a tight loop",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "This call is full right now. Please try again in a little while.",
        userMessageKey = "zoom_video.exception_code.CMD_RATE_LIMIT",
        remediation =
            listOf(
                "Throttle command messages and retry after a delay; batch small updates into one message.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/index.js",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A rate limit clears with time, so retrying after a delay succeeds. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Cloud recording is disabled for the account. */
    RECORDING_ACCOUNT_DISABLE(
        value = 7200,
        catalogName = "RECORDING_ACCOUNT_DISABLE",
        upstreamName = "RECORDING_ACCOUNT_DISABLE",
        summary = "Cloud recording is disabled for the account.",
        cause = "`recording.startCloudRecording` was refused because cloud recording is not enabled in the Zoom account's settings.",
        whenItOccurs =
            listOf(
                "calling `recording.startCloudRecording` on an account without cloud recording",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.RECORDING_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable cloud recording in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Pausing or stopping cloud recording is forbidden. */
    RECORDING_STOP_FORBIDDEN(
        value = 7201,
        catalogName = "RECORDING_STOP_FORBIDDEN",
        upstreamName = "RECORDING_STOP_FORBIDDEN",
        summary = "Pausing or stopping cloud recording is forbidden.",
        cause = "The account's settings forbid pausing or stopping cloud recording, so the recording call was refused.",
        whenItOccurs =
            listOf(
                "pausing or stopping a recording the account requires to continue",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.RECORDING_STOP_FORBIDDEN",
        remediation =
            listOf(
                "Hide pause and stop while the account forbids them.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The recording is not in the state the call needs. */
    RECORDING_MISMATCH_STATE(
        value = 7202,
        catalogName = "RECORDING_MISMATCH_STATE",
        upstreamName = "RECORDING_MISMATCH_STATE",
        summary = "The recording is not in the state the call needs.",
        cause = "A cloud recording call was made in a recording state where it does not apply (for example starting a recording that is already running).",
        whenItOccurs =
            listOf(
                "starting a recording twice",
                "resuming a recording that is not paused",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.RECORDING_MISMATCH_STATE",
        remediation =
            listOf(
                "Follow `recording-change` and call each method only in its state.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Individual (per-user) recording is disabled for the account. */
    RECORDING_ISO_DISABLE(
        value = 7203,
        catalogName = "RECORDING_ISO_DISABLE",
        upstreamName = "RECORDING_ISO_DISABLE",
        summary = "Individual (per-user) recording is disabled for the account.",
        cause = "`recording.acceptIndividualRecording` was refused because individual (per-user) recording is not enabled in the Zoom account's settings.",
        whenItOccurs =
            listOf(
                "calling `recording.acceptIndividualRecording` on an account without individual (per-user) recording",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.RECORDING_ISO_DISABLE",
        remediation =
            listOf(
                "Enable individual (per-user) recording in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Zoom IQ for recording is disabled for the account. */
    RECORDING_IQ_DISABLE(
        value = 7204,
        catalogName = "RECORDING_IQ_DISABLE",
        upstreamName = "RECORDING_IQ_DISABLE",
        summary = "Zoom IQ for recording is disabled for the account.",
        cause = "`recording.enableRecordingWithIQ` was refused because Zoom IQ for recording is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
        whenItOccurs =
            listOf(
                "calling `recording.enableRecordingWithIQ` on an account without Zoom IQ for recording",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.RECORDING_IQ_DISABLE",
        remediation =
            listOf(
                "Enable Zoom IQ for recording in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Only the host can enable recording with Zoom IQ. */
    RECORDING_IQ_PERMISSION_REQUIRED(
        value = 7205,
        catalogName = "RECORDING_IQ_PERMISSION_REQUIRED",
        upstreamName = "RECORDING_IQ_PERMISSION_REQUIRED",
        summary = "Only the host can enable recording with Zoom IQ.",
        cause = "`recording.enableRecordingWithIQ` was called by a user who is not the host. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
        whenItOccurs =
            listOf(
                "a participant enables Zoom IQ recording",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.RECORDING_IQ_PERMISSION_REQUIRED",
        remediation =
            listOf(
                "Offer it only to the host.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Recording with Zoom IQ is not in the state the call needs. */
    RECORDING_IQ_MISMATCH_STATE(
        value = 7206,
        catalogName = "RECORDING_IQ_MISMATCH_STATE",
        upstreamName = "RECORDING_IQ_MISMATCH_STATE",
        summary = "Recording with Zoom IQ is not in the state the call needs.",
        cause = "`recording.enableRecordingWithIQ` was called in a state where it does not apply. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
        whenItOccurs =
            listOf(
                "enabling it twice",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.RECORDING_IQ_MISMATCH_STATE",
        remediation =
            listOf(
                "Follow the recording state before calling.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Local recording is disabled for the account. */
    LOCAL_RECORDING_ACCOUNT_DISABLE(
        value = 7207,
        catalogName = "LOCAL_RECORDING_ACCOUNT_DISABLE",
        upstreamName = "LOCAL_RECORDING_ACCOUNT_DISABLE",
        summary = "Local recording is disabled for the account.",
        cause = "`recording.askLocalRecordingPermission` was refused because local recording is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "calling `recording.askLocalRecordingPermission` on an account without local recording",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.LOCAL_RECORDING_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable local recording in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The local recording permission value is invalid. */
    LOCAL_RECORDING_INVALID_VALUE(
        value = 7208,
        catalogName = "LOCAL_RECORDING_INVALID_VALUE",
        upstreamName = "LOCAL_RECORDING_INVALID_VALUE",
        summary = "The local recording permission value is invalid.",
        cause = "`recording.startLocalRecording` got an invalid permission value. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "passing an unknown value",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.LOCAL_RECORDING_INVALID_VALUE",
        remediation =
            listOf(
                "Pass a documented permission value.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Local recording is not in the state the call needs. */
    LOCAL_RECORDING_MISMATCH_STATE(
        value = 7209,
        catalogName = "LOCAL_RECORDING_MISMATCH_STATE",
        upstreamName = "LOCAL_RECORDING_MISMATCH_STATE",
        summary = "Local recording is not in the state the call needs.",
        cause = "`recording.startLocalRecording` or `grantLocalRecordingPermission` was called in a state where it does not apply. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "starting local recording twice",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.LOCAL_RECORDING_MISMATCH_STATE",
        remediation =
            listOf(
                "Follow the local recording state before calling.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Live transcription is disabled for the account. */
    TRANSCRIPTION_ACCOUNT_DISABLE(
        value = 7300,
        catalogName = "TRANSCRIPTION_ACCOUNT_DISABLE",
        upstreamName = "TRANSCRIPTION_ACCOUNT_DISABLE",
        summary = "Live transcription is disabled for the account.",
        cause = "`liveTranscription.startLiveTranscription` was refused because live transcription is not enabled in the Zoom account's settings.",
        whenItOccurs =
            listOf(
                "calling `liveTranscription.startLiveTranscription` on an account without live transcription",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.TRANSCRIPTION_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable live transcription in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The host has disabled live transcription. */
    TRANSCRIPTION_FEATURE_DISABLE(
        value = 7301,
        catalogName = "TRANSCRIPTION_FEATURE_DISABLE",
        upstreamName = "TRANSCRIPTION_FEATURE_DISABLE",
        summary = "The host has disabled live transcription.",
        cause = "`liveTranscription.startLiveTranscription` was refused because the session host turned the feature off.",
        whenItOccurs =
            listOf(
                "starting transcription after the host disabled it",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "The host has turned off live transcription.",
        userMessageKey = "zoom_video.exception_code.TRANSCRIPTION_FEATURE_DISABLE",
        remediation =
            listOf(
                "Hide the transcription control while the host disallows it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The speaking language is not supported. */
    TRANSCRIPTION_LANGUAGE_UNSUPPORTED(
        value = 7302,
        catalogName = "TRANSCRIPTION_LANGUAGE_UNSUPPORTED",
        upstreamName = "TRANSCRIPTION_LANGUAGE_UNSUPPORTED",
        summary = "The speaking language is not supported.",
        cause = "`liveTranscription.setSpeakingLanguage` got a language transcription does not support.",
        whenItOccurs =
            listOf(
                "choosing an unsupported language",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.TRANSCRIPTION_LANGUAGE_UNSUPPORTED",
        remediation =
            listOf(
                "Offer only the languages the transcription client reports as supported.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Transcription is not in the state the call needs. */
    TRANSCRIPTION_MISMATCH_STATE(
        value = 7303,
        catalogName = "TRANSCRIPTION_MISMATCH_STATE",
        upstreamName = "TRANSCRIPTION_MISMATCH_STATE",
        summary = "Transcription is not in the state the call needs.",
        cause = "`liveTranscription.setSpeakingLanguage` or `setTranslationLanguage` was called while transcription is not available or not started.",
        whenItOccurs =
            listOf(
                "setting a language before transcription started",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.TRANSCRIPTION_MISMATCH_STATE",
        remediation =
            listOf(
                "Start transcription first, then set languages.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Translated captions is disabled for the account. */
    TRANSLATION_ACCOUNT_DISABLE(
        value = 7304,
        catalogName = "TRANSLATION_ACCOUNT_DISABLE",
        upstreamName = "TRANSLATION_ACCOUNT_DISABLE",
        summary = "Translated captions is disabled for the account.",
        cause = "`liveTranscription.setTranslationLanguage` was refused because translated captions is not enabled in the Zoom account's settings.",
        whenItOccurs =
            listOf(
                "calling `liveTranscription.setTranslationLanguage` on an account without translated captions",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.TRANSLATION_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable translated captions in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The translation language is not supported. */
    TRANSLATION_LANGUAGE_UNSUPPORTED(
        value = 7305,
        catalogName = "TRANSLATION_LANGUAGE_UNSUPPORTED",
        upstreamName = "TRANSLATION_LANGUAGE_UNSUPPORTED",
        summary = "The translation language is not supported.",
        cause = "`liveTranscription.setTranslationLanguage` got a language translation does not support.",
        whenItOccurs =
            listOf(
                "choosing an unsupported translation language",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.TRANSLATION_LANGUAGE_UNSUPPORTED",
        remediation =
            listOf(
                "Offer only the translation languages the client reports as supported.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Manual captions is disabled for the account. */
    MANUAL_CAPTION_ACCOUNT_DISABLE(
        value = 7306,
        catalogName = "MANUAL_CAPTION_ACCOUNT_DISABLE",
        upstreamName = "MANUAL_CAPTION_ACCOUNT_DISABLE",
        summary = "Manual captions is disabled for the account.",
        cause = "`liveTranscription.enableManualCaptioner` was refused because manual captions is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "calling `liveTranscription.enableManualCaptioner` on an account without manual captions",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.MANUAL_CAPTION_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable manual captions in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The host has disabled manual captions. */
    MANUAL_CAPTION_FEATURE_DISABLE(
        value = 7307,
        catalogName = "MANUAL_CAPTION_FEATURE_DISABLE",
        upstreamName = "MANUAL_CAPTION_FEATURE_DISABLE",
        summary = "The host has disabled manual captions.",
        cause = "`liveTranscription.enableManualCaptioner` was refused because the host turned manual captions off. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "enabling a captioner while the host disallows it",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.MANUAL_CAPTION_FEATURE_DISABLE",
        remediation =
            listOf(
                "Hide the control while the host disallows it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The captioner user does not match a participant. */
    MANUAL_CAPTION_MISMATCH_USER(
        value = 7308,
        catalogName = "MANUAL_CAPTION_MISMATCH_USER",
        upstreamName = "MANUAL_CAPTION_MISMATCH_USER",
        summary = "The captioner user does not match a participant.",
        cause = "`liveTranscription.assignManualCaption` got a user ID that is not in the session. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "assigning a user who has left",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.MANUAL_CAPTION_MISMATCH_USER",
        remediation =
            listOf(
                "Take the user ID from the current participant list.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The user may not send manual captions. */
    MANUAL_CAPTION_INSUFFICIENT_PRIVILEGE(
        value = 7309,
        catalogName = "MANUAL_CAPTION_INSUFFICIENT_PRIVILEGE",
        upstreamName = "MANUAL_CAPTION_INSUFFICIENT_PRIVILEGE",
        summary = "The user may not send manual captions.",
        cause = "`liveTranscription.sendCaptionTextManually` was called by a user who is not an assigned captioner. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "sending captions without the captioner role",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.MANUAL_CAPTION_INSUFFICIENT_PRIVILEGE",
        remediation =
            listOf(
                "Send captions only from the assigned captioner.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The host has locked the transcription language. */
    TRANSCRIPTION_LANGUAGE_LOCKED(
        value = 7310,
        catalogName = "TRANSCRIPTION_LANGUAGE_LOCKED",
        upstreamName = "TRANSCRIPTION_LANGUAGE_LOCKED",
        summary = "The host has locked the transcription language.",
        cause = "`liveTranscription.lockTranscriptionLanguage` was called while the host already locked the transcription language.",
        whenItOccurs =
            listOf(
                "changing or locking the language after the host locked it",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.TRANSCRIPTION_LANGUAGE_LOCKED",
        remediation =
            listOf(
                "Follow the lock state and let the host change the language.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Live streaming is disabled for the account. */
    LIVE_STREAM_ACCOUNT_DISABLE(
        value = 7400,
        catalogName = "LIVE_STREAM_ACCOUNT_DISABLE",
        upstreamName = "LIVE_STREAM_ACCOUNT_DISABLE",
        summary = "Live streaming is disabled for the account.",
        cause = "`liveStream.startLiveStream` was refused because live streaming is not enabled in the Zoom account's settings.",
        whenItOccurs =
            listOf(
                "calling `liveStream.startLiveStream` on an account without live streaming",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.LIVE_STREAM_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable live streaming in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** A live stream parameter is invalid. */
    LIVE_STREAM_INVALID_PARAMETER(
        value = 7401,
        catalogName = "LIVE_STREAM_INVALID_PARAMETER",
        upstreamName = "LIVE_STREAM_INVALID_PARAMETER",
        summary = "A live stream parameter is invalid.",
        cause = "`liveStream.startLiveStream` got an invalid stream URL, key or page URL.",
        whenItOccurs =
            listOf(
                "a malformed RTMP URL",
                "a missing stream key",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.LIVE_STREAM_INVALID_PARAMETER",
        remediation =
            listOf(
                "Validate the stream URL, stream key and broadcast page URL before starting.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** A live stream is already in progress. */
    LIVE_STREAM_MISMATCH_STATE(
        value = 7402,
        catalogName = "LIVE_STREAM_MISMATCH_STATE",
        upstreamName = "LIVE_STREAM_MISMATCH_STATE",
        summary = "A live stream is already in progress.",
        cause = "`liveStream.startLiveStream` was refused because a live stream is running.",
        whenItOccurs =
            listOf(
                "starting a second live stream",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.LIVE_STREAM_MISMATCH_STATE",
        remediation =
            listOf(
                "Follow `live-stream-status` and start a stream only when none is running.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The incoming live stream ID is empty or not the bound one. */
    INCOMING_LIVE_STREAM_INVALID_PARAMETER(
        value = 7450,
        catalogName = "INCOMING_LIVE_STREAM_INVALID_PARAMETER",
        upstreamName = "INCOMING_LIVE_STREAM_INVALID_PARAMETER",
        summary = "The incoming live stream ID is empty or not the bound one.",
        cause = "An incoming live stream method got a `streamId` that is empty or does not match the stream currently bound.",
        whenItOccurs =
            listOf(
                "using a stale stream ID",
                "calling without a stream ID",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.INCOMING_LIVE_STREAM_INVALID_PARAMETER",
        remediation =
            listOf(
                "Pass the `streamId` of the stream bound with `bindIncomingLiveStream`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The incoming live stream is not in the state the call needs. */
    INCOMING_LIVE_STREAM_MISMATCH_STATE(
        value = 7451,
        catalogName = "INCOMING_LIVE_STREAM_MISMATCH_STATE",
        upstreamName = "INCOMING_LIVE_STREAM_MISMATCH_STATE",
        summary = "The incoming live stream is not in the state the call needs.",
        cause = "An incoming live stream method was called in the wrong state: binding from a breakout room, binding while the current stream is RTMP-connected, or starting or stopping while `isRTMPConnected` is false.",
        whenItOccurs =
            listOf(
                "binding a stream inside a breakout room",
                "starting before the RTMP source connected",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.INCOMING_LIVE_STREAM_MISMATCH_STATE",
        remediation =
            listOf(
                "Follow the incoming live stream status event (`isRTMPConnected`) and call each method only in its state.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Subsessions is disabled for the account. */
    SUBSESSION_ACCOUNT_DISABLE(
        value = 7500,
        catalogName = "SUBSESSION_ACCOUNT_DISABLE",
        upstreamName = "SUBSESSION_ACCOUNT_DISABLE",
        summary = "Subsessions is disabled for the account.",
        cause = "`subsession.createSubsessions` was refused because subsessions is not enabled in the Zoom account's settings.",
        whenItOccurs =
            listOf(
                "calling `subsession.createSubsessions` on an account without subsessions",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.SUBSESSION_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable subsessions in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Too many subsessions were requested. */
    SUBSESSION_EXCEED_CAPACITY(
        value = 7501,
        catalogName = "SUBSESSION_EXCEED_CAPACITY",
        upstreamName = "SUBSESSION_EXCEED_CAPACITY",
        summary = "Too many subsessions were requested.",
        cause = "`subsession.createSubsessions` was asked for more subsessions than the limit (Zoom's docs say 100), or for none.",
        whenItOccurs =
            listOf(
                "creating more than the maximum number of subsessions",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SUBSESSION_EXCEED_CAPACITY",
        remediation =
            listOf(
                "Create at most the documented maximum number of subsessions.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The subsession ID is wrong. */
    SUBSESSION_MISMATCH_ID(
        value = 7502,
        catalogName = "SUBSESSION_MISMATCH_ID",
        upstreamName = "SUBSESSION_MISMATCH_ID",
        summary = "The subsession ID is wrong.",
        cause = "A subsession call (open, join, assign, move) got a subsession ID that does not exist.",
        whenItOccurs =
            listOf(
                "using a stale subsession ID",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SUBSESSION_MISMATCH_ID",
        remediation =
            listOf(
                "Take subsession IDs from `subsession.getSubsessionList()`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The subsession user ID is wrong. */
    SUBSESSION_MISMATCH_USER(
        value = 7503,
        catalogName = "SUBSESSION_MISMATCH_USER",
        upstreamName = "SUBSESSION_MISMATCH_USER",
        summary = "The subsession user ID is wrong.",
        cause = "A subsession call (open, move back, assign, move) got a user ID that is not in the session.",
        whenItOccurs =
            listOf(
                "assigning a user who has left",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SUBSESSION_MISMATCH_USER",
        remediation =
            listOf(
                "Take user IDs from the current participant list.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The subsessions are not in the state the call needs. */
    SUBSESSION_MISMATCH_STATE(
        value = 7504,
        catalogName = "SUBSESSION_MISMATCH_STATE",
        upstreamName = "SUBSESSION_MISMATCH_STATE",
        summary = "The subsessions are not in the state the call needs.",
        cause = "A subsession call was made in a subsession status where it does not apply (for example opening subsessions that are already open).",
        whenItOccurs =
            listOf(
                "opening subsessions twice",
                "joining before subsessions are open",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SUBSESSION_MISMATCH_STATE",
        remediation =
            listOf(
                "Follow `subsession-state-change` and call each method only in its state.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The host does not allow leaving the subsession. */
    SUBSESSION_EXIT_RESTRICTED(
        value = 7505,
        catalogName = "SUBSESSION_EXIT_RESTRICTED",
        upstreamName = "SUBSESSION_EXIT_RESTRICTED",
        summary = "The host does not allow leaving the subsession.",
        cause = "`subsession.leaveSubsession` was refused because the host restricts users from leaving their subsession.",
        whenItOccurs =
            listOf(
                "a participant leaves a subsession the host locked them into",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "The host does not allow leaving this room right now.",
        userMessageKey = "zoom_video.exception_code.SUBSESSION_EXIT_RESTRICTED",
        remediation =
            listOf(
                "Hide the leave control while leaving is restricted.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Broadcasting messages to subsessions is disabled for the account. */
    SUBSESSION_BROADCAST_DISABLE(
        value = 7506,
        catalogName = "SUBSESSION_BROADCAST_DISABLE",
        upstreamName = "SUBSESSION_BROADCAST_DISABLE",
        summary = "Broadcasting messages to subsessions is disabled for the account.",
        cause = "`subsession.broadcast` was refused because broadcasting messages to subsessions is not enabled in the Zoom account's settings.",
        whenItOccurs =
            listOf(
                "calling `subsession.broadcast` on an account without broadcasting messages to subsessions",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.SUBSESSION_BROADCAST_DISABLE",
        remediation =
            listOf(
                "Enable broadcasting messages to subsessions in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The broadcast message is empty or invalid. */
    SUBSESSION_BROADCAST_INVALID_CONTENT(
        value = 7507,
        catalogName = "SUBSESSION_BROADCAST_INVALID_CONTENT",
        upstreamName = "SUBSESSION_BROADCAST_INVALID_CONTENT",
        summary = "The broadcast message is empty or invalid.",
        cause = "`subsession.broadcast` got an empty message or one that is not a valid string.",
        whenItOccurs =
            listOf(
                "broadcasting an empty message",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SUBSESSION_BROADCAST_INVALID_CONTENT",
        remediation =
            listOf(
                "Broadcast only non-empty strings.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Broadcasting voice to subsessions is disabled for the account. */
    SUBSESSION_BROADCAST_VOICE_DISABLE(
        value = 7508,
        catalogName = "SUBSESSION_BROADCAST_VOICE_DISABLE",
        upstreamName = "SUBSESSION_BROADCAST_VOICE_DISABLE",
        summary = "Broadcasting voice to subsessions is disabled for the account.",
        cause = "`subsession.startBroadcastVoice` was refused because broadcasting voice to subsessions is not enabled in the Zoom account's settings.",
        whenItOccurs =
            listOf(
                "calling `subsession.startBroadcastVoice` on an account without broadcasting voice to subsessions",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.SUBSESSION_BROADCAST_VOICE_DISABLE",
        remediation =
            listOf(
                "Enable broadcasting voice to subsessions in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Voice cannot be broadcast from inside a subsession. */
    SUBSESSION_BROADCAST_VOICE_RESTRICTED(
        value = 7509,
        catalogName = "SUBSESSION_BROADCAST_VOICE_RESTRICTED",
        upstreamName = "SUBSESSION_BROADCAST_VOICE_RESTRICTED",
        summary = "Voice cannot be broadcast from inside a subsession.",
        cause = "`subsession.startBroadcastVoice` was called by the host from within a subsession.",
        whenItOccurs =
            listOf(
                "broadcasting voice from a subsession",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SUBSESSION_BROADCAST_VOICE_RESTRICTED",
        remediation =
            listOf(
                "Broadcast voice only from the main session.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Voice broadcast needs an active audio connection. */
    SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE(
        value = 7510,
        catalogName = "SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE",
        upstreamName = "SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE",
        summary = "Voice broadcast needs an active audio connection.",
        cause = "`subsession.startBroadcastVoice` or `stopBroadcastVoice` was called while the host has no audio connected (or in a broadcast state where it does not apply).",
        whenItOccurs =
            listOf(
                "broadcasting voice before starting audio",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE",
        remediation =
            listOf(
                "Start audio before broadcasting voice; follow the broadcast state.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Emoji reactions is disabled for the account. */
    REACTION_ACCOUNT_DISABLE(
        value = 7600,
        catalogName = "REACTION_ACCOUNT_DISABLE",
        upstreamName = "REACTION_ACCOUNT_DISABLE",
        summary = "Emoji reactions is disabled for the account.",
        cause = "`reaction.sendEmojiReactionRequest` was refused because emoji reactions is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "calling `reaction.sendEmojiReactionRequest` on an account without emoji reactions",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.REACTION_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable emoji reactions in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The reaction parameter is invalid. */
    REACTION_INVALID_PARAMETER(
        value = 7601,
        catalogName = "REACTION_INVALID_PARAMETER",
        upstreamName = "REACTION_INVALID_PARAMETER",
        summary = "The reaction parameter is invalid.",
        cause = "`reaction.sendEmojiReactionRequest` got an invalid argument. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "sending an unknown emoji",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.REACTION_INVALID_PARAMETER",
        remediation =
            listOf(
                "Pass a documented reaction value.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Meeting summary and query is disabled for the account. */
    SUMMARY_ACCOUNT_DISABLE(
        value = 7700,
        catalogName = "SUMMARY_ACCOUNT_DISABLE",
        upstreamName = "SUMMARY_ACCOUNT_DISABLE",
        summary = "Meeting summary and query is disabled for the account.",
        cause = "`summary.startSummary` was refused because meeting summary and query is not enabled in the Zoom account's settings. Zoom's d.ts marks it `@ignore` and 'ZCC only' (Zoom Contact Center builds).",
        whenItOccurs =
            listOf(
                "calling `summary.startSummary` on an account without meeting summary and query",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.SUMMARY_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable meeting summary and query in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** A Q&amp;A parameter is invalid. */
    QA_INVALID_PARAMETER(
        value = 7800,
        catalogName = "QA_INVALID_PARAMETER",
        upstreamName = "QA_INVALID_PARAMETER",
        summary = "A Q&A parameter is invalid.",
        cause = "`qa.askQuestion` or `qa.answerQuestion` got an invalid argument. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "asking an empty question",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.QA_INVALID_PARAMETER",
        remediation =
            listOf(
                "Validate the question or answer before sending.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The host has disabled this Q&amp;A action. */
    QA_INSUFFICIENT_PRIVILEGE(
        value = 7801,
        catalogName = "QA_INSUFFICIENT_PRIVILEGE",
        upstreamName = "QA_INSUFFICIENT_PRIVILEGE",
        summary = "The host has disabled this Q&A action.",
        cause = "`qa.commentQuestion` or `qa.upvoteQuestion` was refused because the host disabled it. Zoom's d.ts marks it `@ignore` and 'MSDK only': the Meeting SDK raises it, the Video SDK for web is not documented to.",
        whenItOccurs =
            listOf(
                "commenting or upvoting while disallowed",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.QA_INSUFFICIENT_PRIVILEGE",
        remediation =
            listOf(
                "Hide the action while the host disallows it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Broadcast streaming is disabled for the account. */
    BROADCAST_STREAMING_ACCOUNT_DISABLE(
        value = 7900,
        catalogName = "BROADCAST_STREAMING_ACCOUNT_DISABLE",
        upstreamName = "BROADCAST_STREAMING_ACCOUNT_DISABLE",
        summary = "Broadcast streaming is disabled for the account.",
        cause = "`broadcastStreamingClient.startBroadcast` was refused because broadcast streaming is not enabled in the Zoom account's settings.",
        whenItOccurs =
            listOf(
                "calling `broadcastStreamingClient.startBroadcast` on an account without broadcast streaming",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.BROADCAST_STREAMING_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable broadcast streaming in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Broadcast streaming is not in the state the call needs. */
    BROADCAST_STREAMING_MISMATCH_STATE(
        value = 7901,
        catalogName = "BROADCAST_STREAMING_MISMATCH_STATE",
        upstreamName = "BROADCAST_STREAMING_MISMATCH_STATE",
        summary = "Broadcast streaming is not in the state the call needs.",
        cause = "`broadcastStreamingClient.startBroadcast` was called in a broadcast status where it does not apply.",
        whenItOccurs =
            listOf(
                "starting a broadcast that is already running",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.BROADCAST_STREAMING_MISMATCH_STATE",
        remediation =
            listOf(
                "Follow the broadcast status and start only when none is running.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** A broadcast channel ID is required. */
    BROADCAST_STREAMING_INVALID_CHANNEL_ID(
        value = 7902,
        catalogName = "BROADCAST_STREAMING_INVALID_CHANNEL_ID",
        upstreamName = "BROADCAST_STREAMING_INVALID_CHANNEL_ID",
        summary = "A broadcast channel ID is required.",
        cause = "`broadcastStreamingClient.stopBroadcast` needs a channel ID in this case and did not get a valid one.",
        whenItOccurs =
            listOf(
                "stopping a broadcast without its channel ID",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.BROADCAST_STREAMING_INVALID_CHANNEL_ID",
        remediation =
            listOf(
                "Pass the channel ID of the broadcast to stop.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The whiteboard is disabled for the account. */
    WHITEBOARD_ACCOUNT_DISABLE(
        value = 8000,
        catalogName = "WHITEBOARD_ACCOUNT_DISABLE",
        upstreamName = "WHITEBOARD_ACCOUNT_DISABLE",
        summary = "The whiteboard is disabled for the account.",
        cause = "`whiteboard.startWhiteboardScreen` was refused because the whiteboard is not enabled in the Zoom account's settings.",
        whenItOccurs =
            listOf(
                "calling `whiteboard.startWhiteboardScreen` on an account without the whiteboard",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.WHITEBOARD_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable the whiteboard in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The whiteboard is not supported on this platform. */
    WHITEBOARD_UNSUPPORTED(
        value = 8001,
        catalogName = "WHITEBOARD_UNSUPPORTED",
        upstreamName = "WHITEBOARD_UNSUPPORTED",
        summary = "The whiteboard is not supported on this platform.",
        cause = "`whiteboard.startWhiteboardScreen` was refused because the platform does not support the whiteboard (Zoom names mobile browsers).",
        whenItOccurs =
            listOf(
                "starting a whiteboard from a mobile browser",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not supported on this browser or device.",
        userMessageKey = "zoom_video.exception_code.WHITEBOARD_UNSUPPORTED",
        remediation =
            listOf(
                "Offer the whiteboard only on desktop browsers.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same browser or device lacks the capability on every retry. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** A whiteboard cannot start while a screen share is in progress. */
    WHITEBOARD_SCREEN_SHARE_CONFLICT(
        value = 8002,
        catalogName = "WHITEBOARD_SCREEN_SHARE_CONFLICT",
        upstreamName = "WHITEBOARD_SCREEN_SHARE_CONFLICT",
        summary = "A whiteboard cannot start while a screen share is in progress.",
        cause = "`whiteboard.startWhiteboardScreen` was refused because screen sharing is in progress.",
        whenItOccurs =
            listOf(
                "starting a whiteboard during a screen share",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.WHITEBOARD_SCREEN_SHARE_CONFLICT",
        remediation =
            listOf(
                "Stop the screen share first.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The whiteboard is not in the state the call needs. */
    WHITEBOARD_MISMATCH_STATE(
        value = 8003,
        catalogName = "WHITEBOARD_MISMATCH_STATE",
        upstreamName = "WHITEBOARD_MISMATCH_STATE",
        summary = "The whiteboard is not in the state the call needs.",
        cause = "`whiteboard.startWhiteboardScreen` or `exportWhiteboard` was called in a whiteboard state where it does not apply.",
        whenItOccurs =
            listOf(
                "starting a whiteboard twice",
                "exporting with no whiteboard open",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.WHITEBOARD_MISMATCH_STATE",
        remediation =
            listOf(
                "Follow the whiteboard status and call each method only in its state.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Only the host or a manager may do this with the whiteboard. */
    WHITEBOARD_HOST_PRIVILEGE_REQUIRED(
        value = 8004,
        catalogName = "WHITEBOARD_HOST_PRIVILEGE_REQUIRED",
        upstreamName = "WHITEBOARD_HOST_PRIVILEGE_REQUIRED",
        summary = "Only the host or a manager may do this with the whiteboard.",
        cause = "A whiteboard call (start, stop, set permission) was made by a user without host or manager rights.",
        whenItOccurs =
            listOf(
                "a participant starts or stops the whiteboard",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.WHITEBOARD_HOST_PRIVILEGE_REQUIRED",
        remediation =
            listOf(
                "Offer these controls only to the host and managers.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** A whiteboard parameter is invalid. */
    WHITEBOARD_INVALID_PARAMETER(
        value = 8005,
        catalogName = "WHITEBOARD_INVALID_PARAMETER",
        upstreamName = "WHITEBOARD_INVALID_PARAMETER",
        summary = "A whiteboard parameter is invalid.",
        cause = "A whiteboard call got an invalid document, template or presenter ID.",
        whenItOccurs =
            listOf(
                "passing a stale document ID",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.WHITEBOARD_INVALID_PARAMETER",
        remediation =
            listOf(
                "Pass IDs the whiteboard client reported.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Exporting the whiteboard is disabled for this session. */
    WHITEBOARD_EXPORT_DISABLE(
        value = 8006,
        catalogName = "WHITEBOARD_EXPORT_DISABLE",
        upstreamName = "WHITEBOARD_EXPORT_DISABLE",
        summary = "Exporting the whiteboard is disabled for this session.",
        cause = "`whiteboard.exportWhiteboard` was refused because export is disabled in the current session.",
        whenItOccurs =
            listOf(
                "exporting while export is off",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.exception_code.WHITEBOARD_EXPORT_DISABLE",
        remediation =
            listOf(
                "Hide the export control while export is disabled.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The caller's role or the host's setting decides; retrying unchanged fails again. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Real-time media streams is disabled for the account. */
    REAL_TIME_MEDIA_STREAMS_NOT_ENABLED(
        value = 8100,
        catalogName = "REAL_TIME_MEDIA_STREAMS_NOT_ENABLED",
        upstreamName = "REAL_TIME_MEDIA_STREAMS_NOT_ENABLED",
        summary = "Real-time media streams is disabled for the account.",
        cause = "`realTimeMediaStreamsClient.startRealTimeMediaStreams` was refused because real-time media streams is not enabled in the Zoom account's settings.",
        whenItOccurs =
            listOf(
                "calling `realTimeMediaStreamsClient.startRealTimeMediaStreams` on an account without real-time media streams",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.REAL_TIME_MEDIA_STREAMS_NOT_ENABLED",
        remediation =
            listOf(
                "Enable real-time media streams in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Real-time media streams are not in the state the call needs. */
    REAL_TIME_MEDIA_STREAMS_INVALID_STATE(
        value = 8101,
        catalogName = "REAL_TIME_MEDIA_STREAMS_INVALID_STATE",
        upstreamName = "REAL_TIME_MEDIA_STREAMS_INVALID_STATE",
        summary = "Real-time media streams are not in the state the call needs.",
        cause = "`startRealTimeMediaStreams` or `stopRealTimeMediaStreams` was called in a state where it does not apply.",
        whenItOccurs =
            listOf(
                "starting twice",
                "stopping when not started",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.REAL_TIME_MEDIA_STREAMS_INVALID_STATE",
        remediation =
            listOf(
                "Follow the real-time media streams status before calling.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** Real-time media streams are not available in breakout rooms. */
    REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM(
        value = 8102,
        catalogName = "REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM",
        upstreamName = "REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM",
        summary = "Real-time media streams are not available in breakout rooms.",
        cause = "`startRealTimeMediaStreams` was called from a breakout room.",
        whenItOccurs =
            listOf(
                "starting from a subsession",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM",
        remediation =
            listOf(
                "Start real-time media streams from the main session.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/error-codes.md",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The voice translator is disabled for the account. */
    VOICE_TRANSLATOR_ACCOUNT_DISABLE(
        value = 8200,
        catalogName = "VOICE_TRANSLATOR_ACCOUNT_DISABLE",
        upstreamName = "VOICE_TRANSLATOR_ACCOUNT_DISABLE",
        summary = "The voice translator is disabled for the account.",
        cause = "`voiceTranslatorClient.startVoiceTranslator` was refused because the voice translator is not enabled in the Zoom account's settings.",
        whenItOccurs =
            listOf(
                "calling `voiceTranslatorClient.startVoiceTranslator` on an account without the voice translator",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This feature is not available in this call.",
        userMessageKey = "zoom_video.exception_code.VOICE_TRANSLATOR_ACCOUNT_DISABLE",
        remediation =
            listOf(
                "Enable the voice translator in the Video SDK account's settings (Zoom web portal), if the plan offers it.",
                "Hide the feature in the app while the account does not have it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "An account setting does not change between retries; an operator must enable it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** No voice translator language list is available. */
    VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST(
        value = 8201,
        catalogName = "VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST",
        upstreamName = "VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST",
        summary = "No voice translator language list is available.",
        cause = "`voiceTranslatorClient.setSpeakingLanguage` was refused because the list of translator languages is not available (yet).",
        whenItOccurs =
            listOf(
                "setting a language before the translator has its language list",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST",
        remediation =
            listOf(
                "Wait until the translator has started and reports its languages, then set the language again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The list arrives from the service after start, so a later attempt can succeed. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The voice translator must be started first. */
    VOICE_TRANSLATOR_MISMATCH_STATE(
        value = 8202,
        catalogName = "VOICE_TRANSLATOR_MISMATCH_STATE",
        upstreamName = "VOICE_TRANSLATOR_MISMATCH_STATE",
        summary = "The voice translator must be started first.",
        cause = "A voice translator setting (listening language, original audio balance, voice style) was changed before the translator started.",
        whenItOccurs =
            listOf(
                "changing translator settings before `startVoiceTranslator` resolves",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VOICE_TRANSLATOR_MISMATCH_STATE",
        remediation =
            listOf(
                "Start the voice translator first.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The app called at the wrong moment; the same call in the same state fails again, so the app must follow the state first. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The translator language is not supported. */
    VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED(
        value = 8203,
        catalogName = "VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED",
        upstreamName = "VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED",
        summary = "The translator language is not supported.",
        cause = "`setSpeakingLanguage` or `setListeningLanguage` got a language the voice translator does not support.",
        whenItOccurs =
            listOf(
                "choosing an unsupported language",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED",
        remediation =
            listOf(
                "Offer only the languages the translator reports.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The original audio balance is out of range. */
    VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE(
        value = 8204,
        catalogName = "VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE",
        upstreamName = "VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE",
        summary = "The original audio balance is out of range.",
        cause = "`setOriginalAudioBalance` got a value outside 0 to 1.",
        whenItOccurs =
            listOf(
                "passing a percentage instead of a fraction",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE",
        remediation =
            listOf(
                "Pass a number from 0 to 1.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),

    /** The voice timbre ID is invalid. */
    VOICE_TRANSLATOR_INCORRECT_TIMBRE(
        value = 8205,
        catalogName = "VOICE_TRANSLATOR_INCORRECT_TIMBRE",
        upstreamName = "VOICE_TRANSLATOR_INCORRECT_TIMBRE",
        summary = "The voice timbre ID is invalid.",
        cause = "`setTranslatedVoiceStyle` got a timbre ID that is invalid or unknown.",
        whenItOccurs =
            listOf(
                "passing a stale timbre ID",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.exception_code.VOICE_TRANSLATOR_INCORRECT_TIMBRE",
        remediation =
            listOf(
                "Pass a timbre ID the translator reports.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/exception-code.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The code rejects the promise of the one call named (ExecutedFailure.errorCode); the SDK does not leave the session for it, so the session goes on.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "zoom_video"

    override val codeSet: String get() = "exception_code"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): ExceptionCode? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): ExceptionCode? = byName[name]
    }
}

/**
 * Kind of a failed Video SDK call, carried as \`type\` beside \`errorCode\` in the ExecutedFailure a rejected promise returns.
 *
 * Upstream: ErrorTypes in <https://developers.zoom.us/docs/video-sdk/web/> 2.5.0 (package npm:&#64;zoom/videosdk&#64;2.5.0).
 */
enum class ErrorTypes(
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
    /** The operation is invalid here. */
    INVALID_OPERATION(
        value = "INVALID_OPERATION",
        catalogName = "INVALID_OPERATION",
        upstreamName = "INVALID_OPERATION",
        summary = "The operation is invalid here.",
        cause = "Zoom's d.ts: 'The operation is invalid, perhaps caused by duplicated operations.' The failed call was not applicable in the current state.",
        whenItOccurs =
            listOf(
                "calling a method twice",
                "calling it in a state where it does not apply",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.DEPENDS,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.error_types.INVALID_OPERATION",
        remediation =
            listOf(
                "Read the accompanying `errorCode` and `reason` and fix the call order.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Its handling follows the accompanying ExceptionCode. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
        deprecation = null,
    ),

    /** The remote service is temporarily unavailable. */
    INTERNAL_ERROR(
        value = "INTERNAL_ERROR",
        catalogName = "INTERNAL_ERROR",
        upstreamName = "INTERNAL_ERROR",
        summary = "The remote service is temporarily unavailable.",
        cause = "Zoom's d.ts: 'The remote service is temporarily unavailable.'",
        whenItOccurs =
            listOf(
                "any call, when Zoom's service fails",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "zoom_video.error_types.INTERNAL_ERROR",
        remediation =
            listOf(
                "Retry the call with backoff; report repeated failures to Zoom with the accompanying `errorCode`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "'Temporarily' unavailable suggests a bounded retry, which is the catalog's choice. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
        deprecation = null,
    ),

    /** The operation timed out. */
    OPERATION_TIMEOUT(
        value = "OPERATION_TIMEOUT",
        catalogName = "OPERATION_TIMEOUT",
        upstreamName = "OPERATION_TIMEOUT",
        summary = "The operation timed out.",
        cause = "Zoom's d.ts: 'The operation timed out, try again later.'",
        whenItOccurs =
            listOf(
                "a call waiting on Zoom's service, over a slow or broken network",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "The connection to the call was slow to respond. Please try again.",
        userMessageKey = "zoom_video.error_types.OPERATION_TIMEOUT",
        remediation =
            listOf(
                "Retry the call later, with backoff.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
        deprecation = null,
    ),

    /** The operation is only for a host or a manager. */
    INSUFFICIENT_PRIVILEGES(
        value = "INSUFFICIENT_PRIVILEGES",
        catalogName = "INSUFFICIENT_PRIVILEGES",
        upstreamName = "INSUFFICIENT_PRIVILEGES",
        summary = "The operation is only for a host or a manager.",
        cause = "Zoom's d.ts: 'The operation is only applicable for a host or manager.'",
        whenItOccurs =
            listOf(
                "a participant calls a host or manager action",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.error_types.INSUFFICIENT_PRIVILEGES",
        remediation =
            listOf(
                "Offer the action only to users whose role allows it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Retrying with the same role fails again. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
        deprecation = null,
    ),

    /** The user is not in a session in the state the call needs. */
    IMPROPER_MEETING_STATE(
        value = "IMPROPER_MEETING_STATE",
        catalogName = "IMPROPER_MEETING_STATE",
        upstreamName = "IMPROPER_MEETING_STATE",
        summary = "The user is not in a session in the state the call needs.",
        cause = "Zoom's d.ts: the user is not in a meeting; the `reason` says `closed` (not joined), `on hold` or `reconnecting`.",
        whenItOccurs =
            listOf(
                "calling before joining or after leaving",
                "calling while on hold",
                "calling while the session reconnects",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.DEPENDS,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.error_types.IMPROPER_MEETING_STATE",
        remediation =
            listOf(
                "Read `reason`: after `reconnecting`, wait for `connection-change` to report `Connected` and call again; after `closed`, join first; after `on hold`, wait for the host.",
            ),
        causes =
            listOf(
                "closed: the session is not joined",
                "on hold: the user is on hold",
                "reconnecting: the session is reconnecting",
            ),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The right reaction differs by `reason` and by the accompanying code. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
        deprecation = null,
    ),

    /** The parameters passed to the method are invalid. */
    INVALID_PARAMETERS(
        value = "INVALID_PARAMETERS",
        catalogName = "INVALID_PARAMETERS",
        upstreamName = "INVALID_PARAMETERS",
        summary = "The parameters passed to the method are invalid.",
        cause = "Zoom's d.ts: the parameters are invalid, 'perhaps the wrong user ID or value'; the `reason` gives details.",
        whenItOccurs =
            listOf(
                "a wrong user ID",
                "a value of the wrong type or out of range",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "zoom_video.error_types.INVALID_PARAMETERS",
        remediation =
            listOf(
                "Read `reason` and fix the argument; retrying with the same argument fails again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same argument fails again; the app must correct it. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
        deprecation = null,
    ),

    /** The operation is blocked because the setting is locked. */
    OPERATION_LOCKED(
        value = "OPERATION_LOCKED",
        catalogName = "OPERATION_LOCKED",
        upstreamName = "OPERATION_LOCKED",
        summary = "The operation is blocked because the setting is locked.",
        cause = "Zoom's d.ts: the operation cannot be completed because the relevant property is locked; the `reason` gives details.",
        whenItOccurs =
            listOf(
                "changing a setting the host or the account has locked",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "zoom_video.error_types.OPERATION_LOCKED",
        remediation =
            listOf(
                "Read `reason`; hide the control while the property is locked.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A lock does not change between retries. The value types a failed call and comes with a specific `errorCode`; it ends nothing by itself, so it is not terminal. The catalog's reading: Zoom does not state it.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "zoom_video"

    override val codeSet: String get() = "error_types"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): ErrorTypes? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): ErrorTypes? = byName[name]
    }
}

/**
 * Code of the \`active-media-failed\` event, an unexpected failure of audio, video or sharing media during the session.
 *
 * Upstream: ActiveMediaFailedCode in <https://developers.zoom.us/docs/video-sdk/web/> 2.5.0 (package npm:&#64;zoom/videosdk&#64;2.5.0).
 */
enum class ActiveMediaFailedCode(
    /** The wire value. */
    val value: Int,
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
    /** The audio data channel could not be established. */
    AUDIO_CONNECTION_FAILED(
        value = 101,
        catalogName = "AudioConnectionFailed",
        upstreamName = "AudioConnectionFailed",
        summary = "The audio data channel could not be established.",
        cause = "The SDK failed to set up the channel that carries audio to and from Zoom.",
        whenItOccurs =
            listOf(
                "a firewall or proxy blocks the media path",
                "an unstable network while audio starts",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not connect your audio. Please refresh the page.",
        userMessageKey = "zoom_video.active_media_failed_code.AudioConnectionFailed",
        remediation =
            listOf(
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "If it recurs, check that the network allows Zoom's media traffic.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
        deprecation = null,
    ),

    /** The microphone track ended. */
    AUDIO_STREAM_ENDED(
        value = 102,
        catalogName = "AudioStreamEnded",
        upstreamName = "AudioStreamEnded",
        summary = "The microphone track ended.",
        cause = "The captured audio track ended unexpectedly, for example because the device went away.",
        whenItOccurs =
            listOf(
                "the microphone is unplugged",
                "the system or another app takes the device",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "zoom_video.active_media_failed_code.AudioStreamEnded",
        remediation =
            listOf(
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "Ask the user to check the microphone connection.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
        deprecation = null,
    ),

    /** Microphone permission was withdrawn. */
    MICROPHONE_PERMISSION_RESET(
        value = 103,
        catalogName = "MicrophonePermissionReset",
        upstreamName = "MicrophonePermissionReset",
        summary = "Microphone permission was withdrawn.",
        cause = "Access to the microphone was revoked while in use.",
        whenItOccurs =
            listOf(
                "the user resets the site's microphone permission during the session",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "Microphone access was turned off. Allow it again and refresh the page.",
        userMessageKey = "zoom_video.active_media_failed_code.MicrophonePermissionReset",
        remediation =
            listOf(
                "Tell the user to allow the microphone for this site again, then refresh.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
        deprecation = null,
    ),

    /** No audio data could be read from the microphone stream. */
    AUDIO_STREAM_FAILED(
        value = 104,
        catalogName = "AudioStreamFailed",
        upstreamName = "AudioStreamFailed",
        summary = "No audio data could be read from the microphone stream.",
        cause = "The SDK could not get audio data from the captured stream.",
        whenItOccurs =
            listOf(
                "the audio device or driver stops delivering samples",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "zoom_video.active_media_failed_code.AudioStreamFailed",
        remediation =
            listOf(
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "If it recurs, suggest another microphone or browser.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
        deprecation = null,
    ),

    /** The microphone is muted in the operating system. */
    MICROPHONE_MUTED(
        value = 105,
        catalogName = "MicrophoneMuted",
        upstreamName = "MicrophoneMuted",
        summary = "The microphone is muted in the operating system.",
        cause = "The system muted the microphone, so the SDK receives silence.",
        whenItOccurs =
            listOf(
                "a hardware mute switch",
                "the microphone muted in the system settings",
            ),
        category = Category.USER_INPUT,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "Your microphone is muted on your device. Unmute it to be heard.",
        userMessageKey = "zoom_video.active_media_failed_code.MicrophoneMuted",
        remediation =
            listOf(
                "Tell the user to unmute the microphone in the system settings or on the device.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
        deprecation = null,
    ),

    /** Sending audio was interrupted. */
    AUDIO_STREAM_MUTED(
        value = 106,
        catalogName = "AudioStreamMuted",
        upstreamName = "AudioStreamMuted",
        summary = "Sending audio was interrupted.",
        cause = "The audio being sent stopped delivering data for a while (the track was muted by the browser or system).",
        whenItOccurs =
            listOf(
                "another app or the system interrupts capture",
                "the tab is throttled",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "zoom_video.active_media_failed_code.AudioStreamMuted",
        remediation =
            listOf(
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
        deprecation = null,
    ),

    /** Playback of remote audio was interrupted. */
    AUDIO_PLAYBACK_INTERRUPTED(
        value = 107,
        catalogName = "AudioPlaybackInterrupted",
        upstreamName = "AudioPlaybackInterrupted",
        summary = "Playback of remote audio was interrupted.",
        cause = "The SDK could no longer play the other participants' audio.",
        whenItOccurs =
            listOf(
                "the output device changes or disappears",
                "the browser suspends audio playback",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "zoom_video.active_media_failed_code.AudioPlaybackInterrupted",
        remediation =
            listOf(
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "Ask the user to check the speaker or headset.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
        deprecation = null,
    ),

    /** The video data channel could not be established. */
    VIDEO_CONNECTION_FAILED(
        value = 201,
        catalogName = "VideoConnectionFailed",
        upstreamName = "VideoConnectionFailed",
        summary = "The video data channel could not be established.",
        cause = "The SDK failed to set up the channel that carries video to and from Zoom.",
        whenItOccurs =
            listOf(
                "a firewall or proxy blocks the media path",
                "an unstable network while video starts",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not connect video. Please refresh the page.",
        userMessageKey = "zoom_video.active_media_failed_code.VideoConnectionFailed",
        remediation =
            listOf(
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "If it recurs, check that the network allows Zoom's media traffic.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
        deprecation = null,
    ),

    /** The camera track ended. */
    VIDEO_STREAM_ENDED(
        value = 202,
        catalogName = "VideoStreamEnded",
        upstreamName = "VideoStreamEnded",
        summary = "The camera track ended.",
        cause = "The captured video track ended unexpectedly, for example because the camera went away.",
        whenItOccurs =
            listOf(
                "the camera is unplugged",
                "another app takes the camera",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "zoom_video.active_media_failed_code.VideoStreamEnded",
        remediation =
            listOf(
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "Ask the user to check the camera connection.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
        deprecation = null,
    ),

    /** Camera permission was withdrawn. */
    CAMERA_PERMISSION_RESET(
        value = 203,
        catalogName = "CameraPermissionReset",
        upstreamName = "CameraPermissionReset",
        summary = "Camera permission was withdrawn.",
        cause = "Access to the camera was revoked while in use.",
        whenItOccurs =
            listOf(
                "the user resets the site's camera permission during the session",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "Camera access was turned off. Allow it again and refresh the page.",
        userMessageKey = "zoom_video.active_media_failed_code.CameraPermissionReset",
        remediation =
            listOf(
                "Tell the user to allow the camera for this site again, then refresh.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
        deprecation = null,
    ),

    /** The WebGL context used to render video is no longer valid. */
    WEB_GL_CONTEXT_INVALID(
        value = 204,
        catalogName = "WebGlContextInvalid",
        upstreamName = "WebGlContextInvalid",
        summary = "The WebGL context used to render video is no longer valid.",
        cause = "The browser lost or invalidated the WebGL context the SDK renders video with.",
        whenItOccurs =
            listOf(
                "the GPU driver resets",
                "the browser reclaims GPU resources under load",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "zoom_video.active_media_failed_code.WebGlContextInvalid",
        remediation =
            listOf(
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "If it recurs, suggest updating the graphics driver or browser.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
        deprecation = null,
    ),

    /** The SDK's WebAssembly module ran out of memory. */
    WASM_OUT_OF_MEMORY(
        value = 205,
        catalogName = "WasmOutOfMemory",
        upstreamName = "WasmOutOfMemory",
        summary = "The SDK's WebAssembly module ran out of memory.",
        cause = "The media processing in WebAssembly could not allocate memory.",
        whenItOccurs =
            listOf(
                "a device low on memory",
                "many videos rendered at once on a weak device",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "This call is full right now. Please try again in a little while.",
        userMessageKey = "zoom_video.active_media_failed_code.WasmOutOfMemory",
        remediation =
            listOf(
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "Render fewer videos at once and suggest closing other tabs.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
        deprecation = null,
    ),

    /** No video data could be read from the camera stream. */
    VIDEO_STREAM_FAILED(
        value = 206,
        catalogName = "VideoStreamFailed",
        upstreamName = "VideoStreamFailed",
        summary = "No video data could be read from the camera stream.",
        cause = "The SDK could not get frames from the captured video stream.",
        whenItOccurs =
            listOf(
                "the camera or its driver stops delivering frames",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "zoom_video.active_media_failed_code.VideoStreamFailed",
        remediation =
            listOf(
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "If it recurs, suggest another camera or browser.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
        deprecation = null,
    ),

    /** The video stream was interrupted. */
    VIDEO_STREAM_MUTED(
        value = 207,
        catalogName = "VideoStreamMuted",
        upstreamName = "VideoStreamMuted",
        summary = "The video stream was interrupted.",
        cause = "The video being captured stopped delivering frames for a while (the track was muted by the browser or system).",
        whenItOccurs =
            listOf(
                "another app or the system interrupts the camera",
                "the device sleeps",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "zoom_video.active_media_failed_code.VideoStreamMuted",
        remediation =
            listOf(
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
        deprecation = null,
    ),

    /** No data could be read from the screen-share stream. */
    SHARING_STREAM_FAILED(
        value = 301,
        catalogName = "SharingStreamFailed",
        upstreamName = "SharingStreamFailed",
        summary = "No data could be read from the screen-share stream.",
        cause = "The SDK could not get frames from the captured screen-share stream.",
        whenItOccurs =
            listOf(
                "the shared window closes or the capture is interrupted",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "zoom_video.active_media_failed_code.SharingStreamFailed",
        remediation =
            listOf(
                "Show Zoom's suggested prompt: tell the user the media stream has a problem and offer to refresh the page.",
                "Let the user start sharing again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The session itself stays joined (only this medium failed), so the catalog does not count it as terminal.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "zoom_video"

    override val codeSet: String get() = "active_media_failed_code"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): ActiveMediaFailedCode? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): ActiveMediaFailedCode? = byName[name]
    }
}

/**
 * Reason given with \`connection-change\` when the session state becomes \`Reconnecting\`.
 *
 * Upstream: ReconnectReason in <https://developers.zoom.us/docs/video-sdk/web/> 2.5.0 (package npm:&#64;zoom/videosdk&#64;2.5.0).
 */
enum class ReconnectReason(
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
    /** The session is failing over to another server. */
    FAILOVER(
        value = "failover",
        catalogName = "Failover",
        upstreamName = "Failover",
        summary = "The session is failing over to another server.",
        cause = "The connection to Zoom's server was lost or moved, and the SDK is reconnecting the session. The SDK reconnects by itself: `connection-change` reports `Reconnecting` with this reason, then `Connected` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on `Reconnecting`).",
        whenItOccurs =
            listOf(
                "a network interruption",
                "Zoom moves the session to another server",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Reconnecting to the call...",
        userMessageKey = "zoom_video.reconnect_reason.Failover",
        remediation =
            listOf(
                "Show a 'reconnecting' state; keep the session objects.",
                "Wait for `Connected`; if the state becomes `Closed` or `Fail`, handle it as the end of the session.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/framework-integration/vue.md",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The user is joining a breakout subsession. */
    JOIN_SUBSESSION(
        value = "join breakout room",
        catalogName = "JoinSubsession",
        upstreamName = "JoinSubsession",
        summary = "The user is joining a breakout subsession.",
        cause = "The user is moving from the main session into a subsession, which the SDK carries out as a reconnection. The SDK reconnects by itself: `connection-change` reports `Reconnecting` with this reason, then `Connected` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on `Reconnecting`).",
        whenItOccurs =
            listOf(
                "the user joins a subsession",
                "the host assigns and opens subsessions",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Moving you to a breakout room...",
        userMessageKey = "zoom_video.reconnect_reason.JoinSubsession",
        remediation =
            listOf(
                "Show a transition state; `subsessionName` in the payload names the room.",
                "Wait for `Connected`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/framework-integration/vue.md",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The user is moving between breakout subsessions. */
    MOVE_TO_SUBSESSION(
        value = "move to breakout room",
        catalogName = "MoveToSubsession",
        upstreamName = "MoveToSubsession",
        summary = "The user is moving between breakout subsessions.",
        cause = "The user is moving from one subsession to another, which the SDK carries out as a reconnection. The SDK reconnects by itself: `connection-change` reports `Reconnecting` with this reason, then `Connected` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on `Reconnecting`).",
        whenItOccurs =
            listOf(
                "the host moves the user",
                "the user switches rooms",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Moving you to another breakout room...",
        userMessageKey = "zoom_video.reconnect_reason.MoveToSubsession",
        remediation =
            listOf(
                "Show a transition state; `subsessionName` in the payload names the room.",
                "Wait for `Connected`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/framework-integration/vue.md",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The user is returning to the main session. */
    BACK_TO_MAIN_SESSION(
        value = "back to main session",
        catalogName = "BackToMainSession",
        upstreamName = "BackToMainSession",
        summary = "The user is returning to the main session.",
        cause = "The user is moving from a subsession back to the main session, which the SDK carries out as a reconnection. The SDK reconnects by itself: `connection-change` reports `Reconnecting` with this reason, then `Connected` (Zoom's framework guides in the package's skill/ folder say not to tear the session down on `Reconnecting`).",
        whenItOccurs =
            listOf(
                "the user leaves a subsession",
                "the host closes subsessions",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Returning you to the main session...",
        userMessageKey = "zoom_video.reconnect_reason.BackToMainSession",
        remediation =
            listOf(
                "Show a transition state.",
                "Wait for `Connected`.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@zoom/videosdk@2.5.0 dist/types/common.d.ts",
                "@zoom/videosdk@2.5.0 dist/types/event-callback.d.ts",
                "@zoom/videosdk@2.5.0 skill/references/framework-integration/vue.md",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),
    ;

    override val provider: String get() = "zoom_video"

    override val codeSet: String get() = "reconnect_reason"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): ReconnectReason? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): ReconnectReason? = byName[name]
    }
}

// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.spatialreal

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
 * Stable string error code carried in AvatarSDKError.code by the SpatialReal Python server SDK.
 *
 * Upstream: AvatarSDKErrorCode in SpatialReal-ai/python-sdk 0.2.2 (package pypi:spatialreal&#64;0.2.2).
 */
enum class AvatarSdkErrorCode(
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
    /** The session token has expired or is no longer authorized. */
    SESSION_TOKEN_EXPIRED(
        value = "sessionTokenExpired",
        catalogName = "sessionTokenExpired",
        upstreamName = "sessionTokenExpired",
        summary = "The session token has expired or is no longer authorized.",
        cause = "The session token presented to the service is past its expiry time or has been revoked.",
        whenItOccurs =
            listOf(
                "a session token is used after its expireAt time",
                "a token was revoked before the connection was made",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.PROVIDER,
        userMessage = "Your session has expired. Please try again.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.sessionTokenExpired",
        remediation =
            listOf(
                "Request a new session token from the backend and connect with it.",
                "If fresh tokens are refused too, check the API key and the app ID the token is issued for.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "SDK 0.2.2 defines but never emits this code, so we treat it like the auth-failure close code 4010, which ends the session.",
        deprecation = null,
    ),

    /** The session token or API key was rejected. */
    SESSION_TOKEN_INVALID(
        value = "sessionTokenInvalid",
        catalogName = "sessionTokenInvalid",
        upstreamName = "sessionTokenInvalid",
        summary = "The session token or API key was rejected.",
        cause = "The session-token request was refused with HTTP 401, the WebSocket upgrade was refused with HTTP 401 or 403, or the server closed the session with close code 4010 (bad or expired token, or app ID mismatch).",
        whenItOccurs =
            listOf(
                "the session token is invalid, empty or expired",
                "the console API answers the session-token request with HTTP 401",
                "the WebSocket upgrade is rejected with HTTP 401 or 403",
                "the server ends the session with close code 4010",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not confirm your access to this call. Please try joining again.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.sessionTokenInvalid",
        remediation =
            listOf(
                "Request a new session token from the backend and connect with it.",
                "If fresh tokens are refused too, check the API key and the app ID the token is issued for.",
                "Check that the session token request sends the right API key (HTTP 401 means the key was rejected).",
            ),
        causes =
            listOf(
                "HTTP 401 on the session-token request (API key rejected)",
                "HTTP 401 or 403 on the WebSocket upgrade",
                "close code 4010: a bad or expired token, or an app ID mismatch",
            ),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The server does not recognize the app ID. */
    APP_ID_UNRECOGNIZED(
        value = "appIDUnrecognized",
        catalogName = "appIDUnrecognized",
        upstreamName = "appIDUnrecognized",
        summary = "The server does not recognize the app ID.",
        cause = "The SDK reports this when the console API answers the session-token request with HTTP 403.",
        whenItOccurs =
            listOf(
                "the configured app ID is unknown to the server",
                "the session-token request returns HTTP 403",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.appIDUnrecognized",
        remediation =
            listOf(
                "Check the app ID in the SDK configuration against the one in the SpatialReal console.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The session token belongs to a different app. */
    APP_ID_MISMATCH(
        value = "appIDMismatch",
        catalogName = "appIDMismatch",
        upstreamName = "appIDMismatch",
        summary = "The session token belongs to a different app.",
        cause = "The app ID sent with the connection does not match the app the session token was issued for.",
        whenItOccurs =
            listOf(
                "a token minted for one app is used with another app ID",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not confirm your access to this call. Please try joining again.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.appIDMismatch",
        remediation =
            listOf(
                "Use a session token issued for the same app ID that the connection sends.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "SDK 0.2.2 defines but never emits this code; the proto folds app ID mismatches into close code 4010, which ends the session.",
        deprecation = null,
    ),

    /** The requested avatar does not exist. */
    AVATAR_NOT_FOUND(
        value = "avatarNotFound",
        catalogName = "avatarNotFound",
        upstreamName = "avatarNotFound",
        summary = "The requested avatar does not exist.",
        cause = "The SDK reports this when the session-token request is answered with HTTP 404.",
        whenItOccurs =
            listOf(
                "the avatar ID is wrong or the avatar was deleted",
                "the session-token request returns HTTP 404",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "This avatar is not available.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.avatarNotFound",
        remediation =
            listOf(
                "Check the avatar ID in the configuration; the avatar may have been deleted.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** Billing requirements block the session. */
    BILLING_REQUIRED(
        value = "billingRequired",
        catalogName = "billingRequired",
        upstreamName = "billingRequired",
        summary = "Billing requirements block the session.",
        cause = "The SDK reports this when the session-token request is answered with HTTP 402.",
        whenItOccurs =
            listOf(
                "the account has no valid billing setup",
                "the session-token request returns HTTP 402",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "This service is not available right now. Please contact the organiser or support.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.billingRequired",
        remediation =
            listOf(
                "Set up billing for the account in the SpatialReal console; retrying cannot help until then.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The account has run out of credits. */
    CREDITS_EXHAUSTED(
        value = "creditsExhausted",
        catalogName = "creditsExhausted",
        upstreamName = "creditsExhausted",
        summary = "The account has run out of credits.",
        cause = "The server ended the session with close code 4001; the provider says reconnecting cannot succeed until the account is topped up.",
        whenItOccurs =
            listOf(
                "runtime or connect-time credits run out",
                "the server closes the session with close code 4001",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "This service is not available right now. Please contact the organiser or support.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.creditsExhausted",
        remediation =
            listOf(
                "Top up the account's credits; do not reconnect until then (the provider's close-code contract).",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The session reached its maximum allowed duration. */
    SESSION_DURATION_EXCEEDED(
        value = "sessionDurationExceeded",
        catalogName = "sessionDurationExceeded",
        upstreamName = "sessionDurationExceeded",
        summary = "The session reached its maximum allowed duration.",
        cause = "The server ended the session with close code 4002 because it hit its duration limit; the provider says reconnecting is allowed and expected.",
        whenItOccurs =
            listOf(
                "a session runs past its maximum duration",
                "the server closes the session with close code 4002",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "The session reached its time limit. Please start a new one.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.sessionDurationExceeded",
        remediation =
            listOf(
                "Start a new session; the provider says reconnecting is allowed and expected.",
                "Split long conversations into sessions shorter than the duration limit if the break is unwelcome.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** Too many concurrent sessions for the account's plan. */
    CONCURRENCY_LIMIT(
        value = "concurrencyLimit",
        catalogName = "concurrencyLimit",
        upstreamName = "concurrencyLimit",
        summary = "Too many concurrent sessions for the account's plan.",
        cause = "The session-token request was answered with HTTP 429, or the server closed the session with close code 4003; a session slot has to free up first.",
        whenItOccurs =
            listOf(
                "the plan's concurrent-connection limit is reached",
                "the session-token request returns HTTP 429",
                "the server closes the session with close code 4003",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "This call is full right now. Please try again in a little while.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.concurrencyLimit",
        remediation =
            listOf(
                "Wait for one of the account's sessions to end before starting another; do not reconnect in a loop.",
                "Close sessions that are no longer needed, or move to a plan with more concurrent sessions.",
            ),
        causes =
            listOf(
                "HTTP 429 on the session-token request",
                "close code 4003",
            ),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The handshake rejected the audio sample rate. */
    UNSUPPORTED_SAMPLE_RATE(
        value = "unsupportedSampleRate",
        catalogName = "unsupportedSampleRate",
        upstreamName = "unsupportedSampleRate",
        summary = "The handshake rejected the audio sample rate.",
        cause = "The sample rate in the session configuration is not one the server accepts.",
        whenItOccurs =
            listOf(
                "the session is configured with an unsupported sample_rate",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.unsupportedSampleRate",
        remediation =
            listOf(
                "Set sample_rate in the session configuration to one the server accepts.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "SDK 0.2.2 defines but never emits this code; a rejected handshake leaves no session to continue.",
        deprecation = null,
    ),

    /** The egress configuration is invalid. */
    INVALID_EGRESS_CONFIG(
        value = "invalidEgressConfig",
        catalogName = "invalidEgressConfig",
        upstreamName = "invalidEgressConfig",
        summary = "The egress configuration is invalid.",
        cause = "The LiveKit or Agora egress settings sent in the handshake are missing or malformed.",
        whenItOccurs =
            listOf(
                "egress URL, room, channel or token settings are wrong",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.invalidEgressConfig",
        remediation =
            listOf(
                "Check the LiveKit or Agora egress settings (URL, room or channel, token) sent with the session.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "SDK 0.2.2 defines but never emits this code; a rejected egress configuration leaves no usable session.",
        deprecation = null,
    ),

    /** The egress service is unavailable or not configured. */
    EGRESS_UNAVAILABLE(
        value = "egressUnavailable",
        catalogName = "egressUnavailable",
        upstreamName = "egressUnavailable",
        summary = "The egress service is unavailable or not configured.",
        cause = "The server could not reach or provision the egress service that streams the avatar into a LiveKit room or Agora channel.",
        whenItOccurs =
            listOf(
                "egress mode is requested but the egress service is down",
                "egress is not set up for the deployment",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.egressUnavailable",
        remediation =
            listOf(
                "Check that egress is set up for the deployment; contact SpatialReal if it is and still fails.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "SDK 0.2.2 defines but never emits this code; without egress an egress-mode session cannot proceed.",
        deprecation = null,
    ),

    /** The session was closed because no input arrived. */
    IDLE_TIMEOUT(
        value = "idleTimeout",
        catalogName = "idleTimeout",
        upstreamName = "idleTimeout",
        summary = "The session was closed because no input arrived.",
        cause = "The server ended the session after a period with no audio input.",
        whenItOccurs =
            listOf(
                "no audio is sent for longer than the idle timeout",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.PROVIDER,
        userMessage = "The session closed because it was idle. Please start a new one when you are ready.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.idleTimeout",
        remediation =
            listOf(
                "Start a new session when there is audio to send again.",
                "Send audio, or close the session yourself, before the idle timeout.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "AvatarSDKError.retryable is false for this code (the seed said retry), so we start a new session only when there is input again; SDK 0.2.2 never emits it.",
        deprecation = null,
    ),

    /** A server-side dependency is briefly unavailable. */
    UPSTREAM_ERROR(
        value = "upstreamError",
        catalogName = "upstreamError",
        upstreamName = "upstreamError",
        summary = "A server-side dependency is briefly unavailable.",
        cause = "The server ended the session with close code 4503 because an internal dependency was rolling, unreachable or answering 5xx.",
        whenItOccurs =
            listOf(
                "a backend deploy or network blip on the provider side",
                "the server closes the session with close code 4503",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.upstreamError",
        remediation =
            listOf(
                "Reconnect with backoff; the provider calls this a brief server-side problem.",
                "Alert if it recurs.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The request payload or parameters are invalid. */
    INVALID_REQUEST(
        value = "invalidRequest",
        catalogName = "invalidRequest",
        upstreamName = "invalidRequest",
        summary = "The request payload or parameters are invalid.",
        cause = "The session-token request failed with an unmapped 4xx status, or returned an error list in a 200 response.",
        whenItOccurs =
            listOf(
                "the session-token request returns an unmapped 4xx status",
                "the console API returns errors for the request body",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.invalidRequest",
        remediation =
            listOf(
                "Read server_detail and raw_body on the error to see which parameter was refused, and fix the request.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The transport connection could not be set up or broke. */
    CONNECTION_FAILED(
        value = "connectionFailed",
        catalogName = "connectionFailed",
        upstreamName = "connectionFailed",
        summary = "The transport connection could not be set up or broke.",
        cause = "A network error or timeout on the session-token request, a failed WebSocket connect or send, or an unexpected error in the read loop.",
        whenItOccurs =
            listOf(
                "the console API or ingress endpoint is unreachable",
                "the session-token request times out",
                "sending on the WebSocket fails",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.connectionFailed",
        remediation =
            listOf(
                "Reconnect with backoff.",
                "If it persists, check that the console API and the ingress endpoint are reachable from the server (DNS, firewall, proxy).",
            ),
        causes =
            listOf(
                "a network error or timeout on the session-token request",
                "a failed WebSocket connect or send",
                "an unexpected error in the read loop",
            ),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The WebSocket closed unexpectedly. */
    CONNECTION_CLOSED(
        value = "connectionClosed",
        catalogName = "connectionClosed",
        upstreamName = "connectionClosed",
        summary = "The WebSocket closed unexpectedly.",
        cause = "The connection closed abnormally without a close code, or with a close code the SDK does not map to a specific error.",
        whenItOccurs =
            listOf(
                "the connection drops without a close frame",
                "the server closes with an unmapped close code",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.connectionClosed",
        remediation =
            listOf(
                "Reconnect with backoff unless AvatarSDKError.retryable is false (an unmapped close code in 4000-4499).",
                "Log close_code and close_reason.",
            ),
        causes =
            listOf(
                "the connection dropped without a close frame",
                "the server closed with a close code the SDK does not map",
            ),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "AvatarSDKError.retryable is true except when the unmapped close code lies in 4000-4499.",
        deprecation = null,
    ),

    /** The server sent an invalid or unexpected message. */
    PROTOCOL_ERROR(
        value = "protocolError",
        catalogName = "protocolError",
        upstreamName = "protocolError",
        summary = "The server sent an invalid or unexpected message.",
        cause = "A protobuf payload could not be decoded, the handshake got an unexpected or incomplete reply, or the session-token response could not be parsed.",
        whenItOccurs =
            listOf(
                "a non-binary or undecodable message during the handshake",
                "the handshake confirmation lacks a connection ID",
                "an undecodable message during the session",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.protocolError",
        remediation =
            listOf(
                "Log the error and the SDK version; during a running session the SDK keeps reading, so no action is needed unless it repeats.",
                "During connection, upgrade the SDK and report the failure to SpatialReal.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal when AvatarSDKError.phase is session_token, websocket_connect or websocket_handshake (the attempt ends); not terminal in websocket_runtime, when the SDK reports it and keeps reading.",
        terminalBasis = Basis.CATALOG,
        rationale = "During a running session the SDK reports it and keeps reading, though during init or the handshake it ends the attempt, so the verdict follows the error's phase.",
        deprecation = null,
    ),

    /** The server returned an unclassified error. */
    SERVER_ERROR(
        value = "serverError",
        catalogName = "serverError",
        upstreamName = "serverError",
        summary = "The server returned an unclassified error.",
        cause = "The session-token request got HTTP 5xx, or the server sent a ServerError message whose code is not a 4000-4999 close code.",
        whenItOccurs =
            listOf(
                "the console API answers with HTTP 5xx",
                "the server relays an upstream failure for a request",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.serverError",
        remediation =
            listOf(
                "Log server_code and server_detail; during a running session the SDK keeps the connection, so no action is needed unless it repeats.",
                "Alert SpatialReal if HTTP 5xx on the session-token request persists.",
            ),
        causes =
            listOf(
                "HTTP 5xx on the session-token request",
                "a ServerError message whose code is not a 4000-4999 close code",
            ),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "spatialreal@0.2.2 spatialreal/session.py",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal when AvatarSDKError.phase is session_token, websocket_connect or websocket_handshake (the attempt ends); not terminal in websocket_runtime, when the SDK reports it without closing.",
        terminalBasis = Basis.CATALOG,
        rationale = "A ServerError message during a running session is reported without the SDK closing the connection, though during init or the handshake it ends the attempt, so the verdict follows the error's phase.",
        deprecation = null,
    ),

    /** The SDK could not classify the failure. */
    UNKNOWN(
        value = "unknown",
        catalogName = "unknown",
        upstreamName = "unknown",
        summary = "The SDK could not classify the failure.",
        cause = "Fallback code for failures that fit no other code.",
        whenItOccurs =
            listOf(
                "an unclassified failure",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "spatialreal.avatar_sdk_error_code.unknown",
        remediation =
            listOf(
                "Log the error with its phase and message and report it to SpatialReal.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "SDK 0.2.2 never emits this code; we assume the worst for an unclassified failure.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "spatialreal"

    override val codeSet: String get() = "avatar_sdk_error_code"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: String): AvatarSdkErrorCode? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): AvatarSdkErrorCode? = byName[name]
    }
}

/**
 * WebSocket close code the SpatialReal server sends when it ends a session, also carried in ServerError.code.
 *
 * Upstream: CloseCode in SpatialReal-ai/python-sdk 0.2.2 (package pypi:spatialreal&#64;0.2.2).
 */
enum class CloseCode(
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
    /** The account is out of credits. */
    CREDITS_EXHAUSTED(
        value = 4001,
        catalogName = "CREDITS_EXHAUSTED",
        upstreamName = "CREDITS_EXHAUSTED",
        summary = "The account is out of credits.",
        cause = "The server ended the session because the account's credits ran out; the provider says not to reconnect until it is topped up.",
        whenItOccurs =
            listOf(
                "credits run out during or before the session",
            ),
        category = Category.BILLING_QUOTA,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "This service is not available right now. Please contact the organiser or support.",
        userMessageKey = "spatialreal.close_code.CREDITS_EXHAUSTED",
        remediation =
            listOf(
                "Top up the account's credits; do not reconnect until then.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** The session hit its maximum duration. */
    SESSION_TIMEOUT(
        value = 4002,
        catalogName = "SESSION_TIMEOUT",
        upstreamName = "SESSION_TIMEOUT",
        summary = "The session hit its maximum duration.",
        cause = "The server ended the session at its duration limit; the provider says reconnecting is allowed and expected.",
        whenItOccurs =
            listOf(
                "a session runs past its maximum duration",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "The session reached its time limit. Please start a new one.",
        userMessageKey = "spatialreal.close_code.SESSION_TIMEOUT",
        remediation =
            listOf(
                "Start a new session; the provider says reconnecting is allowed and expected.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** Too many concurrent connections for the plan. */
    CONCURRENCY_LIMIT(
        value = 4003,
        catalogName = "CONCURRENCY_LIMIT",
        upstreamName = "CONCURRENCY_LIMIT",
        summary = "Too many concurrent connections for the plan.",
        cause = "The server refused or ended the session because the plan's concurrent-connection limit is reached; the provider says not to reconnect until a slot frees up.",
        whenItOccurs =
            listOf(
                "more simultaneous sessions than the plan allows",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.PROVIDER,
        userMessage = "This call is full right now. Please try again in a little while.",
        userMessageKey = "spatialreal.close_code.CONCURRENCY_LIMIT",
        remediation =
            listOf(
                "Wait for a session slot to free up before reconnecting; close sessions that are no longer needed.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** Authentication of the session failed. */
    AUTH_FAILED(
        value = 4010,
        catalogName = "AUTH_FAILED",
        upstreamName = "AUTH_FAILED",
        summary = "Authentication of the session failed.",
        cause = "The session token was bad or expired, or the app ID did not match; the provider says the client needs a fresh token before reconnecting.",
        whenItOccurs =
            listOf(
                "the session token is invalid or expired",
                "the app ID does not match the token",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.PROVIDER,
        userMessage = "We could not confirm your access to this call. Please try joining again.",
        userMessageKey = "spatialreal.close_code.AUTH_FAILED",
        remediation =
            listOf(
                "Request a fresh session token (and check the app ID) before reconnecting.",
            ),
        causes =
            listOf(
                "a bad session token",
                "an expired session token",
                "an app ID that does not match the token",
            ),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** A server-side dependency is briefly unavailable. */
    UPSTREAM_UNAVAILABLE(
        value = 4503,
        catalogName = "UPSTREAM_UNAVAILABLE",
        upstreamName = "UPSTREAM_UNAVAILABLE",
        summary = "A server-side dependency is briefly unavailable.",
        cause = "A dependency such as the control plane was rolling, hit a network blip or answered 5xx; the provider says to reconnect, ideally with backoff.",
        whenItOccurs =
            listOf(
                "a provider-side deploy or outage",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.PROVIDER,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "spatialreal.close_code.UPSTREAM_UNAVAILABLE",
        remediation =
            listOf(
                "Reconnect with backoff, as the provider advises.",
                "Alert if it recurs.",
            ),
        causes = listOf(),
        references =
            listOf(
                "spatialreal@0.2.2 spatialreal/errors.py",
                "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "AvatarSDKError.retryable",
                listOf("retry"),
                listOf(
                    SignalValue("True", "Reconnecting can plausibly succeed: reconnect with backoff."),
                    SignalValue("False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),
    ;

    override val provider: String get() = "spatialreal"

    override val codeSet: String get() = "close_code"

    override val wireValue: Any get() = value

    /** The equivalent code in `avatar_sdk_error_code`, where one exists. */
    val protocolEquivalent: AvatarSdkErrorCode?
        get() =
            when (this) {
                CREDITS_EXHAUSTED -> AvatarSdkErrorCode.CREDITS_EXHAUSTED
                SESSION_TIMEOUT -> AvatarSdkErrorCode.SESSION_DURATION_EXCEEDED
                CONCURRENCY_LIMIT -> AvatarSdkErrorCode.CONCURRENCY_LIMIT
                AUTH_FAILED -> AvatarSdkErrorCode.SESSION_TOKEN_INVALID
                UPSTREAM_UNAVAILABLE -> AvatarSdkErrorCode.UPSTREAM_ERROR
            }

    override val equivalent: ErrorCode? get() = protocolEquivalent

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): CloseCode? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): CloseCode? = byName[name]
    }
}

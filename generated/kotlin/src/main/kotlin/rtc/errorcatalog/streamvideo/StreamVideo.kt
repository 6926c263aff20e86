// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog.streamvideo

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
 * Code of an error the Stream SFU reports, in the \`code\` of its Error message (on the SFU \`error\` event or an RPC response).
 *
 * Upstream: ErrorCode in GetStream/stream-video-js 1.60.0 (package npm:&#64;stream-io/video-client&#64;1.60.0).
 */
enum class SfuErrorCode(
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
    /** The error carries no specific code. */
    UNSPECIFIED(
        value = 0,
        catalogName = "UNSPECIFIED",
        upstreamName = "UNSPECIFIED",
        summary = "The error carries no specific code.",
        cause = "The protobuf default; the SFU reported an error without classifying it.",
        whenItOccurs =
            listOf(
                "an SFU error that fits no other code",
            ),
        category = Category.UNKNOWN,
        retryPolicy = RetryPolicy.DEPENDS,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong. Please try again.",
        userMessageKey = "stream_video.sfu_error_code.UNSPECIFIED",
        remediation =
            listOf(
                "Read the error's shouldRetry and the event's reconnectStrategy, and let the SDK act on them.",
                "Log the error message: without a code it is the only description.",
                "If the call ends (DISCONNECT), offer the user to join again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/rpc/retryable.ts",
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal when the error event's reconnectStrategy is DISCONNECT; otherwise the call goes on.",
        terminalBasis = Basis.CATALOG,
        rationale = "Without a code, the error's shouldRetry and the event's reconnect strategy are the only guide.",
        deprecation = null,
    ),

    /** The track to publish was not found. */
    PUBLISH_TRACK_NOT_FOUND(
        value = 100,
        catalogName = "PUBLISH_TRACK_NOT_FOUND",
        upstreamName = "PUBLISH_TRACK_NOT_FOUND",
        summary = "The track to publish was not found.",
        cause = "The SFU does not know a track the client referred to in a publishing request.",
        whenItOccurs =
            listOf(
                "the client's view of its published tracks is out of step with the SFU",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "stream_video.sfu_error_code.PUBLISH_TRACK_NOT_FOUND",
        remediation =
            listOf(
                "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
                "Check the track ids the client publishes against what the client announced to the SFU, and fix the publishing code.",
                "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The request is refused, not the call; repeating the same request fails again until the client's track state is corrected.",
        deprecation = null,
    ),

    /** The published tracks do not match what the SFU expects. */
    PUBLISH_TRACKS_MISMATCH(
        value = 101,
        catalogName = "PUBLISH_TRACKS_MISMATCH",
        upstreamName = "PUBLISH_TRACKS_MISMATCH",
        summary = "The published tracks do not match what the SFU expects.",
        cause = "The tracks described in a publishing request disagree with the SFU's record of them.",
        whenItOccurs =
            listOf(
                "the client's view of its published tracks is out of step with the SFU",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "stream_video.sfu_error_code.PUBLISH_TRACKS_MISMATCH",
        remediation =
            listOf(
                "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
                "Check the tracks in the publisher's offer against what the client announced to the SFU, and fix the publishing code.",
                "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The request is refused, not the call; repeating the same request fails again until the client's track state is corrected.",
        deprecation = null,
    ),

    /** A publishing request arrived out of order. */
    PUBLISH_TRACK_OUT_OF_ORDER(
        value = 102,
        catalogName = "PUBLISH_TRACK_OUT_OF_ORDER",
        upstreamName = "PUBLISH_TRACK_OUT_OF_ORDER",
        summary = "A publishing request arrived out of order.",
        cause = "The SFU received a track publishing update in an order it cannot apply.",
        whenItOccurs =
            listOf(
                "concurrent publishing updates race each other",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "stream_video.sfu_error_code.PUBLISH_TRACK_OUT_OF_ORDER",
        remediation =
            listOf(
                "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
                "Check the order in which publish requests are sent (wait for each to complete) against what the client announced to the SFU, and fix the publishing code.",
                "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The request is refused, not the call; the client must resend its state in order rather than repeat the same request.",
        deprecation = null,
    ),

    /** A video layer of a published track was not found. */
    PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND(
        value = 103,
        catalogName = "PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
        upstreamName = "PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
        summary = "A video layer of a published track was not found.",
        cause = "A publishing request referred to a simulcast or SVC layer the SFU does not know for that track.",
        whenItOccurs =
            listOf(
                "the client's layer configuration is out of step with the SFU",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "stream_video.sfu_error_code.PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
        remediation =
            listOf(
                "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
                "Check the video layers (simulcast encodings) the client announces against what the client announced to the SFU, and fix the publishing code.",
                "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The request is refused, not the call; repeating it fails again until the layer configuration is corrected.",
        deprecation = null,
    ),

    /** The livestream has ended. */
    LIVE_ENDED(
        value = 104,
        catalogName = "LIVE_ENDED",
        upstreamName = "LIVE_ENDED",
        summary = "The livestream has ended.",
        cause = "The call's live broadcast was stopped; the SDK puts the call back in backstage and leaves unless the user may join backstage.",
        whenItOccurs =
            listOf(
                "the host ends the livestream while viewers watch",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "The livestream has ended.",
        userMessageKey = "stream_video.sfu_error_code.LIVE_ENDED",
        remediation =
            listOf(
                "Let the SDK handle it: it moves the call to backstage and leaves unless the user may join backstage.",
                "Tell viewers the stream has ended; they can join again when it goes live.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/events/internal.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The broadcast was ended on purpose; viewers can only wait for it to go live again.",
        deprecation = null,
    ),

    /** The SFU does not know this participant. */
    PARTICIPANT_NOT_FOUND(
        value = 200,
        catalogName = "PARTICIPANT_NOT_FOUND",
        upstreamName = "PARTICIPANT_NOT_FOUND",
        summary = "The SFU does not know this participant.",
        cause = "The SFU holds no session for the participant the request names.",
        whenItOccurs =
            listOf(
                "the SFU already dropped the session after a long network outage",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "stream_video.sfu_error_code.PARTICIPANT_NOT_FOUND",
        remediation =
            listOf(
                "Follow the error event's reconnectStrategy; the SDK rejoins by itself when asked.",
                "If the call was left, join again after a delay, with a fresh session.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The old session is gone, but a fresh join normally succeeds, so a rejoin after a delay is reasonable.",
        deprecation = null,
    ),

    /** The participant is being migrated away from this SFU. */
    PARTICIPANT_MIGRATING_OUT(
        value = 201,
        catalogName = "PARTICIPANT_MIGRATING_OUT",
        upstreamName = "PARTICIPANT_MIGRATING_OUT",
        summary = "The participant is being migrated away from this SFU.",
        cause = "The SFU is moving the participant to another SFU and refuses work on the old session.",
        whenItOccurs =
            listOf(
                "the SFU is drained or rebalanced",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.CATALOG,
        userMessage = "Moving you to a new server. This will only take a moment.",
        userMessageKey = "stream_video.sfu_error_code.PARTICIPANT_MIGRATING_OUT",
        remediation =
            listOf(
                "Do nothing: the SDK is migrating the participant to another SFU.",
                "Show a brief reconnecting indicator.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Migration is driven by the SFU together with the MIGRATE reconnect strategy, which the SDK carries out by itself.",
        deprecation = null,
    ),

    /** Migrating the participant to another SFU failed. */
    PARTICIPANT_MIGRATION_FAILED(
        value = 202,
        catalogName = "PARTICIPANT_MIGRATION_FAILED",
        upstreamName = "PARTICIPANT_MIGRATION_FAILED",
        summary = "Migrating the participant to another SFU failed.",
        cause = "The move of the participant's session to another SFU did not complete.",
        whenItOccurs =
            listOf(
                "the target SFU cannot be reached during a migration",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "stream_video.sfu_error_code.PARTICIPANT_MIGRATION_FAILED",
        remediation =
            listOf(
                "Follow the error event's reconnectStrategy; the SDK usually rejoins by itself.",
                "If the call was left, join again after a delay and tell the user.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A failed move is usually transient, so a full rejoin after a delay is the remaining path.",
        deprecation = null,
    ),

    /** The participant is in the middle of a migration. */
    PARTICIPANT_MIGRATING(
        value = 203,
        catalogName = "PARTICIPANT_MIGRATING",
        upstreamName = "PARTICIPANT_MIGRATING",
        summary = "The participant is in the middle of a migration.",
        cause = "The SFU refused a request because the participant's session is being migrated.",
        whenItOccurs =
            listOf(
                "a request arrives while the session moves between SFUs",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.CATALOG,
        userMessage = "Moving you to a new server. This will only take a moment.",
        userMessageKey = "stream_video.sfu_error_code.PARTICIPANT_MIGRATING",
        remediation =
            listOf(
                "Do nothing: a migration is in progress and the SDK completes it.",
                "Retry the request that failed after the call is connected again, if it still matters.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The migration completes on its own; the SDK reissues its state once connected to the new SFU.",
        deprecation = null,
    ),

    /** Reconnecting the participant failed. */
    PARTICIPANT_RECONNECT_FAILED(
        value = 204,
        catalogName = "PARTICIPANT_RECONNECT_FAILED",
        upstreamName = "PARTICIPANT_RECONNECT_FAILED",
        summary = "Reconnecting the participant failed.",
        cause = "The SFU could not restore the participant's session on a reconnect.",
        whenItOccurs =
            listOf(
                "a fast reconnect arrives after the SFU gave up on the session",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "The connection to the call was interrupted. Check your internet connection and try again.",
        userMessageKey = "stream_video.sfu_error_code.PARTICIPANT_RECONNECT_FAILED",
        remediation =
            listOf(
                "Follow the error event's reconnectStrategy: the SDK tries another strategy when asked.",
                "If the call was left, join again after a growing delay and tell the user the connection was lost.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal when the error event's reconnectStrategy is DISCONNECT; with REJOIN or MIGRATE the SDK tries again.",
        terminalBasis = Basis.CATALOG,
        rationale = "The session cannot be resumed, but a full rejoin after a delay normally succeeds.",
        deprecation = null,
    ),

    /** The participant's media transport failed. */
    PARTICIPANT_MEDIA_TRANSPORT_FAILURE(
        value = 205,
        catalogName = "PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
        upstreamName = "PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
        summary = "The participant's media transport failed.",
        cause = "The WebRTC media connection between the participant and the SFU failed.",
        whenItOccurs =
            listOf(
                "ICE or DTLS to the SFU fails, for example behind a restrictive firewall",
            ),
        category = Category.MEDIA_NEGOTIATION,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not connect your audio and video. Check your network, or try another browser or device.",
        userMessageKey = "stream_video.sfu_error_code.PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
        remediation =
            listOf(
                "Let the SDK reconnect (it rejoins after a negotiation error).",
                "If it happens on some networks only, check that the network allows Stream's TURN and media ports.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/rtc/BasePeerConnection.ts",
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Media transport failures are usually network-path problems that a reconnect after a delay can fix, with the user told if they persist.",
        deprecation = null,
    ),

    /** The SFU lost the participant's signalling connection. */
    PARTICIPANT_SIGNAL_LOST(
        value = 206,
        catalogName = "PARTICIPANT_SIGNAL_LOST",
        upstreamName = "PARTICIPANT_SIGNAL_LOST",
        summary = "The SFU lost the participant's signalling connection.",
        cause = "The signalling WebSocket between the participant and the SFU dropped.",
        whenItOccurs =
            listOf(
                "the network drops briefly or switches interface",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Your connection is unstable. Trying to reconnect...",
        userMessageKey = "stream_video.sfu_error_code.PARTICIPANT_SIGNAL_LOST",
        remediation =
            listOf(
                "Do nothing: the SDK reconnects fast (FAST strategy), keeping the peer connections.",
                "Show a reconnecting indicator until the call is connected again.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/rtc/BasePeerConnection.ts",
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK answers a negotiation error with this code with a FAST reconnect that keeps the peer connections.",
        deprecation = null,
    ),

    /** The call was not found on the SFU. */
    CALL_NOT_FOUND(
        value = 300,
        catalogName = "CALL_NOT_FOUND",
        upstreamName = "CALL_NOT_FOUND",
        summary = "The call was not found on the SFU.",
        cause = "The SFU has no record of the call the client tried to join.",
        whenItOccurs =
            listOf(
                "joining with stale call credentials after the call ended",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This call could not be found.",
        userMessageKey = "stream_video.sfu_error_code.CALL_NOT_FOUND",
        remediation =
            listOf(
                "Check the call type and id the app joins.",
                "Create the call through the coordinator before joining, or hand out a current call id.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The SFU cannot serve a call it does not know; the app must join again through the coordinator to get current credentials.",
        deprecation = null,
    ),

    /** The call has reached its participant limit. */
    CALL_PARTICIPANT_LIMIT_REACHED(
        value = 301,
        catalogName = "CALL_PARTICIPANT_LIMIT_REACHED",
        upstreamName = "CALL_PARTICIPANT_LIMIT_REACHED",
        summary = "The call has reached its participant limit.",
        cause = "The SFU refused the join because the call holds as many participants as allowed.",
        whenItOccurs =
            listOf(
                "joining a full call",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "This call is full right now. Please try again in a little while.",
        userMessageKey = "stream_video.sfu_error_code.CALL_PARTICIPANT_LIMIT_REACHED",
        remediation =
            listOf(
                "Let Call.join retry on another SFU (up to maxJoinRetries).",
                "If the join still fails, tell the user the call is full and let them try later.",
                "If calls often fill up, raise the call's participant limit.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK treats it as a join error and retries the join on another SFU, up to maxJoinRetries (3 by default); only after those does the join fail.",
        deprecation = null,
    ),

    /** The request failed validation. */
    REQUEST_VALIDATION_FAILED(
        value = 400,
        catalogName = "REQUEST_VALIDATION_FAILED",
        upstreamName = "REQUEST_VALIDATION_FAILED",
        summary = "The request failed validation.",
        cause = "The SFU rejected a malformed or invalid request.",
        whenItOccurs =
            listOf(
                "a client bug or an SDK and SFU version mismatch",
            ),
        category = Category.CLIENT_ERROR,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        userMessageKey = "stream_video.sfu_error_code.REQUEST_VALIDATION_FAILED",
        remediation =
            listOf(
                "Log the error message, which says which field was refused.",
                "Fix the request the client builds; do not resend it unchanged.",
                "Upgrade @stream-io/video-client if the request comes from the SDK itself.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The same request fails again; the code that builds it must be fixed.",
        deprecation = null,
    ),

    /** The client is not authenticated with the SFU. */
    UNAUTHENTICATED(
        value = 401,
        catalogName = "UNAUTHENTICATED",
        upstreamName = "UNAUTHENTICATED",
        summary = "The client is not authenticated with the SFU.",
        cause = "The SFU token was missing, invalid or expired.",
        whenItOccurs =
            listOf(
                "connecting with an expired SFU token",
            ),
        category = Category.CREDENTIALS,
        retryPolicy = RetryPolicy.REFRESH_CREDENTIALS,
        retryBasis = Basis.CATALOG,
        userMessage = "We could not confirm your access to this call. Please try joining again.",
        userMessageKey = "stream_video.sfu_error_code.UNAUTHENTICATED",
        remediation =
            listOf(
                "Fetch a fresh user token through the app's token provider.",
                "Let the SDK rejoin (REJOIN gets new credentials from the coordinator), or join again.",
                "If fresh tokens are refused too, check the API key and secret the backend signs with.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(100, 2000, 20000, Jitter.FULL, 2),
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "A REJOIN fetches new credentials from the coordinator, which is what fixes a rejected token.",
        deprecation = null,
    ),

    /** The participant lacks the permission for this request. */
    PERMISSION_DENIED(
        value = 403,
        catalogName = "PERMISSION_DENIED",
        upstreamName = "PERMISSION_DENIED",
        summary = "The participant lacks the permission for this request.",
        cause = "The participant's grants do not allow the operation, for example publishing a track type it may not send.",
        whenItOccurs =
            listOf(
                "publishing without the needed capability",
            ),
        category = Category.PERMISSION,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You do not have permission to do that in this call.",
        userMessageKey = "stream_video.sfu_error_code.PERMISSION_DENIED",
        remediation =
            listOf(
                "Check the user's role and the call type's permissions for the action (for example publishing audio or video).",
                "Grant the capability in the call's settings, or hide the action from users who lack it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Retrying with the same grants fails again; the call itself continues.",
        deprecation = null,
    ),

    /** The client sent too many requests. */
    TOO_MANY_REQUESTS(
        value = 429,
        catalogName = "TOO_MANY_REQUESTS",
        upstreamName = "TOO_MANY_REQUESTS",
        summary = "The client sent too many requests.",
        cause = "The SFU rate-limited the client.",
        whenItOccurs =
            listOf(
                "a burst of requests, for example rapid subscription changes",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "This call is full right now. Please try again in a little while.",
        userMessageKey = "stream_video.sfu_error_code.TOO_MANY_REQUESTS",
        remediation =
            listOf(
                "Slow down: repeat the request after a growing delay.",
                "Look for client code that sends the same request in a loop (for example on every render).",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/rpc/retryable.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "Throttling clears with time, so the request should be retried after a growing delay.",
        deprecation = null,
    ),

    /** The SFU failed internally. */
    INTERNAL_SERVER_ERROR(
        value = 500,
        catalogName = "INTERNAL_SERVER_ERROR",
        upstreamName = "INTERNAL_SERVER_ERROR",
        summary = "The SFU failed internally.",
        cause = "An unexpected error on the SFU.",
        whenItOccurs =
            listOf(
                "an SFU bug or overload",
            ),
        category = Category.SERVICE_FAULT,
        retryPolicy = RetryPolicy.BACKOFF,
        retryBasis = Basis.CATALOG,
        userMessage = "Something went wrong on our side. Please try again in a moment.",
        userMessageKey = "stream_video.sfu_error_code.INTERNAL_SERVER_ERROR",
        remediation =
            listOf(
                "Let the SDK act on shouldRetry and the reconnectStrategy.",
                "Otherwise repeat the request after a growing delay, a few times at most.",
                "If it persists, report it to Stream with the call id and time.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/rpc/retryable.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 20000, Jitter.FULL, 5),
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.CATALOG,
        rationale = "The client did not cause it, so a retry after a delay may succeed; alert if it recurs.",
        deprecation = null,
    ),

    /** The SFU is shutting down. */
    SFU_SHUTTING_DOWN(
        value = 600,
        catalogName = "SFU_SHUTTING_DOWN",
        upstreamName = "SFU_SHUTTING_DOWN",
        summary = "The SFU is shutting down.",
        cause = "The SFU instance is going away and refuses new joins.",
        whenItOccurs =
            listOf(
                "an SFU is drained for deployment or scaling",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "This call has ended.",
        userMessageKey = "stream_video.sfu_error_code.SFU_SHUTTING_DOWN",
        remediation =
            listOf(
                "Do nothing: Call.join retries on another SFU.",
                "If the join still fails after its retries, join again later.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK treats it as a join error and retries the join on another SFU.",
        deprecation = null,
    ),

    /** The SFU has no capacity left. */
    SFU_FULL(
        value = 700,
        catalogName = "SFU_FULL",
        upstreamName = "SFU_FULL",
        summary = "The SFU has no capacity left.",
        cause = "The SFU instance is at capacity and refuses the join.",
        whenItOccurs =
            listOf(
                "joining during a load peak on the assigned SFU",
            ),
        category = Category.CAPACITY,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "This call is full right now. Please try again in a little while.",
        userMessageKey = "stream_video.sfu_error_code.SFU_FULL",
        remediation =
            listOf(
                "Do nothing: Call.join retries on another SFU.",
                "If the join still fails after its retries, join again later.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = RetrySchedule(1000, 1600, 120000, Jitter.EQUAL, 10),
        runtimeSignal =
            RuntimeSignal(
                "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)",
                listOf("retry", "terminal"),
                listOf(
                    SignalValue("shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."),
                    SignalValue("shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."),
                    SignalValue("reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."),
                    SignalValue("reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."),
                    SignalValue("reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."),
                ),
                null,
            ),
        terminality = Terminality.DEPENDS,
        terminalCondition = "Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK treats it as a join error and, although the SFU suggests MIGRATE, rejoins on another SFU.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "stream_video"

    override val codeSet: String get() = "sfu_error_code"

    override val wireValue: Any get() = value

    /** The equivalent code in `call_ended_reason`, where one exists. */
    val protocolEquivalent: CallEndedReason?
        get() =
            when (this) {
                LIVE_ENDED -> CallEndedReason.LIVE_ENDED
                else -> null
            }

    override val equivalent: ErrorCode? get() = protocolEquivalent

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): SfuErrorCode? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): SfuErrorCode? = byName[name]
    }
}

/**
 * What the Stream SFU tells the client to do after an error, in the reconnect_strategy of its \`error\` event.
 *
 * Upstream: WebsocketReconnectStrategy in GetStream/stream-video-js 1.60.0 (package npm:&#64;stream-io/video-client&#64;1.60.0).
 */
enum class WebsocketReconnectStrategy(
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
    /** No reconnect instruction. */
    UNSPECIFIED(
        value = 0,
        catalogName = "UNSPECIFIED",
        upstreamName = "UNSPECIFIED",
        summary = "No reconnect instruction.",
        cause = "The protobuf default; the SFU asks for nothing.",
        whenItOccurs =
            listOf(
                "an SFU error that needs no reconnect",
            ),
        category = Category.NOT_AN_ERROR,
        retryPolicy = RetryPolicy.NOT_AN_ERROR,
        retryBasis = Basis.PROVIDER,
        userMessage = "Everything is working normally.",
        userMessageKey = "stream_video.websocket_reconnect_strategy.UNSPECIFIED",
        remediation =
            listOf(
                "Nothing to do: the SFU asks for no reconnect.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.NOT_TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = null,
        deprecation = null,
    ),

    /** Disconnect for good. */
    DISCONNECT(
        value = 1,
        catalogName = "DISCONNECT",
        upstreamName = "DISCONNECT",
        summary = "Disconnect for good.",
        cause = "The SFU reached its maximum reconnection attempts or hit another unrecoverable error; the SDK leaves the call.",
        whenItOccurs =
            listOf(
                "reconnection attempts are exhausted",
                "an unrecoverable error on the SFU",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.USER_ACTION,
        retryBasis = Basis.CATALOG,
        userMessage = "You have been disconnected from this call.",
        userMessageKey = "stream_video.websocket_reconnect_strategy.DISCONNECT",
        remediation =
            listOf(
                "Let the SDK leave the call.",
                "Log the accompanying error code and message.",
                "Offer the user to join again; do not rejoin automatically.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SFU has declared the session unrecoverable, so only the user should decide to join again.",
        deprecation = null,
    ),

    /** Reconnect fast, keeping the peer connections. */
    FAST(
        value = 2,
        catalogName = "FAST",
        upstreamName = "FAST",
        summary = "Reconnect fast, keeping the peer connections.",
        cause = "The SFU asks the client to keep its publisher and subscriber peer connections and open a new WebSocket.",
        whenItOccurs =
            listOf(
                "a brief signalling drop",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Your connection is unstable. Trying to reconnect...",
        userMessageKey = "stream_video.websocket_reconnect_strategy.FAST",
        remediation =
            listOf(
                "Do nothing: the SDK reconnects the WebSocket and keeps the peer connections.",
                "Show a reconnecting indicator.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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

    /** Rejoin with new credentials and fresh peer connections. */
    REJOIN(
        value = 3,
        catalogName = "REJOIN",
        upstreamName = "REJOIN",
        summary = "Rejoin with new credentials and fresh peer connections.",
        cause = "The SFU asks the client to get new credentials from the coordinator, drop its peer connections, take a new session id and open a new WebSocket.",
        whenItOccurs =
            listOf(
                "the session cannot be resumed",
            ),
        category = Category.NETWORK,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Your connection is unstable. Trying to reconnect...",
        userMessageKey = "stream_video.websocket_reconnect_strategy.REJOIN",
        remediation =
            listOf(
                "Do nothing: the SDK gets new credentials and rejoins with new peer connections.",
                "Show a reconnecting indicator.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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

    /** Migrate to another SFU. */
    MIGRATE(
        value = 4,
        catalogName = "MIGRATE",
        upstreamName = "MIGRATE",
        summary = "Migrate to another SFU.",
        cause = "The SFU asks the client to move to a new SFU instance.",
        whenItOccurs =
            listOf(
                "the SFU is drained or rebalanced",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Moving you to a new server. This will only take a moment.",
        userMessageKey = "stream_video.websocket_reconnect_strategy.MIGRATE",
        remediation =
            listOf(
                "Do nothing: the SDK moves the call to another SFU.",
                "Show a brief reconnecting indicator.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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

    override val provider: String get() = "stream_video"

    override val codeSet: String get() = "websocket_reconnect_strategy"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): WebsocketReconnectStrategy? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): WebsocketReconnectStrategy? = byName[name]
    }
}

/**
 * Why the Stream SFU ended the call, in the reason of its \`callEnded\` event.
 *
 * Upstream: CallEndedReason in GetStream/stream-video-js 1.60.0 (package npm:&#64;stream-io/video-client&#64;1.60.0).
 */
enum class CallEndedReason(
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
    /** The call ended without a stated reason. */
    UNSPECIFIED(
        value = 0,
        catalogName = "UNSPECIFIED",
        upstreamName = "UNSPECIFIED",
        summary = "The call ended without a stated reason.",
        cause = "The protobuf default; the SFU ended the call without saying why.",
        whenItOccurs =
            listOf(
                "a callEnded event without a reason",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This call has ended.",
        userMessageKey = "stream_video.call_ended_reason.UNSPECIFIED",
        remediation =
            listOf(
                "Tell the user the call has ended.",
                "Offer to start or join a new call if the app supports it.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/events/call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK leaves the call whatever the reason, and an ended call cannot be rejoined.",
        deprecation = null,
    ),

    /** The call was ended. */
    ENDED(
        value = 1,
        catalogName = "ENDED",
        upstreamName = "ENDED",
        summary = "The call was ended.",
        cause = "The call was ended for everyone, for example by a host or the app's backend.",
        whenItOccurs =
            listOf(
                "the host ends the call for all participants",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This call has ended.",
        userMessageKey = "stream_video.call_ended_reason.ENDED",
        remediation =
            listOf(
                "Tell the user the call has ended.",
                "Do not rejoin: the call was ended for everyone.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/events/call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The call was ended on purpose, so rejoining makes no sense unless a new call is started.",
        deprecation = null,
    ),

    /** The livestream ended. */
    LIVE_ENDED(
        value = 2,
        catalogName = "LIVE_ENDED",
        upstreamName = "LIVE_ENDED",
        summary = "The livestream ended.",
        cause = "The call went back from live to backstage; viewers leave, users allowed to join backstage stay.",
        whenItOccurs =
            listOf(
                "the host stops the broadcast",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "The livestream has ended.",
        userMessageKey = "stream_video.call_ended_reason.LIVE_ENDED",
        remediation =
            listOf(
                "Tell viewers the stream has ended.",
                "Users allowed to join backstage stay in the call; the others can wait for the next broadcast.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/events/call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The broadcast was ended on purpose; viewers can only wait for it to go live again.",
        deprecation = null,
    ),

    /** The participant was removed from the call. */
    KICKED(
        value = 3,
        catalogName = "KICKED",
        upstreamName = "KICKED",
        summary = "The participant was removed from the call.",
        cause = "Someone with the right to do so removed this participant.",
        whenItOccurs =
            listOf(
                "a host kicks the participant",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "You were removed from this call.",
        userMessageKey = "stream_video.call_ended_reason.KICKED",
        remediation =
            listOf(
                "Tell the user they were removed and do not rejoin automatically.",
                "If it was not intended, check who may remove participants in the call type's permissions.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/events/call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The removal was a deliberate decision by another party, so rejoining without their consent would undo it.",
        deprecation = null,
    ),

    /** The call session ended. */
    SESSION_ENDED(
        value = 4,
        catalogName = "SESSION_ENDED",
        upstreamName = "SESSION_ENDED",
        summary = "The call session ended.",
        cause = "The SFU closed the current session of the call.",
        whenItOccurs =
            listOf(
                "the call's session is closed on the server",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.NEVER,
        retryBasis = Basis.CATALOG,
        userMessage = "This call has ended.",
        userMessageKey = "stream_video.call_ended_reason.SESSION_ENDED",
        remediation =
            listOf(
                "Tell the user the call session has ended.",
                "Join again through the coordinator if the call should continue.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/events/call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
            ),
        since = null,
        retrySchedule = null,
        runtimeSignal = null,
        terminality = Terminality.TERMINAL,
        terminalCondition = null,
        terminalBasis = Basis.PROVIDER,
        rationale = "The SDK leaves the call and the session is over; only a new join through the coordinator can start another.",
        deprecation = null,
    ),
    ;

    override val provider: String get() = "stream_video"

    override val codeSet: String get() = "call_ended_reason"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): CallEndedReason? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): CallEndedReason? = byName[name]
    }
}

/**
 * Why the Stream SFU asks the client to move away from it, in the reason of its \`goAway\` event.
 *
 * Upstream: GoAwayReason in GetStream/stream-video-js 1.60.0 (package npm:&#64;stream-io/video-client&#64;1.60.0).
 */
enum class GoAwayReason(
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
    /** The SFU asks the client to migrate without a stated reason. */
    UNSPECIFIED(
        value = 0,
        catalogName = "UNSPECIFIED",
        upstreamName = "UNSPECIFIED",
        summary = "The SFU asks the client to migrate without a stated reason.",
        cause = "The protobuf default; the SDK migrates as for any goAway.",
        whenItOccurs =
            listOf(
                "a goAway event without a reason",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Moving you to a new server. This will only take a moment.",
        userMessageKey = "stream_video.go_away_reason.UNSPECIFIED",
        remediation =
            listOf(
                "Do nothing: the SDK migrates to another SFU.",
                "Show a brief reconnecting indicator.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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

    /** The SFU is shutting down. */
    SHUTTING_DOWN(
        value = 1,
        catalogName = "SHUTTING_DOWN",
        upstreamName = "SHUTTING_DOWN",
        summary = "The SFU is shutting down.",
        cause = "The SFU instance is going away; the SDK migrates to another SFU.",
        whenItOccurs =
            listOf(
                "an SFU is drained for deployment or scaling",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Moving you to a new server. This will only take a moment.",
        userMessageKey = "stream_video.go_away_reason.SHUTTING_DOWN",
        remediation =
            listOf(
                "Do nothing: the SDK migrates to another SFU.",
                "Show a brief reconnecting indicator.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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

    /** The SFU is rebalancing its load. */
    REBALANCE(
        value = 2,
        catalogName = "REBALANCE",
        upstreamName = "REBALANCE",
        summary = "The SFU is rebalancing its load.",
        cause = "The SFU moves participants elsewhere to spread load; the SDK migrates to another SFU.",
        whenItOccurs =
            listOf(
                "the SFU is busy and sheds participants",
            ),
        category = Category.ENDED_BY_SERVICE,
        retryPolicy = RetryPolicy.AUTOMATIC,
        retryBasis = Basis.PROVIDER,
        userMessage = "Moving you to a new server. This will only take a moment.",
        userMessageKey = "stream_video.go_away_reason.REBALANCE",
        remediation =
            listOf(
                "Do nothing: the SDK migrates to another SFU.",
                "Show a brief reconnecting indicator.",
            ),
        causes = listOf(),
        references =
            listOf(
                "@stream-io/video-client@1.60.0 src/Call.ts",
                "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
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

    override val provider: String get() = "stream_video"

    override val codeSet: String get() = "go_away_reason"

    override val wireValue: Any get() = value

    override val equivalent: ErrorCode? get() = null

    /** Lookups by wire value and by upstream name. */
    companion object {
        private val byValue = entries.associateBy { it.value }
        private val byName = entries.associateBy { it.upstreamName }

        /** The code with this wire value, or null for a value the catalog does not know. */
        @JvmStatic
        fun fromValue(value: Int): GoAwayReason? = byValue[value]

        /** The code with this upstream name (case-sensitive), or null. */
        @JvmStatic
        fun fromName(name: String): GoAwayReason? = byName[name]
    }
}
